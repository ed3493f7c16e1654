/**
 * The `time` module on virtual time: clocks read the loop's clock; sleep() blocks the loop;
 * calendar functions read the same clock as UTC from epoch 0, as the reference runner does.
 */
import type { EventLoop } from '../../engine/loop.ts';
import { typeError, Unsupported } from '../runtime/errors.ts';
import { iterate } from '../runtime/iter.ts';
import { PyNative } from '../runtime/native.ts';
import { eq, isNumber, num, order } from '../runtime/ops.ts';
import { repr } from '../runtime/repr.ts';
import { typeName } from '../runtime/types.ts';
import { PyBuiltin, PyFloat, PyModule, PyTuple, type CallSite, type Value } from '../runtime/values.ts';
import { declareEngineType } from '../runtime/types/engine-type.ts';
import { getItem } from '../compile/subscript.ts';
import { arg, checkKw, literalOf, maxArgs, seconds, type Kw } from './args.ts';
import { strptime } from './datetime-strptime.ts';
import { asctime, secondsFromTm, strftime, tmFromSeconds, type Tm } from './calendar-time.ts';

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];

/** time.struct_time: a named 9-tuple, with tm_zone and tm_gmtoff as attributes only. */
export class StructTime extends PyNative {
  readonly pyTypeName = 'time.struct_time';
  constructor(
    readonly items: readonly Value[],
    readonly zone: string,
  ) {
    super();
  }
  static of(tm: Tm): StructTime {
    return new StructTime([tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, 0], 'GMT');
  }
  tm(): Tm {
    const n = this.items.map((v) => (isNumber(v) ? num(v) : 0));
    return { year: n[0]!, mon: n[1]!, mday: n[2]!, hour: n[3]!, min: n[4]!, sec: n[5]!, wday: n[6]!, yday: n[7]! };
  }
  pyRepr(): string {
    return `time.struct_time(${FIELDS.map((f, i) => `${f}=${repr(this.items[i])}`).join(', ')})`;
  }
  override pyLen(): number {
    return 9;
  }
  override pyGetItem(key: Value): Value {
    return getItem(new PyTuple(this.items), key);
  }
  override pyIter(): Iterable<Value> {
    return this.items;
  }
  override pyEq(other: Value): boolean {
    const o = other instanceof StructTime ? new PyTuple(other.items) : other;
    return o instanceof PyTuple && eq(new PyTuple(this.items), o);
  }
  override pyCompare(other: Value): number | undefined {
    const o = other instanceof StructTime ? new PyTuple(other.items) : other;
    if (!(o instanceof PyTuple)) return undefined;
    const me = new PyTuple(this.items);
    return order('<', me, o) ? -1 : eq(me, o) ? 0 : 1;
  }
}
const structTimeType = declareEngineType({
  cls: StructTime,
  name: 'struct_time',
  module: 'time',
  construct: (args, kw) => {
    checkKw('struct_time', kw, ['sequence']);
    const seq = [...iterate(arg('struct_time', args, kw, 0, 'sequence'))];
    if (seq.length < 9) typeError(`time.struct_time() takes an at least 9-sequence (${seq.length}-sequence given)`);
    if (seq.length > 11) typeError(`time.struct_time() takes an at most 11-sequence (${seq.length}-sequence given)`);
    return new StructTime(seq.slice(0, 9), typeof seq[9] === 'string' ? (seq[9] as string) : 'GMT');
  },
  props: [
    ...FIELDS.map((f, i): [string, (self: StructTime) => Value] => [f, (self) => self.items[i]]),
    ['tm_zone', (self) => self.zone],
    ['tm_gmtoff', () => 0],
    ['n_fields', () => 11],
  ],
});
import { LaneSleep } from '../../engine/worker-lanes.ts';
import { LaneAwareBuiltin } from '../compile/threaded.ts';

