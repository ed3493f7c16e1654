/** str.maketrans and str.translate: character tables keyed by code point, as CPython's. */
import * as E from '../../engine/exceptions.ts';
import { count, noKwargs, type Kwargs } from './builtin-args.ts';
import { raise, typeError, valueError } from './errors.ts';
import { interp } from './hooks.ts';
import { dictSet, findMethod, keyOf } from './ops.ts';
import { typeName } from './types.ts';
import { PyDict, PyInstance, type Value } from './values.ts';

/** str.maketrans(x[, y[, z]]): a dict from code points to code points, strings or None. */
export function maketrans(args: Value[], kwargs: Kwargs): PyDict {
  noKwargs('maketrans', kwargs);
  count('maketrans', args, 1, 3);
  const out = new PyDict();
  if (args.length === 1) {
    const x = args[0]!;
    if (!(x instanceof PyDict)) return typeError('if you give only one argument to maketrans it must be a dict');
    for (const e of x.map.values()) {
      if (typeof e.k === 'string') {
        if ([...e.k].length !== 1) valueError('string keys in translate table must be of length 1');
        dictSet(out, e.k.codePointAt(0)!, e.v);
      } else if (typeof e.k === 'number') dictSet(out, e.k, e.v);
      else typeError('keys in translate table must be strings or integers');
    }
    return out;
  }
  const [x, y, z] = args;
  if (typeof x !== 'string') return typeError(`maketrans() argument 1 must be str, not ${typeName(x!)}`);
  if (typeof y !== 'string') return typeError(`maketrans() argument 2 must be str, not ${typeName(y!)}`);
  const xs = [...x];
  const ys = [...y];
  if (xs.length !== ys.length) valueError('the first two maketrans arguments must have equal length');
  xs.forEach((c, i) => dictSet(out, c.codePointAt(0)!, ys[i]!.codePointAt(0)!));
  if (z !== undefined) {
    if (typeof z !== 'string') return typeError(`maketrans() argument 3 must be str, not ${typeName(z)}`);
    for (const c of z) dictSet(out, c.codePointAt(0)!, null);
  }
  return out;
}

/** s.translate(table): each character's code point looked up; missing keeps it, None drops it. */
export function translate(s: string, table: Value): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    let v: Value;
    try {
      v = lookup(table, cp);
    } catch (e) {
      if (e instanceof E.PyException && E.isSubclass(e.cls, E.LookupError)) {
        out += ch;
        continue;
      }
      throw e;
    }
    if (v === null) continue;
    if (typeof v === 'string') out += v;
    else if (typeof v === 'number') {
      if (v < 0 || v > 0x10ffff) valueError('character mapping must be in range(0x110000)');
      out += String.fromCodePoint(v);
    } else raise(E.TypeError, 'character mapping must return integer, None or str');
  }
  return out;
}

function lookup(table: Value, cp: number): Value {
  if (table instanceof PyDict) {
    const e = table.map.get(keyOf(cp));
    return e === undefined ? raise(E.KeyError, String(cp)) : e.v;
  }
  const m = table instanceof PyInstance ? findMethod(table, '__getitem__') : undefined;
  if (m === undefined) return typeError(`'${typeName(table)}' object is not subscriptable`);
  return interp.call(m, [table, cp]);
}
