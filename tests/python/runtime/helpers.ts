/** Test helpers: call builtins and methods directly, and read results as Python repr text. */
import * as E from '../../../src/engine/exceptions.ts';
import { makeBuiltins } from '../../../src/python/runtime/builtins.ts';
import { interp } from '../../../src/python/runtime/hooks.ts';
import { iterate } from '../../../src/python/runtime/iter.ts';
import { builtinTypeOf } from '../../../src/python/runtime/types/type-of.ts';
import { percentFormatValue as percentFormat } from '../../../src/python/runtime/format-value.ts';
import { excStr, repr } from '../../../src/python/runtime/repr.ts';
import { builtinExcClasses } from '../../../src/python/runtime/types.ts';
import { NO_CALL_SITE, PyBuiltin, PyDict, PyFloat, PyList, PySet, PyTuple, PyType, type Value } from '../../../src/python/runtime/values.ts';
import { dictSet, keyOf } from '../../../src/python/runtime/ops.ts';

export const printed: string[] = [];
export const B = makeBuiltins({ write: (t) => void printed.push(t) });

for (const c of [E.Exception, E.ValueError, E.TypeError, E.KeyError, E.LookupError, E.BaseException]) builtinExcClasses.add(c);

// A minimal interpreter: enough to call builtins and JS-defined "user" functions.
interp.call = (fn, args, kwargs) => {
  if (fn instanceof PyBuiltin || fn instanceof PyType) return fn instanceof PyBuiltin ? fn.fn(args, kwargs ?? null, NO_CALL_SITE) : fn.call(args, kwargs ?? null, NO_CALL_SITE);
  throw new Error('not callable in tests: ' + String(fn));
};
interp.iterate = iterate;
interp.percentFormat = percentFormat;

/** A Python function implemented in JS (stands in for a lambda). */
export const fn = (name: string, f: (...args: Value[]) => Value): PyBuiltin => new PyBuiltin(name, (args) => f(...args));

export const f = (x: number): PyFloat => new PyFloat(x);
export const list = (...items: Value[]): PyList => new PyList(items);
export const tup = (...items: Value[]): PyTuple => new PyTuple(items);
export function dict(...pairs: [Value, Value][]): PyDict {
  const d = new PyDict();
  for (const [k, v] of pairs) dictSet(d, k, v);
  return d;
}
export function set(...items: Value[]): PySet {
  const s = new PySet();
  for (const x of items) s.map.set(keyOf(x), x);
  return s;
}

function kw(k: Record<string, Value> | undefined): Map<string, Value> | null {
  return k === undefined ? null : new Map(Object.entries(k));
}

/** Calls builtin `name` with positional args and optional keywords. */
export function call(name: string, args: Value[] = [], kwargs?: Record<string, Value>): Value {
  const b = B.get(name);
  if (b instanceof PyBuiltin) return b.fn(args, kwargs === undefined ? null : kw(kwargs), NO_CALL_SITE);
  if (b instanceof PyType) return b.call(args, kwargs === undefined ? null : kw(kwargs), NO_CALL_SITE);
  throw new Error('no builtin ' + name);
}

/** self.name(*args, **kwargs) */
export function meth(self: Value, name: string, args: Value[] = [], kwargs?: Record<string, Value>): Value {
  const m = builtinTypeOf(self)?.methods.get(name);
  if (m === undefined) throw new Error('no method ' + name);
  return (m as (s: Value, a: Value[], k: Map<string, Value> | null) => Value)(self, args, kw(kwargs));
}

/** The Python exception `thunk` raises, as CPython's last traceback line prints it. */
export function err(thunk: () => unknown): string {
  try {
    const v = thunk();
    return 'no error: ' + repr(v);
  } catch (e) {
    if (e instanceof E.PyException) {
      const msg = excStr(e);
      return msg === '' ? e.cls.name : `${e.cls.name}: ${msg}`;
    }
    throw e;
  }
}

/** repr of a result; iterators are drained into a list first when `drain` is set. */
export const r = (v: Value): string => repr(v);
export const drain = (v: Value): string => repr(new PyList([...iterate(v)]));

/** What Python would print for `repr(thunk())`, or the exception line if it raises. */
export function show(thunk: () => Value): string {
  let v: Value;
  try {
    v = thunk();
  } catch (e) {
    if (e instanceof E.PyException) {
      const msg = excStr(e);
      return msg === '' ? e.cls.name : `${e.cls.name}: ${msg}`;
    }
    throw e;
  }
  return repr(v);
}
