/** repr() and str() of every value, byte-exact with CPython where a program can see it. */
import { OSError, PyException, isSubclass, type ExcClass } from '../../engine/exceptions.ts';
import { typeError } from './errors.ts';
import { NativeType, PyNative } from './native.ts';
import { nativeSubclass } from './subclass-hooks.ts';
import { tupleMembers } from './group-members.ts';
import { builtinTypeOf } from './types/type-of.ts';
import { engineTypeOf } from './types/engine-type.ts';
import { interp } from './hooks.ts';
import { builtinExcClasses, typeName } from './types.ts';
import {
  BoundMethod,
  PyBuiltin,
  PyClass,
  PyCoroutine,
  PyInstance,
  PyModule,
  PyTuple,
  PyType,
  type Value,
} from './values.ts';
import { currentRealm } from './realm.ts';

/** Objects in the middle of being printed, so `a.append(a)` prints `[[...]]` instead of looping. */
const active = new Set<unknown>();

/**
 * A stable fake address per object: real CPython prints memory addresses, which never repeat.
 * Each realm numbers its objects from the same start, so a second run prints what the first did.
 */
export function fakeAddress(o: object): string {
  const realm = currentRealm;
  let a = realm.addresses.get(o);
  if (a === undefined) {
    a = '0x' + realm.nextAddress.toString(16);
    realm.nextAddress += 0x30;
    realm.addresses.set(o, a);
  }
  return a;
}

function userDunder(v: PyInstance | PyException, name: string): Value | undefined {
  const cls = v instanceof PyInstance ? v.cls : v.cls instanceof PyClass ? v.cls : null;
  if (cls === null) return undefined;
  for (const c of cls.mro) if (c instanceof PyClass && c.dict.has(name)) return c.dict.get(name);
  return undefined;
}

function callDunderStr(v: PyInstance | PyException, name: string): string | undefined {
  const m = userDunder(v, name);
  if (m === undefined) return undefined;
  const r = interp.call(m, [v]);
  if (typeof r !== 'string') typeError(`${name} returned non-string (type ${typeName(r)})`);
  return r as string;
}

export function repr(v: Value): string {
  const type = builtinTypeOf(v);
  // Primitives (the common case) skip the subclass check: only objects can be a Counter or a namedtuple.
  const sub = typeof v === 'object' ? nativeSubclass(v) : null;
  if (sub !== null) return sub.pyRepr();
  if (type?.repr !== undefined) return type.repr(v);
  if (v instanceof PyNative) return v.pyRepr();
  if (v instanceof PyInstance) {
    const s = callDunderStr(v, '__repr__');
    return s ?? `<${v.cls.module}.${v.cls.dict.get('__qualname__') ?? v.cls.name} object at ${fakeAddress(v)}>`;
  }
  if (v instanceof PyException) {
    const s = callDunderStr(v, '__repr__');
    if (s !== undefined) return s;
    const args = v.args;
    return `${v.cls.name}(${args.length === 1 ? repr(args[0]) : args.map(repr).join(', ')})`;
  }
  if (v instanceof PyClass) return v.meta?.repr?.(v) ?? (v.module === 'builtins' ? `<class '${v.name}'>` : `<class '${v.module}.${v.dict.get('__qualname__') ?? v.name}'>`);
  if (v instanceof NativeType) return v.module === 'builtins' ? `<class '${v.name}'>` : `<class '${v.module}.${v.name}'>`;
  if (v instanceof PyType) return `<class '${v.name}'>`;
  if (builtinExcClasses.has(v as ExcClass)) {
    const c = v as ExcClass;
    return `<class '${c.module === 'builtins' ? '' : c.module + '.'}${c.name}'>`;
  }
  if (v instanceof PyModule) return `<module '${v.name}'>`;
  if (v instanceof PyBuiltin) {
    return v.self === undefined ? `<built-in function ${v.name}>` : `<built-in method ${v.name} of ${typeName(v.self)} object at ${fakeAddress(v.self as object)}>`;
  }
  if (v instanceof BoundMethod) return `<bound method ${functionName(v.fn)} of ${repr(v.self)}>`;
  if (v instanceof PyCoroutine) return `<coroutine object ${v.qualName ?? v.coroName} at ${fakeAddress(v)}>`;
  if (typeof v === 'object' && v !== null && 'pyName' in v) {
    return `<function ${(v as unknown as { qualName: string }).qualName} at ${fakeAddress(v)}>`;
  }
  const engine = engineTypeOf(v);
  if (engine !== undefined) return engine.repr !== undefined ? engine.repr(v as never) : `<${engine.module}.${engine.name} object at ${fakeAddress(v as object)}>`;
  // An exception group's sub-exceptions are an engine array: shown as the sequence it was made from.
  if (Array.isArray(v)) return tupleMembers.has(v) ? seqRepr('(', v as Value[], v.length === 1 ? ',)' : ')', v) : seqRepr('[', v as Value[], ']', v);
  if (typeof v === 'object' && v !== null) return `<${typeName(v)} object at ${fakeAddress(v)}>`;
  return String(v);
}

