/**
 * CPython's exact error messages for arithmetic and formatting, and small helpers that build
 * the PyException values (src/engine/exceptions.ts) the interpreter lets propagate.
 * Each message was checked against CPython 3.11.
 */
import {
  OverflowError,
  TypeError,
  ValueError,
  ZeroDivisionError,
  pyErr,
  type ExcClass,
  type PyException,
} from '../../engine/exceptions';

export const MSG = {
  /** `1 / 0` and `1.0 / 0` use different texts. */
  divisionByZero: 'division by zero',
  floatDivisionByZero: 'float division by zero',
  /** `1 // 0` and `divmod(1, 0)`. */
  intDivisionOrModuloByZero: 'integer division or modulo by zero',
  /** `1 % 0`. */
  intModuloByZero: 'integer modulo by zero',
  floatFloorDivisionByZero: 'float floor division by zero',
  floatModulo: 'float modulo',
  floatDivmod: 'float divmod()',
  zeroToNegativePower: '0.0 cannot be raised to a negative power',
  floatPowOverflow: "(34, 'Numerical result out of range')",
  roundInfinity: 'cannot convert float infinity to integer',
  roundNaN: 'cannot convert float NaN to integer',
  roundTooLarge: 'rounded value too large to represent',
  intBase: 'int() base must be >= 2 and <= 36, or 0',
  intToFloat: 'int too large to convert to float',
  intDivisionTooLarge: 'integer division result too large for a float',
  /** An int used as a sequence index or a repeat count beyond sys.maxsize. */
  indexSized: "cannot fit 'int' into an index-sized integer",
  ssizeOverflow: 'Python int too large to convert to C ssize_t',
} as const;

export function valueError(msg: string): PyException {
  return pyErr(ValueError, msg);
}

export function typeError(msg: string): PyException {
  return pyErr(TypeError, msg);
}

export function overflowError(msg: string): PyException {
  return pyErr(OverflowError, msg);
}

export function zeroDivisionError(msg: string): PyException {
  return pyErr(ZeroDivisionError, msg);
}

export function err(cls: ExcClass, msg: string): PyException {
  return pyErr(cls, msg);
}
