/**
 * Iteration: `iterate(v)` turns any Python iterable into a JS iterable, `PyRange` is the lazy
 * range object, and `PyIterator` is the iterator object Python code sees (iter(), enumerate,
 * zip, map, filter, reversed). Lists iterate live by index, as CPython's list iterator does,
 * so appending inside a `for` loop extends the loop.
 */
import * as E from '../../engine/exceptions.ts';
import { PyException } from '../../engine/exceptions.ts';
import { PyBigRange } from './big-range.ts';
import { dictEntries, dictKeys, DictView } from './dict-views.ts';
import { raise, typeError } from './errors.ts';
import { interp } from './hooks.ts';
import { findMethod, isNumber, num, pyLen } from './ops.ts';
import { fakeAddress } from './repr.ts';
import { typeName } from './types.ts';
import { PyNative } from './native.ts';
import { setOrder } from './set-order.ts';
import { PyClass, PyDict, PyInstance, PyList, PySet, PyTuple, type Value } from './values.ts';

// ---- range ---------------------------------------------------------------------------------

export class PyRange extends PyNative {
  readonly pyTypeName = 'range';
  readonly length: number;
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super();
    const n = step > 0 ? Math.floor((stop - start - 1) / step) + 1 : Math.floor((start - stop - 1) / -step) + 1;
    this.length = n > 0 ? n : 0;
  }

  /** The i-th element, for 0 <= i < length. */
  at(i: number): number {
    return this.start + i * this.step;
  }

  pyRepr(): string {
    return this.step === 1 ? `range(${this.start}, ${this.stop})` : `range(${this.start}, ${this.stop}, ${this.step})`;
  }

  override pyLen(): number {
    return this.length;
  }

  override pyContains(v: Value): boolean {
    // Floats equal to an element count too (1.0 in range(3)), as CPython's fallback finds them.
    // A big int lies beyond every bound a number-range can have.
    if (!isNumber(v) || typeof v === 'bigint') return false;
    const x = num(v);
    if (!Number.isInteger(x)) return false;
    const i = (x - this.start) / this.step;
    return Number.isInteger(i) && i >= 0 && i < this.length;
  }

  override pyGetItem(key: Value): Value {
    if (typeof key === 'boolean') key = key ? 1 : 0;
    // Unlike a list, a range reads any int as an index: a big one is simply out of range.
    if (typeof key === 'bigint') key = key < 0n ? -Infinity : Infinity;
    if (typeof key !== 'number') return typeError(`range indices must be integers or slices, not ${typeName(key)}`);
    const i = key < 0 ? key + this.length : key;
    if (i < 0 || i >= this.length) raise(E.IndexError, 'range object index out of range');
    return this.at(i);
  }

  /**
   * range(...)[a:b:c], given the slice's indices already clamped to this range's length
   * (slice.indices(len)): CPython maps both ends through the range, so range(10)[::-1] is
   * range(9, -1, -1).
   */
  slice(start: number, stop: number, step: number): PyRange {
    return new PyRange(this.start + start * this.step, this.start + stop * this.step, this.step * step);
  }

  override pyEq(other: Value): boolean {
    if (!(other instanceof PyRange)) return false;
    if (this.length !== other.length) return false;
    if (this.length === 0) return true;
    if (this.start !== other.start) return false;
    return this.length === 1 || this.step === other.step;
  }

  override pyIter(): Iterable<Value> {
    return rangeItems(this, false);
  }
}

function* rangeItems(r: PyRange, reverse: boolean): Generator<number, void, undefined> {
  const n = r.length;
  if (reverse) for (let i = n - 1; i >= 0; i--) yield r.at(i);
  else for (let i = 0; i < n; i++) yield r.at(i);
}

// ---- iterator objects ----------------------------------------------------------------------

/**
 * A Python iterator over a JS iterator. It deliberately has no `return()` method: a `break`
 * out of a JS for-of must not close it, because Python code may keep consuming it.
 */
export class PyIterator extends PyNative implements Iterator<Value>, Iterable<Value> {
  constructor(
    private readonly it: Iterator<Value>,
    readonly pyTypeName: string,
  ) {
    super();
  }
  next(): IteratorResult<Value> {
    return this.it.next();
  }
  [Symbol.iterator](): this {
    return this;
  }
  override pyIter(): Iterable<Value> {
    return this;
  }
  pyRepr(): string {
    return `<${this.pyTypeName} object at ${fakeAddress(this)}>`;
  }
}

/** A PyIterator whose Python type is `kind` (list_iterator, enumerate, zip, map, ...). */
export function makeIterator(kind: string, it: Iterator<Value> | Iterable<Value>): PyIterator {
  const jsIt = typeof it === 'string' || Symbol.iterator in it ? (it as Iterable<Value>)[Symbol.iterator]() : (it as Iterator<Value>);
  return new PyIterator(jsIt, kind);
}