function functionName(fn: Value): string {
  if (typeof fn === 'object' && fn !== null && 'qualName' in fn) return (fn as { qualName: string }).qualName;
  return '?';
}

/** The repr of a container: `nested` when it is already being printed further out. */
export function containerRepr(self: object, nested: string, text: () => string): string {
  if (active.has(self)) return nested;
  active.add(self);
  try {
    return text();
  } finally {
    active.delete(self);
  }
}

/** `[1, 2]`, `(1,)`, `{1, 2}`: the items' reprs between `open` and `close`. */
export function seqRepr(open: string, items: readonly Value[], close: string, self: object): string {
  return containerRepr(self, `${open}...${close.slice(-1)}`, () => {
    let s = open;
    for (let i = 0; i < items.length; i++) {
      if (i > 0) s += ', ';
      s += repr(items[i]);
    }
    return s + close;
  });
}

export function str(v: Value): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyInstance) {
    const s = callDunderStr(v, '__str__');
    return s ?? repr(v);
  }
  if (v instanceof PyException) return excStr(v);
  const sub = nativeSubclass(v);
  if (sub?.pyStr !== undefined) return sub.pyStr();
  if (v instanceof PyNative && v.pyStr !== undefined) return v.pyStr();
  const engine = engineTypeOf(v);
  if (engine?.str !== undefined) return engine.str(v as never);
  return repr(v);
}

/** str(exception): the message; a KeyError shows its key's repr. */
export function excStr(e: PyException): string {
  const s = callDunderStr(e, '__str__');
  if (s !== undefined) return s;
  const args = e.args;
  if (args.length === 0) return '';
  if (args.length === 2 && Array.isArray(args[1])) {
    // An exception group: its message and how many exceptions it holds.
    const n = args[1].length;
    return `${str(args[0])} (${n} sub-exception${n === 1 ? '' : 's'})`;
  }
  if (args.length === 1) {
    if (isKeyError(e.cls)) return repr(args[0]);
    return str(args[0]);
  }
  if (args.length === 2 && isSubclass(e.cls, OSError)) {
    // OSError(errno, strerror[, filename[, winerror[, filename2]]]) reads "[Errno 2] msg: 'f'".
    const head = `[Errno ${str(args[0])}] ${str(args[1])}`;
    const f1 = e.attrs?.get('filename') ?? null;
    const f2 = e.attrs?.get('filename2') ?? null;
    if (f1 !== null && f2 !== null) return `${head}: ${repr(f1 as Value)} -> ${repr(f2 as Value)}`;
    if (f1 !== null) return `${head}: ${repr(f1 as Value)}`;
    return head;
  }
  return repr(new PyTuple(args));
}

function isKeyError(c: ExcClass): boolean {
  if (c.name === 'KeyError' && c.module === 'builtins' && builtinExcClasses.has(c)) return true;
  return c.bases.some(isKeyError);
}
