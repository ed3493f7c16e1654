/** Python's str.split/rsplit/splitlines and strip/lstrip/rstrip on JS strings. */
import { isLineBreak, isSpaceChar } from './chars';
import { valueError } from './errors';

/** str.split(sep=None, maxsplit=-1). */
export function split(s: string, sep: string | null = null, maxsplit = -1): string[] {
  const max = maxsplit < 0 ? Infinity : maxsplit;
  if (sep === null) return splitWhitespace(s, max);
  if (sep.length === 0) throw valueError('empty separator');
  if (max === Infinity) return s.split(sep);
  const out: string[] = [];
  let from = 0;
  while (out.length < max) {
    const i = s.indexOf(sep, from);
    if (i < 0) break;
    out.push(s.slice(from, i));
    from = i + sep.length;
  }
  out.push(s.slice(from));
  return out;
}

/** Runs of whitespace separate words; after `max` splits the rest is kept, left-stripped. */
function splitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceChar(s.charCodeAt(i))) i++;
    if (i === n) break;
    if (out.length >= max) {
      out.push(s.slice(i));
      break;
    }
    let j = i;
    while (j < n && !isSpaceChar(s.charCodeAt(j))) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

/** str.rsplit(sep=None, maxsplit=-1): like split but counting splits from the right. */
export function rsplit(s: string, sep: string | null = null, maxsplit = -1): string[] {
  const max = maxsplit < 0 ? Infinity : maxsplit;
  if (sep === null) return rsplitWhitespace(s, max);
  if (sep.length === 0) throw valueError('empty separator');
  if (max === Infinity) return s.split(sep);
  const out: string[] = [];
  let to = s.length;
  while (out.length < max) {
    const i = to - sep.length < 0 ? -1 : s.lastIndexOf(sep, to - sep.length);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, to));
    to = i;
  }
  out.push(s.slice(0, to));
  return out.reverse();
}

function rsplitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  let j = s.length;
  while (j > 0) {
    while (j > 0 && isSpaceChar(s.charCodeAt(j - 1))) j--;
    if (j === 0) break;
    if (out.length >= max) {
      out.push(s.slice(0, j));
      break;
    }
    let i = j;
    while (i > 0 && !isSpaceChar(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, j));
    j = i;
  }
  return out.reverse();
}

/** str.splitlines(keepends=False): \r\n counts as one break. */
export function splitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  let start = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (!isLineBreak(c)) {
      i++;
      continue;
    }
    let eol = i + 1;
    if (c === 13 && eol < n && s.charCodeAt(eol) === 10) eol++;
    out.push(s.slice(start, keepends ? eol : i));
    start = i = eol;
  }
  if (start < n) out.push(s.slice(start));
  return out;
}

function stripper(chars: string | null | undefined): (c: number) => boolean {
  if (chars === null || chars === undefined) return isSpaceChar;
  return (c) => chars.includes(String.fromCharCode(c));
}

const ASTRAL = /[\uD800-\uDFFF]/;

/**
 * Strip by code points when the text holds characters outside the BMP, so stripping "😁"
 * does not cut the shared high surrogate off "😀" (null: the UTF-16 loop is exact).
 */
function stripAstral(s: string, chars: string | null | undefined, left: boolean, right: boolean): string | null {
  if (chars === null || chars === undefined || !ASTRAL.test(s)) return null;
  const set = new Set(chars);
  const cps = [...s];
  let i = 0;
  let j = cps.length;
  if (left) while (i < j && set.has(cps[i]!)) i++;
  if (right) while (j > i && set.has(cps[j - 1]!)) j--;
  return cps.slice(i, j).join('');
}

export function strip(s: string, chars?: string | null): string {
  const astral = stripAstral(s, chars, true, true);
  if (astral !== null) return astral;
  const test = stripper(chars);
  let i = 0;
  let j = s.length;
  while (i < j && test(s.charCodeAt(i))) i++;
  while (j > i && test(s.charCodeAt(j - 1))) j--;
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

export function lstrip(s: string, chars?: string | null): string {
  const astral = stripAstral(s, chars, true, false);
  if (astral !== null) return astral;
  const test = stripper(chars);
  let i = 0;
  while (i < s.length && test(s.charCodeAt(i))) i++;
  return i === 0 ? s : s.slice(i);
}

export function rstrip(s: string, chars?: string | null): string {
  const astral = stripAstral(s, chars, false, true);
  if (astral !== null) return astral;
  const test = stripper(chars);
  let j = s.length;
  while (j > 0 && test(s.charCodeAt(j - 1))) j--;
  return j === s.length ? s : s.slice(0, j);
}
