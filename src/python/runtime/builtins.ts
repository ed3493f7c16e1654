/**
 * The builtins a program sees: `makeBuiltins(io)` builds the name → value map the compiler
 * puts behind the module's globals. print() writes through `io.write`, one call per print.
 */
import { checkKwargs, count, noKwargs, one, type Kwargs } from './builtin-args.ts';
import { attrAccess, type AttrAccess } from './attr-access.ts';
import * as T from './builtin-types.ts';
import * as N from './builtins-numeric.ts';
import * as S from './builtins-sequences.ts';
import { typeError, Unsupported } from './errors.ts';
import { asciiOf, formatValue } from './format-value.ts';
import { hashOf } from './hash.ts';
import { repr, str, fakeAddress } from './repr.ts';
import { typeName } from './types.ts';
import { PyBuiltin, type NativeFn, type Value } from './values.ts';
import * as E from '../../engine/exceptions.ts';
import { currentRealm } from './realm.ts';

export interface BuiltinsIO {
  /** Receives each print()'s full text, `end` included. */
  write(text: string): void;
  /** The interpreter's attribute lookup, for getattr/hasattr/setattr and str.format. */
  getattr?: AttrAccess['get'];
  setattr?: AttrAccess['set'];
}

/** What print(*args, sep=, end=) writes, with CPython's checks of its keyword arguments. */
export function printText(args: readonly Value[], kwargs: Kwargs): string {
  checkKwargs('print', kwargs, ['sep', 'end', 'file', 'flush']);
  const sep = textOption(kwargs, 'sep', ' ');
  const end = textOption(kwargs, 'end', '\n');
  let text = '';
  for (let i = 0; i < args.length; i++) {
    if (i > 0) text += sep;
    text += str(args[i]);
  }
  return text + end;
}

/**
 * print(..., file=f) for a file other than stdout: like CPython, one f.write() per argument,
 * separator and end, then f.flush() when flush= is true.
 */
export function printTo(file: Value, args: readonly Value[], kwargs: Kwargs, callMethod: (obj: Value, name: string, args: Value[]) => Value): void {
  const sep = textOption(kwargs, 'sep', ' ');
  const end = textOption(kwargs, 'end', '\n');
  for (let i = 0; i < args.length; i++) {
    if (i > 0) callMethod(file, 'write', [sep]);
    callMethod(file, 'write', [str(args[i])]);
  }
  callMethod(file, 'write', [end]);
  const flush = kwargs?.get('flush');
  if (flush !== undefined && flush !== null && flush !== false && flush !== 0) callMethod(file, 'flush', []);
}

function print(io: BuiltinsIO): NativeFn {
  return (args, kwargs) => {
    io.write(printText(args, kwargs));
    return null;
  };
}

function textOption(kwargs: Kwargs, name: string, dflt: string): string {
  const v = kwargs?.get(name);
  if (v === undefined || v === null) return dflt;
  if (typeof v !== 'string') typeError(`${name} must be None or a string, not ${typeName(v)}`);
  return v as string;
}

function attrName(v: Value): string {
  if (typeof v !== 'string') typeError(`attribute name must be string, not '${typeName(v)}'`);
  return v as string;
}

function isAttributeError(e: unknown): boolean {
  return e instanceof E.PyException && E.isSubclass(e.cls, E.AttributeError);
}

/** id(x): objects use the fake address repr() prints; ints and strs get a stable number per value. */
function idOf(v: Value): number {
  if (typeof v === 'object' && v !== null) return parseInt(fakeAddress(v), 16);
  const key = typeof v === 'string' ? 's' + v : v;
  const realm = currentRealm;
  let id = realm.smallIds.get(key);
  if (id === undefined) {
    id = 16 * realm.nextSmallId++;
    realm.smallIds.set(key, id);
  }
  return id;
}

