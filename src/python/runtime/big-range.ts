/**
 * range() whose bounds or step are ints beyond 2**53 (`range(10**20, 10**20 + 3)`,
 * `2**64 in range(2**65)`). The everyday PyRange keeps plain numbers for the loop fast path;
 * this one computes in bigints and is only made when a bound needs it.
 */
import * as E from '../../engine/exceptions.ts';
import { intToString, normBig, toBig, type Int } from '../format/int-arith.ts';
import { raise, typeError } from './errors.ts';
import { PyNative } from './native.ts';
import { registerEngineType, typeName } from './types.ts';
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

  /** Infinity when the length is past 2**53: len() then raises, as CPython does past sys.maxsize. */
  override pyLen(): number {
    return this.size <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(this.size) : Infinity;
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

  override pyEq(other: Value): boolean {
    if (!(other instanceof PyBigRange)) return false;
    if (this.size !== other.size) return false;
    if (this.size === 0n) return true;
    return this.b0 === other.b0 && (this.size === 1n || this.d === other.d);
  }

  override pyIter(): Iterable<Value> {
    return items(this.b0, this.d, this.size);
  }
}
registerEngineType(PyBigRange, 'range');

function* items(start: bigint, step: bigint, size: bigint): Generator<Value, void, undefined> {
  let x = start;
  for (let i = 0n; i < size; i++, x += step) yield normBig(x);
}
