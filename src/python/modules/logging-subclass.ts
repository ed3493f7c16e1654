/**
 * The Python classes behind `class MyHandler(logging.Handler)`, `class MyFormatter(logging.Formatter)`
 * and `class MyFilter(logging.Filter)`: their methods keep state in the instance's __dict__, as
 * CPython's do, and call each other through the instance, so a subclass's overrides (emit,
 * format, formatTime, filter) take effect.
 */
import { NotImplementedError, PyException } from '../../engine/exceptions.ts';
import { MethodBuiltin, type NativeType } from '../runtime/native.ts';
import { isNumber, num, truthy } from '../runtime/ops.ts';
import { str } from '../runtime/repr.ts';
import { handledException } from '../runtime/running-frame.ts';
import { PyClass, PyDict, PyInstance, PyList, PyTuple, type CallSite, type NativeFn, type Value } from '../runtime/values.ts';
import { typeError } from '../runtime/errors.ts';
import { Logger } from './logging-logger.ts';
import { getattr } from '../compile/objects.ts';
import { arg, type Kw } from './args.ts';
import { Formatter, LogRecord, newFormatter } from './logging-format.ts';
import { passesFilters, reportEmitError, type LoggingRun } from './logging-handlers.ts';

function shim(name: string, methods: [string, NativeFn][], base: PyClass | null = null): PyClass {
  const cls = new PyClass(name, base === null ? [] : [base], new Map(methods.map(([n, f]) => [n, new MethodBuiltin(n, f)])), null);
  cls.mro = base === null ? [cls] : [cls, ...base.mro];
  return cls;
}

const self = (args: Value[]): PyInstance => args[0] as PyInstance;
const rest = (args: Value[]): Value[] => args.slice(1);

/** Whether `v` is an instance of a program's subclass of `base`. */
export function isSubclassInstance(v: Value, base: PyClass): boolean {
  return v instanceof PyInstance && v.cls.mro.includes(base);
}

/** Handler.__init__'s state: in the instance's __dict__, as CPython keeps it. */
function initHandler(s: PyInstance, level: number): void {
  s.dict.set('_name', null);
  s.dict.set('level', level);
  s.dict.set('formatter', null);
  s.dict.set('filters', new PyList([]));
}

export function handlerBase(run: LoggingRun): PyClass {
  const filters = (s: PyInstance): Value => s.dict.get('filters') ?? null;
  return shim('Handler', [
    [
      '__init__',
      (args, kw) => {
        initHandler(self(args), run.checkLevel(arg('Handler.__init__', rest(args), kw, 0, 'level', 0)));
        return null;
      },
    ],
    [
      'setLevel',
      (args, kw) => {
        self(args).dict.set('level', run.checkLevel(arg('setLevel', rest(args), kw, 0, 'level')));
        return null;
      },
    ],
    [
      'setFormatter',
      (args, kw) => {
        self(args).dict.set('formatter', arg('setFormatter', rest(args), kw, 0, 'fmt'));
        return null;
      },
    ],
    [
      'format',
      (args) => {
        const f = self(args).dict.get('formatter') ?? null;
        const record = args[1] as LogRecord;
        if (f === null) return run.defaultFormatter().format(record);
        return f instanceof Formatter ? f.format(record) : run.call(f, 'format', [record]);
      },
    ],
    ['emit', () => {
      throw new PyException(NotImplementedError, ['emit must be implemented by Handler subclasses']);
    }],
    [
      'handle',
      (args) => {
        const s = self(args);
        const record = args[1] as LogRecord;
        if (!passesFilters(filters(s), record, run)) return false;
        // Handler.handle lets emit's errors through: only emit itself calls handleError.
        run.call(s, 'emit', [record]);
        return true;
      },
    ],
    [
      'handleError',
      (args) => {
        const e = handledException();
        if (e !== null) reportEmitError(run, args[1] as LogRecord, e);
        return null;
      },
    ],
    ['filter', (args) => passesFilters(filters(self(args)), args[1] as LogRecord, run)],
    [
      'addFilter',
      (args) => {
        const fs = filters(self(args));
        if (fs instanceof PyList && !fs.items.includes(args[1])) fs.items.push(args[1]);
        return null;
      },
    ],
    ['flush', () => null],
    ['close', () => null],
    ['acquire', () => null],
    ['release', () => null],
    ['get_name', (args) => self(args).dict.get('_name') ?? null],
    [
      '__repr__',
      (args) => {
        const s = self(args);
        const level = s.dict.get('level');
        return `<${s.cls.name} (${run.levelName(isNumber(level) ? num(level) : 0)})>`;
      },
    ],
  ]);
}

