/**
 * The `logging` module of one run: its root logger, logger tree, level names and switches
 * live in this factory's closure, so each run starts unconfigured, as a fresh interpreter does.
 * Output goes to sys.stderr (or the stream a handler was given) exactly as CPython 3.11 writes it.
 */
import * as E from '../../engine/exceptions.ts';
import { typeError, Unsupported, valueError } from '../runtime/errors.ts';
import { NativeType } from '../runtime/native.ts';
import { isNumber, num, truthy } from '../runtime/ops.ts';
import { repr, str } from '../runtime/repr.ts';
import { typeName } from '../runtime/types.ts';
import { PyBuiltin, PyDict, PyInstance, PyList, PyModule, PyTuple, type CallSite, type NativeFn, type Value } from '../runtime/values.ts';
import { callMethod, callValue } from '../compile/objects.ts';
import { arg, checkKw, type Kw } from './args.ts';
import { Formatter, LogRecord, newFormatter, STYLE_DEFAULTS, type Style } from './logging-format.ts';
import { LoggerAdapter } from './logging-adapter.ts';
import { adapterBase, filterBase, formatterBase, handlerBase, isSubclassInstance, streamHandlerBase } from './logging-subclass.ts';
import { Filter, Handler } from './logging-handlers.ts';
import { LEVELS, Logger, type LoggerRun } from './logging-logger.ts';
import type { ModuleContext } from './registry.ts';
import { currentRealm } from '../runtime/realm.ts';

/** The logging module, with what logging.config needs of its internals: the loggers made so far. */
export class LoggingModule extends PyModule {
  constructor(
    dict: Map<string, Value>,
    /** Manager.loggerDict's loggers (no placeholders: Taskline makes none). */
    readonly existingLoggers: () => readonly Logger[],
  ) {
    super('logging', dict);
  }
}

