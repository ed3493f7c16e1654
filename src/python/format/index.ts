/** CPython-exact text and arithmetic for the Python front end. */
export { floatRepr } from './float-repr';
export { parseFormatSpec, pyLen, type FormatSpec, type Align } from './format-spec';
export { formatFloat, formatInt, formatStr, formatBool, groupDigits } from './format-number';
export { reprStr, asciiStr, isPrintableCodePoint } from './string-repr';
export {
  checkInt,
  trueDiv,
  intFloorDiv,
  intMod,
  intDivmod,
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
export * as strMethods from './str-methods';
export { strFormat, type StrFormatHooks, type Conversion } from './str-format';
export { percentFormat, type PercentHooks, type PercentOperand } from './percent-format';
export { MSG } from './errors';
