/** The methods and attributes of datetime's values, bound once for every run. */
import { typeError } from '../runtime/errors.ts';
import { PyNative } from '../runtime/native.ts';
import { repr } from '../runtime/repr.ts';
import { typeName } from '../runtime/types.ts';
import { PyFloat, PyTuple, type Value } from '../runtime/values.ts';
import { registerBinding } from '../runtime/types/engine-type.ts';
import { tmFromSeconds, type Tm } from './calendar-time.ts';
import { TimeDelta } from './datetime-delta.ts';
import { checkDate, checkTime, fields, intField, tzArg } from './datetime-args.ts';
import { DateTime, DateValue, TimeOfDay, TimeZone } from './datetime-values.ts';
import { StructTime } from './time-module.ts';

type Kw = Map<string, Value> | null;
type M = (self: never, args: Value[], kw: Kw) => Value;
type P = (self: never) => Value;

function noArgs(name: string, args: Value[], kw: Kw): void {
  if ((kw !== null && kw.size > 0) || args.length > 0) typeError(`${name}() takes no arguments (${args.length} given)`);
}

function strArg(v: Value | undefined, what: string): string {
  if (typeof v !== 'string') return typeError(`${what} must be str, not ${typeName(v)}`);
  return v;
}

/** date.isocalendar(): a named tuple (year, week, weekday). */
export class IsoCalendarDate extends PyNative {
  readonly pyTypeName = 'datetime.IsoCalendarDate';
  readonly tuple: PyTuple;
  constructor(
    readonly year: number,
    readonly week: number,
    readonly weekday: number,
  ) {
    super();
    this.tuple = new PyTuple([year, week, weekday]);
  }
  pyRepr(): string {
    return `datetime.IsoCalendarDate(year=${this.year}, week=${this.week}, weekday=${this.weekday})`;
  }
  override pyIter(): Iterable<Value> {
    return this.tuple.items;
  }
  override pyLen(): number {
    return 3;
  }
  override pyGetItem(key: Value): Value {
    const i = typeof key === 'number' ? (key < 0 ? key + 3 : key) : -1;
    if (i < 0 || i > 2) typeError('tuple index out of range');
    return this.tuple.items[i];
  }
  override pyEq(other: Value): boolean {
    return other instanceof PyTuple && other.items.length === 3 && other.items.every((x, i) => x === this.tuple.items[i]);
  }
}

export function isoCalendar(dv: DateValue): IsoCalendarDate {
  const tm = dv.tm();
  const isoDay = tm.wday + 1;
  const thursday = new Date(Date.UTC(dv.year, dv.month - 1, dv.day + 4 - isoDay));
  const isoYear = thursday.getUTCFullYear();
  const jan1 = Date.UTC(isoYear, 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / 86_400_000 / 7) + 1;
  return new IsoCalendarDate(isoYear, week, isoDay);
}

/** timetuple(): the date's fields with tm_isdst -1 (unknown), as a naive value gives. */
function structTime(tm: Tm): StructTime {
  return new StructTime([tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, -1], 'GMT');
}

const DATE_METHODS: [string, M][] = [
  ['weekday', ((self: DateValue) => self.weekday()) as M],
  ['isoweekday', ((self: DateValue) => self.weekday() + 1) as M],
  ['toordinal', ((self: DateValue) => self.epochDays + 719163) as M],
  ['isocalendar', ((self: DateValue) => isoCalendar(self)) as M],
  ['timetuple', ((self: DateValue) => structTime(self.tm())) as M],
  ['ctime', ((self: DateValue) => self.strftime('%a %b %e %H:%M:%S %Y')) as M],
  ['strftime', ((self: DateValue, args: Value[], kw: Kw) => self.strftime(strArg(fields('strftime', ['format'], 1, args, kw)[0], 'strftime() argument 1'))) as M],
  ['__format__', ((self: DateValue, args: Value[]) => self.pyFormat(strArg(args[0], 'format() argument 1'))) as M],
  [
    'isoformat',
    ((self: DateValue, args: Value[], kw: Kw) => {
      noArgs('isoformat', args, kw);
      return self.isoformat();
    }) as M,
  ],
  [
    'replace',
    ((self: DateValue, args: Value[], kw: Kw) => {
      const f = fields('replace', ['year', 'month', 'day'], 0, args, kw);
      const y = f[0] === undefined ? self.year : intField(f[0]);
      const m = f[1] === undefined ? self.month : intField(f[1]);
      const d = f[2] === undefined ? self.day : intField(f[2]);
      checkDate(y, m, d);
      return new DateValue(self.types, y, m, d);
    }) as M,
  ],
];

const DATE_PROPS: [string, P][] = [
  ['year', ((self: DateValue) => self.year) as P],
  ['month', ((self: DateValue) => self.month) as P],
  ['day', ((self: DateValue) => self.day) as P],
];

const TIME_PROPS: [string, P][] = [
  ['hour', ((self: DateTime) => self.hour) as P],
  ['minute', ((self: DateTime) => self.minute) as P],
  ['second', ((self: DateTime) => self.second) as P],
  ['microsecond', ((self: DateTime) => self.microsecond) as P],
  ['tzinfo', ((self: DateTime) => self.tz) as P],
  ['fold', ((self: DateTime) => (self instanceof DateTime ? self.fold : 0)) as P],
];

/** utcoffset()/tzname()/dst() of a value with an optional fixed timezone. */
const TZ_METHODS: [string, M][] = [
  ['utcoffset', ((self: DateTime) => self.tz?.offset ?? null) as M],
  ['tzname', ((self: DateTime) => self.tz?.tzname() ?? null) as M],
  ['dst', (() => null) as M],
];

