/**
 * logging's Handler, StreamHandler, NullHandler and Filter. A handler's state (level,
 * formatter, filters, stream) lives in its dict, as CPython keeps it in __dict__, so a program
 * can read and set it.
 */
import { NotImplementedError, PyException } from '../../engine/exceptions.ts';
import { typeError } from '../runtime/errors.ts';
import { PyNative, type NativeType } from '../runtime/native.ts';
import { isNumber, num, truthy } from '../runtime/ops.ts';
import { fakeAddress, repr as reprOf, str } from '../runtime/repr.ts';
import { PyList, type Value } from '../runtime/values.ts';
import { getattr } from '../compile/objects.ts';
import { registerBinding } from '../runtime/types/engine-type.ts';
import { lastLine } from '../traceback-text.ts';
import { arg, type Kw } from './args.ts';
import { Formatter, LogRecord } from './logging-format.ts';
import { currentRealm } from '../runtime/realm.ts';

/** What handlers and filters need of the run's logging module. */
export interface LoggingRun {
  levelName(level: number): string;
  /** A level argument: an int, or a registered level name (`"INFO"`). */
  checkLevel(v: Value): number;
  /** obj.name(*args) in the program's object model. */
  call(obj: Value, name: string, args: Value[]): Value;
  /** f(*args). */
  invoke(fn: Value, args: Value[]): Value;
  /** sys.stderr as the program sees it now. */
  stderr(): Value;
  defaultFormatter(): Formatter;
  sourceLines: readonly string[];
  /** raiseExceptions: whether handleError reports. */
  raiseExceptions(): boolean;
}

export type HandlerKind = 'Handler' | 'StreamHandler' | 'NullHandler' | '_StderrHandler';

export class Handler extends PyNative {
  readonly dict = new Map<string, Value>();
  constructor(
    readonly run: LoggingRun,
    readonly kind: HandlerKind,
    readonly type: NativeType,
    level: number,
  ) {
    super();
    this.dict.set('level', level);
    this.dict.set('formatter', null);
    this.dict.set('filters', new PyList([]));
    this.dict.set('_name', null);
  }
  get pyTypeName(): string {
    return this.kind;
  }
  get level(): number {
    const l = this.dict.get('level');
    return isNumber(l) ? num(l) : 0;
  }
  /** The _StderrHandler (logging.lastResort) writes to whatever sys.stderr is when it emits. */
  get stream(): Value {
    return this.kind === '_StderrHandler' ? this.run.stderr() : (this.dict.get('stream') ?? null);
  }
  pyRepr(): string {
    const level = this.run.levelName(this.level);
    if (this.kind === 'Handler' || this.kind === 'NullHandler') return `<${this.kind} (${level})>`;
    let name = '';
    try {
      name = str(getattr(this.stream, 'name'));
    } catch {
      name = '';
    }
    return `<${this.kind} ${name === '' ? '' : name + ' '}(${level})>`;
  }
  override pyType(): NativeType {
    return this.type;
  }
  format(record: LogRecord): string {
    const f = this.dict.get('formatter') ?? null;
    if (f === null) return this.run.defaultFormatter().format(record);
    if (f instanceof Formatter) return f.format(record);
    return str(this.run.call(f, 'format', [record]));
  }
  emit(record: LogRecord): void {
    if (this.kind === 'NullHandler') return;
    if (this.kind === 'Handler') throw new PyException(NotImplementedError, ['emit must be implemented by Handler subclasses']);
    try {
      const msg = this.format(record);
      const terminator = this.dict.get('terminator') ?? '\n';
      this.run.call(this.stream, 'write', [msg + str(terminator)]);
      this.run.call(this.stream, 'flush', []);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      this.handleError(record, e);
    }
  }
  /** Handler.handle: filters, then emit. */
  handle(record: LogRecord): boolean {
    if (!passesFilters(this.dict.get('filters'), record, this.run)) return false;
    if (this.kind !== 'NullHandler') this.emit(record);
    return true;
  }
  /** Handler.handleError: report a failed emit on stderr and carry on, as CPython does. */
  handleError(record: LogRecord, e: PyException): void {
    reportEmitError(this.run, record, e);
  }
}

/** handleError's report: the error, the program's call stack, the message and its arguments. */
export function reportEmitError(run: LoggingRun, record: LogRecord, e: PyException): void {
  if (!run.raiseExceptions()) return;
  let text = '--- Logging error ---\nTraceback (most recent call last):\n';
  text += `${lastLine(e)}\nCall stack:\n`;
  const frames: { file: string; line: number; func: string }[] = [];
  for (let f = currentRealm.runningFrame; f !== null; f = f.caller) frames.push({ file: f.code.filename, line: f.line, func: f.code.name });
  const lineno = record.get('lineno');
  if (frames.length > 0 && typeof lineno === 'number') frames[0]!.line = lineno;
  for (const f of frames.reverse()) {
    text += `  File "${f.file}", line ${f.line}, in ${f.func}\n`;
    const src = run.sourceLines[f.line - 1]?.trim();
    if (src) text += `    ${src}\n`;
  }
  text += `Message: ${reprOf(record.get('msg'))}\nArguments: ${str(record.get('args'))}\n`;
  run.call(run.stderr(), 'write', [text]);
}

