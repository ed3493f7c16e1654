/**
 * The `copy` module: shallow and deep copies of the builtin containers, collections' types
 * (a Counter copies to a Counter) and user instances (same class, copied __dict__). Immutable
 * values are their own copies, as in CPython; deepcopy keeps shared and cyclic structure.
 */
import * as E from '../../engine/exceptions.ts';
import type { ExcClass } from '../../engine/exceptions.ts';
import { interp } from '../runtime/hooks.ts';
import { typeError } from '../runtime/errors.ts';
import { findMethod } from '../runtime/ops.ts';
import { builtinExcClasses } from '../runtime/types.ts';
import { PyBuiltin, PyDict, PyInstance, PyList, PyModule, PySet, PyTuple, type Value } from '../runtime/values.ts';
import { PyDeque } from './collections/deque.ts';
import { PyByteArray } from '../compile/bytearray-object.ts';
import { PyCounter, PyDefaultDict, PyOrderedDict } from './collections/dicts.ts';
import { NamedTupleValue } from './collections/namedtuple.ts';

const COPY_ERROR: ExcClass = Object.freeze({ name: 'Error', module: 'copy', bases: [E.Exception] });

/** An empty container of the same type as `d` (Counter, defaultdict, OrderedDict, dict). */
function emptyLike(d: PyDict): PyDict {
  if (d instanceof PyCounter) return new PyCounter();
  if (d instanceof PyDefaultDict) return new PyDefaultDict(d.factory);
  if (d instanceof PyOrderedDict) return new PyOrderedDict();
  return new PyDict();
}

function shallow(v: Value): Value {
  if (v instanceof PyList) return new PyList(v.items.slice());
  if (v instanceof PyByteArray) return new PyByteArray(v.data.slice());
  if (v instanceof PyDict) {
    const r = emptyLike(v);
    for (const [k, e] of v.map) r.map.set(k, { k: e.k, v: e.v });
    return r;
  }
  if (v instanceof PySet) {
    const r = new PySet();
    for (const [k, x] of v.map) r.map.set(k, x);
    return r;
  }
  if (v instanceof PyDeque) {
    const r = new PyDeque(v.maxlen);
    r.items = v.items.slice();
    return r;
  }
  if (v instanceof PyInstance) {
    const own = findMethod(v, '__copy__');
    if (own !== undefined) return interp.call(own, [v]);
    const r = new PyInstance(v.cls);
    for (const [k, x] of v.dict) r.dict.set(k, x);
    return r;
  }
  return v;
}

function deep(v: Value, memo: Map<unknown, Value>): Value {
  if (typeof v !== 'object' || v === null) return v;
  const seen = memo.get(v);
  if (seen !== undefined) return seen;
  if (v instanceof PyByteArray) {
    const r = new PyByteArray(v.data.slice());
    memo.set(v, r);
    return r;
  }
  if (v instanceof PyList) {
    const r = new PyList([]);
    memo.set(v, r);
    for (const x of v.items) r.items.push(deep(x, memo));
    return r;
  }
  if (v instanceof NamedTupleValue) {
    const r = new NamedTupleValue(v.items.map((x) => deep(x, memo)), v.pyType);
    memo.set(v, r);
    return r;
  }
  if (v instanceof PyTuple) {
    const items = v.items.map((x) => deep(x, memo));
    // A tuple of immutables is its own deep copy.
    const r = items.every((x, i) => x === v.items[i]) ? v : new PyTuple(items);
    memo.set(v, r);
    return r;
  }
  if (v instanceof PyDict) {
    const r = emptyLike(v);
    if (r instanceof PyDefaultDict) r.factory = deep((v as PyDefaultDict).factory, memo);
    memo.set(v, r);
    for (const [k, e] of v.map) r.map.set(k, { k: deep(e.k, memo), v: deep(e.v, memo) });
    return r;
  }
  if (v instanceof PySet) {
    const r = new PySet();
    memo.set(v, r);
    for (const [k, x] of v.map) r.map.set(k, deep(x, memo));
    return r;
  }
  if (v instanceof PyDeque) {
    const r = new PyDeque(v.maxlen);
    memo.set(v, r);
    r.items = v.items.map((x) => deep(x, memo));
    return r;
  }
  if (v instanceof PyInstance) {
    const r = new PyInstance(v.cls);
    memo.set(v, r);
    for (const [k, x] of v.dict) r.dict.set(k, deep(x, memo));
    return r;
  }
  return v;
}

function need(fn: string, a: Value[]): Value {
  if (a.length === 0) typeError(`${fn}() missing 1 required positional argument: 'x'`);
  return a[0];
}

export function makeCopyModule(): PyModule {
  builtinExcClasses.add(COPY_ERROR);
  return new PyModule(
    'copy',
    new Map<string, Value>([
      ['copy', new PyBuiltin('copy', (a) => shallow(need('copy', a)))],
      ['deepcopy', new PyBuiltin('deepcopy', (a) => deep(need('deepcopy', a), new Map()))],
      ['Error', COPY_ERROR],
      ['error', COPY_ERROR],
    ]),
  );
}
