/**
 * `warnings`: warn (with stacklevel), simplefilter/filterwarnings/resetwarnings, catch_warnings
 * (restoring the filters, optionally recording) and formatwarning, over the run's one
 * WarningFilters (runtime/warning-filters.ts).
 */
import * as E from '../../engine/exceptions.ts';
import { callValue } from '../compile/objects.ts';
import { typeError } from '../runtime/errors.ts';
import { currentRealm } from '../runtime/realm.ts';
import type { RunningFrame } from '../runtime/running-frame.ts';
import { repr, str } from '../runtime/repr.ts';
import { truthy } from '../runtime/ops.ts';
import { isExcClass, typeName } from '../runtime/types.ts';
import { PyBuiltin, PyInstance, PyList, PyModule, type CallSite, type Value } from '../runtime/values.ts';
import { filter, formatWarning, programSite, SYS_SITE, WARNING_ACTIONS, type ShownWarning, type WarningAction, type WarningFilter, type WarningSite } from '../runtime/warning-filters.ts';
import { arg, checkKw, type Kw } from './args.ts';
import { nativeClass, nativeMethods } from './native-class.ts';
import { CPYTHON_ASYNCIO_DIR } from '../runtime/library-callbacks.ts';
import type { ModuleContext } from './registry.ts';
import type { EventLoop } from '../../engine/loop.ts';

/**
 * The frame `stacklevel` names. Above the coroutine a task steps, CPython finds the event loop's
 * Handle._run (the loop's own frames follow, which a program never names); above the module,
 * nothing (`sys:1`).
 */
function siteAt(loop: EventLoop, stacklevel: number, callLine: number | undefined, sourceLines: readonly string[]): WarningSite {
  const task = loop.current;
  const stepped = task !== null ? (task.getCoro() as { frame?: unknown }).frame : undefined;
  let f: RunningFrame | null = currentRealm.runningFrame;
  let line = callLine ?? f?.line ?? 1;
  for (let level = 1; level < stacklevel; level++) {
    if (f === null) return SYS_SITE;
    if (f === stepped) return level + 1 === stacklevel ? HANDLE_RUN_SITE : SYS_SITE;
    f = f.caller;
    if (f !== null) line = f.line;
  }
  if (f === null) return SYS_SITE;
  return programSite(f.code.filename, line, sourceLines);
}
const HANDLE_RUN_SITE: WarningSite = {
  filename: `${CPYTHON_ASYNCIO_DIR}/events.py`,
  line: 80,
  module: 'asyncio.events',
  source: '        self._context.run(self._callback, *self._args)',
};

function warningCategory(v: Value, what: string): E.ExcClass {
  if (!isExcClass(v) || !E.isSubclass(v, E.Warning)) typeError(`${what} must be a Warning subclass, not '${typeName(v)}'`);
  return v as E.ExcClass;
}

function actionOf(v: Value): WarningAction {
  const a = typeof v === 'string' ? (v as WarningAction) : null;
  if (a === null || !WARNING_ACTIONS.includes(a)) throw new E.PyException(E.AssertionError, [`invalid action: ${repr(v)}`]);
  return a;
}

function linenoOf(v: Value): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new E.PyException(E.AssertionError, ['lineno must be an int >= 0']);
  return v;
}