/** Filterer.filter: every filter (a Filter, an object with .filter, or a callable) must pass. */
export function passesFilters(filters: Value, record: LogRecord, run: LoggingRun): boolean {
  if (!(filters instanceof PyList)) return true;
  for (const f of filters.items) {
    const ok = f instanceof Filter ? f.filter(record) : hasFilterMethod(f) ? run.call(f, 'filter', [record]) : callFilter(f, record, run);
    if (!truthy(ok)) return false;
  }
  return true;
}

function hasFilterMethod(f: Value): boolean {
  try {
    getattr(f, 'filter');
    return true;
  } catch {
    return false;
  }
}

function callFilter(f: Value, record: LogRecord, run: LoggingRun): Value {
  return run.invoke(f, [record]);
}

/** logging.Filter(name): passes records of the logger `name` and its descendants. */
export class Filter extends PyNative {
  readonly pyTypeName = 'Filter';
  readonly dict = new Map<string, Value>();
  constructor(
    readonly name: string,
    readonly type: NativeType,
  ) {
    super();
  }
  filter(record: LogRecord): boolean {
    if (this.name === '') return true;
    const n = str(record.get('name'));
    return n === this.name || n.startsWith(this.name + '.');
  }
  pyRepr(): string {
    return `<logging.Filter object at ${fakeAddress(this)}>`;
  }
  override pyType(): NativeType {
    return this.type;
  }
}

const recordOf = (args: Value[], kw: Kw): LogRecord => {
  const r = arg('handle', args, kw, 0, 'record');
  if (!(r instanceof LogRecord)) return typeError('a LogRecord is needed');
  return r;
};

/** addFilter/removeFilter/filter, shared by loggers and handlers (CPython's Filterer). */
export function filtererMethods(filtersOf: (self: never) => PyList, runOf: (self: never) => LoggingRun): [string, (self: never, args: Value[], kw: Kw) => Value][] {
  return [
    [
      'addFilter',
      (self, args) => {
        const fs = filtersOf(self);
        if (!fs.items.includes(args[0])) fs.items.push(args[0]);
        return null;
      },
    ],
    [
      'removeFilter',
      (self, args) => {
        const fs = filtersOf(self);
        const i = fs.items.indexOf(args[0]);
        if (i >= 0) fs.items.splice(i, 1);
        return null;
      },
    ],
    ['filter', (self, args, kw) => passesFilters(filtersOf(self), recordOf(args, kw), runOf(self))],
  ];
}

registerBinding(Handler, {
  methods: new Map<string, (self: never, args: Value[], kw: Kw) => Value>([
    [
      'setLevel',
      (self: Handler, args: Value[], kw: Kw) => {
        self.dict.set('level', self.run.checkLevel(arg('setLevel', args, kw, 0, 'level')));
        return null;
      },
    ],
    [
      'setFormatter',
      (self: Handler, args: Value[], kw: Kw) => {
        self.dict.set('formatter', arg('setFormatter', args, kw, 0, 'fmt'));
        return null;
      },
    ],
    ['format', (self: Handler, args: Value[], kw: Kw) => self.format(recordOf(args, kw))],
    [
      'emit',
      (self: Handler, args: Value[], kw: Kw) => {
        self.emit(recordOf(args, kw));
        return null;
      },
    ],
    ['handle', (self: Handler, args: Value[], kw: Kw) => self.handle(recordOf(args, kw))],
    ['flush', () => null],
    ['close', () => null],
    ['acquire', () => null],
    ['release', () => null],
    ['createLock', () => null],
    ['get_name', (self: Handler) => self.dict.get('_name') ?? null],
    [
      'set_name',
      (self: Handler, args: Value[]) => {
        self.dict.set('_name', args[0] ?? null);
        return null;
      },
    ],
    [
      'setStream',
      (self: Handler, args: Value[]) => {
        const old = self.stream;
        if (old === args[0]) return null;
        self.dict.set('stream', args[0] ?? null);
        return old;
      },
    ],
    ...(filtererMethods(
      (self: Handler) => self.dict.get('filters') as PyList,
      (self: Handler) => self.run,
    ) as [string, (self: never, args: Value[], kw: Kw) => Value][]),
  ] as [string, (self: never, args: Value[], kw: Kw) => Value][]) as never,
  props: new Map<string, (self: never) => Value>([
    ['name', (self: Handler) => self.dict.get('_name') ?? null],
    ['stream', (self: Handler) => self.stream],
  ] as [string, (self: never) => Value][]),
  dict: (self: Handler) => self.dict,
});

registerBinding(Filter, {
  methods: new Map([['filter', ((self: Filter, args: Value[], kw: Kw) => self.filter(recordOf(args, kw))) as never]]),
  props: new Map<string, (self: never) => Value>([['name', (self: Filter) => self.name] as [string, (self: never) => Value]]),
  dict: (self: Filter) => self.dict,
});
