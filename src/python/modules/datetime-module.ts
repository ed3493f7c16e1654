/**
 * The `datetime` module of one run: date, datetime, time, timedelta and timezone. now(),
 * today(), utcnow() and date.today() read the virtual clock as UTC from epoch 0, as the
 * reference runner does.
 */
import * as E from '../../engine/exceptions.ts';
import { raise, typeError, valueError } from '../runtime/errors.ts';
import { NativeType } from '../runtime/native.ts';
import { isNumber, num } from '../runtime/ops.ts';
import { str } from '../runtime/repr.ts';
import { typeName } from '../runtime/types.ts';
import { PyModule, PyBuiltin, type NativeFn, type Value } from '../runtime/values.ts';
import { newTimeDelta, roundHalfEven, TimeDelta } from './datetime-delta.ts';
import './datetime-methods.ts';
import { checkDate, checkTime, fields, intField, tzArg, type Kw } from './datetime-args.ts';
import { strptime } from './datetime-strptime.ts';
import { parseIsoDate, parseIsoDateTime, parseIsoTime } from './datetime-parse.ts';
import { DateTime, DateValue, dateFromDays, fromLocalUs, TimeOfDay, TimeZone, type DtTypes } from './datetime-values.ts';
import type { ModuleContext } from './registry.ts';

