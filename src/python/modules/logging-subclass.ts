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
import { PyClass, PyInstance, PyList, type NativeFn, type Value } from '../runtime/values.ts';
import { arg } from './args.ts';
import { Formatter, LogRecord, newFormatter } from './logging-format.ts';
import { passesFilters, reportEmitError, type LoggingRun } from './logging-handlers.ts';

function shim(name: string, methods: [string, NativeFn][]): PyClass {
  const cls = new PyClass(name, [], new Map(methods.map(([n, f]) => [n, new MethodBuiltin(n, f)])), null);
  cls.mro = [cls];
  return cls;
}

const self = (args: Value[]): PyInstance => args[0] as PyInstance;
const rest = (args: Value[]): Value[] => args.slice(1);

/** Whether `v` is an instance of a program's subclass of `base`. */
export function isSubclassInstance(v: Value, base: PyClass): boolean {
  return v instanceof PyInstance && v.cls.mro.includes(base);
}

export function handlerBase(run: LoggingRun): PyClass {
  const filters = (s: PyInstance): Value => s.dict.get('filters') ?? null;
  return shim('Handler', [
    [
      '__init__',
      (args, kw) => {
        const s = self(args);
        s.dict.set('_name', null);
        s.dict.set('level', run.checkLevel(arg('Handler.__init__', rest(args), kw, 0, 'level', 0)));
        s.dict.set('formatter', null);
        s.dict.set('filters', new PyList([]));
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