export function makeLoggingModule(ctx: ModuleContext): PyModule {
  const d = new Map<string, Value>();
  const levelToName = new Map<number, string>([
    [50, 'CRITICAL'],
    [40, 'ERROR'],
    [30, 'WARNING'],
    [20, 'INFO'],
    [10, 'DEBUG'],
    [0, 'NOTSET'],
  ]);
  const nameToLevel = new Map<string, number>(Object.entries(LEVELS));
  let disableLevel = 0;
  const loggers = new Map<string, Logger>();
  const noSite: CallSite = { span: undefined };

  const type = (name: string, call: NativeFn, test: (v: Value) => boolean): NativeType => {
    const t = new NativeType(name, 'logging', call, test);
    d.set(name, t);
    return t;
  };

  const levelName = (level: Value): string => {
    if (isNumber(level)) {
      const n = levelToName.get(num(level));
      if (n !== undefined) return n;
    }
    return `Level ${str(level)}`;
  };
  const checkLevel = (v: Value): number => {
    if (typeof v === 'number' || typeof v === 'boolean') return num(v);
    if (typeof v === 'string') {
      const l = nameToLevel.get(v);
      if (l === undefined) valueError(`Unknown level: ${repr(v)}`);
      return l!;
    }
    return typeError(`Level not an integer or a valid string: ${repr(v)}`);
  };

  const recordType = type(
    'LogRecord',
    () => {
      throw new Unsupported('building a `logging.LogRecord` by hand is not supported by Taskline: records come from logger calls');
    },
    (v) => v instanceof LogRecord,
  );

  const run: LoggerRun = {
    levelName: (l) => levelName(l),
    checkLevel,
    call: (obj, name, args) => callMethod(obj, name, args, null, noSite),
    invoke: (fn, args) => callValue(fn, args, null),
    stderr: () => ctx.module('sys').dict.get('stderr') ?? null,
    defaultFormatter: () => defaultFormatter,
    sourceLines: ctx.sourceLines,
    raiseExceptions: () => truthy(d.get('raiseExceptions')),
    now: () => ctx.loop.time(),
    filename: ctx.filename,
    recordType,
    disabled: () => disableLevel,
    lastResort: () => d.get('lastResort') ?? null,
    getLogger: (name) => getLogger(name),
    warnDeprecated: (message, line) => currentRealm.warnings.warnAt(E.DeprecationWarning, message, ctx.filename, line, ctx.sourceLines),
  };

  // ---- types ----------------------------------------------------------------------------
  const formatterType: NativeType = type('Formatter', (args, kw) => newFormatter(formatterType, args, kw, ctx.sourceLines), (v) => v instanceof Formatter || isSubclassInstance(v, formatterType.subclassBase!));
  const defaultFormatter = newFormatter(formatterType, [], null, ctx.sourceLines);

  const handlerType: NativeType = type(
    'Handler',
    (args, kw) => {
      checkKw('Handler.__init__', kw, ['level']);
      return new Handler(run, 'Handler', handlerType, checkLevel(arg('Handler.__init__', args, kw, 0, 'level', 0)));
    },
    (v) => v instanceof Handler || isSubclassInstance(v, handlerType.subclassBase!),
  );
  const streamHandlerType: NativeType = type('StreamHandler', (args, kw) => newStreamHandler(args, kw), (v) => (v instanceof Handler && v.kind !== 'Handler' && v.kind !== 'NullHandler') || isSubclassInstance(v, streamHandlerType.subclassBase!));
  const newStreamHandler = (args: Value[], kw: Kw): Handler => {
    checkKw('StreamHandler.__init__', kw, ['stream']);
    const h = new Handler(run, 'StreamHandler', streamHandlerType, 0);
    const stream = arg('StreamHandler.__init__', args, kw, 0, 'stream', null);
    h.dict.set('stream', stream === null ? run.stderr() : stream);
    h.dict.set('terminator', '\n');
    return h;
  };
  const nullHandlerType: NativeType = type('NullHandler', () => new Handler(run, 'NullHandler', nullHandlerType, 0), (v) => v instanceof Handler && v.kind === 'NullHandler');
  const filterType: NativeType = type(
    'Filter',
    (args, kw) => {
      checkKw('Filter.__init__', kw, ['name']);
      return new Filter(str(arg('Filter.__init__', args, kw, 0, 'name', '')), filterType);
    },
    (v) => v instanceof Filter || isSubclassInstance(v, filterType.subclassBase!),
  );
  const loggerType: NativeType = type(
    'Logger',
    (args, kw) => {
      checkKw('Logger.__init__', kw, ['name', 'level']);
      return new Logger(run, loggerType, str(arg('Logger.__init__', args, kw, 0, 'name')), checkLevel(arg('Logger.__init__', args, kw, 1, 'level', 0)));
    },
    (v) => v instanceof Logger,
  );
  const adapterType: NativeType = type(
    'LoggerAdapter',
    (args, kw) => {
      checkKw('LoggerAdapter.__init__', kw, ['logger', 'extra']);
      const logger = arg('LoggerAdapter.__init__', args, kw, 0, 'logger');
      if (!(logger instanceof Logger)) return typeError(`LoggerAdapter needs a Logger, not ${typeName(logger)}`);
      return new LoggerAdapter(adapterType, logger, arg('LoggerAdapter.__init__', args, kw, 1, 'extra', null));
    },
    (v) => v instanceof LoggerAdapter || isSubclassInstance(v, adapterType.subclassBase!),
  );
  const rootType = new NativeType('RootLogger', 'logging', () => typeError('RootLogger() is made once, by logging'), (v) => v instanceof Logger && v.isRoot);
  d.set('RootLogger', rootType);

  // `class MyHandler(logging.Handler)` and friends inherit from Python-level classes.
  handlerType.subclassBase = handlerBase(run);
  streamHandlerType.subclassBase = streamHandlerBase(run, handlerType.subclassBase);
  formatterType.subclassBase = formatterBase(run, formatterType);
  adapterType.subclassBase = adapterBase(run);
  filterType.subclassBase = filterBase();

  const root = new Logger(run, rootType, 'root', 30, true);
  const lastResort = new Handler(run, '_StderrHandler', streamHandlerType, 30);

  // ---- the logger tree -------------------------------------------------------------------
  /** Manager.getLogger: made once per name, hung under its nearest existing ancestor. */
  const getLogger = (name: string): Logger => {
    const known = loggers.get(name);
    if (known !== undefined) return known;
    const logger = new Logger(run, loggerType, name, 0);
    loggers.set(name, logger);
    let parent: Logger = root;
    for (let i = name.lastIndexOf('.'); i > 0; i = name.lastIndexOf('.', i - 1)) {
      const p = loggers.get(name.slice(0, i));
      if (p !== undefined) {
        parent = p;
        break;
      }
    }
    logger.dict.set('parent', parent);
    // Loggers made earlier below this name now hang under it (CPython's placeholder fixup).
    for (const other of loggers.values()) {
      if (other === logger || !other.name.startsWith(name + '.')) continue;
      const p = other.parent;
      if (p === null || !p.name.startsWith(name + '.')) other.dict.set('parent', logger);
    }
    return logger;
  };

  // ---- basicConfig -------------------------------------------------------------------------
  const basicConfig = (args: Value[], kw: Kw): Value => {
    if (args.length > 0) typeError(`basicConfig() takes 0 positional arguments but ${args.length} were given`);
    const opts = new Map(kw ?? []);
    const take = (k: string): Value | undefined => {
      const v = opts.get(k);
      opts.delete(k);
      return v;
    };
    const force = take('force');
    if (force !== undefined && truthy(force)) root.handlers.items.length = 0;
    if (root.handlers.items.length > 0) return null;
    let handlers = take('handlers') ?? null;
    if (handlers === null) {
      if (opts.has('stream') && opts.has('filename')) valueError("'stream' and 'filename' should not be specified together");
      if (opts.has('filename')) throw new Unsupported('`logging.basicConfig(filename=...)` is not supported by Taskline: programs cannot write files', currentRealm.runningFrame?.line ?? null);
      handlers = new PyList([newStreamHandler([take('stream') ?? null], null)]);
    } else if (opts.has('stream') || opts.has('filename')) {
      valueError("'stream' or 'filename' should not be specified together with 'handlers'");
    }
    take('filemode');
    take('encoding');
    take('errors');
    const datefmt = take('datefmt') ?? null;
    const style = take('style') ?? '%';
    if (style !== '%' && style !== '{' && style !== '$') valueError('Style must be one of: %,{,$');
    const fs = take('format') ?? STYLE_DEFAULTS[style as Style];
    const fmt = newFormatter(formatterType, [fs, datefmt, style], null, ctx.sourceLines);
    for (const h of handlers instanceof PyList || handlers instanceof PyTuple ? handlers.items : []) {
      // A handler without a formatter gets basicConfig's (a program's Handler subclass too).
      if ((h instanceof Handler || h instanceof PyInstance) && (h.dict.get('formatter') ?? null) === null) h.dict.set('formatter', fmt);
      if (!root.handlers.items.includes(h)) root.handlers.items.push(h);
    }
    const level = take('level');
    if (level !== undefined && level !== null) root.dict.set('level', checkLevel(level));
    if (opts.size > 0) valueError(`Unrecognised argument(s): ${[...opts.keys()].join(', ')}`);
    return null;
  };

  // ---- module-level functions ------------------------------------------------------------
  const fn = (name: string, f: NativeFn): void => {
    d.set(name, new PyBuiltin(name, f));
  };
  /** logging.info() and friends configure the root logger first, if nothing has. */
  const viaRoot = (level: number | 'log', excInfo: Value = false): NativeFn => (args, kw, site) => {
    if (root.handlers.items.length === 0) basicConfig([], null);
    if (level === 'log') {
      if (typeof args[0] !== 'number') typeError('level must be an integer');
      root.log(args[0] as number, args.slice(1), kw, site);
    } else root.log(level, args, kw, site, excInfo);
    return null;
  };
  fn('debug', viaRoot(10));
  fn('info', viaRoot(20));
  fn('warning', viaRoot(30));
  fn('error', viaRoot(40));
  fn('critical', viaRoot(50));
  fn('fatal', viaRoot(50));
  fn('exception', viaRoot(40, true));
  fn('log', viaRoot('log'));
  const warning = viaRoot(30);
  fn('warn', (args, kw, site) => {
    run.warnDeprecated("The 'warn' function is deprecated, use 'warning' instead", site.span?.line ?? currentRealm.runningFrame?.line ?? 0);
    return warning(args, kw, site);
  });
  fn('basicConfig', basicConfig);
  fn('getLogger', (args, kw) => {
    checkKw('getLogger', kw, ['name']);
    const name = arg('getLogger', args, kw, 0, 'name', null);
    if (name === null || name === '' || name === 'root') return root;
    if (typeof name !== 'string') typeError('A logger name must be a string');
    return getLogger(name as string);
  });
  // A level's name, or a registered name's level, as CPython's getLevelName answers both ways.
  fn('getLevelName', (args, kw) => {
    const level = arg('getLevelName', args, kw, 0, 'level');
    if (typeof level === 'string' && nameToLevel.has(level)) {
      return nameToLevel.get(level)!;
    }
    return levelName(level);
  });
  fn('getLevelNamesMapping', () => {
    const m = new PyDict();
    for (const [k, v] of nameToLevel) m.map.set(k, { k, v });
    return m;
  });
  fn('addLevelName', (args, kw) => {
    const level = arg('addLevelName', args, kw, 0, 'level');
    const name = arg('addLevelName', args, kw, 1, 'levelName');
    if (!isNumber(level)) typeError(`addLevelName() level must be an int, not ${typeName(level)}`);
    levelToName.set(num(level as number), str(name));
    nameToLevel.set(str(name), num(level as number));
    return null;
  });
  fn('disable', (args, kw) => {
    disableLevel = checkLevel(arg('disable', args, kw, 0, 'level', 50));
    return null;
  });
  fn('shutdown', () => null);
  fn('getLoggerClass', () => loggerType);
  fn('makeLogRecord', () => {
    throw new Unsupported('`logging.makeLogRecord` is not supported by Taskline');
  });

  for (const [k, v] of Object.entries(LEVELS)) d.set(k, v);
  d.set('BASIC_FORMAT', STYLE_DEFAULTS['%']);
  d.set('root', root);
  d.set('lastResort', lastResort);
  d.set('raiseExceptions', true);
  d.set('logThreads', true);
  d.set('logProcesses', true);
  d.set('logMultiprocessing', true);
  return new LoggingModule(d, () => [...loggers.values()]);
}
