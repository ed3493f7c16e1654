/**
 * Python's searching str methods on JS strings: find/rfind/index/rindex/count,
 * startswith/endswith, replace and partition/rpartition, with Python's slice clamping of
 * `start`/`end`. Indices are JS string indices, equal to Python's for text without
 * characters outside the BMP.
 */
import { valueError } from './errors';

/** Clamps optional slice bounds the way CPython's ADJUST_INDICES does. */
export function adjustIndices(len: number, start?: number | null, end?: number | null): [number, number] {
  let s = start ?? 0;
  let e = end ?? len;
  if (e > len) e = len;
  else if (e < 0) {
    e += len;
    if (e < 0) e = 0;
  }
  if (s < 0) {
    s += len;
    if (s < 0) s = 0;
  }
  return [s, e];
}

export function find(s: string, sub: string, start?: number | null, end?: number | null): number {
  const [a, b] = adjustIndices(s.length, start, end);
  if (b - a < sub.length) return -1;
  const i = s.indexOf(sub, a);
  return i >= 0 && i + sub.length <= b ? i : -1;
}

export function rfind(s: string, sub: string, start?: number | null, end?: number | null): number {
  const [a, b] = adjustIndices(s.length, start, end);
  if (b - a < sub.length) return -1;
  const i = s.lastIndexOf(sub, b - sub.length);
  return i >= a ? i : -1;
}

export function index(s: string, sub: string, start?: number | null, end?: number | null): number {
  const i = find(s, sub, start, end);
  if (i < 0) throw valueError('substring not found');
  return i;
}

export function rindex(s: string, sub: string, start?: number | null, end?: number | null): number {
  const i = rfind(s, sub, start, end);
  if (i < 0) throw valueError('substring not found');
  return i;
}

/** Non-overlapping occurrences; the empty string occurs between every two characters. */
export function count(s: string, sub: string, start?: number | null, end?: number | null): number {
  const [a, b] = adjustIndices(s.length, start, end);
  if (b - a < sub.length) return 0;
  if (sub.length === 0) return b - a + 1;
  let n = 0;
  let i = s.indexOf(sub, a);
  while (i >= 0 && i + sub.length <= b) {
    n++;
    i = s.indexOf(sub, i + sub.length);
  }
  return n;
}

function tailMatch(s: string, sub: string, start: number | null | undefined, end: number | null | undefined, atEnd: boolean): boolean {
  const [a, b0] = adjustIndices(s.length, start, end);
  const b = b0 - sub.length;
  if (b < a) return false;
  return s.startsWith(sub, atEnd ? b : a);
}

/** str.startswith with one prefix or a tuple of prefixes. */
export function startswith(s: string, prefix: string | readonly string[], start?: number | null, end?: number | null): boolean {
  if (typeof prefix === 'string') return tailMatch(s, prefix, start, end, false);
  return prefix.some((p) => tailMatch(s, p, start, end, false));
}

/** str.endswith with one suffix or a tuple of suffixes. */
export function endswith(s: string, suffix: string | readonly string[], start?: number | null, end?: number | null): boolean {
  if (typeof suffix === 'string') return tailMatch(s, suffix, start, end, true);
  return suffix.some((p) => tailMatch(s, p, start, end, true));
}

/** str.replace; `count` < 0 (the default) replaces all. An empty `old` inserts between characters. */
export function replace(s: string, old: string, repl: string, count = -1): string {
  const max = count < 0 ? Infinity : count;
  if (max === 0) return s;
  if (old.length === 0) {
    const chars = Array.from(s);
    let out = '';
    let n = 0;
    for (let i = 0; i <= chars.length; i++) {
      if (n < max) {
        out += repl;
        n++;
      }
      if (i < chars.length) out += chars[i];
    }
    return out;
  }
  if (max === Infinity) return s.split(old).join(repl);
  let out = '';
  let from = 0;
  let n = 0;
  while (n < max) {
    const i = s.indexOf(old, from);
    if (i < 0) break;
    out += s.slice(from, i) + repl;
    from = i + old.length;
    n++;
  }
  return out + s.slice(from);
}

export function partition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) throw valueError('empty separator');
  const i = s.indexOf(sep);
  if (i < 0) return [s, '', ''];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

export function rpartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) throw valueError('empty separator');
  const i = s.lastIndexOf(sep);
  if (i < 0) return ['', '', s];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

export function removeprefix(s: string, prefix: string): string {
  return prefix.length > 0 && s.startsWith(prefix) ? s.slice(prefix.length) : s;
}

export function removesuffix(s: string, suffix: string): string {
  return suffix.length > 0 && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}