export function makeBuiltins(io: BuiltinsIO): Map<string, Value> {
  if (io.getattr !== undefined) attrAccess.get = io.getattr;
  if (io.setattr !== undefined) attrAccess.set = io.setattr;
  const b = new Map<string, Value>();
  const fn = (name: string, f: NativeFn): void => void b.set(name, new PyBuiltin(name, f));

  fn('print', print(io));
  fn('len', S.len);
  fn('repr', (args, kwargs) => repr(one('repr', args, kwargs)));
  fn('ascii', (args, kwargs) => asciiOf(one('ascii', args, kwargs)));
  fn('abs', N.abs);
  fn('round', N.round);
  fn('divmod', N.divmodBuiltin);
  fn('pow', N.pow);
  fn('min', N.min);
  fn('max', N.max);
  fn('sum', N.sum);
  fn('chr', N.chr);
  fn('ord', N.ord);
  b.set('hex', N.hex);
  b.set('bin', N.bin);
  b.set('oct', N.oct);
  fn('sorted', S.sorted);
  fn('any', S.any);
  fn('all', S.all);
  fn('iter', S.iter);
  fn('next', S.next);
  fn('isinstance', (args, kwargs) => {
    noKwargs('isinstance', kwargs);
    count('isinstance', args, 2, 2);
    return T.isInstance(args[0], args[1]);
  });
  fn('issubclass', (args, kwargs) => {
    noKwargs('issubclass', kwargs);
    count('issubclass', args, 2, 2);
    return T.isSubclassOf(args[0], args[1]);
  });
  fn('callable', (args, kwargs) => T.isCallable(one('callable', args, kwargs)));
  fn('id', (args, kwargs) => idOf(one('id', args, kwargs)));
  fn('hash', (args, kwargs) => hashOf(one('hash', args, kwargs)));
  fn('format', (args, kwargs) => {
    checkKwargs('format', kwargs, ['value', 'format_spec']);
    count('format', args, 1, 2);
    const spec = args.length > 1 ? args[1] : '';
    if (typeof spec !== 'string') typeError(`format() argument 2 must be str, not ${typeName(spec)}`);
    return formatValue(args[0], spec as string);
  });
  fn('getattr', (args, kwargs) => {
    noKwargs('getattr', kwargs);
    count('getattr', args, 2, 3);
    const name = attrName(args[1]);
    if (args.length === 2) return attrAccess.get(args[0], name);
    try {
      return attrAccess.get(args[0], name);
    } catch (e) {
      if (isAttributeError(e)) return args[2];
      throw e;
    }
  });
  fn('hasattr', (args, kwargs) => {
    noKwargs('hasattr', kwargs);
    count('hasattr', args, 2, 2);
    try {
      attrAccess.get(args[0], attrName(args[1]));
      return true;
    } catch (e) {
      if (isAttributeError(e)) return false;
      throw e;
    }
  });
  fn('vars', (args, kwargs) => {
    noKwargs('vars', kwargs);
    if (args.length === 0) throw new Unsupported('`vars()` without an argument is not supported by Taskline: namespaces are not objects in Taskline');
    count('vars', args, 1, 1);
    try {
      return attrAccess.get(args[0], '__dict__');
    } catch (e) {
      if (isAttributeError(e)) typeError('vars() argument must have __dict__ attribute');
      throw e;
    }
  });
  fn('setattr', (args, kwargs) => {
    noKwargs('setattr', kwargs);
    count('setattr', args, 3, 3);
    attrAccess.set(args[0], attrName(args[1]), args[2]);
    return null;
  });

  b.set('int', T.intType);
  b.set('float', T.floatType);
  b.set('str', T.strType);
  b.set('bool', T.boolType);
  b.set('list', T.listType);
  b.set('tuple', T.tupleType);
  b.set('dict', T.dictType);
  b.set('set', T.setType);
  b.set('range', T.rangeType);
  b.set('type', T.typeType);
  b.set('object', T.objectType);
  b.set('enumerate', S.enumerateType);
  b.set('zip', S.zipType);
  b.set('map', S.mapType);
  b.set('filter', S.filterType);
  b.set('reversed', S.reversedType);
  return b;
}