// ---- iterate -------------------------------------------------------------------------------

function* listItems(l: PyList): Generator<Value, void, undefined> {
  // By index and re-reading `items`: the list may grow, shrink or be replaced by sort().
  for (let i = 0; i < l.items.length; i++) yield l.items[i];
}

function* setItems(s: PySet): Generator<Value, void, undefined> {
  const size = s.map.size;
  // In CPython's order, which for ints is not insertion order (see set-order.ts).
  for (const v of setOrder(s)) {
    if (s.map.size !== size) break;
    yield v;
  }
  if (s.map.size !== size) raise(E.RuntimeError, 'Set changed size during iteration');
}

export function isStopIteration(e: unknown): e is PyException {
  return e instanceof PyException && E.isSubclass(e.cls, E.StopIteration);
}

/** Repeatedly calls a user object's __next__ until it raises StopIteration. */
function* nextLoop(it: PyInstance, next: Value): Generator<Value, void, undefined> {
  for (;;) {
    let v: Value;
    try {
      v = interp.call(next, [it]);
    } catch (e) {
      if (isStopIteration(e)) return;
      throw e;
    }
    yield v;
  }
}

/**
 * The old sequence protocol: an object with __getitem__ but no __iter__ iterates by calling
 * __getitem__(0), (1), ... until it raises IndexError (or StopIteration), as CPython's
 * fallback iterator does.
 */
function* getitemLoop(seq: PyInstance, getitem: Value): Generator<Value, void, undefined> {
  for (let i = 0; ; i++) {
    let v: Value;
    try {
      v = interp.call(getitem, [seq, i]);
    } catch (e) {
      if (isStopIteration(e) || (e instanceof PyException && E.isSubclass(e.cls, E.IndexError))) return;
      throw e;
    }
    yield v;
  }
}

/** __iter__, or undefined when the class leaves it out or sets it to None (not iterable). */
function iterMethod(v: PyInstance): Value | undefined {
  const m = findMethod(v, '__iter__');
  return m === null ? undefined : m;
}

/** __getitem__ for the sequence fallback, when the object has no __iter__ at all. */
function sequenceGetItem(v: PyInstance): Value | undefined {
  if (findMethod(v, '__iter__') !== undefined) return undefined;
  const g = findMethod(v, '__getitem__');
  return g === null ? undefined : g;
}

/** What `iter(obj)` gives for a user object: its __iter__ result, checked to be an iterator. */
function instanceIterator(v: PyInstance): Iterable<Value> {
  const m = iterMethod(v);
  if (m === undefined) {
    const g = sequenceGetItem(v);
    return g === undefined ? notIterable(v) : getitemLoop(v, g);
  }
  const it = interp.call(m, [v]);
  if (it instanceof PyIterator) return it;
  if (it instanceof PyInstance) {
    const next = findMethod(it, '__next__');
    if (next !== undefined) return nextLoop(it, next);
  }
  return typeError(`iter() returned non-iterator of type '${typeName(it)}'`);
}

function notIterable(v: Value): never {
  return typeError(`'${typeName(v)}' object is not iterable`);
}

/** Any Python iterable as a JS iterable (lazily, where Python is lazy). */
export function iterate(v: Value): Iterable<Value> {
  if (v instanceof PyList) return listItems(v);
  if (v instanceof PyTuple) return v.items;
  if (typeof v === 'string') return v; // JS iterates strings by code point, as Python does
  if (v instanceof PyDict) return dictKeys(v);
  if (v instanceof PySet) return setItems(v);
  if (v instanceof PyNative && v.pyIter !== undefined) return v.pyIter();
  if (v instanceof PyInstance) return instanceIterator(v);
  if (v instanceof PyClass && v.meta?.iter !== undefined) return v.meta.iter(v);
  return notIterable(v);
}

/** Whether `iterate(v)` accepts v (without calling anything). */
export function isIterable(v: Value): boolean {
  if (v instanceof PyList || v instanceof PyTuple || typeof v === 'string' || v instanceof PyDict || v instanceof PySet) return true;
  if (v instanceof PyNative) return v.pyIter !== undefined;
  if (v instanceof PyClass) return v.meta?.iter !== undefined;
  return v instanceof PyInstance && (iterMethod(v) !== undefined || sequenceGetItem(v) !== undefined);
}

/** All items of an iterable, in a fresh array. */
export function toArray(v: Value): Value[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.slice();
  return [...iterate(v)];
}

