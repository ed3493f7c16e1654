/**
 * logging.config.dictConfig, as Lib/logging/config.py's DictConfigurator applies a schema:
 * formatters, filters and handlers are built first (handlers in name order), then the named
 * loggers and the root are configured, and — unless `disable_existing_loggers` is false —
 * loggers made before the call that the schema does not name (nor sit below a named one)
 * are disabled. `ext://sys.stdout`-style values resolve to the object they name. fileConfig
 * and listen read files or sockets and are left out.
 */
import * as E from '../../engine/exceptions.ts';
import { typeError, Unsupported, valueError } from '../runtime/errors.ts';
import { eq, truthy } from '../runtime/ops.ts';
import { repr, str } from '../runtime/repr.ts';
import { typeName } from '../runtime/types.ts';
import { PyBuiltin, PyDict, PyModule, type Value } from '../runtime/values.ts';
import { callMethod, callValue, getattr, setattr } from '../compile/objects.ts';
import { iterate } from '../runtime/iter.ts';
import { checkKw } from './args.ts';
import type { LoggingModule } from './logging-module.ts';
import type { ModuleContext } from './registry.ts';

const site = { span: undefined };

/** dict.get for a config section, with `ext://` strings resolved (ConvertingDict). */
function entries(d: Value, what: string): [string, Value][] {
  if (d === undefined || d === null) return [];
  if (!(d instanceof PyDict)) return typeError(`${what} must be a dict, not ${typeName(d)}`);
  return [...d.map.values()].map((e) => [str(e.k), e.v]);
}