export function makeDatetimeModule(ctx: ModuleContext): PyModule {
  const d = new Map<string, Value>();
  const types = {} as { -readonly [K in keyof DtTypes]: DtTypes[K] };
  const t = (name: keyof DtTypes, call: NativeFn, test: (v: Value) => boolean): NativeType => {
    const ty = new NativeType(name, 'datetime', call, test);
    types[name] = ty;
    d.set(name, ty);
    return ty;
  };
  const T = types as DtTypes;

  const timedelta: NativeType = t('timedelta', (args, kw) => newTimeDelta(args, kw, timedelta), (v) => v instanceof TimeDelta);
  const date = t(
    'date',
    (args, kw) => {
      const [y, m, dd] = fields('date', ['year', 'month', 'day'], 3, args, kw).map((v) => intField(v!));
      checkDate(y!, m!, dd!);
      return new DateValue(T, y!, m!, dd!);
    },
    (v) => v instanceof DateValue,
  );
  const datetime = t(
    'datetime',
    (args, kw) => {
      const f = fields('datetime', ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'], 3, args, kw);
      const n = f.slice(0, 7).map((v) => (v === undefined ? 0 : intField(v)));
      const fold = f[8] === undefined ? 0 : intField(f[8]);
      checkDate(n[0]!, n[1]!, n[2]!);
      checkTime(n[3]!, n[4]!, n[5]!, n[6]!, fold);
      return new DateTime(T, n[0]!, n[1]!, n[2]!, n[3]!, n[4]!, n[5]!, n[6]!, tzArg(f[7]), fold);
    },
    (v) => v instanceof DateTime,
  );
  const time = t(
    'time',
    (args, kw) => {
      const f = fields('time', ['hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'], 0, args, kw);
      const n = f.slice(0, 4).map((v) => (v === undefined ? 0 : intField(v)));
      checkTime(n[0]!, n[1]!, n[2]!, n[3]!, f[5] === undefined ? 0 : intField(f[5]));
      return new TimeOfDay(T, n[0]!, n[1]!, n[2]!, n[3]!, tzArg(f[4]));
    },
    (v) => v instanceof TimeOfDay,
  );
  const utc = new TimeZone(new TimeDelta(0n, T.timedelta), null, T, true);
  const timezone = t(
    'timezone',
    (args, kw) => {
      const [offset, name] = fields('timezone', ['offset', 'name'], 1, args, kw);
      if (!(offset instanceof TimeDelta)) return typeError(`timezone() argument 1 must be datetime.timedelta, not ${typeName(offset)}`);
      if (name !== undefined && typeof name !== 'string') typeError(`timezone() argument 2 must be str, not ${typeName(name)}`);
      if (offset.us <= -86_400_000_000n || offset.us >= 86_400_000_000n) {
        valueError(`offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not ${str(offset.pyRepr())}.`);
      }
      if (name === undefined && offset.us === 0n) return utc;
      return new TimeZone(offset, (name as string | undefined) ?? null, T);
    },
    (v) => v instanceof TimeZone,
  );
  d.set('tzinfo', timezone);

  // ---- the clock -------------------------------------------------------------------------
  /** Seconds since the epoch as a naive UTC datetime, rounded half-even to microseconds. */
  const fromSeconds = (secs: number, tz: TimeZone | null): DateTime => {
    if (!Number.isFinite(secs)) raise(E.ValueError, 'cannot convert float NaN to integer');
    const us = BigInt(roundHalfEven(secs * 1e6));
    return tz === null ? fromLocalUs(T, us, null) : fromLocalUs(T, us + tz.offset.us, tz);
  };
  const clsMethod = (ty: NativeType, name: string, f: NativeFn): void => {
    ty.attrs.set(name, new PyBuiltin(name, f));
  };
  const nowFn: NativeFn = (args, kw) => {
    const [tz] = fields('now', ['tz'], 0, args, kw);
    return fromSeconds(ctx.loop.time(), tzArg(tz));
  };
  clsMethod(datetime, 'now', nowFn);
  clsMethod(datetime, 'today', () => fromSeconds(ctx.loop.time(), null));
  clsMethod(datetime, 'utcnow', () => fromSeconds(ctx.loop.time(), null));
  const stampArg = (v: Value | undefined): number => {
    if (!isNumber(v)) return typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
    return num(v);
  };
  clsMethod(datetime, 'fromtimestamp', (args, kw) => {
    const [ts, tz] = fields('fromtimestamp', ['timestamp', 'tz'], 1, args, kw);
    return fromSeconds(stampArg(ts), tzArg(tz));
  });
  clsMethod(datetime, 'utcfromtimestamp', (args, kw) => fromSeconds(stampArg(fields('utcfromtimestamp', ['timestamp'], 1, args, kw)[0]), null));
  clsMethod(datetime, 'combine', (args, kw) => {
    const [dv, tv, tz] = fields('combine', ['date', 'time', 'tzinfo'], 2, args, kw);
    if (!(dv instanceof DateValue)) return typeError(`combine() argument 1 must be datetime.date, not ${typeName(dv)}`);
    if (!(tv instanceof TimeOfDay)) return typeError(`combine() argument 2 must be datetime.time, not ${typeName(tv)}`);
    return new DateTime(T, dv.year, dv.month, dv.day, tv.hour, tv.minute, tv.second, tv.microsecond, tz === undefined ? tv.tz : tzArg(tz));
  });
  clsMethod(datetime, 'fromisoformat', (args, kw) => parseIsoDateTime(T, strArg('fromisoformat', args, kw)));
  clsMethod(datetime, 'strptime', (args, kw) => {
    if (kw !== null && kw.size > 0) typeError('datetime.strptime() takes no keyword arguments');
    if (args.length !== 2) typeError(`strptime() takes exactly 2 arguments (${args.length} given)`);
    const [text, fmt] = args;
    if (typeof text !== 'string' || typeof fmt !== 'string') return typeError(`strptime() argument 1 must be str, not ${typeName(typeof text !== 'string' ? text : fmt)}`);
    const p = strptime(text, fmt);
    const tz = p.offsetUs === null ? null : p.offsetUs === 0n ? utc : new TimeZone(new TimeDelta(p.offsetUs, T.timedelta), null, T);
    return new DateTime(T, p.year, p.month, p.day, p.hour, p.minute, p.second, p.microsecond, tz);
  });
  clsMethod(date, 'today', () => {
    const now = fromSeconds(ctx.loop.time(), null);
    return new DateValue(T, now.year, now.month, now.day);
  });
  clsMethod(date, 'fromtimestamp', (args, kw) => {
    const now = fromSeconds(stampArg(fields('fromtimestamp', ['timestamp'], 1, args, kw)[0]), null);
    return new DateValue(T, now.year, now.month, now.day);
  });
  clsMethod(date, 'fromisoformat', (args, kw) => parseIsoDate(T, strArg('fromisoformat', args, kw)));
  clsMethod(date, 'fromordinal', (args, kw) => {
    const n = intField(fields('fromordinal', ['ordinal'], 1, args, kw)[0]!);
    if (n < 1) valueError('ordinal must be >= 1');
    return dateFromDays(T, n - 719163);
  });
  clsMethod(datetime, 'fromordinal', (args, kw) => fromLocalUs(T, BigInt(intField(fields('fromordinal', ['ordinal'], 1, args, kw)[0]!) - 719163) * 86_400_000_000n, null));
  clsMethod(time, 'fromisoformat', (args, kw) => parseIsoTime(T, strArg('fromisoformat', args, kw)));

  // ---- class attributes ------------------------------------------------------------------
  date.attrs.set('min', new DateValue(T, 1, 1, 1));
  date.attrs.set('max', new DateValue(T, 9999, 12, 31));
  date.attrs.set('resolution', new TimeDelta(86_400_000_000n, T.timedelta));
  datetime.attrs.set('min', new DateTime(T, 1, 1, 1, 0, 0, 0, 0, null));
  datetime.attrs.set('max', new DateTime(T, 9999, 12, 31, 23, 59, 59, 999999, null));
  datetime.attrs.set('resolution', new TimeDelta(1n, T.timedelta));
  time.attrs.set('min', new TimeOfDay(T, 0, 0, 0, 0, null));
  time.attrs.set('max', new TimeOfDay(T, 23, 59, 59, 999999, null));
  time.attrs.set('resolution', new TimeDelta(1n, T.timedelta));
  timedelta.attrs.set('min', new TimeDelta(-999_999_999n * 86_400_000_000n, T.timedelta));
  timedelta.attrs.set('max', new TimeDelta(1_000_000_000n * 86_400_000_000n - 1n, T.timedelta));
  timedelta.attrs.set('resolution', new TimeDelta(1n, T.timedelta));
  timezone.attrs.set('utc', utc);
  timezone.attrs.set('min', new TimeZone(new TimeDelta(-86_340_000_000n, T.timedelta), null, T));
  timezone.attrs.set('max', new TimeZone(new TimeDelta(86_340_000_000n, T.timedelta), null, T));
  d.set('MINYEAR', 1);
  d.set('MAXYEAR', 9999);
  d.set('UTC', utc);
  return new PyModule('datetime', d);
}

function strArg(fn: string, args: Value[], kw: Kw): string {
  const [s] = fields(fn, ['date_string'], 1, args, kw);
  if (typeof s !== 'string') typeError(`${fn}: argument must be str`);
  return s as string;
}
