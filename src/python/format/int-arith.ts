/**
 * Python ints of any size. A Python int is a JS number while it is a safe integer
 * (|n| < 2**53) and a JS bigint beyond that, never both: every result passes through
 * `normBig`, so one value has one representation and `===`, Map keys and hashing agree.
 * Numbers keep the hot path (counters, indexes, sums) free of allocation; only results that
 * leave the safe range pay for bigint arithmetic.
 */
import { MemoryError } from '../../engine/exceptions';
import { err, MSG, overflowError, valueError, zeroDivisionError } from './errors';

export type Int = number | bigint;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MAX_SAFE_BIG = BigInt(MAX_SAFE);

/**
 * The largest int Taskline makes, in bits (about five million decimal digits). CPython would
 * try `2 ** 10**10` and perhaps succeed; a browser tab would freeze or crash instead.
 */
export const MAX_INT_BITS = 1 << 24;
const BIG_CAP = 1n << BigInt(MAX_INT_BITS);

function tooBig(bits: number): never {
  throw err(MemoryError, `Taskline stops an integer at ${MAX_INT_BITS.toLocaleString('en-US')} bits (this one needs ${Math.ceil(bits).toLocaleString('en-US')})`);
}

/** A bigint result as the one representation of its value: a number when it is safe. */
export function normBig(b: bigint): Int {
  if (b <= MAX_SAFE_BIG && b >= -MAX_SAFE_BIG) return Number(b);
  if (b >= BIG_CAP || b <= -BIG_CAP) tooBig(bitLength(b));
  return b;
}

/** A JS number that is integral (perhaps beyond 2**53, from a float) as a Python int. */
export function intFromNumber(x: number): Int {
  return Number.isSafeInteger(x) ? x + 0 : normBig(BigInt(x));
}

export function toBig(n: Int): bigint {
  return typeof n === 'bigint' ? n : BigInt(n);
}

export function bitLength(n: Int): number {
  if (typeof n === 'number') {
    const a = Math.abs(n);
    return a < 2 ** 31 ? 32 - Math.clz32(a) : a.toString(2).length;
  }
  const h = (n < 0n ? -n : n).toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0], 16)));
}

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normBig(toBig(a) + toBig(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normBig(toBig(a) - toBig(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0;
  }
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    const bits = bitLength(a) + bitLength(b);
    if (bits > MAX_INT_BITS + 1) tooBig(bits);
  }
  return normBig(toBig(a) * toBig(b));
}

export function intNeg(a: Int): Int {
  return typeof a === 'number' ? (a === 0 ? 0 : -a) : -a;
}

export function intAbs(a: Int): Int {
  return typeof a === 'number' ? Math.abs(a) : a < 0n ? -a : a;
}

export function intSign(a: Int): number {
  return a > 0 ? 1 : a < 0 ? -1 : 0;
}

/** a // b, rounding toward negative infinity. */
export function intFloorDiv(a: Int, b: Int): Int {
  if (b === 0) throw zeroDivisionError(MSG.intDivisionOrModuloByZero);
  if (typeof a === 'number' && typeof b === 'number') {
    // JS's % is exact on integers, so (a - r) / b is exact too.
    const r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && r < 0 !== b < 0) q -= 1;
    return q + 0;
  }
  const x = toBig(a);
  const y = toBig(b);
  let q = x / y;
  if (q * y !== x && x < 0n !== y < 0n) q -= 1n;
  return normBig(q);
}

/** a % b: the result has the divisor's sign. */
export function intMod(a: Int, b: Int): Int {
  if (b === 0) throw zeroDivisionError(MSG.intModuloByZero);
  if (typeof a === 'number' && typeof b === 'number') {
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r + 0;
  }
  const y = toBig(b);
  let r = toBig(a) % y;
  if (r !== 0n && r < 0n !== y < 0n) r += y;
  return normBig(r);
}

export function intDivmod(a: Int, b: Int): [Int, Int] {
  if (b === 0) throw zeroDivisionError(MSG.intDivisionOrModuloByZero);
  return [intFloorDiv(a, b), intMod(a, b)];
}

/** a ** b for b ≥ 0: exact. */
export function intPowNonNeg(a: Int, b: Int): Int {
  if (b === 0) return 1;
  if (a === 0 || a === 1) return a;
  if (a === -1) return intIsOdd(b) ? -1 : 1;
  const bits = (typeof a === 'number' ? Math.log2(Math.abs(a)) : bitLength(a) - 1) * Number(b);
  if (bits > MAX_INT_BITS) tooBig(bits);
  if (typeof a === 'number' && typeof b === 'number') {
    // Repeated squaring in doubles stays exact while every product is safe.
    let result = 1;
    let base = a;
    let e = b;
    for (;;) {
      if (e % 2 === 1) {
        result *= base;
        if (!Number.isSafeInteger(result)) break;
      }
      e = Math.floor(e / 2);
      if (e === 0) return result;
      base *= base;
      if (!Number.isSafeInteger(base)) break;
    }
  }
  return normBig(toBig(a) ** toBig(b));
}

export function intIsOdd(n: Int): boolean {
  return typeof n === 'number' ? n % 2 !== 0 : (n & 1n) === 1n;
}

/** a << b. */
export function intShl(a: Int, b: Int): Int {
  if (b < 0) throw valueError('negative shift count');
  if (a === 0) return 0;
  const bits = bitLength(a) + Number(b);
  if (bits > MAX_INT_BITS) tooBig(bits);
  const nb = Number(b);
  if (typeof a === 'number' && bits <= 53) return a * 2 ** nb;
  return normBig(toBig(a) << BigInt(nb));
}