export function makeTimeModule(loop: EventLoop): PyModule {
  const d = new Map<string, Value>();
  const now = (): PyFloat => new PyFloat(loop.time());
  for (const name of ['perf_counter', 'monotonic', 'time']) d.set(name, new PyBuiltin(name, now));
  // Nanosecond clocks read the same virtual clock (the reference runner leaves them real).
  for (const name of ['perf_counter_ns', 'monotonic_ns', 'time_ns']) d.set(name, new PyBuiltin(name, () => Math.round(loop.time() * 1e9)));
  const sleepArgs = (args: Value[], kw: Kw, site: CallSite) => {
    const secs = seconds(arg('sleep', args, kw, 0, 'secs'), 'accumulated');
    const literal = literalOf(site, 0, 'secs');
    return { secs, meta: { ...(site.span ? { call: site.span } : {}), ...(literal ? { literal } : {}) } };
  };
  d.set(
    'sleep',
    new LaneAwareBuiltin(
      'sleep',
      (args, kw, site) => {
        const { secs, meta } = sleepArgs(args, kw, site);
        if (loop.currentLane !== null) {
          // A worker reached it where Taskline cannot pause the worker's code (threaded.ts).
          throw new Unsupported('`time.sleep` in a worker thread is supported in functions the worker calls, not inside a builtin\'s callback, a lambda or a class body', site.span?.line ?? null);
        }
        loop.blockingSleep(secs, meta);
        return null;
      },
      // In a worker (to_thread, run_in_executor) it blocks that worker's lane, not the loop.
      function* (args, kw, site) {
        const { secs, meta } = sleepArgs(args, kw, site);
        yield new LaneSleep(loop, secs, meta);
        return null;
      },
    ),
  );

  d.set('struct_time', structTimeType);

  /** The seconds argument of gmtime/localtime/ctime: now when omitted or None. */
  const secsArg = (fn: string, args: Value[], kw: Map<string, Value> | null): number => {
    if (kw !== null && kw.size > 0) typeError(`time.${fn}() takes no keyword arguments`);
    maxArgs(fn, args, 1);
    const v = args.length === 0 ? null : args[0];
    if (v === null) return loop.time();
    if (!isNumber(v)) typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
    return num(v as number);
  };
  /** A struct_time argument (or a 9-tuple): now when omitted. */
  const tmArg = (fn: string, v: Value | undefined): Tm => {
    if (v === undefined) return tmFromSeconds(loop.time());
    if (v instanceof StructTime) return v.tm();
    if (v instanceof PyTuple) {
      if (v.items.length !== 9) typeError(`${fn}(): illegal time tuple argument`);
      return new StructTime(v.items, 'GMT').tm();
    }
    return typeError(`Tuple or struct_time argument required`);
  };
  for (const name of ['gmtime', 'localtime']) {
    d.set(name, new PyBuiltin(name, (args, kw) => StructTime.of(tmFromSeconds(secsArg(name, args, kw)))));
  }
  d.set(
    'strftime',
    new PyBuiltin('strftime', (args, kw) => {
      if (kw !== null && kw.size > 0) typeError('time.strftime() takes no keyword arguments');
      if (args.length < 1 || args.length > 2) typeError(`strftime expected at ${args.length < 1 ? 'least 1 argument' : 'most 2 arguments'}, got ${args.length}`);
      const fmt = args[0];
      if (typeof fmt !== 'string') typeError(`strftime() argument 1 must be str, not ${typeName(fmt)}`);
      const tm = tmArg('strftime', args[1]);
      return strftime(fmt as string, tm, { name: 'GMT', offset: '+0000' }, secondsFromTm(tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec));
    }),
  );
  d.set(
    'asctime',
    new PyBuiltin('asctime', (args, kw) => {
      if (kw !== null && kw.size > 0) typeError('time.asctime() takes no keyword arguments');
      maxArgs('asctime', args, 1);
      return asctime(tmArg('asctime', args[0]));
    }),
  );
  d.set('ctime', new PyBuiltin('ctime', (args, kw) => asctime(tmFromSeconds(secsArg('ctime', args, kw)))));
  d.set(
    'mktime',
    new PyBuiltin('mktime', (args, kw) => {
      if (kw !== null && kw.size > 0) typeError('time.mktime() takes no keyword arguments');
      if (args.length !== 1) typeError(`time.mktime() takes exactly one argument (${args.length} given)`);
      const tm = tmArg('mktime', args[0]);
      return new PyFloat(secondsFromTm(tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec));
    }),
  );
  d.set(
    'strptime',
    new PyBuiltin('strptime', (args, kw) => {
      if (kw !== null && kw.size > 0) typeError('time.strptime() takes no keyword arguments');
      const [text, fmt = '%a %b %d %H:%M:%S %Y'] = args;
      if (typeof text !== 'string') return typeError(`strptime() argument 0 must be str, not ${typeName(text)}`);
      if (typeof fmt !== 'string') return typeError(`strptime() argument 1 must be str, not ${typeName(fmt)}`);
      const p = strptime(text, fmt);
      return new StructTime([p.year, p.month, p.day, p.hour, p.minute, p.second, p.wday, p.yday, -1], 'GMT');
    }),
  );
  d.set('timezone', 0);
  d.set('altzone', 0);
  d.set('daylight', 0);
  d.set('tzname', new PyTuple(['UTC', 'UTC']));
  return new PyModule('time', d);
}
