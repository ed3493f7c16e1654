/**
 * logging.Logger: levels, the dotted-name hierarchy, propagation to the parents' handlers,
 * and the last-resort handler when no logger on the way has any (CPython 3.11's callHandlers).
 */
import * as E from '../../engine/exceptions.ts';
import { PyException } from '../../engine/exceptions.ts';
import { raise, typeError } from '../runtime/errors.ts';
import { PyNative, type NativeType } from '../runtime/native.ts';
import { isNumber, num, truthy } from '../runtime/ops.ts';
import { handledException } from '../runtime/running-frame.ts';
import { repr, str } from '../runtime/repr.ts';
import { PyDict, PyList, PyTuple, type CallSite, type Value } from '../runtime/values.ts';
import { getattr } from '../compile/objects.ts';
import { registerBinding } from '../runtime/types/engine-type.ts';
import { arg, type Kw } from './args.ts';
import { makeRecord, type LogRecord } from './logging-format.ts';
import { filtererMethods, Handler, passesFilters, type LoggingRun } from './logging-handlers.ts';
import { currentRealm } from '../runtime/realm.ts';

/** What loggers need of their run beyond handlers' needs: the clock, the tree, the module's switches. */
export interface LoggerRun extends LoggingRun {
  now(): number;
  filename: string;
  recordType: NativeType;
  /** logging.disable()'s level. */
  disabled(): number;
  /** logging.lastResort, or null when the program set it to None. */
  lastResort(): Value;
  getLogger(name: string): Logger;
  /** A DeprecationWarning at `line`, through the run's warnings filters. */
  warnDeprecated(message: string, line: number): void;
}

export const LEVELS = { CRITICAL: 50, FATAL: 50, ERROR: 40, WARNING: 30, WARN: 30, INFO: 20, DEBUG: 10, NOTSET: 0 } as const;

export class Logger extends PyNative {
  readonly dict = new Map<string, Value>();
  constructor(
    readonly run: LoggerRun,
    readonly type: NativeType,
    name: string,
    level: number,
    readonly isRoot = false,
  ) {
    super();
    this.dict.set('name', name);
    this.dict.set('level', level);
    this.dict.set('parent', null);
    this.dict.set('propagate', true);
    this.dict.set('handlers', new PyList([]));
    this.dict.set('disabled', false);
    this.dict.set('filters', new PyList([]));
  }
  get pyTypeName(): string {
    return this.isRoot ? 'RootLogger' : 'Logger';
  }
  get name(): string {
    return str(this.dict.get('name'));
  }
  get parent(): Logger | null {
    const p = this.dict.get('parent');
    return p instanceof Logger ? p : null;
  }
  get handlers(): PyList {
    const h = this.dict.get('handlers');
    return h instanceof PyList ? h : new PyList([]);
  }
  get level(): number {
    const l = this.dict.get('level');
    return isNumber(l) ? num(l) : 0;
  }
  override pyType(): NativeType {
    return this.type;
  }
  pyRepr(): string {
    return `<${this.pyTypeName} ${this.name} (${this.run.levelName(this.effectiveLevel())})>`;
  }
  effectiveLevel(): number {
    for (let l: Logger | null = this; l !== null; l = l.parent) if (l.level !== 0) return l.level;
    return 0;
  }
  isEnabledFor(level: number): boolean {
    if (truthy(this.dict.get('disabled'))) return false;
    if (this.run.disabled() >= level) return false;
    return level >= this.effectiveLevel();
  }
  /** Logger._log: make the record where the program called, then handle it. */
  log(level: number, args: Value[], kw: Kw, site: CallSite, defaultExcInfo: Value = false): void {
    if (args.length === 0) typeError("Logger._log() missing 1 required positional argument: 'msg'");
    const opts = new Map(kw ?? []);
    for (const k of opts.keys()) {
      if (!['exc_info', 'stack_info', 'stacklevel', 'extra'].includes(k)) typeError(`Logger._log() got an unexpected keyword argument '${k}'`);
    }
    if (!this.isEnabledFor(level)) return;
    const { lineno, funcName } = callerOf(site, opts.get('stacklevel'));
    let excInfo = opts.get('exc_info') ?? defaultExcInfo;
    if (excInfo instanceof PyException) excInfo = new PyTuple([excInfo.cls, excInfo, null]);
    else if (truthy(excInfo) && !(excInfo instanceof PyTuple)) {
      const e = handledException();
      excInfo = new PyTuple(e === null ? [null, null, null] : [e.cls, e, null]);
    } else if (!truthy(excInfo)) excInfo = null;
    const record = makeRecord(this.run.recordType, {
      name: this.name,
      level,
      levelName: this.run.levelName(level),
      pathname: this.run.filename,
      lineno,
      funcName,
      msg: args[0],
      args: new PyTuple(args.slice(1)),
      excInfo,
      created: this.run.now(),
    });
    const extra = opts.get('extra') ?? null;
    if (extra instanceof PyDict) {
      for (const { k, v } of extra.map.values()) {
        const key = str(k);
        if (key === 'message' || key === 'asctime' || record.dict.has(key)) raise(E.KeyError, `Attempt to overwrite ${repr(key)} in LogRecord`);
        record.dict.set(key, v);
      }
    }
    this.handle(record);
  }
  handle(record: LogRecord): void {
    if (truthy(this.dict.get('disabled')) || !passesFilters(this.dict.get('filters'), record, this.run)) return;
    this.callHandlers(record);
  }
  /** Each handler up the tree until a logger that does not propagate; the last resort if none. */
  callHandlers(record: LogRecord): void {
    const levelno = num(record.get('levelno') as number);
    let found = 0;
    for (let c: Logger | null = this; c !== null; c = truthy(c.dict.get('propagate')) ? c.parent : null) {
      for (const h of [...c.handlers.items]) {
        found++;
        if (levelno >= handlerLevel(h)) handle(h, record, this.run);
      }
    }
    if (found === 0) {
      const last = this.run.lastResort();
      if (last !== null && levelno >= handlerLevel(last)) handle(last, record, this.run);
    }
  }
}

