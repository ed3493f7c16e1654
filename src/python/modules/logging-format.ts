/**
 * logging's LogRecord and Formatter, as CPython 3.11 builds and formats them: the record's
 * attributes are a dict the format string reads (`%(asctime)s %(levelname)s %(message)s`),
 * asctime comes from the virtual clock read as UTC.
 */
import * as E from '../../engine/exceptions.ts';
import { PyException } from '../../engine/exceptions.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { strFormat } from '../runtime/format-value.ts';
import { PyNative, type NativeType } from '../runtime/native.ts';
import { truthy } from '../runtime/ops.ts';
import { percentFormatValue } from '../runtime/format-value.ts';
import { interp } from '../runtime/hooks.ts';
import { StructTime } from './time-module.ts';
import { fakeAddress, repr, str } from '../runtime/repr.ts';
import { typeName } from '../runtime/types.ts';
import { PyDict, PyFloat, PyTuple, type Value } from '../runtime/values.ts';
import { handledTraceback } from '../compile/traceback.ts';
import { registerBinding } from '../runtime/types/engine-type.ts';
import { formatException as tracebackText } from '../traceback-text.ts';
import { arg, checkKw, type Kw } from './args.ts';
import { strftime, tmFromSeconds } from './calendar-time.ts';

/** One logging event: its attributes live in `dict`, as in CPython's record.__dict__. */
export class LogRecord extends PyNative {
  readonly pyTypeName = 'LogRecord';
  readonly dict = new Map<string, Value>();
  constructor(readonly type: NativeType) {
    super();
  }
  get(name: string): Value {
    return this.dict.get(name) ?? null;
  }
  /** str(msg) % args, when there are args. */
  getMessage(): string {
    const msg = str(this.get('msg'));
    const args = this.get('args');
    return args !== null && truthy(args) ? percentFormatValue(msg, args) : msg;
  }
  pyRepr(): string {
    const d = (k: string): string => str(this.get(k));
    return `<LogRecord: ${d('name')}, ${d('levelno')}, ${d('pathname')}, ${d('lineno')}, "${d('msg')}">`;
  }
  override pyType(): NativeType {
    return this.type;
  }
}

registerBinding(LogRecord, {
  methods: new Map([['getMessage', ((self: LogRecord) => self.getMessage()) as never]]),
  dict: (self: LogRecord) => self.dict,
});

export interface RecordFields {
  readonly name: string;
  readonly level: number;
  readonly levelName: string;
  readonly pathname: string;
  readonly lineno: number;
  readonly funcName: string;
  readonly msg: Value;
  readonly args: Value;
  readonly excInfo: Value;
  readonly created: number;
}

/** LogRecord.__init__: what each record knows of where and when it was made. */
export function makeRecord(type: NativeType, f: RecordFields): LogRecord {
  const r = new LogRecord(type);
  const d = r.dict;
  let args = f.args;
  // A single non-empty mapping argument is the mapping for `%(key)s` formats.
  if (args instanceof PyTuple && args.items.length === 1 && args.items[0] instanceof PyDict && (args.items[0] as PyDict).map.size > 0) {
    args = args.items[0];
  }
  const base = f.pathname.split('/').pop() ?? f.pathname;
  const dot = base.lastIndexOf('.');
  d.set('name', f.name);
  d.set('msg', f.msg);
  d.set('args', args);
  d.set('levelname', f.levelName);
  d.set('levelno', f.level);
  d.set('pathname', f.pathname);
  d.set('filename', base);
  d.set('module', dot > 0 ? base.slice(0, dot) : base);
  d.set('exc_info', f.excInfo);
  d.set('exc_text', null);
  d.set('stack_info', null);
  d.set('lineno', f.lineno);
  d.set('funcName', f.funcName);
  d.set('created', new PyFloat(f.created));
  d.set('msecs', new PyFloat(Math.trunc((f.created - Math.trunc(f.created)) * 1000)));
  // Milliseconds since logging was loaded: at time 0 on the virtual clock.
  d.set('relativeCreated', new PyFloat(f.created * 1000));
  d.set('thread', THREAD_ID);
  d.set('threadName', 'MainThread');
  d.set('processName', 'MainProcess');
  d.set('process', PROCESS_ID);
  return r;
}