export function makeLoggingConfigModule(ctx: ModuleContext): PyModule {
  const logging = ctx.module('logging') as LoggingModule;
  const lg = (name: string): Value => logging.dict.get(name)!;

  /** _resolve: a dotted name, imported as far as it is a module, then read attribute by attribute. */
  const resolve = (dotted: string): Value => {
    const parts = dotted.split('.');
    let v: Value;
    try {
      v = ctx.module(parts[0]!);
    } catch {
      return valueError(`Cannot resolve ${repr(dotted)}: No module named ${repr(parts[0])}`);
    }
    for (const p of parts.slice(1)) v = getattr(v, p);
    return v;
  };
  const convert = (v: Value): Value => (typeof v === 'string' && v.startsWith('ext://') ? resolve(v.slice(6)) : v);
  const get = (cfg: Map<string, Value>, key: string): Value | undefined => {
    const v = cfg.get(key);
    return v === undefined ? undefined : convert(v);
  };
  const asMap = (v: Value, what: string): Map<string, Value> => new Map(entries(v, what));
  /** A wrapped failure, as DictConfigurator reports it (`ValueError: Unable to configure handler 'x'`). */
  const wrapped = <T>(message: string, f: () => T): T => {
    try {
      return f();
    } catch (e) {
      if (!(e instanceof E.PyException) || !E.isSubclass(e.cls, E.Exception)) throw e;
      const w = E.pyErr(E.ValueError, message);
      w.cause = e;
      w.context = e;
      w.suppressContext = true;
      throw w;
    }
  };
  /** configure_custom: `'()'` names the factory; the other keys are its keyword arguments. */
  const custom = (cfg: Map<string, Value>): Value => {
    let factory: Value = cfg.get('()') ?? null;
    if (typeof factory === 'string') factory = resolve(factory);
    const props = cfg.get('.');
    const kw = new Map<string, Value>();
    for (const [k, v] of cfg) if (k !== '()' && k !== '.' && /^[A-Za-z_]\w*$/.test(k)) kw.set(k, convert(v));
    const result = callValue(factory, [], kw.size > 0 ? kw : null, site);
    for (const [k, v] of entries(props ?? null, "'.'")) setattr(result, k, v);
    return result;
  };

  const dictConfig = (args: Value[], kw: Map<string, Value> | null): Value => {
    checkKw('dictConfig', kw, ['config']);
    const config = args[0] ?? kw?.get('config');
    if (!(config instanceof PyDict)) return typeError(`dictConfig() argument must be a dict, not ${typeName(config)}`);
    const top = asMap(config, 'config');
    if (!top.has('version')) valueError("dictionary doesn't specify a version");
    if (!eq(top.get('version'), 1)) valueError(`Unsupported version: ${str(top.get('version'))}`);
    if (truthy(top.get('incremental') ?? false)) throw new Unsupported('`dictConfig` with `incremental: True` is not supported by Taskline');
    const disableExisting = truthy(top.get('disable_existing_loggers') ?? true);

    const formatters = new Map<string, Value>();
    for (const [name, spec] of entries(top.get('formatters'), 'formatters')) {
      formatters.set(name, wrapped(`Unable to configure formatter ${repr(name)}`, () => {
        const cfg = asMap(spec, 'formatter');
        if (cfg.has('()')) return custom(cfg);
        const cname = get(cfg, 'class');
        const cls = cname === undefined || cname === null || cname === '' ? lg('Formatter') : resolve(str(cname));
        const fkw = new Map<string, Value>();
        if (cfg.has('validate')) fkw.set('validate', cfg.get('validate')!);
        if (cfg.has('defaults')) fkw.set('defaults', cfg.get('defaults')!);
        return callValue(cls, [get(cfg, 'format') ?? null, get(cfg, 'datefmt') ?? null, get(cfg, 'style') ?? '%'], fkw.size > 0 ? fkw : null, site);
      }));
    }
    const filters = new Map<string, Value>();
    for (const [name, spec] of entries(top.get('filters'), 'filters')) {
      filters.set(name, wrapped(`Unable to configure filter ${repr(name)}`, () => {
        const cfg = asMap(spec, 'filter');
        return cfg.has('()') ? custom(cfg) : callValue(lg('Filter'), [get(cfg, 'name') ?? ''], null, site);
      }));
    }
    const addFilters = (target: Value, names: Value | undefined): void => {
      if (names === undefined || names === null) return;
      for (const f of iterate(names)) {
        const flt = typeof f === 'string' ? filters.get(f) : f;
        if (flt === undefined) valueError(`Unable to add filter ${repr(f)}`);
        callMethod(target, 'addFilter', [flt!], null, site);
      }
    };

    const handlers = new Map<string, Value>();
    const handlerSpecs = entries(top.get('handlers'), 'handlers').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [name, spec] of handlerSpecs) {
      const h = wrapped(`Unable to configure handler ${repr(name)}`, () => {
        const cfg = asMap(spec, 'handler');
        const fmtName = cfg.get('formatter');
        const level = cfg.get('level');
        const flts = cfg.get('filters');
        for (const k of ['formatter', 'level', 'filters']) cfg.delete(k);
        let formatter: Value | undefined;
        if (fmtName !== undefined && fmtName !== null) {
          formatter = formatters.get(str(fmtName));
          if (formatter === undefined) valueError(`Unable to set formatter ${repr(fmtName)}`);
        }
        let result: Value;
        if (cfg.has('()')) result = custom(cfg);
        else {
          const cname = cfg.get('class');
          cfg.delete('class');
          if (cname === undefined) valueError("handler config needs a 'class'");
          const cls = typeof cname === 'string' ? resolve(cname) : cname!;
          if (typeof cname === 'string' && /FileHandler$/.test(cname)) throw new Unsupported(`\`${cname}\` is not supported by Taskline: programs cannot write files`);
          const props = cfg.get('.');
          cfg.delete('.');
          const hkw = new Map<string, Value>();
          for (const [k, v] of cfg) if (/^[A-Za-z_]\w*$/.test(k)) hkw.set(k, convert(v));
          result = callValue(cls, [], hkw.size > 0 ? hkw : null, site);
          for (const [k, v] of entries(props ?? null, "'.'")) setattr(result, k, v);
        }
        if (formatter !== undefined) callMethod(result, 'setFormatter', [formatter], null, site);
        if (level !== undefined && level !== null) callMethod(result, 'setLevel', [level], null, site);
        addFilters(result, flts);
        return result;
      });
      setattr(h, 'name', name);
      handlers.set(name, h);
    }

    /** common_logger_config: level, then the handlers replaced by the named ones, then filters. */
    const configureLogger = (logger: Value, spec: Value): void => {
      const cfg = asMap(spec, 'logger');
      const level = cfg.get('level');
      if (level !== undefined && level !== null) callMethod(logger, 'setLevel', [level], null, site);
      const current = getattr(logger, 'handlers');
      for (const h of [...iterate(current)]) callMethod(logger, 'removeHandler', [h], null, site);
      const names = cfg.get('handlers');
      for (const hn of names === undefined || names === null ? [] : iterate(names)) {
        const h = handlers.get(str(hn));
        if (h === undefined) valueError(`Unable to add handler ${repr(hn)}`);
        callMethod(logger, 'addHandler', [h!], null, site);
      }
      addFilters(logger, cfg.get('filters'));
    };

    // Manager.loggerDict also holds a PlaceHolder for each dotted ancestor not made yet (`app` for `app.db`).
    const real = new Map(logging.existingLoggers().map((l) => [l.name, l] as const));
    const names = new Set<string>();
    for (const n of real.keys()) {
      names.add(n);
      for (let i = n.indexOf('.'); i > 0; i = n.indexOf('.', i + 1)) names.add(n.slice(0, i));
    }
    const existing = [...names].sort();
    const children = new Set<string>();
    const getLogger = lg('getLogger');
    for (const [name, spec] of entries(top.get('loggers'), 'loggers')) {
      const at = existing.indexOf(name);
      if (at >= 0) {
        for (const other of existing.slice(at + 1)) if (other.startsWith(name + '.')) children.add(other);
        existing.splice(at, 1);
      }
      wrapped(`Unable to configure logger ${repr(name)}`, () => {
        const logger = callValue(getLogger, [name], null, site);
        configureLogger(logger, spec);
        setattr(logger, 'disabled', false);
        const propagate = asMap(spec, 'logger').get('propagate');
        if (propagate !== undefined && propagate !== null) setattr(logger, 'propagate', propagate);
      });
    }
    // _handle_existing_loggers: those below a configured logger are reset, the rest disabled.
    for (const name of existing) {
      const logger = real.get(name);
      if (logger === undefined) continue;
      if (children.has(name)) {
        callMethod(logger, 'setLevel', [0], null, site);
        for (const h of [...iterate(getattr(logger, 'handlers'))]) callMethod(logger, 'removeHandler', [h], null, site);
        setattr(logger, 'propagate', true);
      } else setattr(logger, 'disabled', disableExisting);
    }
    const rootSpec = top.get('root');
    if (rootSpec !== undefined && rootSpec !== null && truthy(rootSpec)) {
      wrapped('Unable to configure root logger', () => configureLogger(lg('root'), rootSpec));
    }
    return null;
  };

  const refuse = (name: string): PyBuiltin =>
    new PyBuiltin(name, () => {
      throw new Unsupported(`\`logging.config.${name}\` is not supported by Taskline: it reads files or sockets; use \`dictConfig\``);
    });
  const m = new PyModule(
    'logging.config',
    new Map<string, Value>([
      ['dictConfig', new PyBuiltin('dictConfig', dictConfig)],
      ['fileConfig', refuse('fileConfig')],
      ['listen', refuse('listen')],
      ['stopListening', refuse('stopListening')],
    ]),
  );
  // `import logging.config` makes it an attribute of logging, as a submodule import does.
  logging.dict.set('config', m);
  return m;
}