/** iter(obj): an iterator object; user objects return what their __iter__ returns. */
export function toIterator(v: Value): Value {
  if (v instanceof PyIterator) return v;
  if (v instanceof PyInstance) {
    const m = iterMethod(v);
    if (m === undefined) {
      const g = sequenceGetItem(v);
      return g === undefined ? notIterable(v) : makeIterator('iterator', getitemLoop(v, g));
    }
    const it = interp.call(m, [v]);
    if (it instanceof PyIterator || (it instanceof PyInstance && findMethod(it, '__next__') !== undefined)) return it;
    return typeError(`iter() returned non-iterator of type '${typeName(it)}'`);
  }
  return makeIterator(iteratorKind(v), iterate(v));
}

function iteratorKind(v: Value): string {
  if (v instanceof PyList) return 'list_iterator';
  if (v instanceof PyTuple) return 'tuple_iterator';
  if (typeof v === 'string') return /^[\x00-\x7f]*$/.test(v) ? 'str_ascii_iterator' : 'str_iterator';
  if (v instanceof PyDict) return 'dict_keyiterator';
  if (v instanceof PySet) return 'set_iterator';
  if (v instanceof PyRange) return 'range_iterator';
  if (v instanceof PyBigRange) return 'longrange_iterator';
  if (v instanceof DictView) return v.kind === 'keys' ? 'dict_keyiterator' : v.kind === 'values' ? 'dict_valueiterator' : 'dict_itemiterator';
  return 'iterator';
}

const NO_DEFAULT = Symbol('no default');

/**
 * next(it[, default]): the next item, or `dflt` when exhausted; without a default the
 * exhaustion raises StopIteration.
 */
export function nextOf(it: Value, dflt: Value | typeof NO_DEFAULT = NO_DEFAULT): Value {
  if (it instanceof PyIterator) {
    const r = it.next();
    if (!r.done) return r.value;
    // A generator's exhaustion carries its return value (StopIteration.value).
    if (dflt === NO_DEFAULT && r.value !== undefined && r.value !== null) throw E.pyErr(E.StopIteration, r.value);
  } else if (it instanceof PyInstance && findMethod(it, '__next__') !== undefined) {
    try {
      return interp.call(findMethod(it, '__next__'), [it]);
    } catch (e) {
      if (!isStopIteration(e) || dflt === NO_DEFAULT) throw e;
      return dflt;
    }
  } else {
    return typeError(`'${typeName(it)}' object is not an iterator`);
  }
  if (dflt === NO_DEFAULT) throw E.pyErr(E.StopIteration);
  return dflt;
}
export { NO_DEFAULT };

/** reversed(seq). */
export function reversedOf(v: Value): PyIterator | Value {
  if (v instanceof PyList) return makeIterator('list_reverseiterator', listReversed(v));
  if (v instanceof PyTuple || typeof v === 'string') return makeIterator('reversed', [...(v instanceof PyTuple ? v.items : v)].reverse());
  if (v instanceof PyRange) return makeIterator('range_iterator', rangeItems(v, true));
  if (v instanceof PyBigRange) return makeIterator('longrange_iterator', v.reversedItems());
  if (v instanceof PyDict) return makeIterator('dict_reversekeyiterator', reversedKeys(v));
  if (v instanceof DictView) {
    const kind = v.kind === 'keys' ? 'key' : v.kind === 'values' ? 'value' : 'item';
    return makeIterator(`dict_reverse${kind}iterator`, v.items(true));
  }
  if (v instanceof PyNative && v.pyReversed) return makeIterator(`${v.pyTypeName}_reverse_iterator`, v.pyReversed());
  if (v instanceof PyInstance) {
    const m = findMethod(v, '__reversed__');
    if (m !== undefined && m !== null) return interp.call(m, [v]);
    // Without __reversed__, a sequence (__len__ and __getitem__) runs backwards by index.
    const g = findMethod(v, '__getitem__');
    if (m === undefined && g !== undefined && g !== null && findMethod(v, '__len__') !== undefined) {
      return makeIterator('reversed', sequenceBackwards(v, g));
    }
  }
  return typeError(`'${typeName(v)}' object is not reversible`);
}

function* sequenceBackwards(seq: PyInstance, getitem: Value): Generator<Value, void, undefined> {
  for (let i = pyLen(seq) - 1; i >= 0; i--) {
    try {
      yield interp.call(getitem, [seq, i]);
    } catch (e) {
      if (isStopIteration(e) || (e instanceof PyException && E.isSubclass(e.cls, E.IndexError))) return;
      throw e;
    }
  }
}

function* listReversed(l: PyList): Generator<Value, void, undefined> {
  // Like CPython's list_reverseiterator: re-checks the index against the current length.
  for (let i = l.items.length - 1; i >= 0; i--) {
    if (i >= l.items.length) return;
    yield l.items[i];
  }
}

function* reversedKeys(d: PyDict): Generator<Value, void, undefined> {
  for (const e of dictEntries(d, true)) yield e.k;
}
