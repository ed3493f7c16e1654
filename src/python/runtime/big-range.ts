/**
 * range() whose bounds or step are ints beyond 2**53 (`range(10**20, 10**20 + 3)`,
 * `2**64 in range(2**65)`). The everyday PyRange keeps plain numbers for the loop fast path;
 * this one computes in bigints and is only made when a bound needs it.
 */
import * as E from '../../engine/exceptions.ts';
import { MSG } from '../format/errors.ts';
import { intToString, normBig, toBig, type Int } from '../format/int-arith.ts';
import { raise, typeError } from './errors.ts';
import { PyNative } from './native.ts';
import { typeName } from './types.ts';
import { PyFloat, type Value } from './values.ts';

export class PyBigRange extends PyNative {
  readonly pyTypeName = 'range';
  /** The number of items, exactly. */
  readonly size: bigint;
  private readonly b0: bigint;
  private readonly b1: bigint;
  private readonly d: bigint;
  constructor(
    readonly start: Int,
    readonly stop: Int,
    readonly step: Int,
  ) {
    super();
    this.b0 = toBig(start);
    this.b1 = toBig(stop);
    this.d = toBig(step);
    const n = this.d > 0n ? (this.b1 - this.b0 - 1n) / this.d + 1n : (this.b0 - this.b1 - 1n) / -this.d + 1n;
    // Truncating division is floor division here whenever the count is positive.
    this.size = (this.d > 0n ? this.b1 > this.b0 : this.b1 < this.b0) ? n : 0n;
  }

  private at(i: bigint): Int {
    return normBig(this.b0 + i * this.d);
  }

  pyRepr(): string {
    const s = `range(${intToString(this.start)}, ${intToString(this.stop)}`;
    return this.d === 1n ? s + ')' : `${s}, ${intToString(this.step)})`;
  }

  /** Infinity when the length is past 2**53 (len() itself asks `length()`). */
  override pyLen(): number {
    return this.size <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(this.size) : Infinity;
  }

  /** len(): exact up to sys.maxsize, past which CPython's len() overflows. */
  length(): Int {
    if (this.size >= 1n << 63n) raise(E.OverflowError, MSG.ssizeOverflow);
    return normBig(this.size);
  }

  override pyContains(v: Value): boolean {
    let x: bigint;
    if (typeof v === 'number' || typeof v === 'bigint') x = toBig(v);
    else if (typeof v === 'boolean') x = v ? 1n : 0n;
    else if (v instanceof PyFloat && Number.isInteger(v.v)) x = BigInt(v.v);
    else return false;
    const off = x - this.b0;
    if (off % this.d !== 0n) return false;
    const i = off / this.d;
    return i >= 0n && i < this.size;
  }

  override pyGetItem(key: Value): Value {
    if (typeof key === 'boolean') key = key ? 1 : 0;
    if (typeof key !== 'number' && typeof key !== 'bigint') return typeError(`range indices must be integers or slices, not ${typeName(key)}`);
    let i = toBig(key);
    if (i < 0n) i += this.size;
    if (i < 0n || i >= this.size) raise(E.IndexError, 'range object index out of range');
    return this.at(i);
  }

  /** range(...)[a:b:c]: the slice's bounds clamped to this range, as slice.indices(len) does, in bigints. */
  slice(a: Value, b: Value, c: Value): PyBigRange {
    const step = c === null ? 1n : bound(c);
    if (step === 0n) raise(E.ValueError, 'slice step cannot be zero');
    const len = this.size;
    const clamp = (v: Value, dflt: bigint, lo: bigint, hi: bigint): bigint => {
      if (v === null) return dflt;
      let x = bound(v);
      if (x < 0n) x += len;
      return x < lo ? lo : x > hi ? hi : x;
    };
    const [i, j] = step > 0n ? [clamp(a, 0n, 0n, len), clamp(b, len, 0n, len)] : [clamp(a, len - 1n, -1n, len - 1n), clamp(b, -1n, -1n, len - 1n)];
    return new PyBigRange(this.at(i), this.at(j), normBig(this.d * step));
  }

  override pyEq(other: Value): boolean {
    if (!(other instanceof PyBigRange)) return false;
    if (this.size !== other.size) return false;
    if (this.size === 0n) return true;
    return this.b0 === other.b0 && (this.size === 1n || this.d === other.d);
  }

  override pyIter(): Iterable<Value> {
    return items(this.b0, this.d, this.size);
  }

  reversedItems(): Iterable<Value> {
    return items(this.b0 + (this.size - 1n) * this.d, -this.d, this.size);
  }

  /** range.index(v): the position of an int (or equal float) in the range, or -1. */
  indexOf(v: Value): Int {
    if (!this.pyContains(v)) return -1;
    const x = typeof v === 'boolean' ? (v ? 1n : 0n) : v instanceof PyFloat ? BigInt(v.v) : toBig(v as Int);
    return normBig((x - this.b0) / this.d);
  }
}

function bound(v: Value): bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return toBig(v);
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return typeError('slice indices must be integers or None or have an __index__ method');
}

function* items(start: bigint, step: bigint, size: bigint): Generator<Value, void, undefined> {
  let x = start;
  for (let i = 0n; i < size; i++, x += step) yield normBig(x);
}
