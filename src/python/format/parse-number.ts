/**
 * int(str, base) and float(str) with CPython's accepted syntax and error texts: surrounding
 * Unicode whitespace, a sign, underscores only between digits (and after a base prefix),
 * any Unicode decimal digits, `inf`/`infinity`/`nan` for floats, no hex floats.
 */
import { MSG, valueError } from './errors';
import { intFromDigits, intToString, type Int } from './int-arith';
import { reprStr } from './string-repr';

// CPython maps non-ASCII whitespace to ' ' and then skips C's isspace() set, so U+001C–U+001F
// (whitespace to str.isspace()) are not skipped around numbers.
const NUMBER_SPACE = '\\t-\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const PY_SPACE = new RegExp(`^[${NUMBER_SPACE}]+|[${NUMBER_SPACE}]+$`, 'g');
const NON_ASCII_DIGIT = /\p{Nd}/u;

/** Replaces non-ASCII decimal digits (Arabic-Indic, Devanagari…) by ASCII ones. */
function asciiDigits(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp > 0x7f && NON_ASCII_DIGIT.test(ch)) {
      // Unicode assigns each script's digits 0–9 to consecutive code points; walk back to its 0.
      let start = cp;
      while (cp - start < 9 && NON_ASCII_DIGIT.test(String.fromCodePoint(start - 1))) start--;
      out += String((cp - start) % 10);
    } else out += ch;
  }
  return out;
}

function cleanNumberText(s: string): string {
  let t = s.replace(PY_SPACE, '');
  if (/[^\x00-\x7f]/.test(t)) t = asciiDigits(t);
  return t;
}

/** CPython truncates the repr in int()'s message to 200 characters (`%.200R`). */
function intLiteralError(s: string, base: number): never {
  const r = reprStr(s);
  throw valueError(`invalid literal for int() with base ${base}: ${r.length > 200 ? r.slice(0, 200) : r}`);
}

/** int(s, base): base 0 reads a 0x/0o/0b prefix. */
export function parseIntStr(s: string, base = 10): Int {
  if (base !== 0 && (base < 2 || base > 36)) throw valueError(MSG.intBase);
  const t = cleanNumberText(s);
  let i = 0;
  let neg = false;
  if (t[0] === '+' || t[0] === '-') {
    neg = t[0] === '-';
    i = 1;
  }
  let b = base;
  let prefixed = false;
  if (t[i] === '0' && i + 1 < t.length) {
    const p = t[i + 1].toLowerCase();
    const pb = p === 'x' ? 16 : p === 'o' ? 8 : p === 'b' ? 2 : 0;
    if (pb !== 0 && (b === 0 || b === pb)) {
      b = pb;
      i += 2;
      prefixed = true;
    }
  }
  if (b === 0) b = 10;
  let body = t.slice(i);
  // After a prefix one underscore may come before the first digit ("0x_1f").
  if (prefixed && body[0] === '_') body = body.slice(1);
  if (body === '' || body[0] === '_' || body[body.length - 1] === '_' || body.includes('__')) {
    return intLiteralError(s, base);
  }
  const digits = body.includes('_') ? body.replace(/_/g, '') : body;
  for (let k = 0; k < digits.length; k++) {
    const c = digits.charCodeAt(k);
    const v = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : c >= 65 && c <= 90 ? c - 55 : 99;
    if (v >= b) return intLiteralError(s, base);
  }
  // Base 0 forbids leading zeros in a non-zero decimal ("010"), which would read as octal in C.
  if (base === 0 && !prefixed && digits.length > 1 && digits[0] === '0' && /[^0]/.test(digits)) {
    return intLiteralError(s, base);
  }
  return intFromDigits(digits, b, neg);
}

const DIGITS = '\\d(?:_?\\d)*';
const FLOAT_SYNTAX = new RegExp(`^[+-]?(?:${DIGITS}(?:\\.(?:${DIGITS})?)?|\\.${DIGITS})(?:[eE][+-]?${DIGITS})?$`);
const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/** float(s). */
export function parseFloatStr(s: string): number {
  const t = cleanNumberText(s);
  if (FLOAT_SYNTAX.test(t)) return Number(t.includes('_') ? t.replace(/_/g, '') : t);
  const m = SPECIAL.exec(t);
  if (m !== null) {
    if (m[2].toLowerCase() === 'nan') return NaN;
    return m[1] === '-' ? -Infinity : Infinity;
  }
  throw valueError(`could not convert string to float: ${reprStr(s)}`);
}

/** str(n) / repr(n) of a Python int. */
export function intToStr(n: Int): string {
  return intToString(n);
}