const DATETIME_METHODS: [string, M][] = [
  ...DATE_METHODS,
  ...TZ_METHODS,
  ['date', ((self: DateTime) => new DateValue(self.types, self.year, self.month, self.day)) as M],
  ['time', ((self: DateTime) => new TimeOfDay(self.types, self.hour, self.minute, self.second, self.microsecond, null)) as M],
  ['timetz', ((self: DateTime) => new TimeOfDay(self.types, self.hour, self.minute, self.second, self.microsecond, self.tz)) as M],
  ['timetuple', ((self: DateTime) => structTime(self.tm())) as M],
  ['utctimetuple', ((self: DateTime) => structTime(tmFromSeconds(Number(self.utcUs / 1_000_000n)))) as M],
  ['timestamp', ((self: DateTime) => new PyFloat(Number(self.utcUs) / 1e6)) as M],
  [
    'isoformat',
    ((self: DateTime, args: Value[], kw: Kw) => {
      const [sep, spec] = fields('isoformat', ['sep', 'timespec'], 0, args, kw);
      return self.isoformat(sep === undefined ? 'T' : strArg(sep, 'isoformat() argument 1'), spec === undefined ? 'auto' : strArg(spec, 'isoformat() argument 2'));
    }) as M,
  ],
  [
    'astimezone',
    ((self: DateTime, args: Value[], kw: Kw) => {
      const [tz] = fields('astimezone', ['tz'], 0, args, kw);
      // None: the local timezone, which is UTC on the virtual clock (named as time.localtime names it).
      const target = tz === undefined || tz === null ? new TimeZone(new TimeDelta(0n, self.types.timedelta), 'UTC', self.types) : tzArg(tz)!;
      return self.astimezone(target);
    }) as M,
  ],
  [
    'replace',
    ((self: DateTime, args: Value[], kw: Kw) => {
      const f = fields('replace', ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'], 0, args, kw);
      const cur = [self.year, self.month, self.day, self.hour, self.minute, self.second, self.microsecond];
      const n = cur.map((c, i) => (f[i] === undefined ? c : intField(f[i])));
      const fold = f[8] === undefined ? self.fold : intField(f[8]);
      checkDate(n[0]!, n[1]!, n[2]!);
      checkTime(n[3]!, n[4]!, n[5]!, n[6]!, fold);
      const tz = f[7] === undefined ? self.tz : tzArg(f[7]);
      return new DateTime(self.types, n[0]!, n[1]!, n[2]!, n[3]!, n[4]!, n[5]!, n[6]!, tz, fold);
    }) as M,
  ],
];

const TIME_METHODS: [string, M][] = [
  ...TZ_METHODS,
  ['strftime', ((self: TimeOfDay, args: Value[], kw: Kw) => self.strftime(strArg(fields('strftime', ['format'], 1, args, kw)[0], 'strftime() argument 1'))) as M],
  ['__format__', ((self: TimeOfDay, args: Value[]) => self.pyFormat(strArg(args[0], 'format() argument 1'))) as M],
  [
    'isoformat',
    ((self: TimeOfDay, args: Value[], kw: Kw) => {
      const [spec] = fields('isoformat', ['timespec'], 0, args, kw);
      return self.isoformat(spec === undefined ? 'auto' : strArg(spec, 'isoformat() argument 1'));
    }) as M,
  ],
  [
    'replace',
    ((self: TimeOfDay, args: Value[], kw: Kw) => {
      const f = fields('replace', ['hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'], 0, args, kw);
      const cur = [self.hour, self.minute, self.second, self.microsecond];
      const n = cur.map((c, i) => (f[i] === undefined ? c : intField(f[i])));
      checkTime(n[0]!, n[1]!, n[2]!, n[3]!, 0);
      return new TimeOfDay(self.types, n[0]!, n[1]!, n[2]!, n[3]!, f[4] === undefined ? self.tz : tzArg(f[4]));
    }) as M,
  ],
];

{
  registerBinding(TimeDelta, {
    methods: new Map<string, M>([
      ['total_seconds', ((self: TimeDelta) => new PyFloat(self.totalSeconds())) as M],
      ['__repr__', ((self: TimeDelta) => self.pyRepr()) as M],
    ]) as never,
    props: new Map<string, P>([
      ['days', ((self: TimeDelta) => self.days) as P],
      ['seconds', ((self: TimeDelta) => self.seconds) as P],
      ['microseconds', ((self: TimeDelta) => self.microseconds) as P],
    ]),
  });
  registerBinding(DateTime, { methods: new Map(DATETIME_METHODS) as never, props: new Map([...DATE_PROPS, ...TIME_PROPS]) });
  registerBinding(DateValue, { methods: new Map(DATE_METHODS) as never, props: new Map(DATE_PROPS) });
  registerBinding(TimeOfDay, { methods: new Map(TIME_METHODS) as never, props: new Map(TIME_PROPS) });
  registerBinding(TimeZone, {
    methods: new Map<string, M>([
      ['utcoffset', ((self: TimeZone) => self.offset) as M],
      ['tzname', ((self: TimeZone) => self.tzname()) as M],
      ['dst', (() => null) as M],
      ['__repr__', ((self: TimeZone) => repr(self)) as M],
    ]) as never,
  });
  registerBinding(IsoCalendarDate, {
    methods: new Map(),
    props: new Map<string, P>([
      ['year', ((self: IsoCalendarDate) => self.year) as P],
      ['week', ((self: IsoCalendarDate) => self.week) as P],
      ['weekday', ((self: IsoCalendarDate) => self.weekday) as P],
    ]),
  });
}