/** What CPython would read from threading.get_ident() and os.getpid(); fixed so runs repeat. */
const THREAD_ID = 140245833402176;
const PROCESS_ID = 4242;

export type Style = '%' | '{' | '$';
export const STYLE_DEFAULTS: Record<Style, string> = {
  '%': '%(levelname)s:%(name)s:%(message)s',
  '{': '{levelname}:{name}:{message}',
  '$': '${levelname}:${name}:${message}',
};
const MESSAGE_ONLY: Record<Style, string> = { '%': '%(message)s', '{': '{message}', '$': '${message}' };

/** string.Template.substitute over the record's attributes. */
function templateSubstitute(fmt: string, d: Map<string, Value>): string {
  return fmt.replace(/\$(?:(\$)|(\w+)|\{(\w+)\})/g, (_m, dollar: string | undefined, a: string | undefined, b: string | undefined) => {
    if (dollar !== undefined) return '$';
    const key = (a ?? b)!;
    if (!d.has(key)) throw E.pyErr(E.KeyError, key);
    return str(d.get(key));
  });
}

/** logging.Formatter: a format string in one of three styles, and a date format. */
export class Formatter extends PyNative {
  readonly pyTypeName = 'Formatter';
  readonly dict = new Map<string, Value>();
  constructor(
    readonly type: NativeType,
    readonly fmt: string,
    readonly datefmt: string | null,
    readonly style: Style,
    /** For tracebacks in exc_text. */
    readonly sourceLines: readonly string[],
  ) {
    super();
  }
  pyRepr(): string {
    return `<logging.Formatter object at ${fakeAddress(this)}>`;
  }
  override pyType(): NativeType {
    return this.type;
  }
  usesTime(): boolean {
    const probe = { '%': '%(asctime)', '{': '{asctime', '$': '${asctime' }[this.style];
    return this.fmt.includes(probe) || (this.style === '$' && this.fmt.includes('$asctime'));
  }
  formatTime(record: LogRecord, datefmt: Value): string {
    const created = record.get('created');
    const secs = created instanceof PyFloat ? created.v : Number(created);
    // Formatter.converter is time.localtime, which is UTC on the virtual clock; a program may
    // set its own (`Formatter.converter = time.gmtime`) on the class or on one formatter.
    const converter = this.dict.get('converter') ?? this.type.attrs.get('converter');
    let tm = tmFromSeconds(secs);
    let zone = { name: 'UTC', offset: '+0000' };
    if (converter !== undefined) {
      const st = interp.call(converter, [created]);
      if (!(st instanceof StructTime)) return typeError('Tuple or struct_time argument required');
      tm = st.tm();
      zone = { name: st.zone, offset: '+0000' };
    }
    if (datefmt !== null) return strftime(str(datefmt), tm, zone, secs);
    const msecs = record.get('msecs');
    const ms = Math.trunc(msecs instanceof PyFloat ? msecs.v : Number(msecs));
    return `${strftime('%Y-%m-%d %H:%M:%S', tm, zone, secs)},${String(ms).padStart(3, '0')}`;
  }
  formatMessage(record: LogRecord): string {
    try {
      if (this.style === '%') {
        const d = new PyDict();
        for (const [k, v] of record.dict) d.map.set(k, { k, v });
        return percentFormatValue(this.fmt, d);
      }
      if (this.style === '{') return strFormat(this.fmt, [], record.dict);
      return templateSubstitute(this.fmt, record.dict);
    } catch (e) {
      if (e instanceof PyException && E.isSubclass(e.cls, E.KeyError)) {
        return valueError(`Formatting field not found in record: ${repr(e.args[0])}`);
      }
      throw e;
    }
  }
  formatException(info: Value): string {
    return formatExcInfo(info, this.sourceLines);
  }
  format(record: LogRecord): string {
    record.dict.set('message', record.getMessage());
    if (this.usesTime()) record.dict.set('asctime', this.formatTime(record, this.datefmt));
    let s = this.formatMessage(record);
    const info = record.get('exc_info');
    if (info !== null && truthy(info) && record.get('exc_text') === null) {
      record.dict.set('exc_text', formatExcInfo(info, this.sourceLines));
    }
    const text = record.get('exc_text');
    if (text !== null && text !== '') {
      if (!s.endsWith('\n')) s += '\n';
      s += str(text);
    }
    return s;
  }
}

