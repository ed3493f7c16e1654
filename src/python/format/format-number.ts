/**
 * `format(value, spec)` for int, float, bool and str: CPython 3.11's `__format__`.
 *
 * Numbers are rendered in three parts — sign+prefix, integer digits, and the rest (point,
 * fraction, exponent, '%') — because grouping applies to the digits only and '=' padding
 * goes between the sign and the digits. Zero padding with grouping puts separators into
 * the padding too (`format(1234, '010,')` is `00,001,234`), as CPython does.
 */
import { floatBody, floatRepr, type FloatKind } from './float-repr';
import { parseFormatSpec, padAligned, pyLen, type FormatSpec } from './format-spec';
import { overflowError, valueError } from './errors';
import { intAbs, intToFloat, intToString, type Int } from './int-arith';

function unknownCode(type: string, typeName: string): never {
  const c = type.codePointAt(0) ?? 0;
  const shown = c > 32 && c < 128 ? type : '\\x' + c.toString(16);
  throw valueError(`Unknown format code '${shown}' for object of type '${typeName}'`);
}

/**
 * Inserts separators every `every` digits from the right, padding with zeros to at least
 * `minWidth` characters (separators included) the way CPython's grouping fills zero padding.
 */
export function groupDigits(d: string, sep: string, every: number, minWidth = 0): string {
  if (d.length <= every && minWidth <= d.length) return d;
  const parts: string[] = [];
  let remaining = d.length;
  let mw = minWidth > 0 ? minWidth : 0;
  let pos = d.length;
  for (;;) {
    const l = Math.min(every, Math.max(remaining, mw, 1));
    const nChars = Math.min(remaining, l);
    const nZeros = l - nChars;
    parts.push((nZeros > 0 ? '0'.repeat(nZeros) : '') + d.slice(pos - nChars, pos));
    pos -= nChars;
    remaining -= nChars;
    mw -= l;
    if (remaining <= 0 && mw <= 0) break;
    mw -= sep.length;
  }
  return parts.reverse().join(sep);
}

/** Assembles sign, prefix, digits and rest with padding and grouping per the spec. */
function layoutNumber(
  spec: FormatSpec,
  sign: string,
  prefix: string,
  digits: string,
  rest: string,
  groupable: boolean,
): string {
  const fill = spec.fill ?? (spec.zeroPad ? '0' : ' ');
  const align = spec.align ?? (spec.zeroPad ? '=' : '>');
  let d = digits;
  if (spec.grouping !== null && groupable) {
    const every = spec.type === 'b' || spec.type === 'o' || spec.type === 'x' || spec.type === 'X' ? 4 : 3;
    const minWidth = fill === '0' && align === '=' ? spec.width - (sign.length + prefix.length + rest.length) : 0;
    d = groupDigits(digits, spec.grouping, every, minWidth);
  }
  const head = sign + prefix;
  if (spec.width < 0) return head + d + rest;
  if (align === '=') {
    const n = spec.width - (head.length + pyLen(d) + pyLen(rest));
    return n > 0 ? head + fill.repeat(n) + d + rest : head + d + rest;
  }
  return padAligned(head + d + rest, spec.width, fill, align);
}

function signText(negative: boolean, sign: FormatSpec['sign']): string {
  if (negative) return '-';
  return sign === '+' ? '+' : sign === ' ' ? ' ' : '';
}

