/**
 * datetime's date, datetime, time and timezone values: fields as CPython keeps them, their
 * arithmetic with timedelta, comparisons (naive vs aware as CPython refuses them), repr,
 * str, isoformat and strftime.
 */
import { raise, typeError } from '../runtime/errors.ts';
import * as E from '../../engine/exceptions.ts';
import { PyNative, type NativeType } from '../runtime/native.ts';
import { repr } from '../runtime/repr.ts';
import type { Value } from '../runtime/values.ts';
import { civilFromDays, dayOfYear, daysFromCivil, strftime, weekday, type Tm, type Zone } from './calendar-time.ts';
import { floorDiv, TimeDelta, US_PER_DAY } from './datetime-delta.ts';

/** The run's datetime type objects, so values can answer type(x) and build results. */
export interface DtTypes {
  readonly date: NativeType;
  readonly datetime: NativeType;
  readonly time: NativeType;
  readonly timezone: NativeType;
  readonly timedelta: NativeType;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** A fixed-offset timezone: timezone.utc or timezone(timedelta(hours=2), 'name'). */
export class TimeZone extends PyNative {
  readonly pyTypeName = 'datetime.timezone';
  constructor(
    readonly offset: TimeDelta,
    readonly name: string | null,
    readonly types: DtTypes,
    readonly isUtcSingleton = false,
  ) {
    super();
  }
  pyRepr(): string {
    if (this.isUtcSingleton) return 'datetime.timezone.utc';
    return `datetime.timezone(${repr(this.offset)}${this.name === null ? '' : ', ' + repr(this.name)})`;
  }
  override pyStr(): string {
    return this.tzname();
  }
  tzname(): string {
    if (this.name !== null) return this.name;
    if (this.offset.us === 0n) return 'UTC';
    return 'UTC' + offsetText(this.offset.us, ':');
  }
  override pyEq(other: Value): boolean {
    return other instanceof TimeZone && other.offset.us === this.offset.us;
  }
  override pyKey(): unknown {
    return `timezone:${this.offset.us}`;
  }
  override pyType(): NativeType {
    return this.types.timezone;
  }
}

/** +HH:MM[:SS[.ffffff]] of an offset in microseconds. */
export function offsetText(us: bigint, sep: string): string {
  const sign = us < 0n ? '-' : '+';
  let a = us < 0n ? -us : us;
  const h = a / 3_600_000_000n;
  a -= h * 3_600_000_000n;
  const m = a / 60_000_000n;
  a -= m * 60_000_000n;
  const s = a / 1_000_000n;
  const f = a - s * 1_000_000n;
  let out = `${sign}${pad(Number(h))}${sep}${pad(Number(m))}`;
  if (s !== 0n || f !== 0n) out += `${sep}${pad(Number(s))}`;
  if (f !== 0n) out += '.' + pad(Number(f), 6);
  return out;
}

export class DateValue extends PyNative {
  get pyTypeName(): string {
    return 'datetime.date';
  }
  constructor(
    readonly types: DtTypes,
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {
    super();
  }
  /** Days since 1970-01-01. */
  get epochDays(): number {
    return daysFromCivil(this.year, this.month, this.day);
  }
  weekday(): number {
    return weekday(this.epochDays);
  }
  tm(): Tm {
    return { year: this.year, mon: this.month, mday: this.day, hour: 0, min: 0, sec: 0, wday: this.weekday(), yday: dayOfYear(this.year, this.month, this.day) };
  }
  isoformat(): string {
    return `${pad(this.year, 4)}-${pad(this.month)}-${pad(this.day)}`;
  }
  pyRepr(): string {
    return `datetime.date(${this.year}, ${this.month}, ${this.day})`;
  }
  override pyStr(): string {
    return this.isoformat();
  }
  strftime(fmt: string): string {
    return pyStrftime(fmt, this.tm(), 0, null, Number(this.epochDays) * 86400);
  }
  override pyFormat(spec: string): string {
    return spec === '' ? this.pyStr() : this.strftime(spec);
  }
  override pyType(): NativeType {
    return this.types.date;
  }
  override pyEq(other: Value): boolean {
    return other instanceof DateValue && !(other instanceof DateTime) && other.epochDays === this.epochDays;
  }
  override pyCompare(other: Value): number | undefined {
    if (!(other instanceof DateValue) || other instanceof DateTime) return undefined;
    return Math.sign(this.epochDays - other.epochDays);
  }
  override pyKey(): unknown {
    return `date:${this.epochDays}`;
  }
  override pyBinop(op: string, other: Value, reflected: boolean): Value | undefined {
    if (other instanceof TimeDelta && (op === '+' || (op === '-' && !reflected))) {
      const days = this.epochDays + (op === '+' ? other.days : -other.days);
      return dateFromDays(this.types, days);
    }
    if (op === '-' && !reflected && other instanceof DateValue && !(other instanceof DateTime)) {
      return new TimeDelta(BigInt(this.epochDays - other.epochDays) * US_PER_DAY, this.types.timedelta);
    }
    return undefined;
  }
}

const MIN_DAYS = daysFromCivil(1, 1, 1);
const MAX_DAYS = daysFromCivil(9999, 12, 31);

export function dateFromDays(types: DtTypes, days: number): DateValue {
  if (days < MIN_DAYS || days > MAX_DAYS) raise(E.OverflowError, 'date value out of range');
  const { year, mon, mday } = civilFromDays(days);
  return new DateValue(types, year, mon, mday);
}

export class TimeOfDay extends PyNative {
  readonly pyTypeName = 'datetime.time';
  constructor(
    readonly types: DtTypes,
    readonly hour: number,
    readonly minute: number,
    readonly second: number,
    readonly microsecond: number,
    readonly tz: TimeZone | null,
  ) {
    super();
  }
  get us(): number {
    return ((this.hour * 60 + this.minute) * 60 + this.second) * 1e6 + this.microsecond;
  }
  isoformat(timespec = 'auto'): string {
    return timeText(this.hour, this.minute, this.second, this.microsecond, timespec) + (this.tz === null ? '' : offsetText(this.tz.offset.us, ':'));
  }
  pyRepr(): string {
    const f = [this.hour, this.minute, this.second, this.microsecond];
    if (f[3] === 0) f.pop();
    if (f.length === 3 && f[2] === 0) f.pop();
    return `datetime.time(${f.join(', ')}${this.tz === null ? '' : `, tzinfo=${repr(this.tz)}`})`;
  }
  override pyStr(): string {
    return this.isoformat();
  }
  strftime(fmt: string): string {
    const tm: Tm = { year: 1900, mon: 1, mday: 1, hour: this.hour, min: this.minute, sec: this.second, wday: 0, yday: 1 };
    return pyStrftime(fmt, tm, this.microsecond, this.tz, this.us / 1e6);
  }
  override pyFormat(spec: string): string {
    return spec === '' ? this.pyStr() : this.strftime(spec);
  }
  override pyType(): NativeType {
    return this.types.time;
  }
  override pyEq(other: Value): boolean {
    return other instanceof TimeOfDay && other.us === this.us && (other.tz?.offset.us ?? null) === (this.tz?.offset.us ?? null);
  }
  override pyCompare(other: Value): number | undefined {
    if (!(other instanceof TimeOfDay)) return undefined;
    return Math.sign(this.us - other.us);
  }
  override pyKey(): unknown {
    return `time:${this.us}:${this.tz?.offset.us ?? ''}`;
  }
}

/** HH:MM:SS[.ffffff] as isoformat(timespec=) writes it. */
export function timeText(h: number, m: number, s: number, us: number, timespec: string): string {
  switch (timespec) {
    case 'auto':
      return `${pad(h)}:${pad(m)}:${pad(s)}${us === 0 ? '' : '.' + pad(us, 6)}`;
    case 'hours':
      return pad(h);
    case 'minutes':
      return `${pad(h)}:${pad(m)}`;
    case 'seconds':
      return `${pad(h)}:${pad(m)}:${pad(s)}`;
    case 'milliseconds':
      return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(Math.floor(us / 1000), 3)}`;
    case 'microseconds':
      return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(us, 6)}`;
  }
  return raise(E.ValueError, 'Unknown timespec value');
}

export class DateTime extends DateValue {
  override get pyTypeName(): string {
    return 'datetime.datetime';
  }
  constructor(
    types: DtTypes,
    year: number,
    month: number,
    day: number,
    readonly hour: number,
    readonly minute: number,
    readonly second: number,
    readonly microsecond: number,
    readonly tz: TimeZone | null,
    readonly fold = 0,
  ) {
    super(types, year, month, day);
  }
  /** Microseconds into the day. */
  get dayUs(): number {
    return ((this.hour * 60 + this.minute) * 60 + this.second) * 1e6 + this.microsecond;
  }
  /** Microseconds since the epoch of the wall time (ignoring the timezone). */
  get localUs(): bigint {
    return BigInt(this.epochDays) * US_PER_DAY + BigInt(this.dayUs);
  }
  /** Microseconds since the epoch in UTC (aware) or of the wall time (naive). */
  get utcUs(): bigint {
    return this.localUs - (this.tz?.offset.us ?? 0n);
  }
  override tm(): Tm {
    return { ...super.tm(), hour: this.hour, min: this.minute, sec: this.second };
  }
  override isoformat(sep = 'T', timespec = 'auto'): string {
    return `${super.isoformat()}${sep}${timeText(this.hour, this.minute, this.second, this.microsecond, timespec)}${this.tz === null ? '' : offsetText(this.tz.offset.us, ':')}`;
  }
  override pyRepr(): string {
    const f = [this.year, this.month, this.day, this.hour, this.minute, this.second, this.microsecond];
    if (f[6] === 0) {
      f.pop();
      if (f[5] === 0) f.pop();
    }
    return `datetime.datetime(${f.join(', ')}${this.fold ? ', fold=1' : ''}${this.tz === null ? '' : `, tzinfo=${repr(this.tz)}`})`;
  }
  override pyStr(): string {
    return this.isoformat(' ');
  }
  override strftime(fmt: string): string {
    return pyStrftime(fmt, this.tm(), this.microsecond, this.tz, Number(this.utcUs / 1_000_000n));
  }
  override pyType(): NativeType {
    return this.types.datetime;
  }
  override pyEq(other: Value): boolean {
    if (!(other instanceof DateTime)) return false;
    if ((this.tz === null) !== (other.tz === null)) return false;
    return this.utcUs === other.utcUs;
  }
  override pyCompare(other: Value): number | undefined {
    if (!(other instanceof DateTime)) {
      if (other instanceof DateValue) typeError(`can't compare datetime.datetime to datetime.date`);
      return undefined;
    }
    if ((this.tz === null) !== (other.tz === null)) typeError("can't compare offset-naive and offset-aware datetimes");
    const d = this.utcUs - other.utcUs;
    return d < 0n ? -1 : d > 0n ? 1 : 0;
  }
  override pyKey(): unknown {
    return `datetime:${this.utcUs}:${this.tz === null ? 'naive' : 'aware'}`;
  }
  override pyBinop(op: string, other: Value, reflected: boolean): Value | undefined {
    if (other instanceof TimeDelta && (op === '+' || (op === '-' && !reflected))) {
      return fromLocalUs(this.types, this.localUs + (op === '+' ? other.us : -other.us), this.tz);
    }
    if (op === '-' && !reflected && other instanceof DateTime) {
      if ((this.tz === null) !== (other.tz === null)) typeError("can't subtract offset-naive and offset-aware datetimes");
      return new TimeDelta(this.utcUs - other.utcUs, this.types.timedelta);
    }
    return undefined;
  }
  /** The same instant in `tz`. */
  astimezone(tz: TimeZone): DateTime {
    return fromLocalUs(this.types, this.utcUs + tz.offset.us, tz);
  }
}

/** A datetime from microseconds since the epoch of its wall time. */
export function fromLocalUs(types: DtTypes, us: bigint, tz: TimeZone | null): DateTime {
  const days = floorDiv(us, US_PER_DAY);
  const d = dateFromDays(types, Number(days));
  let rest = Number(us - days * US_PER_DAY);
  const micro = rest % 1e6;
  rest = (rest - micro) / 1e6;
  return new DateTime(types, d.year, d.month, d.day, Math.floor(rest / 3600), Math.floor((rest % 3600) / 60), rest % 60, micro, tz);
}

/** datetime's strftime: %f, %z and %Z first (CPython's wrap_strftime), then C's strftime. */
function pyStrftime(fmt: string, tm: Tm, micro: number, tz: TimeZone | null, epochSeconds: number): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i]!;
    if (ch === '%' && i + 1 < fmt.length) {
      const d = fmt[i + 1]!;
      if (d === 'f') {
        out += pad(micro, 6);
        i++;
        continue;
      }
      if (d === 'z') {
        out += tz === null ? '' : offsetText(tz.offset.us, '');
        i++;
        continue;
      }
      if (d === 'Z') {
        out += tz === null ? '' : tz.tzname().replace(/%/g, '%%');
        i++;
        continue;
      }
      out += ch + d;
      i++;
      continue;
    }
    out += ch;
  }
  const zone: Zone = { name: '', offset: '' };
  return strftime(out, tm, zone, epochSeconds);
}