/** Formatter subclasses: each instance keeps the native Formatter its __init__ built. */
export function formatterBase(run: LoggingRun, formatterType: NativeType): PyClass {
  const natives = new WeakMap<PyInstance, Formatter>();
  const nativeOf = (s: PyInstance): Formatter => {
    let f = natives.get(s);
    if (f === undefined) natives.set(s, (f = newFormatter(formatterType, [], null, run.sourceLines)));
    return f;
  };
  return shim('Formatter', [
    [
      '__init__',
      (args, kw) => {
        const s = self(args);
        const f = newFormatter(formatterType, rest(args), kw, run.sourceLines);
        natives.set(s, f);
        s.dict.set('_fmt', f.fmt);
        s.dict.set('datefmt', f.datefmt);
        return null;
      },
    ],
    [
      // Formatter.format, calling the instance's own formatTime/formatMessage/formatException.
      'format',
      (args) => {
        const s = self(args);
        const record = args[1] as LogRecord;
        record.dict.set('message', record.getMessage());
        if (truthy(run.call(s, 'usesTime', []))) record.dict.set('asctime', run.call(s, 'formatTime', [record, s.dict.get('datefmt') ?? null]));
        let out = str(run.call(s, 'formatMessage', [record]));
        const info = record.get('exc_info');
        if (info !== null && truthy(info) && record.get('exc_text') === null) record.dict.set('exc_text', run.call(s, 'formatException', [info]));
        const text = record.get('exc_text');
        if (text !== null && text !== '') {
          if (!out.endsWith('\n')) out += '\n';
          out += str(text);
        }
        return out;
      },
    ],
    ['formatTime', (args) => nativeOf(self(args)).formatTime(args[1] as LogRecord, args[2] ?? null)],
    ['formatMessage', (args) => nativeOf(self(args)).formatMessage(args[1] as LogRecord)],
    ['formatException', (args) => nativeOf(self(args)).formatException(args[1] ?? null)],
    ['usesTime', (args) => nativeOf(self(args)).usesTime()],
  ]);
}

export function filterBase(): PyClass {
  return shim('Filter', [
    [
      '__init__',
      (args, kw) => {
        const name = str(arg('Filter.__init__', rest(args), kw, 0, 'name', ''));
        self(args).dict.set('name', name);
        self(args).dict.set('nlen', name.length);
        return null;
      },
    ],
    [
      'filter',
      (args) => {
        const name = str(self(args).dict.get('name') ?? '');
        const n = str((args[1] as LogRecord).get('name'));
        return name === '' || n === name || n.startsWith(name + '.');
      },
    ],
  ]);
}


/** StreamHandler subclasses: Handler's methods, a stream, and an emit that reports its own errors. */
export function streamHandlerBase(run: LoggingRun, handler: PyClass): PyClass {
  return shim(
    'StreamHandler',
    [
      [
        '__init__',
        (args, kw) => {
          const s = self(args);
          initHandler(s, 0);
          const stream = arg('StreamHandler.__init__', rest(args), kw, 0, 'stream', null);
          s.dict.set('stream', stream === null ? run.stderr() : stream);
          return null;
        },
      ],
      [
        'emit',
        (args) => {
          const s = self(args);
          const record = args[1] as LogRecord;
          try {
            const msg = str(run.call(s, 'format', [record]));
            const terminator = s.dict.get('terminator') ?? s.cls.dict.get('terminator') ?? '\n';
            run.call(s.dict.get('stream') ?? null, 'write', [msg + str(terminator)]);
            run.call(s, 'flush', []);
          } catch (e) {
            if (!(e instanceof PyException)) throw e;
            reportEmitError(run, record, e);
          }
          return null;
        },
      ],
      [
        'flush',
        (args) => {
          const stream = self(args).dict.get('stream') ?? null;
          if (stream !== null) run.call(stream, 'flush', []);
          return null;
        },
      ],
      [
        '__repr__',
        (args) => {
          const s = self(args);
          let name = '';
          try {
            name = str(getattr(s.dict.get('stream') ?? null, 'name'));
          } catch {
            name = '';
          }
          const level = s.dict.get('level');
          return `<${s.cls.name} ${name === '' ? '' : name + ' '}(${run.levelName(isNumber(level) ? num(level) : 0)})>`;
        },
      ],
    ],
    handler,
  );
}