/** Formatter.formatException: the traceback as traceback.print_exception writes it, minus the last newline. */
export function formatExcInfo(info: Value, sourceLines: readonly string[]): string {
  const exc = info instanceof PyTuple ? info.items[1] : info;
  if (!(exc instanceof PyException)) return 'NoneType: None';
  const saved = exc.traceback;
  exc.traceback = handledTraceback(exc);
  try {
    return tracebackText(exc, sourceLines).replace(/\n$/, '');
  } finally {
    exc.traceback = saved;
  }
}

const recordArg = (fn: string, args: Value[], kw: Kw): LogRecord => {
  const r = arg(fn, args, kw, 0, 'record');
  if (!(r instanceof LogRecord)) return typeError(`${fn}() needs a LogRecord, not ${typeName(r)}`);
  return r;
};

registerBinding(Formatter, {
  methods: new Map([
    ['format', ((self: Formatter, args: Value[], kw: Kw) => self.format(recordArg('format', args, kw))) as never],
    ['formatMessage', ((self: Formatter, args: Value[], kw: Kw) => self.formatMessage(recordArg('formatMessage', args, kw))) as never],
    ['usesTime', ((self: Formatter) => self.usesTime()) as never],
    [
      'formatTime',
      ((self: Formatter, args: Value[], kw: Kw) => {
        checkKw('formatTime', kw, ['record', 'datefmt']);
        return self.formatTime(recordArg('formatTime', args, kw), arg('formatTime', args, kw, 1, 'datefmt', null));
      }) as never,
    ],
    ['formatException', ((self: Formatter, args: Value[]) => formatExcInfo(args[0] ?? null, self.sourceLines)) as never],
  ]),
  props: new Map<string, (self: never) => Value>([
    ['_fmt', (self: Formatter) => self.fmt],
    ['datefmt', (self: Formatter) => self.datefmt],
    ['default_time_format', () => '%Y-%m-%d %H:%M:%S'],
    ['default_msec_format', () => '%s,%03d'],
  ] as [string, (self: never) => Value][]),
  dict: (self: Formatter) => self.dict,
});

const VALIDATE: Record<Style, RegExp> = {
  '%': /%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]/i,
  '{': /\{[^{}]*\}/,
  '$': /\$(\w+|\{\w+\})/,
};

/** Formatter(fmt=None, datefmt=None, style='%', validate=True): the checks CPython makes. */
export function newFormatter(type: NativeType, args: Value[], kw: Kw, sourceLines: readonly string[]): Formatter {
  checkKw('Formatter.__init__', kw, ['fmt', 'datefmt', 'style', 'validate', 'defaults']);
  if (args.length > 4) typeError(`Formatter.__init__() takes from 1 to 5 positional arguments but ${args.length + 1} were given`);
  const style = arg('Formatter', args, kw, 2, 'style', '%');
  if (style !== '%' && style !== '{' && style !== '$') return valueError(`Style must be one of: %,{,$`);
  const fmtArg = arg('Formatter', args, kw, 0, 'fmt', null);
  if (fmtArg !== null && typeof fmtArg !== 'string') typeError(`expected string or bytes-like object, got '${typeName(fmtArg)}'`);
  const fmt = fmtArg === null ? MESSAGE_ONLY[style] : (fmtArg as string);
  const datefmt = arg('Formatter', args, kw, 1, 'datefmt', null);
  if (truthy(arg('Formatter', args, kw, 3, 'validate', true)) && !VALIDATE[style].test(fmt)) {
    if (style === '%') valueError(`Invalid format '${fmt}' for '%' style`);
    valueError('invalid format: no fields');
  }
  return new Formatter(type, fmt, datefmt === null ? null : str(datefmt), style, sourceLines);
}
