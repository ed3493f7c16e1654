/**
 * `contextvars`: ContextVar, Token and Context over the engine's RunContext, so each Task sees
 * the values set in it (and those its creator had set), as tasks.py arranges with
 * copy_context(). Tutorials use it for request ids in log lines.
 */
import { RunContext } from '../../engine/context.ts';
import type { EventLoop } from '../../engine/loop.ts';
import { LookupError, RuntimeError, ValueError } from '../../engine/exceptions.ts';
import { callValue } from '../compile/objects.ts';
import { raise, typeError } from '../runtime/errors.ts';
import { fakeAddress, repr } from '../runtime/repr.ts';
import { PyNative } from '../runtime/native.ts';
import { currentRealm, type Realm } from '../runtime/realm.ts';
import { declareEngineType, type EngineMethod } from '../runtime/types/engine-type.ts';
import { PyBuiltin, PyList, PyModule, PyTuple, type Value } from '../runtime/values.ts';
import { arg, checkKw, maxPositional } from './args.ts';

/** Token.MISSING: a token's old_value when the variable had no value before set(). */
class TokenMissing {}
const MISSING = new TokenMissing();
// CPython's type is named `Token.MISSING`, which Python reads as module `Token`, name `MISSING`.
declareEngineType({ cls: TokenMissing, name: 'MISSING', module: 'Token', repr: () => '<Token.MISSING>' });

/** The loop of each run that imported contextvars: ContextVar() and Context() belong to it. */
const runLoops = new WeakMap<Realm, EventLoop>();
function runLoop(): EventLoop {
  const loop = runLoops.get(currentRealm);
  if (loop === undefined) throw new Error('internal: contextvars used by a run that has not imported it');
  return loop;
}

class PyContextVar {
  constructor(
    /** The run's loop, whose current context the variable reads and writes. */
    readonly loop: EventLoop,
    readonly name: string,
    readonly dflt: Value | typeof MISSING,
  ) {}
}

class PyToken {
  used = false;
  constructor(
    readonly ctx: RunContext,
    readonly cvar: PyContextVar,
    readonly old: Value,
  ) {}
}

/** A Context object the program holds (copy_context()); entered while its run() runs. */
class PyContext extends PyNative {
  readonly pyTypeName = 'Context';
  entered = false;
  constructor(
    readonly loop: EventLoop,
    readonly rc: RunContext,
  ) {
    super();
  }
  override pyRepr(): string {
    return `<_contextvars.Context object at ${fakeAddress(this)}>`;
  }
  override pyLen(): number {
    return this.rc.vars.size;
  }
  override pyContains(v: Value): boolean {
    return this.rc.vars.has(varKey(v));
  }
  override pyGetItem(k: Value): Value {
    const vars = this.rc.vars;
    return vars.has(varKey(k)) ? vars.get(k as PyContextVar) : raise(LookupError, repr(k));
  }
  override pyIter(): Iterable<Value> {
    return [...this.rc.vars.keys()];
  }
}

/** create_task(context=ctx), call_soon(context=ctx): the engine context a Context object holds. */
export function runContextOf(v: Value, fn: string): RunContext | undefined {
  if (v === null || v === undefined) return undefined;
  if (!(v instanceof PyContext)) return typeError(`${fn}(): context must be a Context, not ${repr(v)}`);
  return v.rc;
}

function varKey(v: Value): PyContextVar {
  if (!(v instanceof PyContextVar)) return typeError(`a ContextVar key was expected, got ${repr(v)}`);
  return v;
}

