/**
 * contextvars on Taskline's loop: each Task runs in a copy of the context current when it was
 * made (asyncio's Task(context=copy_context())), so a ContextVar set in one task is not seen by
 * its siblings, and code outside any task reads the run's base context. Context.run switches
 * contexts for one synchronous call. (Callbacks and worker-thread jobs read the base context.)
 */
import * as E from '../../engine/exceptions.ts';
import type { Task } from '../../engine/task.ts';
import { raise, typeError, valueError } from '../runtime/errors.ts';
import { fakeAddress, repr } from '../runtime/repr.ts';
import { PyBuiltin, PyInstance, PyList, PyModule, PyTuple, type PyClass, type Value } from '../runtime/values.ts';
import { makeIterator } from '../runtime/iter.ts';
import { callValue } from '../compile/objects.ts';
import { nativeClass, nativeMethods } from './native-class.ts';
import type { ModuleContext } from './registry.ts';

interface VarState {
  readonly name: string;
  readonly dflt: Value | undefined;
}
interface TokenState {
  readonly ctx: Map<PyInstance, Value>;
  readonly v: PyInstance;
  readonly old: Value | undefined;
  used: boolean;
}

export function makeContextvarsModule(ctx: ModuleContext): PyModule {
  const loop = ctx.loop;
  const vars = new WeakMap<PyInstance, VarState>();
  const tokens = new WeakMap<PyInstance, TokenState>();
  const contexts = new WeakMap<PyInstance, Map<PyInstance, Value>>();
  const taskContexts = new WeakMap<Task<unknown>, Map<PyInstance, Value>>();
  const base = new Map<PyInstance, Value>();
  /** Contexts entered by Context.run, innermost last. */
  const entered: Map<PyInstance, Value>[] = [];

  const current = (): Map<PyInstance, Value> => {
    if (entered.length > 0) return entered[entered.length - 1]!;
    const t = loop.current;
    return (t !== null ? taskContexts.get(t) : undefined) ?? base;
  };
  loop.onTaskCreated = (t) => {
    taskContexts.set(t, new Map(current()));
  };

  const varOf = (v: Value): VarState => vars.get(v as PyInstance) ?? typeError('a ContextVar object is required');
  const self = (a: Value[]): PyInstance => a[0] as PyInstance;
  const missing = nativeClass('contextvars', '_MISSING', [], []);
  const MISSING = new PyInstance(missing);

  const contextVar: PyClass = nativeClass(
    'contextvars',
    'ContextVar',
    [],
    nativeMethods('ContextVar', {
      __init__: (a, kw) => {
        const name = a[1] ?? kw?.get('name');
        if (typeof name !== 'string') typeError('context variable name must be a str');
        for (const k of kw?.keys() ?? []) if (k !== 'default' && k !== 'name') typeError(`ContextVar() got an unexpected keyword argument '${k}'`);
        vars.set(self(a), { name: name as string, dflt: kw?.get('default') });
        return null;
      },
      get: (a) => {
        const st = varOf(a[0]);
        const v = current().get(self(a));
        if (v !== undefined) return v;
        if (a.length > 1) return a[1]!;
        if (st.dflt !== undefined) return st.dflt;
        throw E.pyErr(E.LookupError, a[0]);
      },
      set: (a) => {
        if (a.length !== 2) typeError(`ContextVar.set() takes exactly one argument (${a.length - 1} given)`);
        varOf(a[0]);
        const c = current();
        const tok = new PyInstance(tokenCls);
        tokens.set(tok, { ctx: c, v: self(a), old: c.get(self(a)), used: false });
        c.set(self(a), a[1]!);
        return tok;
      },
      reset: (a) => {
        const tok = tokens.get(a[1] as PyInstance);
        if (tok === undefined) return typeError(`expected an instance of Token, got ${repr(a[1])}`);
        if (tok.used) raise(E.RuntimeError, `${repr(a[1])} has already been used once`);
        if (tok.v !== self(a)) valueError(`${repr(a[1])} was created by a different ContextVar`);
        const c = current();
        if (tok.ctx !== c) valueError(`${repr(a[1])} was created in a different Context`);
        tok.used = true;
        if (tok.old === undefined) c.delete(self(a));
        else c.set(self(a), tok.old);
        return null;
      },
      __repr__: (a) => {
        const st = varOf(a[0]);
        const d = st.dflt === undefined ? '' : ` default=${repr(st.dflt)}`;
        return `<ContextVar name=${repr(st.name)}${d} at ${fakeAddress(self(a))}>`;
      },
      __getattr__: (a) => {
        if (a[1] === 'name') return varOf(a[0]).name;
        return raise(E.AttributeError, `'ContextVar' object has no attribute ${repr(a[1])}`);
      },
    }),
  );
  const tokenCls: PyClass = nativeClass(
    'contextvars',
    'Token',
    [],
    nativeMethods('Token', {
      __repr__: (a) => {
        const t = tokens.get(self(a))!;
        return `<Token${t.used ? ' used' : ''} var=${repr(t.v)} at ${fakeAddress(self(a))}>`;
      },
      __getattr__: (a) => {
        const t = tokens.get(self(a))!;
        if (a[1] === 'var') return t.v;
        if (a[1] === 'old_value') return t.old ?? MISSING;
        return raise(E.AttributeError, `'Token' object has no attribute ${repr(a[1])}`);
      },
    }),
  );
  tokenCls.dict.set('MISSING', MISSING);

  const mapOf = (a: Value[]): Map<PyInstance, Value> => contexts.get(self(a)) ?? typeError('a Context object is required');
  const wrap = (m: Map<PyInstance, Value>): PyInstance => {
    const c = new PyInstance(contextCls);
    contexts.set(c, m);
    return c;
  };
  const contextCls: PyClass = nativeClass(
    'contextvars',
    'Context',
    [],
    nativeMethods('Context', {
      __init__: (a) => {
        if (!contexts.has(self(a))) contexts.set(self(a), new Map());
        return null;
      },
      run: (a, kw) => {
        const m = mapOf(a);
        if (a.length < 2) typeError('run() missing 1 required positional argument');
        if (entered.includes(m)) raise(E.RuntimeError, `cannot enter context: ${repr(a[0])} is already entered`);
        entered.push(m);
        try {
          return callValue(a[1]!, a.slice(2), kw);
        } finally {
          entered.pop();
        }
      },
      copy: (a) => wrap(new Map(mapOf(a))),
      get: (a) => mapOf(a).get(a[1] as PyInstance) ?? (a.length > 2 ? a[2]! : null),
      __getitem__: (a) => {
        varOf(a[1]);
        const v = mapOf(a).get(a[1] as PyInstance);
        if (v === undefined) throw E.pyErr(E.KeyError, a[1]);
        return v;
      },
      __contains__: (a) => mapOf(a).has(a[1] as PyInstance),
      __len__: (a) => mapOf(a).size,
      __iter__: (a) => makeIterator('list_iterator', [...mapOf(a).keys()]),
      keys: (a) => new PyList([...mapOf(a).keys()]),
      values: (a) => new PyList([...mapOf(a).values()]),
      items: (a) => new PyList([...mapOf(a).entries()].map(([k, v]) => new PyTuple([k, v]))),
    }),
  );

  return new PyModule(
    'contextvars',
    new Map<string, Value>([
      ['ContextVar', contextVar],
      ['Token', tokenCls],
      ['Context', contextCls],
      ['copy_context', new PyBuiltin('copy_context', () => wrap(new Map(current())))],
    ]),
  );
}
