/**
 * What `random.seed(a, version)` turns `a` into before MT19937 sees it, as Lib/random.py and
 * _randommodule.c do: an int seeds with its absolute value; a str (version 2) with the integer
 * (or bytes, bytearray) read from its UTF-8 bytes followed by their SHA-512 digest; a float with hash(a) as an unsigned 64-bit number; None
 * with fresh entropy (here: the run's own entropy, so that a run stays reproducible).
 */
import { typeError } from '../runtime/errors.ts';
import { pyHash } from '../runtime/hash.ts';
import { PyFloat, type Value } from '../runtime/values.ts';
import { sha512 } from './sha512.ts';
import { bytesLike, latin1 } from '../compile/byte-sequence.ts';
import { PyBytes } from '../compile/bytes-object.ts';

/** The integer a seed value stands for, or null for None (seed from entropy). */
export function seedInteger(a: Value, version: Value): bigint | null {
  if (a === null || a === undefined) return null;
  if (typeof a === 'boolean') return a ? 1n : 0n;
  if (typeof a === 'number') return BigInt(a);
  if (typeof a === 'bigint') return a;
  if (typeof a === 'string') {
    if (version === 1) return versionOneSeed(a);
    if (version === 2) return bytesSeed(new TextEncoder().encode(a));
    // Any other version hands the str to the C seed, which uses its (per-process random) hash.
    return hashSeed(a);
  }
  const data = bytesLike(a);
  if (data !== null) {
    // Version 1 reads bytes as latin-1 text; version 2 hashes them as it hashes a str's UTF-8.
    if (version === 1 && a instanceof PyBytes) return versionOneSeed(latin1(data));
    if (version === 2) return bytesSeed(data);
    return hashSeed(a);
  }
  if (a instanceof PyFloat) return hashSeed(a);
  return typeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
}

/** The C seed of a non-int: its hash, read as an unsigned 64-bit number ((size_t)hash). */
function hashSeed(a: Value): bigint {
  return BigInt.asUintN(64, pyHash(a));
}

function bytesSeed(bytes: Uint8Array): bigint {
  const all = new Uint8Array(bytes.length + 64);
  all.set(bytes);
  all.set(sha512(bytes), bytes.length);
  let n = 0n;
  for (const b of all) n = (n << 8n) | BigInt(b);
  return n;
}

/** Python 2's string seed, kept by `seed(s, version=1)` to replay old sequences. */
function versionOneSeed(s: string): bigint {
  const codes = [...s].map((c) => BigInt(c.codePointAt(0)!));
  const mask = (1n << 64n) - 1n;
  let x = codes.length > 0 ? codes[0]! << 7n : 0n;
  for (const c of codes) x = ((1000003n * x) ^ c) & mask;
  x ^= BigInt(codes.length);
  return x === -1n ? -2n : x;
}