const lookup = (v: PyContextVar, dflt: Value | typeof MISSING): Value => {
  const vars = v.loop.context.vars;
  if (vars.has(v)) return vars.get(v);
  if (dflt !== MISSING) return dflt;
  if (v.dflt !== MISSING) return v.dflt;
  return raise(LookupError, repr(v));
};
const varMethods: [string, EngineMethod<PyContextVar>][] = [
  ['get', (self: PyContextVar, a: Value[], kw) => {
    checkKw('get', kw, []);
    maxPositional('get', a.length, 0, 1);
    return lookup(self, a.length > 0 ? a[0] : MISSING);
  }],
  ['set', (self: PyContextVar, a: Value[], kw) => {
    checkKw('set', kw, []);
    maxPositional('set', a.length, 1, 1);
    const ctx = self.loop.context;
    const token = new PyToken(ctx, self, ctx.vars.has(self) ? ctx.vars.get(self) : MISSING);
    ctx.set(self, a[0]);
    return token;
  }],
  ['reset', (self: PyContextVar, a: Value[], kw) => {
    checkKw('reset', kw, []);
    maxPositional('reset', a.length, 1, 1);
    const t = a[0];
    if (!(t instanceof PyToken)) return typeError(`an instance of Token was expected, got ${repr(t)}`);
    if (t.used) raise(RuntimeError, `${repr(t)} has already been used once`);
    if (t.cvar !== self) raise(ValueError, `${repr(t)} was created by a different ContextVar`);
    if (t.ctx !== self.loop.context) raise(ValueError, `${repr(t)} was created in a different Context`);
    t.used = true;
    if (t.old === MISSING) t.ctx.delete(self);
    else t.ctx.set(self, t.old);
    return null;
  }],
];
const contextVarType = declareEngineType({
  cls: PyContextVar,
  name: 'ContextVar',
  module: '_contextvars',
  construct: (a, kw) => {
    checkKw('ContextVar', kw, ['default']);
    maxPositional('ContextVar', a.length, 1, 1);
    const name = arg('ContextVar', a, kw, 0, 'name');
    if (typeof name !== 'string') typeError('context variable name must be a str');
    return new PyContextVar(runLoop(), name as string, kw?.has('default') ? kw.get('default') : MISSING);
  },
  methods: varMethods,
  props: [['name', (self) => self.name]],
  repr: (v) => `<ContextVar name=${repr(v.name)}${v.dflt === MISSING ? '' : ` default=${repr(v.dflt)}`} at ${fakeAddress(v)}>`,
});
const tokenType = declareEngineType({
  cls: PyToken,
  name: 'Token',
  module: '_contextvars',
  construct: () => raise(RuntimeError, 'Tokens can only be created by ContextVars'),
  props: [
    ['var', (self) => self.cvar],
    ['old_value', (self) => self.old],
    ['MISSING', () => MISSING],
  ],
  repr: (t) => `<Token${t.used ? ' used' : ''} var=${repr(t.cvar)} at ${fakeAddress(t)}>`,
});
tokenType.attrs.set('MISSING', MISSING);
const contextType = declareEngineType({
  cls: PyContext,
  name: 'Context',
  module: '_contextvars',
  construct: (a) => (maxPositional('Context', a.length, 0, 0), new PyContext(runLoop(), new RunContext())),
  methods: [
    ['run', (self: PyContext, a: Value[], kw) => {
      if (a.length < 1) typeError('run() missing 1 required positional argument');
      if (self.entered) raise(RuntimeError, `cannot enter context: ${repr(self)} is already entered`);
      const saved = self.loop.context;
      self.entered = true;
      self.loop.context = self.rc;
      try {
        return callValue(a[0], a.slice(1), kw);
      } finally {
        self.entered = false;
        self.loop.context = saved;
      }
    }],
    ['copy', (self: PyContext) => new PyContext(self.loop, self.rc.copy())],
    ['get', (self: PyContext, a: Value[]) => {
      const k = varKey(a[0]);
      return self.rc.vars.has(k) ? self.rc.vars.get(k) : a.length > 1 ? a[1] : null;
    }],
    ['keys', (self: PyContext) => new PyList([...self.rc.vars.keys()])],
    ['values', (self: PyContext) => new PyList([...self.rc.vars.values()])],
    ['items', (self: PyContext) => new PyList([...self.rc.vars].map(([k, v]) => new PyTuple([k, v])))],
  ],
});

export function makeContextvarsModule(loop: EventLoop): PyModule {
  runLoops.set(currentRealm, loop);
  const d = new Map<string, Value>([
    ['ContextVar', contextVarType],
    ['Token', tokenType],
    ['Context', contextType],
    ['copy_context', new PyBuiltin('copy_context', () => new PyContext(loop, loop.context.copy()))],
  ]);
  return new PyModule('contextvars', d);
}
