/** Indexing and slicing of lists, tuples, strings and dicts (and user __getitem__). */
import * as E from '../../engine/exceptions.ts';
import { raise, typeError, valueError } from '../runtime/errors.ts';
import { interp } from '../runtime/hooks.ts';
import * as ops from '../runtime/ops.ts';
import { typeName } from '../runtime/types.ts';
import { repr } from '../runtime/repr.ts';
import { asInt } from '../runtime/builtin-args.ts';
import { PyClass, PyDict, PyInstance, PyList, PyTuple, type Value } from '../runtime/values.ts';
import { descriptorGet } from './descriptors.ts';
import { lookupClass } from './instance-attrs.ts';
import { PyRange } from '../runtime/iter.ts';
import { PyBigRange } from '../runtime/big-range.ts';
import { PyNative } from '../runtime/native.ts';
import { hasClassGetItem, PyDictSubclass } from '../runtime/subclass-hooks.ts';
import { genericAlias } from '../runtime/generic-alias.ts';

export class PySlice extends PyNative {
  // On the prototype: `a[i:j]` makes one of these each time it runs.
  get pyTypeName(): string {
    return 'slice';
  }
  constructor(
    readonly start: Value,
    readonly stop: Value,
    readonly step: Value,
  ) {
    super();
  }
  pyRepr(): string {
    return `slice(${repr(this.start)}, ${repr(this.stop)}, ${repr(this.step)})`;
  }
  override pyEq(other: Value): boolean {
    return other instanceof PySlice && ops.eq(this.start, other.start) && ops.eq(this.stop, other.stop) && ops.eq(this.step, other.step);
  }
}

export function sliceOf(start: Value, stop: Value, step: Value): PySlice {
  return new PySlice(start, stop, step);
}

function sliceInt(v: Value): number | null {
  if (v === null) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  // A big int clamps like any bound past the ends (CPython clips it to sys.maxsize).
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof PyInstance && ops.findMethod(v, '__index__') !== undefined) return Number(asInt(v));
  return typeError('slice indices must be integers or None or have an __index__ method');
}

/** Python's slice.indices(len): start, stop, step clamped the way CPython clamps them. */
export function sliceIndices(s: PySlice, len: number): [number, number, number] {
  const step = sliceInt(s.step) ?? 1;
  if (step === 0) valueError('slice step cannot be zero');
  let start = sliceInt(s.start);
  let stop = sliceInt(s.stop);
  if (step > 0) {
    start = start === null ? 0 : start < 0 ? Math.max(0, start + len) : Math.min(start, len);
    stop = stop === null ? len : stop < 0 ? Math.max(0, stop + len) : Math.min(stop, len);
  } else {
    start = start === null ? len - 1 : start < 0 ? Math.max(-1, start + len) : Math.min(start, len - 1);
    stop = stop === null ? -1 : stop < 0 ? Math.max(-1, stop + len) : Math.min(stop, len - 1);
  }
  return [start, stop, step];
}

/** The list positions an extended slice (step other than 1) covers, in slice order. */
export function extendedIndices(start: number, stop: number, step: number): number[] {
  const at: number[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) at.push(i);
  else for (let i = start; i > stop; i += step) at.push(i);
  return at;
}

function sliceItems<T>(items: readonly T[], s: PySlice): T[] {
  const [start, stop, step] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, Math.max(start, stop));
  const out: T[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) out.push(items[i]!);
  else for (let i = start; i > stop; i += step) out.push(items[i]!);
  return out;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** s[i] and s[a:b:c] for strings without astral characters, where code units are code points. */
function strItem(s: string, key: Value): string {
  if (key instanceof PySlice) {
    const [start, stop, step] = sliceIndices(key, s.length);
    if (step === 1) return stop > start ? s.slice(start, stop) : '';
    let out = '';
    if (step > 0) for (let i = start; i < stop; i += step) out += s[i];
    else for (let i = start; i > stop; i += step) out += s[i];
    return out;
  }
  if (typeof key !== 'number' && typeof key !== 'boolean' && typeof key !== 'bigint') typeError(`string indices must be integers, not '${typeName(key)}'`);
  return s[ops.index(key, s.length, 'string')]!;
}