/** Splits "1234.5e+06" into integer digits "1234" and the rest ".5e+06". */
function splitDigits(body: string): [string, string] {
  let i = 0;
  while (i < body.length) {
    const c = body.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  return [body.slice(0, i), body.slice(i)];
}

function asSpec(spec: FormatSpec | string, typeName: string): FormatSpec {
  return typeof spec === 'string' ? parseFormatSpec(spec, typeName) : spec;
}

/** format(x, spec) for a Python float `x`. */
export function formatFloat(x: number, spec: FormatSpec | string): string {
  if (spec === '') return floatRepr(x); // f"{x}": str(x) is format(x, '')
  const sp = asSpec(spec, 'float');
  return formatFloatAs(x, sp, 'float');
}

function formatFloatAs(x: number, sp: FormatSpec, typeName: string): string {
  let kind: FloatKind;
  let prec = sp.precision;
  let addDot0 = false;
  let upper = false;
  let percent = false;
  switch (sp.type) {
    case '':
      addDot0 = true;
      kind = prec < 0 ? 'r' : 'g';
      break;
    case 'n':
    case 'g':
      kind = 'g';
      break;
    case 'G':
      kind = 'g';
      upper = true;
      break;
    case 'e':
    case 'f':
      kind = sp.type;
      break;
    case 'E':
      kind = 'e';
      upper = true;
      break;
    case 'F':
      kind = 'f';
      upper = true;
      break;
    case '%':
      kind = 'f';
      percent = true;
      break;
    default:
      return unknownCode(sp.type, typeName);
  }
  if (prec < 0) prec = 6;
  const negative = x < 0 || Object.is(x, -0);
  const a = negative ? -x : x;
  let body: string;
  let finite = true;
  if (a === Infinity || a !== a) {
    body = a === Infinity ? 'inf' : 'nan';
    finite = false;
  } else {
    body = floatBody(percent ? a * 100 : a, kind, prec, sp.alt, addDot0);
  }
  if (upper) body = body.toUpperCase();
  let neg = negative && a === a;
  // 'z': a value that rounded to zero loses its minus sign.
  if (neg && sp.noNegZero && finite && !/[1-9]/.test(body)) neg = false;
  // Common case: no padding and no grouping, so no need to split the digits out.
  if (sp.width < 0 && sp.grouping === null) return signText(neg, sp.sign) + (percent ? body + '%' : body);
  const [digits, rest] = splitDigits(body);
  if (!finite) return layoutNumber(sp, signText(neg, sp.sign), '', '', body + (percent ? '%' : ''), false);
  return layoutNumber(sp, signText(neg, sp.sign), '', digits, percent ? rest + '%' : rest, true);
}

/** format(n, spec) for a Python int `n` (a number while safe, a bigint beyond). */
export function formatInt(n: Int, spec: FormatSpec | string, typeName = 'int'): string {
  if (spec === '') return intToString(n);
  const sp = asSpec(spec, typeName);
  let radix = 10;
  let prefix = '';
  switch (sp.type) {
    case '':
    case 'd':
    case 'n':
    case 'c':
      break;
    case 'b':
      radix = 2;
      prefix = '0b';
      break;
    case 'o':
      radix = 8;
      prefix = '0o';
      break;
    case 'x':
    case 'X':
      radix = 16;
      prefix = sp.type === 'x' ? '0x' : '0X';
      break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      // int.__format__ hands float types to float.__format__.
      return formatFloatAs(intToFloat(n), sp, 'int');
    default:
      return unknownCode(sp.type, typeName);
  }
  if (sp.precision >= 0) throw valueError('Precision not allowed in integer format specifier');
  if (sp.noNegZero) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (sp.type === 'c') {
    if (sp.sign !== null) throw valueError("Sign not allowed with integer format specifier 'c'");
    if (sp.alt) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    // int.__format__ reads the code point as a C long first.
    if (typeof n === 'bigint' && (n >= 1n << 63n || n < -(1n << 63n))) throw overflowError('Python int too large to convert to C long');
    if (n < 0 || n > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
    return layoutNumber(sp, '', '', '', String.fromCodePoint(Number(n)), false);
  }
  const neg = n < 0;
  let digits = intToString(intAbs(n), radix);
  if (sp.type === 'X') digits = digits.toUpperCase();
  return layoutNumber(sp, signText(neg, sp.sign), sp.alt ? prefix : '', digits, '', true);
}

/** format(b, spec) for a Python bool: `str(b)` for an empty spec, else as the int 0/1. */
export function formatBool(b: boolean, spec: FormatSpec | string): string {
  if (spec === '') return b ? 'True' : 'False';
  return formatInt(b ? 1 : 0, spec, 'bool');
}

/** format(s, spec) for a Python str. */
export function formatStr(s: string, spec: FormatSpec | string): string {
  if (spec === '') return s;
  const sp = asSpec(spec, 'str');
  if (sp.type !== '' && sp.type !== 's') return unknownCode(sp.type, 'str');
  if (sp.grouping !== null) throw valueError(`Cannot specify '${sp.grouping}' with 's'.`);
  if (sp.sign === ' ') throw valueError('Space not allowed in string format specifier');
  if (sp.sign !== null) throw valueError('Sign not allowed in string format specifier');
  if (sp.noNegZero) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (sp.alt) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (sp.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  let body = s;
  if (sp.precision >= 0 && pyLen(s) > sp.precision) body = sliceCodePoints(s, sp.precision);
  if (sp.width < 0) return body;
  return padAligned(body, sp.width, sp.fill ?? (sp.zeroPad ? '0' : ' '), sp.align ?? '<');
}

/** The first `n` code points of `s`. */
function sliceCodePoints(s: string, n: number): string {
  let i = 0;
  let count = 0;
  while (i < s.length && count < n) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
    count++;
  }
  return s.slice(0, i);
}