function handlerLevel(h: Value): number {
  if (h instanceof Handler) return h.level;
  const l = getattr(h, 'level');
  return isNumber(l) ? num(l) : 0;
}

function handle(h: Value, record: LogRecord, run: LoggingRun): void {
  if (h instanceof Handler) h.handle(record);
  else run.call(h, 'handle', [record]);
}

/** findCaller: the line and function of the call (or of a caller, with stacklevel=). */
function callerOf(site: CallSite, stacklevel: Value | undefined): { lineno: number; funcName: string } {
  let f = currentRealm.runningFrame;
  let levels = isNumber(stacklevel) ? num(stacklevel) : 1;
  if (f === null) return { lineno: site.span?.line ?? 0, funcName: site.codeName ?? '<module>' };
  if (levels <= 1) return { lineno: site.span?.line ?? f.line, funcName: site.codeName ?? f.code.name };
  while (levels > 1 && f.caller !== null) {
    f = f.caller;
    levels--;
  }
  return { lineno: f.line, funcName: f.code.name };
}

const METHOD_LEVELS: [string, number][] = [
  ['debug', 10],
  ['info', 20],
  ['warning', 30],
  ['error', 40],
  ['critical', 50],
  ['fatal', 50],
];

type M = (self: never, args: Value[], kw: Kw, site?: CallSite) => Value;

const SITE_NONE: CallSite = { span: undefined };

function logMethods(): [string, M][] {
  const out: [string, M][] = METHOD_LEVELS.map(([name, level]) => [
    name,
    ((self: Logger, args: Value[], kw: Kw, site?: CallSite) => {
      self.log(level, args, kw, site ?? SITE_NONE);
      return null;
    }) as M,
  ]);
  out.push([
    'warn',
    ((self: Logger, args: Value[], kw: Kw, site?: CallSite) => {
      self.run.warnDeprecated("The 'warn' method is deprecated, use 'warning' instead", site?.span?.line ?? currentRealm.runningFrame?.line ?? 0);
      self.log(30, args, kw, site ?? SITE_NONE);
      return null;
    }) as M,
  ]);
  out.push([
    'exception',
    ((self: Logger, args: Value[], kw: Kw, site?: CallSite) => {
      self.log(40, args, kw, site ?? SITE_NONE, true);
      return null;
    }) as M,
  ]);
  out.push([
    'log',
    ((self: Logger, args: Value[], kw: Kw, site?: CallSite) => {
      const level = args[0];
      if (typeof level !== 'number') typeError('level must be an integer');
      self.log(level as number, args.slice(1), kw, site ?? SITE_NONE);
      return null;
    }) as M,
  ]);
  return out;
}

registerBinding(Logger, {
  methods: new Map<string, M>([
    ...logMethods(),
    [
      'setLevel',
      ((self: Logger, args: Value[], kw: Kw) => {
        self.dict.set('level', self.run.checkLevel(arg('setLevel', args, kw, 0, 'level')));
        return null;
      }) as M,
    ],
    ['getEffectiveLevel', ((self: Logger) => self.effectiveLevel()) as M],
    [
      'isEnabledFor',
      ((self: Logger, args: Value[], kw: Kw) => {
        const level = arg('isEnabledFor', args, kw, 0, 'level');
        return self.isEnabledFor(isNumber(level) ? num(level) : self.run.checkLevel(level));
      }) as M,
    ],
    [
      'addHandler',
      ((self: Logger, args: Value[], kw: Kw) => {
        const h = arg('addHandler', args, kw, 0, 'hdlr');
        if (!self.handlers.items.includes(h)) self.handlers.items.push(h);
        return null;
      }) as M,
    ],
    [
      'removeHandler',
      ((self: Logger, args: Value[], kw: Kw) => {
        const h = arg('removeHandler', args, kw, 0, 'hdlr');
        const i = self.handlers.items.indexOf(h);
        if (i >= 0) self.handlers.items.splice(i, 1);
        return null;
      }) as M,
    ],
    [
      'hasHandlers',
      ((self: Logger) => {
        for (let c: Logger | null = self; c !== null; c = truthy(c.dict.get('propagate')) ? c.parent : null) {
          if (c.handlers.items.length > 0) return true;
        }
        return false;
      }) as M,
    ],
    [
      'getChild',
      ((self: Logger, args: Value[], kw: Kw) => {
        const suffix = str(arg('getChild', args, kw, 0, 'suffix'));
        return self.run.getLogger(self.isRoot ? suffix : `${self.name}.${suffix}`);
      }) as M,
    ],
    ['handle', ((self: Logger, args: Value[]) => (self.handle(args[0] as LogRecord), null)) as M],
    ...(filtererMethods(
      (self: Logger) => self.dict.get('filters') as PyList,
      (self: Logger) => self.run,
    ) as [string, M][]),
  ]) as never,
  dict: (self: Logger) => self.dict,
});

