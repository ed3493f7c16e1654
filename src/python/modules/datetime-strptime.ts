/**
 * strptime: a format's directives become one regular expression, as CPython's _strptime
 * builds it (C locale), and the matched fields a date and time.
 */
import { valueError } from '../runtime/errors.ts';
import { repr } from '../runtime/repr.ts';
import { dayOfYear, daysFromCivil, daysInMonth, DAY_NAMES, MONTH_NAMES, weekday } from './calendar-time.ts';

const names = (list: readonly string[], short: boolean): string => list.map((n) => (short ? n.slice(0, 3) : n)).join('|');

/** _strptime's TimeRE, for the C locale. */
const DIRECTIVES: Record<string, [group: string, pattern: string]> = {
  d: ['d', '3[01]|[12]\\d|0[1-9]|[1-9]| [1-9]'],
  f: ['f', '[0-9]{1,6}'],
  H: ['H', '2[0-3]|[0-1]\\d|\\d'],
  I: ['I', '1[0-2]|0[1-9]|[1-9]'],
  j: ['j', '36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9]'],
  m: ['m', '1[0-2]|0[1-9]|[1-9]'],
  M: ['M', '[0-5]\\d|\\d'],
  S: ['S', '6[0-1]|[0-5]\\d|\\d'],
  w: ['w', '[0-6]'],
  u: ['u', '[1-7]'],
  y: ['y', '\\d\\d'],
  Y: ['Y', '\\d\\d\\d\\d'],
  z: ['z', '[+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|(?-i:Z)'],
  a: ['a', names(DAY_NAMES, true)],
  A: ['A', names(DAY_NAMES, false)],
  b: ['b', names(MONTH_NAMES, true)],
  h: ['b', names(MONTH_NAMES, true)],
  B: ['B', names(MONTH_NAMES, false)],
  p: ['p', 'am|pm'],
  Z: ['Z', 'utc|gmt'],
};

export interface Parsed {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly microsecond: number;
  /** The %z offset in microseconds, or null. */
  readonly offsetUs: bigint | null;
  readonly wday: number;
  readonly yday: number;
}

function compile(fmt: string): RegExp {
  let out = '';
  const seen = new Set<string>();
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i]!;
    if (ch === '%' && i + 1 < fmt.length) {
      const d = fmt[++i]!;
      if (d === '%') {
        out += '%';
        continue;
      }
      const spec = DIRECTIVES[d];
      if (spec === undefined) valueError(`${repr(d)} is a bad directive in format ${repr(fmt)}`);
      const [group, pattern] = spec!;
      // A directive used twice must match the same text, as a named backreference.
      out += seen.has(group) ? `\\k<${group}>` : `(?<${group}>${pattern.replace('(?-i:Z)', 'Z')})`;
      seen.add(group);
    } else if (ch === '%') {
      valueError(`stray % in format ${repr(fmt)}`);
    } else if (/\s/.test(ch)) {
      out += '\\s+';
      while (i + 1 < fmt.length && /\s/.test(fmt[i + 1]!)) i++;
    } else out += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(out, 'i');
}

const indexOf = (list: readonly string[], text: string, short: boolean): number =>
  list.findIndex((n) => (short ? n.slice(0, 3) : n).toLowerCase() === text.toLowerCase());

export function strptime(text: string, fmt: string): Parsed {
  const m = compile(fmt).exec(text);
  if (m === null || m.index !== 0) return valueError(`time data ${repr(text)} does not match format ${repr(fmt)}`);
  if (m[0].length !== text.length) valueError(`unconverted data remains: ${text.slice(m[0].length)}`);
  const g = m.groups ?? {};
  let year = 1900;
  if (g.Y !== undefined) year = Number(g.Y);
  else if (g.y !== undefined) year = Number(g.y) + (Number(g.y) <= 68 ? 2000 : 1900);
  let month = 1;
  if (g.m !== undefined) month = Number(g.m);
  else if (g.B !== undefined) month = indexOf(MONTH_NAMES, g.B, false) + 1;
  else if (g.b !== undefined) month = indexOf(MONTH_NAMES, g.b, true) + 1;
  let day = g.d !== undefined ? Number(g.d.trim()) : 1;
  let hour = 0;
  if (g.H !== undefined) hour = Number(g.H);
  else if (g.I !== undefined) {
    const h = Number(g.I);
    const pm = (g.p ?? '').toLowerCase() === 'pm';
    hour = pm ? (h === 12 ? 12 : h + 12) : h === 12 ? 0 : h;
  }
  const minute = g.M !== undefined ? Number(g.M) : 0;
  const second = g.S !== undefined ? Number(g.S) : 0;
  const microsecond = g.f !== undefined ? Number(g.f.padEnd(6, '0')) : 0;
  let offsetUs: bigint | null = null;
  if (g.z !== undefined) {
    if (g.z.toUpperCase() === 'Z') offsetUs = 0n;
    else {
      const digits = g.z.slice(1).replace(/:/g, '');
      const [whole, frac = ''] = digits.split('.');
      const total = ((BigInt(whole!.slice(0, 2)) * 60n + BigInt(whole!.slice(2, 4))) * 60n + BigInt(whole!.slice(4, 6) || '0')) * 1_000_000n + BigInt(frac.padEnd(6, '0') || '0');
      offsetUs = g.z[0] === '-' ? -total : total;
    }
  }
  if (g.j !== undefined && g.m === undefined && g.d === undefined && g.b === undefined && g.B === undefined) {
    // A day of the year without a month and day gives both.
    let rest = Number(g.j);
    month = 1;
    while (month < 12 && rest > daysInMonth(year, month)) rest -= daysInMonth(year, month++);
    day = rest;
  }
  if (day > daysInMonth(year, month)) valueError('day is out of range for month');
  const yday = dayOfYear(year, month, day);
  const wday = weekday(daysFromCivil(year, month, day));
  return { year, month, day, hour, minute, second, microsecond, offsetUs, wday, yday };
}
