/** fromisoformat() for date, datetime and time: the ISO 8601 forms CPython 3.11 accepts. */
import { valueError } from '../runtime/errors.ts';
import { repr } from '../runtime/repr.ts';
import { checkDate, checkTime } from './datetime-args.ts';
import { TimeDelta } from './datetime-delta.ts';
import { DateTime, DateValue, TimeOfDay, TimeZone, type DtTypes } from './datetime-values.ts';

const DATE = /^(\d{4})-?(\d{2})-?(\d{2})$/;
const TIME = /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,6})\d*)?)?)?(Z|[+-]\d{2}(?::?\d{2}(?::?\d{2}(?:\.\d{1,6})?)?)?)?$/;

function invalid(s: string): never {
  return valueError(`Invalid isoformat string: ${repr(s)}`);
}

function zoneOf(types: DtTypes, text: string | undefined): TimeZone | null {
  if (text === undefined) return null;
  if (text === 'Z') return new TimeZone(new TimeDelta(0n, types.timedelta), null, types, true);
  const sign = text[0] === '-' ? -1n : 1n;
  const digits = text.slice(1).replace(/:/g, '');
  const [whole, frac = ''] = digits.split('.');
  const h = BigInt(whole!.slice(0, 2));
  const m = BigInt(whole!.slice(2, 4) || '0');
  const s = BigInt(whole!.slice(4, 6) || '0');
  const us = BigInt(frac.padEnd(6, '0') || '0');
  const total = sign * (((h * 60n + m) * 60n + s) * 1_000_000n + us);
  if (total === 0n) return new TimeZone(new TimeDelta(0n, types.timedelta), null, types, true);
  return new TimeZone(new TimeDelta(total, types.timedelta), null, types);
}

function timeParts(types: DtTypes, text: string, whole: string): [number, number, number, number, TimeZone | null] {
  const m = TIME.exec(text);
  if (m === null) return invalid(whole);
  const us = m[4] === undefined ? 0 : Number(m[4].padEnd(6, '0'));
  const h = Number(m[1]);
  const mi = Number(m[2] ?? 0);
  const s = Number(m[3] ?? 0);
  checkTime(h, mi, s, us, 0);
  return [h, mi, s, us, zoneOf(types, m[5])];
}

export function parseIsoDate(types: DtTypes, s: string): DateValue {
  const m = DATE.exec(s);
  if (m === null) return invalid(s);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  checkDate(y, mo, d);
  return new DateValue(types, y, mo, d);
}

export function parseIsoDateTime(types: DtTypes, s: string): DateTime {
  const date = parseIsoDate(types, s.length > 10 ? s.slice(0, 10) : s);
  if (s.length <= 10) return new DateTime(types, date.year, date.month, date.day, 0, 0, 0, 0, null);
  const [h, mi, sec, us, tz] = timeParts(types, s.slice(11), s);
  return new DateTime(types, date.year, date.month, date.day, h, mi, sec, us, tz);
}

export function parseIsoTime(types: DtTypes, s: string): TimeOfDay {
  const [h, mi, sec, us, tz] = timeParts(types, s.startsWith('T') ? s.slice(1) : s, s);
  return new TimeOfDay(types, h, mi, sec, us, tz);
}
