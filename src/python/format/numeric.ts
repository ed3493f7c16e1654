/**
 * Python's arithmetic where it differs from JS: floor division and modulo take the sign of
 * the divisor, `**` has its own special cases, `round` rounds the exact binary value
 * half-to-even, and zero divisors raise with CPython's exact messages.
 *
 * Ints are JS numbers holding safe integers; results that leave the safe range raise
 * OverflowError (MSG.intTooLarge) rather than silently losing digits.
 */
import { exactFixedDigits, fixedAbs } from './exact-decimal';
import { exactIntPower } from './float-pow';
import { ddPow } from './double-double';
import { MSG, overflowError, valueError, zeroDivisionError } from './errors';

/** Throws OverflowError when an int result is not a safe integer; -0 becomes 0. */
export function checkInt(n: number): number {
  if (!Number.isSafeInteger(n)) throw overflowError(MSG.intTooLarge);
  return n + 0;
}

/** int / int and float / float: true division (ints give a float). */
export function trueDiv(a: number, b: number, bothInts: boolean): number {
  if (b === 0) throw zeroDivisionError(bothInts ? MSG.divisionByZero : MSG.floatDivisionByZero);
  return a / b;
}

/** int // int. JS's % is exact on integers, so (a - r) / b is exact too. */
export function intFloorDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError(MSG.intDivisionOrModuloByZero);
  const r = a % b;
  let q = (a - r) / b;
  if (r !== 0 && r < 0 !== b < 0) q -= 1;
  return q + 0;
}

/** int % int: the result has the divisor's sign. */
export function intMod(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError(MSG.intModuloByZero);
  let r = a % b;
  if (r !== 0 && r < 0 !== b < 0) r += b;
  return r + 0;
}

/** divmod(int, int). */
export function intDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw zeroDivisionError(MSG.intDivisionOrModuloByZero);
  return [intFloorDiv(a, b), intMod(a, b)];
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

/** `a // b` for int or float operands (`isFloat` when either operand is a float). */
export function floorDiv(a: number, b: number, isFloat = false): number {
  return isFloat ? floatFloorDiv(a, b) : intFloorDiv(a, b);
}

/** `a % b` for int or float operands. */
export function pyMod(a: number, b: number, isFloat = false): number {
  return isFloat ? floatMod(a, b) : intMod(a, b);
}

/** divmod(a, b) for int or float operands. */
export function divmod(a: number, b: number, isFloat = false): [number, number] {
  return isFloat ? floatDivmod(a, b) : intDivmod(a, b);
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
 * int ** int. A negative exponent gives a float (CPython converts both to float);
 * otherwise the exact int by repeated squaring (exact while it stays safe).
 */
export function intPow(a: number, b: number): number {
  if (b < 0) return floatPow(a, b);
  if (a === 0) return b === 0 ? 1 : 0;
  if (a === 1) return 1;
  if (a === -1) return b % 2 === 0 ? 1 : -1;
  let result = 1;
  let base = a;
  let e = b;
  for (;;) {
    if (e % 2 === 1) {
      result *= base;
      if (!Number.isSafeInteger(result)) throw overflowError(MSG.intTooLarge);
    }
    e = Math.floor(e / 2);
    if (e === 0) break;
    // The remaining bits of e will multiply the result by at least this square.
    base *= base;
    if (!Number.isSafeInteger(base)) throw overflowError(MSG.intTooLarge);
  }
  return result;
}

/** round(x) for a float: the nearest int, ties to even. */
export function roundFloatToInt(x: number): number {
  if (x !== x) throw valueError(MSG.roundNaN);
  if (x === Infinity || x === -Infinity) throw overflowError(MSG.roundInfinity);
  const f = Math.floor(x);
  const d = x - f; // exact for doubles
  const r = d > 0.5 ? f + 1 : d < 0.5 ? f : f % 2 === 0 ? f : f + 1;
  return checkInt(r);
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
export function roundInt(n: number, ndigits: number): number {
  if (ndigits >= 0) return n;
  if (ndigits < -16) return 0;
  const p = 10 ** -ndigits;
  const q = intFloorDiv(n, p);
  const r = n - q * p;
  const twice = 2 * r;
  const up = twice > p || (twice === p && q % 2 !== 0);
  return checkInt((up ? q + 1 : q) * p);
}

/** int(x) for a float: truncation toward zero. */
export function floatToInt(x: number): number {
  if (x !== x) throw valueError(MSG.roundNaN);
  if (x === Infinity || x === -Infinity) throw overflowError(MSG.roundInfinity);
  return checkInt(Math.trunc(x));
}