/**
 * LoggerAdapter subclasses (the cookbook's `process()` override): each call goes through the
 * instance's process(msg, kwargs) and then to the wrapped logger, from the program's call site.
 */
export function adapterBase(run: LoggingRun): PyClass {
  const toDict = (kw: Kw): PyDict => {
    const d = new PyDict();
    for (const [k, v] of kw ?? []) d.map.set(k, { k, v });
    return d;
  };
  const log = (s: PyInstance, level: number, args: Value[], kw: Kw, site: CallSite, excInfo: boolean): void => {
    if (!truthy(run.call(s, 'isEnabledFor', [level]))) return;
    const kwargs = toDict(kw);
    if (excInfo && !kwargs.map.has('exc_info')) kwargs.map.set('exc_info', { k: 'exc_info', v: true });
    const r = run.call(s, 'process', [args[0], kwargs]);
    if (!(r instanceof PyTuple) || r.items.length !== 2 || !(r.items[1] instanceof PyDict)) typeError('process() must return (msg, kwargs)');
    const [msg, newKw] = (r as PyTuple).items as [Value, PyDict];
    const opts = new Map<string, Value>();
    for (const { k, v } of newKw.map.values()) opts.set(str(k), v);
    const logger = s.dict.get('logger');
    if (logger instanceof Logger) logger.log(level, [msg, ...args.slice(1)], opts, site);
    else run.call(logger ?? null, 'log', [level, msg, ...args.slice(1)]);
  };
  const levelled = (name: string, level: number, excInfo = false): [string, NativeFn] => [
    name,
    (args, kw, site) => {
      log(self(args), level, rest(args), kw, site, excInfo);
      return null;
    },
  ];
  const logger = (s: PyInstance): Value => s.dict.get('logger') ?? null;
  return shim('LoggerAdapter', [
    [
      '__init__',
      (args, kw) => {
        self(args).dict.set('logger', arg('LoggerAdapter.__init__', rest(args), kw, 0, 'logger'));
        self(args).dict.set('extra', arg('LoggerAdapter.__init__', rest(args), kw, 1, 'extra', null));
        return null;
      },
    ],
    [
      'process',
      (args) => {
        const kwargs = args[2];
        if (kwargs instanceof PyDict) kwargs.map.set('extra', { k: 'extra', v: self(args).dict.get('extra') ?? null });
        return new PyTuple([args[1], kwargs]);
      },
    ],
    levelled('debug', 10),
    levelled('info', 20),
    levelled('warning', 30),
    levelled('error', 40),
    levelled('exception', 40, true),
    levelled('critical', 50),
    [
      'log',
      (args, kw, site) => {
        const level = args[1];
        if (typeof level !== 'number') typeError('level must be an integer');
        log(self(args), level as number, args.slice(2), kw, site, false);
        return null;
      },
    ],
    ['isEnabledFor', (args) => run.call(logger(self(args)), 'isEnabledFor', [args[1]])],
    ['getEffectiveLevel', (args) => run.call(logger(self(args)), 'getEffectiveLevel', [])],
    ['setLevel', (args) => run.call(logger(self(args)), 'setLevel', [args[1]])],
    ['hasHandlers', (args) => run.call(logger(self(args)), 'hasHandlers', [])],
    [
      '__repr__',
      (args) => {
        const l = logger(self(args));
        return l instanceof Logger ? `<${self(args).cls.name} ${l.name} (${run.levelName(l.effectiveLevel())})>` : `<${self(args).cls.name}>`;
      },
    ],
  ]);
}