export function makeWarningsModule(ctx: ModuleContext): PyModule {
  const d = new Map<string, Value>();
  const warnings = () => currentRealm.warnings;
  const fn = (name: string, f: (args: Value[], kw: Kw, site: CallSite) => Value): void => void d.set(name, new PyBuiltin(name, f));

  fn('warn', (args, kw, site) => {
    checkKw('warn', kw, ['message', 'category', 'stacklevel', 'source']);
    const message = arg('warn', args, kw, 0, 'message');
    let category = arg('warn', args, kw, 1, 'category', null);
    const stacklevel = arg('warn', args, kw, 2, 'stacklevel', 1);
    if (message instanceof E.PyException && E.isSubclass(message.cls, E.Warning)) category = message.cls;
    const cls = category === null ? E.UserWarning : warningCategory(category, 'category');
    const instance = message instanceof E.PyException && E.isSubclass(message.cls, E.Warning) ? message : (callValue(cls, [message], null) as E.PyException);
    const level = typeof stacklevel === 'number' ? stacklevel : 1;
    warnings().warn(instance, str(message), siteAt(ctx.loop, level, site.span?.line, ctx.sourceLines));
    return null;
  });

  fn('simplefilter', (args, kw) => {
    checkKw('simplefilter', kw, ['action', 'category', 'lineno', 'append']);
    const action = actionOf(arg('simplefilter', args, kw, 0, 'action'));
    const category = warningCategory(arg('simplefilter', args, kw, 1, 'category', E.Warning), 'category');
    const lineno = linenoOf(arg('simplefilter', args, kw, 2, 'lineno', 0));
    warnings().add(filter(action, null, category, null, lineno), truthy(arg('simplefilter', args, kw, 3, 'append', false)));
    return null;
  });

  fn('filterwarnings', (args, kw) => {
    checkKw('filterwarnings', kw, ['action', 'message', 'category', 'module', 'lineno', 'append']);
    const action = actionOf(arg('filterwarnings', args, kw, 0, 'action'));
    const message = arg('filterwarnings', args, kw, 1, 'message', '');
    const category = warningCategory(arg('filterwarnings', args, kw, 2, 'category', E.Warning), 'category');
    const module = arg('filterwarnings', args, kw, 3, 'module', '');
    const lineno = linenoOf(arg('filterwarnings', args, kw, 4, 'lineno', 0));
    if (typeof message !== 'string') throw new E.PyException(E.AssertionError, ['message must be a string']);
    if (typeof module !== 'string') throw new E.PyException(E.AssertionError, ['module must be a string']);
    warnings().add(filter(action, message || null, category, module || null, lineno), truthy(arg('filterwarnings', args, kw, 5, 'append', false)));
    return null;
  });

  fn('resetwarnings', (_args, kw) => {
    checkKw('resetwarnings', kw, []);
    warnings().filters = [];
    warnings().mutated();
    return null;
  });

  fn('formatwarning', (args, kw) => {
    const message = arg('formatwarning', args, kw, 0, 'message');
    const category = arg('formatwarning', args, kw, 1, 'category');
    const filename = str(arg('formatwarning', args, kw, 2, 'filename'));
    const lineno = arg('formatwarning', args, kw, 3, 'lineno');
    const line = arg('formatwarning', args, kw, 4, 'line', null);
    const site: WarningSite = { filename, line: Number(lineno), module: '__main__', source: line === null ? (ctx.sourceLines[Number(lineno) - 1] ?? null) : str(line) };
    return formatWarning(warningCategory(category, 'category').name, str(message), site);
  });

  const self = (args: Value[]): PyInstance => args[0] as PyInstance;

  // What catch_warnings(record=True) collects: one object per warning shown.
  const warningMessage = nativeClass(
    'warnings',
    'WarningMessage',
    [],
    nativeMethods('warnings.WarningMessage', {
      __repr__: (args) => {
        const m = self(args).dict;
        return `{message : ${repr(m.get('message'))}, category : ${repr((m.get('category') as E.ExcClass).name)}, filename : ${repr(m.get('filename'))}, lineno : ${str(m.get('lineno'))}, line : ${repr(m.get('line'))}}`;
      },
    }),
  );
  const recordOf = (w: ShownWarning): PyInstance => {
    const r = new PyInstance(warningMessage);
    r.dict.set('message', w.message);
    r.dict.set('category', w.message.cls);
    r.dict.set('filename', w.site.filename);
    r.dict.set('lineno', w.site.line);
    r.dict.set('file', null);
    r.dict.set('line', null);
    r.dict.set('source', null);
    r.dict.set('_category_name', w.message.cls.name);
    return r;
  };

  interface Saved {
    readonly filters: WarningFilter[];
    readonly show: (typeof currentRealm.warnings)['show'];
  }
  const saved = new WeakMap<PyInstance, Saved>();
  const catchWarnings = nativeClass(
    'warnings',
    'catch_warnings',
    [],
    nativeMethods('warnings.catch_warnings', {
      __init__: (args, kw) => {
        if (args.length > 1) typeError('catch_warnings.__init__() takes 1 positional argument but ' + args.length + ' were given');
        checkKw('catch_warnings', kw, ['record', 'module', 'action', 'category', 'lineno', 'append']);
        const s = self(args);
        for (const [k, dflt] of [['record', false], ['action', null], ['category', E.Warning], ['lineno', 0], ['append', false]] as const) {
          s.dict.set(`_${k}`, kw?.get(k) ?? dflt);
        }
        s.dict.set('_entered', false);
        return null;
      },
      __repr__: (args) => {
        const s = self(args);
        return `catch_warnings(${truthy(s.dict.get('_record')) ? 'record=True' : ''})`;
      },
      __enter__: (args) => {
        const s = self(args);
        if (truthy(s.dict.get('_entered'))) throw new E.PyException(E.RuntimeError, [`Cannot enter ${repr(s)} twice`]);
        s.dict.set('_entered', true);
        const w = warnings();
        saved.set(s, { filters: w.filters, show: w.show });
        w.filters = [...w.filters];
        w.mutated();
        const action = s.dict.get('_action');
        if (action !== null && action !== undefined) {
          const category = warningCategory(s.dict.get('_category'), 'category');
          w.add(filter(actionOf(action), null, category, null, linenoOf(s.dict.get('_lineno'))), truthy(s.dict.get('_append')));
        }
        if (!truthy(s.dict.get('_record'))) return null;
        const log = new PyList([]);
        w.show = (shown) => void log.items.push(recordOf(shown));
        return log;
      },
      __exit__: (args) => {
        const s = self(args);
        const before = saved.get(s);
        if (before === undefined) throw new E.PyException(E.RuntimeError, [`Cannot exit ${repr(s)} without entering first`]);
        const w = warnings();
        w.filters = before.filters;
        w.show = before.show;
        w.mutated();
        return null;
      },
    }),
  );
  d.set('catch_warnings', catchWarnings);
  d.set('WarningMessage', warningMessage);
  return new PyModule('warnings', d);
}
