/**
 * One struct item to bytes and back: integers with the range checks (and the messages) of
 * CPython's _struct.c, whose wording depends on the code and the byte order, floats of 2, 4
 * and 8 bytes, bools, chars and the two string kinds.
 */
import * as E from '../../engine/exceptions.ts';
import { normBig } from '../format/int-arith.ts';
import { raise } from '../runtime/errors.ts';
import { asInt } from '../runtime/builtin-args.ts';
import { findMethod, truthy } from '../runtime/ops.ts';
import { PyFloat, PyInstance, type Value } from '../runtime/values.ts';
import { ByteSequence } from '../compile/byte-sequence.ts';
import { PyBytes } from '../compile/bytes-object.ts';
import { structError, type Item, type Layout } from './struct-format.ts';

const LONG_MIN = -(1n << 63n);
const LONG_MAX = (1n << 63n) - 1n;
const ULONG_MAX = (1n << 64n) - 1n;
const SMALL_NAMES: Record<string, string> = { b: 'byte', B: 'ubyte', h: 'short', H: 'ushort' };

function intArg(v: Value): bigint {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return BigInt(v);
  if (v instanceof PyInstance && findMethod(v, '__index__') !== undefined) return BigInt(asInt(v));
  return structError('required argument is not an integer');
}

/** The integer an int item stores, after CPython's checks for its code and byte order. */
function checkedInt(item: Item, layout: Layout, v: bigint): bigint {
  const code = item.code;
  const bits = BigInt(8 * item.size);
  const signed = code === code.toLowerCase();
  const lo = signed ? -(1n << (bits - 1n)) : 0n;
  const hi = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  const inRange = v >= lo && v <= hi;
  // 8-byte integers: a single message, which the big-endian functions word differently.
  if (item.size === 8) {
    if (!inRange) structError(layout.order === '>' ? 'int too large to convert' : 'argument out of range');
    return v;
  }
  // b and B always, and h and H unless big-endian, go through C's long and name the C type.
  if (code === 'b' || code === 'B' || ((code === 'h' || code === 'H') && layout.order !== '>')) {
    if (v < LONG_MIN || v > LONG_MAX) structError('argument out of range');
    if (!inRange) structError(`${SMALL_NAMES[code]} format requires ${lo} <= number <= ${hi}`);
    return v;
  }
  // The rest convert to C's long (signed) or unsigned long first, then check the range by code.
  if (signed ? v < LONG_MIN || v > LONG_MAX : v < 0n || v > ULONG_MAX) structError('argument out of range');
  if (!inRange) structError(`'${code}' format requires ${lo} <= number <= ${hi}`);
  return v;
}

function floatArg(v: Value): number {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'number' || typeof v === 'boolean') return Number(v);
  if (typeof v === 'bigint') return Number(v);
  return structError('required argument is not a float');
}

/** IEEE 754 binary16, rounding to nearest even as PyFloat_Pack2 does. */
function toHalf(x: number): number {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (Number.isNaN(x)) return 0x7e00;
  if (a === Infinity) return sign | 0x7c00;
  if (a < 2 ** -24 / 2) return sign;
  let e = Math.floor(Math.log2(a));
  if (a < 2 ** e) e--;
  if (a >= 2 ** (e + 1)) e++;
  // Subnormals share the smallest exponent; the mantissa counts units of 2**-24.
  const unit = e < -14 ? 2 ** -24 : 2 ** (e - 10);
  let m = a / unit;
  const floor = Math.floor(m);
  const frac = m - floor;
  m = frac > 0.5 || (frac === 0.5 && floor % 2 === 1) ? floor + 1 : floor;
  let bits: number;
  if (e < -14) bits = m; // may round up into the smallest normal, which the encoding absorbs
  else {
    let exp = e + 15;
    if (m === 2048) {
      m = 1024;
      exp++;
    }
    bits = (exp << 10) | (m - 1024);
  }
  if (bits >= 0x7c00) raise(E.OverflowError, 'float too large to pack with e format');
  return sign | bits;
}

function fromHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (exp === 0) return sign * m * 2 ** -24;
  if (exp === 31) return m === 0 ? sign * Infinity : NaN;
  return sign * (1024 + m) * 2 ** (exp - 25);
}

function bytesArg(v: Value, code: string): Uint8Array {
  if (v instanceof ByteSequence) return v.data;
  return structError(`argument for '${code}' must be a bytes object`);
}

export function packItem(view: DataView, base: number, item: Item, layout: Layout, v: Value): void {
  const at = base + item.offset;
  const le = layout.littleEndian;
  switch (item.code) {
    case 'e':
    case 'f':
    case 'd': {
      const x = floatArg(v);
      if (item.code === 'd') view.setFloat64(at, x, le);
      else if (item.code === 'e') view.setUint16(at, toHalf(x), le);
      else {
        if (Number.isFinite(x) && !Number.isFinite(Math.fround(x))) raise(E.OverflowError, 'float too large to pack with f format');
        view.setFloat32(at, x, le);
      }
      return;
    }
    case '?':
      view.setUint8(at, truthy(v) ? 1 : 0);
      return;
    case 'c': {
      if (!(v instanceof PyBytes) || v.data.length !== 1) structError('char format requires a bytes object of length 1');
      view.setUint8(at, (v as PyBytes).data[0]!);
      return;
    }
    case 's':
    case 'p': {
      const data = bytesArg(v, item.code);
      if (item.code === 's') {
        for (let k = 0; k < item.size; k++) view.setUint8(at + k, data[k] ?? 0);
        return;
      }
      // A Pascal string: a length byte, then at most size-1 bytes.
      if (item.size === 0) return;
      const n = Math.min(data.length, item.size - 1, 255);
      view.setUint8(at, n);
      for (let k = 1; k < item.size; k++) view.setUint8(at + k, k - 1 < n ? data[k - 1]! : 0);
      return;
    }
    default: {
      let n = checkedInt(item, layout, intArg(v));
      if (n < 0n) n += 1n << BigInt(8 * item.size);
      for (let k = 0; k < item.size; k++) {
        view.setUint8(at + (le ? k : item.size - 1 - k), Number(n & 0xffn));
        n >>= 8n;
      }
    }
  }
}

export function unpackItem(view: DataView, base: number, item: Item, layout: Layout): Value {
  const at = base + item.offset;
  const le = layout.littleEndian;
  switch (item.code) {
    case 'e':
      return new PyFloat(fromHalf(view.getUint16(at, le)));
    case 'f':
      return new PyFloat(view.getFloat32(at, le));
    case 'd':
      return new PyFloat(view.getFloat64(at, le));
    case '?':
      return view.getUint8(at) !== 0;
    case 'c':
      return new PyBytes(new Uint8Array(view.buffer, view.byteOffset + at, 1).slice());
    case 's':
      return new PyBytes(new Uint8Array(view.buffer, view.byteOffset + at, item.size).slice());
    case 'p': {
      if (item.size === 0) return new PyBytes(new Uint8Array(0));
      const n = Math.min(view.getUint8(at), item.size - 1);
      return new PyBytes(new Uint8Array(view.buffer, view.byteOffset + at + 1, n).slice());
    }
    default: {
      let n = 0n;
      for (let k = 0; k < item.size; k++) n = (n << 8n) | BigInt(view.getUint8(at + (le ? item.size - 1 - k : k)));
      const signed = item.code === item.code.toLowerCase() && item.code !== 'p';
      if (signed && n >= 1n << BigInt(8 * item.size - 1)) n -= 1n << BigInt(8 * item.size);
      return normBig(n);
    }
  }
}
