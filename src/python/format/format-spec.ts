/**
 * The format-spec mini-language (`format(x, spec)`, f-string `{x:spec}`, `str.format`):
 *
 *   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 *
 * Parsing follows CPython 3.11's order and error texts. Which fill and alignment apply when
 * none is given depends on the value's type, so the parse keeps "not given" distinct.
 */
import { valueError } from './errors';

export type Align = '<' | '>' | '^' | '=';

export interface FormatSpec {
  /** Fill character (one code point); null when not given. */
  readonly fill: string | null;
  readonly align: Align | null;
  readonly sign: '+' | '-' | ' ' | null;
  /** `z`: coerce a negative zero (after rounding) to positive. */
  readonly noNegZero: boolean;
  /** `#`: alternate form. */
  readonly alt: boolean;
  /** A `0` right before the width: sign-aware zero padding (when no fill was given). */
  readonly zeroPad: boolean;
  /** -1 when not given. */
  readonly width: number;
  readonly grouping: ',' | '_' | null;
  /** -1 when not given. */
  readonly precision: number;
  /** The presentation type character, '' when not given. */
  readonly type: string;
}

/**
 * Widths above this are refused: CPython would try to allocate them, a browser tab would die.
 * The message is CPython's for a width that overflows.
 */
export const MAX_WIDTH = 100_000_000;

function isAlign(c: string | undefined): c is Align {
  return c === '<' || c === '>' || c === '^' || c === '=';
}

/** Reads a run of ASCII digits at `pos`; returns [value, end]. */
function readInt(spec: string, pos: number): [number, number] {
  let v = 0;
  let i = pos;
  while (i < spec.length) {
    const c = spec.charCodeAt(i);
    if (c < 48 || c > 57) break;
    v = v * 10 + (c - 48);
    i++;
  }
  return [v, i];
}

const cache = new Map<string, FormatSpec>();
// The same spec in a hot loop skips even the map lookup.
let lastSpec = '';
let lastParsed: FormatSpec | null = null;

/**
 * Parses a format spec. `typeName` ('int', 'float', 'str', …) only shapes the error text
 * for leftover characters, as CPython names the type there.
 */
export function parseFormatSpec(spec: string, typeName = 'object'): FormatSpec {
  if (spec === lastSpec && lastParsed !== null) return lastParsed;
  const hit = cache.get(spec);
  if (hit !== undefined) {
    lastSpec = spec;
    lastParsed = hit;
    return hit;
  }
  const parsed = parseUncached(spec, typeName);
  // Specs in a program are few and repeat in loops; the cap only guards generated specs.
  if (cache.size >= 512) cache.clear();
  cache.set(spec, parsed);
  lastSpec = spec;
  lastParsed = parsed;
  return parsed;
}

function parseUncached(spec: string, typeName: string): FormatSpec {
  let pos = 0;
  const end = spec.length;
  let fill: string | null = null;
  let align: Align | null = null;
  // The fill is one code point, which may be two UTF-16 units.
  const cp = spec.codePointAt(0);
  const firstLen = cp !== undefined && cp > 0xffff ? 2 : 1;
  if (end >= firstLen + 1 && isAlign(spec[firstLen])) {
    fill = spec.slice(0, firstLen);
    align = spec[firstLen] as Align;
    pos = firstLen + 1;
  } else if (end >= 1 && isAlign(spec[0])) {
    align = spec[0] as Align;
    pos = 1;
  }
  let sign: FormatSpec['sign'] = null;
  const s = spec[pos];
  if (s === '+' || s === '-' || s === ' ') {
    sign = s;
    pos++;
  }
  let noNegZero = false;
  if (spec[pos] === 'z') {
    noNegZero = true;
    pos++;
  }
  let alt = false;
  if (spec[pos] === '#') {
    alt = true;
    pos++;
  }
  let zeroPad = false;
  if (fill === null && spec[pos] === '0') {
    zeroPad = true;
    pos++;
  }
  let width = -1;
  const [w, afterWidth] = readInt(spec, pos);
  if (afterWidth > pos) {
    if (afterWidth - pos > 15 || w > MAX_WIDTH) throw valueError('Too many decimal digits in format string');
    width = w;
    pos = afterWidth;
  }
  let grouping: FormatSpec['grouping'] = null;
  if (spec[pos] === ',') {
    grouping = ',';
    pos++;
  }
  if (spec[pos] === '_') {
    if (grouping !== null) throw valueError("Cannot specify both ',' and '_'.");
    grouping = '_';
    pos++;
  }
  if (spec[pos] === ',' && grouping === '_') throw valueError("Cannot specify both ',' and '_'.");
  let precision = -1;
  if (spec[pos] === '.') {
    pos++;
    const [p, afterPrec] = readInt(spec, pos);
    if (afterPrec === pos) throw valueError('Format specifier missing precision');
    // CPython reads the digits into a Py_ssize_t (overflow: too many digits), then wants a C int.
    const digits = spec.slice(pos, afterPrec).replace(/^0+/, '');
    if (digits.length > 19 || (digits.length === 19 && digits > '9223372036854775807')) throw valueError('Too many decimal digits in format string');
    if (digits.length > 15 || p > 2147483647) throw valueError('precision too big');
    precision = p;
    pos = afterPrec;
  }
  if (end - pos > 1) {
    throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  const type = pos < end ? spec[pos] : '';
  if (grouping !== null) checkGrouping(grouping, type);
  return { fill, align, sign, noNegZero, alt, zeroPad, width, grouping, precision, type };
}

function checkGrouping(grouping: ',' | '_', type: string): void {
  switch (type) {
    case 'd':
    case 'e':
    case 'f':
    case 'g':
    case 'E':
    case 'G':
    case '%':
    case 'F':
    case '':
      return;
    case 'b':
    case 'o':
    case 'x':
    case 'X':
      if (grouping === '_') return;
  }
  throw valueError(`Cannot specify '${grouping}' with '${type}'.`);
}

/** Code points in a string (Python's len), cheap for the common all-BMP case. */
export function pyLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Pads `body` to `width` code points with `fill`, aligned '<', '>' or '^'. */
export function padAligned(body: string, width: number, fill: string, align: Align): string {
  const n = width - pyLen(body);
  if (n <= 0) return body;
  if (align === '<') return body + fill.repeat(n);
  if (align === '^') {
    const left = n >> 1;
    return fill.repeat(left) + body + fill.repeat(n - left);
  }
  return fill.repeat(n) + body;
}
