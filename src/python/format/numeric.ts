/**
 * Python's arithmetic where it differs from JS: floor division and modulo take the sign of
 * the divisor, `**` has its own special cases, `round` rounds the exact binary value
 * half-to-even, and zero divisors raise with CPython's exact messages.
 *
 * Ints are Int (int-arith.ts): a number while safe, a bigint beyond.
 */
import { exactFixedDigits, fixedAbs } from './exact-decimal';
import { exactIntPower } from './float-pow';
import { ddPow } from './double-double';
import { MSG, overflowError, valueError, zeroDivisionError } from './errors';
import { intDivmod, intFloorDiv, intFromNumber, intMod, intPowNonNeg, intRound, intToFloat, type Int } from './int-arith';

/** int / int and float / float: true division (ints give a float). */
export function trueDiv(a: number, b: number, bothInts: boolean): number {
  if (b === 0) throw zeroDivisionError(bothInts ? MSG.divisionByZero : MSG.floatDivisionByZero);
  return a / b;
}

/**
 * divmod(float, float) following CPython's float_divmod: fmod (JS %), then move the
 * remainder to the divisor's sign and snap the quotient to an integral value.
 */
export function floatDivmod(a: number, b: number, msg: string = MSG.floatDivmod): [number, number] {
  if (b === 0) throw zeroDivisionError(msg);
  let mod = a % b;
  let div = (a - mod) / b;
  // C tests `if (mod)`, which is true for NaN; JS's truthiness is not.
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else {
    // A zero remainder takes the divisor's sign.
    mod = b < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    // A zero quotient takes the sign of the true quotient.
    floordiv = a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** float // float. */
export function floatFloorDiv(a: number, b: number): number {
  return floatDivmod(a, b, MSG.floatFloorDivisionByZero)[0];
}

/** float % float (CPython's float_rem: fmod, then the divisor's sign). */
export function floatMod(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError(MSG.floatModulo);
  let mod = a % b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return mod;
}

/** `a // b` for two ints, or for two floats' values (`isFloat` when either operand is a float). */
export function floorDiv(a: Int, b: Int, isFloat = false): Int {
  return isFloat ? floatFloorDiv(intToFloat(a), intToFloat(b)) : intFloorDiv(a, b);
}

/** `a % b` for int or float operands. */
export function pyMod(a: Int, b: Int, isFloat = false): Int {
  return isFloat ? floatMod(intToFloat(a), intToFloat(b)) : intMod(a, b);
}

/** divmod(a, b) for int or float operands. */
export function divmod(a: Int, b: Int, isFloat = false): [Int, Int] {
  return isFloat ? floatDivmod(intToFloat(a), intToFloat(b)) : intDivmod(a, b);
}

function isOddInteger(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x % 2) === 1;
}

/**
 * float ** float with CPython's special cases (JS's Math.pow differs on 1**nan, (-1)**inf,
 * and CPython raises where C's pow sets errno). A negative base with a fractional exponent
 * gives a complex number in CPython; this subset has no complex, so it raises ValueError.
 */
export function floatPow(a: number, b: number): number {
  if (b === 0) return 1;
  if (a !== a) return a;
  if (b !== b) return a === 1 ? 1 : b;
  if (b === Infinity || b === -Infinity) {
    const m = Math.abs(a);
    if (m === 1) return 1;
    return b > 0 === m > 1 ? Infinity : 0;
  }
  if (a === Infinity || a === -Infinity) {
    const odd = isOddInteger(b);
    if (b > 0) return odd ? a : Infinity;
    return odd ? (a < 0 ? -0 : 0) : 0;
  }
  if (a === 0) {
    if (b < 0) throw zeroDivisionError(MSG.zeroToNegativePower);
    return isOddInteger(b) ? a : 0;
  }
  let base = a;
  let negate = false;
  if (base < 0) {
    if (b !== Math.floor(b)) throw valueError('complex numbers are not supported: negative number to a fractional power');
    base = -base;
    negate = isOddInteger(b);
  }
  if (base === 1) return negate ? -1 : 1;
  // V8's Math.pow is off by an ulp for about one input in twelve; glibc's pow, which CPython
  // calls, is within 0.52 ulp, so a correctly rounded result agrees with it nearly always.
  let r: number;
  if (Number.isInteger(b) && b >= -2048 && b <= 2048) r = exactIntPower(base, b) ?? ddPow(base, b);
  else if (b === 0.5) r = Math.sqrt(base);
  else r = ddPow(base, b);
  if (r === Infinity) throw overflowError(MSG.floatPowOverflow);
  return negate ? -r : r;
}

/**
 * int ** int. A negative exponent gives a float (CPython converts both to float, so a huge
 * base raises OverflowError); otherwise the exact int.
 */
export function intPow(a: Int, b: Int): Int {
  if (b < 0) return floatPow(intToFloat(a), intToFloat(b));
  return intPowNonNeg(a, b);
}

/** round(x) for a float: the nearest int, ties to even. */
export function roundFloatToInt(x: number): Int {
  if (x !== x) throw valueError(MSG.roundNaN);
  if (x === Infinity || x === -Infinity) throw overflowError(MSG.roundInfinity);
  const f = Math.floor(x);
  const d = x - f; // exact for doubles
  const r = d > 0.5 ? f + 1 : d < 0.5 ? f : f % 2 === 0 ? f : f + 1;
  return intFromNumber(r);
}

/**
 * round(x, ndigits) for a float: the double nearest to x correctly rounded (half-even on
 * the exact binary value) to `ndigits` decimals, which may be negative. A negative x that
 * rounds to zero gives -0.0, as in CPython.
 */
export function roundFloat(x: number, ndigits: number): number {
  if (x !== x || x === Infinity || x === -Infinity || x === 0) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return x < 0 ? -0 : 0;
  const sign = x < 0 ? '-' : '';
  let r: number;
  if (ndigits >= 0) {
    r = Number(sign + fixedAbs(x, ndigits));
  } else {
    r = Number(sign + exactFixedDigits(x, ndigits) + 'e' + -ndigits);
  }
  if (r === Infinity || r === -Infinity) throw overflowError(MSG.roundTooLarge);
  return r;
}

/** round(n, ndigits) for an int: unchanged for ndigits ≥ 0, else half-even to 10^-ndigits. */
export function roundInt(n: Int, ndigits: number): Int {
  return intRound(n, ndigits);
}

/** int(x) for a float: truncation toward zero. */
export function floatToInt(x: number): Int {
  if (x !== x) throw valueError(MSG.roundNaN);
  if (x === Infinity || x === -Infinity) throw overflowError(MSG.roundInfinity);
  return intFromNumber(Math.trunc(x));
}