export function getItem(obj: Value, key: Value): Value {
  if (obj instanceof PyList) {
    if (typeof key === 'number') {
      const items = obj.items;
      const i = key < 0 ? key + items.length : key;
      if (i >= 0 && i < items.length) return items[i];
      return raise(E.IndexError, 'list index out of range');
    }
    if (key instanceof PySlice) return new PyList(sliceItems(obj.items, key));
    return obj.items[ops.index(key, obj.items.length, 'list')];
  }
  if (obj instanceof PyDict) {
    const e = obj.map.get(ops.keyOf(key));
    if (e !== undefined) return e.v;
    if (obj instanceof PyDictSubclass && obj.pyMissing !== undefined) return obj.pyMissing(key);
    throw E.pyErr(E.KeyError, key);
  }
  if (obj instanceof PyTuple) {
    if (key instanceof PySlice) return new PyTuple(sliceItems(obj.items, key));
    return obj.items[ops.index(key, obj.items.length, 'tuple')];
  }
  if (typeof obj === 'string') {
    if (!SURROGATE.test(obj)) return strItem(obj, key);
    const chars = [...obj];
    if (key instanceof PySlice) return sliceItems(chars, key).join('');
    if (typeof key !== 'number' && typeof key !== 'boolean' && typeof key !== 'bigint') typeError(`string indices must be integers, not '${typeName(key)}'`);
    return chars[ops.index(key, chars.length, 'string')];
  }
  if (obj instanceof PyRange && key instanceof PySlice) return obj.slice(...sliceIndices(key, obj.length));
  if (obj instanceof PyBigRange && key instanceof PySlice) return obj.slice(key.start, key.stop, key.step);
  if (obj instanceof PyNative && obj.pyGetItem) return obj.pyGetItem(key);
  // list[int], deque[str], Box[int] for a Generic class: a generic alias, as CPython's __class_getitem__.
  if (hasClassGetItem(obj)) return obj.pyClassGetItem(key);
  const alias = genericAlias(obj, key);
  if (alias !== undefined) return alias;
  if (obj instanceof PyInstance) {
    const m = ops.findMethod(obj, '__getitem__');
    if (m !== undefined) return interp.call(m, [obj, key]);
  }
  if (obj instanceof PyClass) {
    if (obj.meta?.getItem !== undefined) return obj.meta.getItem(obj, key);
    const cg = lookupClass(obj, '__class_getitem__');
    if (cg !== undefined) return interp.call(descriptorGet(cg, undefined, obj), [key]);
  }
  return typeError(`'${typeName(obj)}' object is not subscriptable`);
}

export function setItem(obj: Value, key: Value, value: Value): void {
  if (obj instanceof PyList) {
    if (key instanceof PySlice) {
      const [start, stop, step] = sliceIndices(key, obj.items.length);
      const vals = value === obj ? obj.items.slice() : [...interp.iterate(value)];
      if (step !== 1) {
        const at = extendedIndices(start, stop, step);
        if (vals.length !== at.length) valueError(`attempt to assign sequence of size ${vals.length} to extended slice of size ${at.length}`);
        at.forEach((i, k) => (obj.items[i] = vals[k]));
        return;
      }
      obj.items.splice(start, Math.max(0, stop - start), ...vals);
      return;
    }
    obj.items[ops.index(key, obj.items.length, 'list assignment')] = value;
    return;
  }
  if (obj instanceof PyDict) {
    ops.dictSet(obj, key, value);
    return;
  }
  if (obj instanceof PyNative && obj.pySetItem) {
    obj.pySetItem(key, value);
    return;
  }
  if (obj instanceof PyInstance) {
    const m = ops.findMethod(obj, '__setitem__');
    if (m !== undefined) {
      interp.call(m, [obj, key, value]);
      return;
    }
  }
  typeError(`'${typeName(obj)}' object does not support item assignment`);
}

export function delItem(obj: Value, key: Value): void {
  if (obj instanceof PyList) {
    if (key instanceof PySlice) {
      const [start, stop, step] = sliceIndices(key, obj.items.length);
      if (step !== 1) {
        // Highest index first, so earlier deletions do not shift later ones.
        for (const i of extendedIndices(start, stop, step).sort((a, b) => b - a)) obj.items.splice(i, 1);
        return;
      }
      obj.items.splice(start, Math.max(0, stop - start));
      return;
    }
    obj.items.splice(ops.index(key, obj.items.length, 'list assignment'), 1);
    return;
  }
  if (obj instanceof PyDict) {
    if (!obj.map.delete(ops.keyOf(key))) throw E.pyErr(E.KeyError, key);
    return;
  }
  if (obj instanceof PyNative && obj.pyDelItem) {
    obj.pyDelItem(key);
    return;
  }
  if (obj instanceof PyInstance) {
    const m = ops.findMethod(obj, '__delitem__');
    if (m !== undefined) {
      interp.call(m, [obj, key]);
      return;
    }
  }
  typeError(`'${typeName(obj)}' object doesn't support item deletion`);
}
