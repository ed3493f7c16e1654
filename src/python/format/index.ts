/**
 * CPython-exact text and arithmetic for the Python front end (pure, no dependencies).
 *
 * - float-repr.ts, exact-decimal.ts: repr of floats and correctly rounded digits (half-even
 *   on exact binary ties; toFixed/toExponential only where no tie is possible).
 * - format-spec.ts, format-number.ts: format(value, spec) for int/float/bool/str.
 * - str-format.ts, percent-format.ts: str.format templates and printf-style %, values via hooks.
 * - int-arith.ts: ints of any size (number while safe, bigint beyond), exact and normalised.
 * - numeric.ts (+ float-pow.ts, double-double.ts): //, %, divmod, **, round, int(float).
 * - parse-number.ts, string-repr.ts: int()/float() of str, repr()/ascii() of str.
 * - str-*.ts (as `strMethods`): str methods as functions taking the string first.
 * Errors are PyException values (src/engine/exceptions.ts) with CPython's messages.
 */
export { floatRepr } from './float-repr';
export { parseFormatSpec, pyLen, type FormatSpec, type Align } from './format-spec';
export { formatFloat, formatInt, formatStr, formatBool, groupDigits } from './format-number';
export { reprStr, asciiStr, isPrintableCodePoint } from './string-repr';
export {
  trueDiv,
  floatFloorDiv,
  floatMod,
  floatDivmod,
  floorDiv,
  pyMod,
  divmod,
  floatPow,
  intPow,
  roundFloatToInt,
  roundFloat,
  roundInt,
  floatToInt,
} from './numeric';
export { parseIntStr, parseFloatStr, intToStr } from './parse-number';
export * from './int-arith';
export * as strMethods from './str-methods';
export { strFormat, type StrFormatHooks, type Conversion } from './str-format';
export { percentFormat, type PercentHooks, type PercentOperand } from './percent-format';
export { MSG } from './errors';
