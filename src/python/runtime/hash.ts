/**
 * hash() with CPython's values where they are deterministic: ints, floats (reduced modulo
 * the Mersenne prime 2**61 - 1, so hash(1.0) == hash(1)), bools, and tuples (3.11's
 * xxHash-based combination). Strings hash randomly per process in CPython, so any stable
 * value is as faithful as another.
 */
import { engineTypeOf } from './types/engine-type.ts';
import { normBig, type Int } from '../format/int-arith.ts';
import { PyNative } from './native.ts';
import { typeError } from './errors.ts';
import { interp } from './hooks.ts';
import { findMethod } from './ops.ts';
import { fakeAddress } from './repr.ts';
import { typeName } from './types.ts';
import { builtinTypeOf } from './types/type-of.ts';
import { PyInstance, type Value } from './values.ts';

/** Stands in for None (and anything else without an identity) when an address is needed. */
const NONE_TOKEN = {};

const P = (1n << 61n) - 1n;
const MASK64 = (1n << 64n) - 1n;

function signed64(x: bigint): bigint {
  return x >= 1n << 63n ? x - (1n << 64n) : x;
}

function finalHash(h: bigint): bigint {
  return h === -1n ? -2n : h;
}

function intHash(n: number | bigint): bigint {
  const b = BigInt(n);
  const r = (b < 0n ? -b : b) % P;
  return b < 0n ? -r : r;
}

function floatHash(x: number): bigint {
  if (Number.isNaN(x)) return 0n;
  if (x === Infinity) return 314159n;
  if (x === -Infinity) return -314159n;
  if (Number.isInteger(x)) return intHashBig(BigInt(x));
  // x = m * 2**e exactly, with m an odd-or-even integer below 2**53.
  let m = Math.abs(x);
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e--;
  }
  // 2**61 ≡ 1 (mod P), so 2**-k ≡ 2**(61 - k mod 61).
  const shift = BigInt((((e % 61) + 61) % 61));
  const r = (BigInt(m) << shift) % P;
  return x < 0 ? -r : r;
}

function intHashBig(b: bigint): bigint {
  const r = (b < 0n ? -b : b) % P;
  return b < 0n ? -r : r;
}

const XX1 = 11400714785074694791n;
const XX2 = 14029467366897019727n;
const XX5 = 2870177450012600261n;

function tupleHash(items: readonly Value[]): bigint {
  let acc = XX5;
  for (const item of items) {
    let lane = pyHash(item);
    lane &= MASK64;
    acc = (acc + lane * XX2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * XX1) & MASK64;
  }
  acc = (acc + (BigInt(items.length) ^ (XX5 ^ 3527539n))) & MASK64;
  const h = signed64(acc);
  return h === -1n ? 1546275796n : h;
}

function strHash(s: string): bigint {
  // FNV-1a over UTF-16 units.
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i));
    h = (h * 0x100000001b3n) & MASK64;
  }
  // CPython's string hashes are random per process; staying within 2**52 keeps them printable.
  return (h & ((1n << 53n) - 1n)) - (1n << 52n);
}

/** hash(v) as a Python int: CPython's value, a bigint when it is beyond 2**53. */
export function hashOf(v: Value): Int {
  return normBig(pyHash(v));
}

/** CPython's exact hash value. */
export function pyHash(v: Value): bigint {
  const t = builtinTypeOf(v);
  if (t !== undefined && t.hash !== undefined) {
    if (t.hash === null) return typeError(`unhashable type: '${typeName(v)}'`);
    return t.hash(v);
  }
  if (v instanceof PyInstance) {
    const m = findMethod(v, '__hash__');
    if (m === null) typeError(`unhashable type: '${typeName(v)}'`);
    if (m !== undefined) {
      const r = interp.call(m, [v]);
      if (typeof r !== 'number' && typeof r !== 'bigint') typeError('__hash__ method should return an integer');
      // A result that fits a C Py_hash_t is the hash itself (`hash((self.x, self.y))`); a
      // larger one is hashed as an int.
      const b = BigInt(r as number | bigint);
      return finalHash(b === BigInt.asIntN(64, b) ? b : intHash(b));
    }
  }
  return objectHash(v);
}

/** The hash of a value without one of its own type's: what it compares by, else its identity. */
function objectHash(v: Value): bigint {
  const engine = engineTypeOf(v);
  if (engine?.hash === null) return typeError(`unhashable type: '${typeName(v)}'`);
  if (engine?.hash !== undefined) return engine.hash(v as never);
  // Value objects (datetime, timedelta) hash what they compare by.
  if (v instanceof PyNative && v.pyKey !== undefined) {
    const k = v.pyKey();
    return finalHash(typeof k === 'string' ? strHash(k) : intHash(Number(k)));
  }
  // CPython hashes other objects by address; ours is the fake address that repr() shows.
  const obj = v === null || typeof v !== 'object' ? NONE_TOKEN : v;
  return BigInt(Math.floor(parseInt(fakeAddress(obj), 16) / 16));
}

// Function declarations, not constants: the type declarations name them while this module may
// still be loading (they import each other).
export function hashInt(n: number | bigint): bigint {
  return finalHash(intHash(n));
}
export function hashFloat(x: number): bigint {
  return finalHash(floatHash(x));
}
export function hashStr(s: string): bigint {
  return finalHash(strHash(s));
}
export function hashTuple(items: readonly Value[]): bigint {
  return tupleHash(items);
}