/** a >> b: an arithmetic shift, rounding toward negative infinity. */
export function intShr(a: Int, b: Int): Int {
  if (b < 0) throw valueError('negative shift count');
  if (typeof a === 'number') {
    if (b >= 64) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** Number(b));
  }
  if (typeof b === 'bigint' || b >= MAX_INT_BITS) return a < 0n ? -1 : 0;
  return normBig(a >> BigInt(b));
}

export function intAnd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a & b;
  return normBig(toBig(a) & toBig(b));
}

export function intOr(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a | b;
  return normBig(toBig(a) | toBig(b));
}

export function intXor(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a ^ b;
  return normBig(toBig(a) ^ toBig(b));
}

export function intInvert(a: Int): Int {
  return intSub(intNeg(a), 1);
}

/** float(n): correctly rounded (the spec's Number(bigint) rounds half to even), or OverflowError. */
export function intToFloat(n: Int): number {
  if (typeof n === 'number') return n;
  const x = Number(n);
  if (x === Infinity || x === -Infinity) throw overflowError(MSG.intToFloat);
  return x;
}

/** a / b for ints: the double nearest the exact quotient, as CPython's long_true_divide. */
export function intTrueDiv(a: Int, b: Int): number {
  if (b === 0) throw zeroDivisionError(MSG.divisionByZero);
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  const neg = a < 0 !== b < 0;
  const x = toBig(intAbs(a));
  const y = toBig(intAbs(b));
  if (x === 0n) return neg ? -0 : 0;
  // Scale so the integer quotient has at least 55 bits; the remainder only matters as a sticky bit.
  const s = 55 - (bitLength(x) - bitLength(y));
  let q = s >= 0 ? (x << BigInt(s)) / y : x / (y << BigInt(-s));
  const exact = s >= 0 ? q * y === x << BigInt(s) : q * (y << BigInt(-s)) === x;
  // q * 2**-s is the quotient; its top bit has exponent e.
  const e = bitLength(q) - 1 - s;
  if (e > 1023) throw overflowError(MSG.intDivisionTooLarge);
  const lsb = Math.max(e - 52, -1074);
  const drop = lsb + s;
  if (drop > 0) {
    const half = 1n << BigInt(drop - 1);
    const rest = q & ((half << 1n) - 1n);
    q >>= BigInt(drop);
    // Half to even, where a nonzero remainder makes an apparent tie round up.
    if (rest > half || (rest === half && (!exact || (q & 1n) === 1n))) q += 1n;
  }
  // Both factors are exact doubles; the product rounds only if it overflows.
  const r = Number(q) * 2 ** lsb;
  if (r === Infinity) throw overflowError(MSG.intDivisionTooLarge);
  return neg ? -r : r;
}

/** round(n, ndigits) for ndigits < 0: half to even at 10**-ndigits. */
export function intRound(n: Int, ndigits: number): Int {
  if (ndigits >= 0) return n;
  const digits = -ndigits;
  if (digits > 2 * MAX_INT_BITS) return 0;
  const p = intPowNonNeg(10, digits);
  const q = intFloorDiv(n, p);
  const r = intSub(n, intMul(q, p));
  const twice = intMul(r, 2);
  const up = twice > p || (twice === p && intIsOdd(q));
  return intMul(up ? intAdd(q, 1) : q, p);
}

/** CPython 3.11's guard against quadratic-time decimal conversions (sys.int_info.default_max_str_digits). */
export const MAX_STR_DIGITS = 4300;

/** str(n) in base 10, or in a power-of-two base (no digit limit there, as in CPython). */
export function intToString(n: Int, radix = 10): string {
  if (typeof n === 'number') return radix === 10 ? (n === 0 ? '0' : '' + n) : n.toString(radix);
  if (radix !== 10) return n.toString(radix);
  const bits = bitLength(n);
  // 2**14285 > 10**4300: refuse that without converting; below, count the digits.
  if (bits <= 14000) return n.toString();
  const s = bits > 14285 ? '' : n.toString();
  if (s === '' || s.length - (n < 0n ? 1 : 0) > MAX_STR_DIGITS) {
    throw valueError(`Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}

/** The digits of int(s, base), already checked (ASCII, no underscores), as an Int. */
export function intFromDigits(digits: string, base: number, neg: boolean): Int {
  if (digits.length <= 10 || (base <= 10 && digits.length <= 15)) {
    const v = parseInt(digits, base);
    return neg ? -v + 0 : v;
  }
  if ((base & (base - 1)) !== 0 && digits.length > MAX_STR_DIGITS) throw valueError(`Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  let b: bigint;
  if (base === 10) b = BigInt(digits);
  else if (base === 16) b = BigInt('0x' + digits);
  else if (base === 8) b = BigInt('0o' + digits);
  else if (base === 2) b = BigInt('0b' + digits);
  else {
    // Chunks of 10 digits stay below 36**10 < 2**53.
    const B = BigInt(base) ** 10n;
    b = 0n;
    let i = digits.length % 10;
    if (i > 0) b = BigInt(parseInt(digits.slice(0, i), base));
    for (; i < digits.length; i += 10) b = b * B + BigInt(parseInt(digits.slice(i, i + 10), base));
  }
  if (b >= BIG_CAP) tooBig(bitLength(b));
  return normBig(neg ? -b : b);
}

/** floor(sqrt(n)) of a non-negative bigint, exact at any size (math.isqrt, statistics' square roots). */
export function bigIsqrt(n: bigint): bigint {
  if (n < 2n) return n;
  // Newton's method from above converges to floor(sqrt(n)).
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}
