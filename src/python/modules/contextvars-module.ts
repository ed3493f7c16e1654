/**
 * `contextvars`: ContextVar, Token and Context over the engine's RunContext, so each Task sees
 * the values set in it (and those its creator had set), as tasks.py arranges with
 * copy_context(). Tutorials use it for request ids in log lines.
 */
import { RunContext } from '../../engine/context.ts';
import type { EventLoop } from '../../engine/loop.ts';
import { LookupError, RuntimeError, ValueError } from '../../engine/exceptions.ts';
import { callValue, registerBinding } from '../compile/objects.ts';
import { raise, typeError } from '../runtime/errors.ts';
import type { Method } from '../runtime/method.ts';
import { fakeAddress, registerEngineText, repr } from '../runtime/repr.ts';
import { registerEngineType } from '../runtime/types.ts';
import { NativeType, PyNative } from '../runtime/native.ts';
import { PyBuiltin, PyList, PyModule, PyTuple, PyType, type Value } from '../runtime/values.ts';
import { arg, checkKw, maxPositional } from './args.ts';

/** Token.MISSING: a token's old_value when the variable had no value before set(). */
class TokenMissing {}
const MISSING = new TokenMissing();

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
const varMethods = new Map<string, Method>([
  ['get', ((self: PyContextVar, a: Value[], kw) => {
    checkKw('get', kw, []);
    maxPositional('get', a.length, 0, 1);
    return lookup(self, a.length > 0 ? a[0] : MISSING);
  }) as Method],
  ['set', ((self: PyContextVar, a: Value[], kw) => {
    checkKw('set', kw, []);
    maxPositional('set', a.length, 1, 1);
    const ctx = self.loop.context;
    const token = new PyToken(ctx, self, ctx.vars.has(self) ? ctx.vars.get(self) : MISSING);
    ctx.set(self, a[0]);
    return token;
  }) as Method],
  ['reset', ((self: PyContextVar, a: Value[], kw) => {
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
  }) as Method],
]);
registerBinding(PyContextVar, {
  methods: varMethods,
  props: new Map<string, (self: PyContextVar) => Value>([['name', (self) => self.name]]),
});
registerBinding(PyToken, {
  methods: new Map(),
  props: new Map<string, (self: PyToken) => Value>([
    ['var', (self) => self.cvar],
    ['old_value', (self) => self.old],
    ['MISSING', () => MISSING],
  ]),
});
registerBinding(PyContext, {
  methods: new Map<string, Method>([
    ['run', ((self: PyContext, a: Value[], kw) => {
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
    }) as Method],
    ['copy', ((self: PyContext) => new PyContext(self.loop, self.rc.copy())) as Method],
    ['get', ((self: PyContext, a: Value[]) => {
      const k = varKey(a[0]);
      return self.rc.vars.has(k) ? self.rc.vars.get(k) : a.length > 1 ? a[1] : null;
    }) as Method],
    ['keys', ((self: PyContext) => new PyList([...self.rc.vars.keys()])) as Method],
    ['values', ((self: PyContext) => new PyList([...self.rc.vars.values()])) as Method],
    ['items', ((self: PyContext) => new PyList([...self.rc.vars].map(([k, v]) => new PyTuple([k, v])))) as Method],
  ]),
});

export function makeContextvarsModule(loop: EventLoop): PyModule {
  const contextVar = new PyType(
    'ContextVar',
    (a, kw) => {
      checkKw('ContextVar', kw, ['default']);
      maxPositional('ContextVar', a.length, 1, 1);
      const name = arg('ContextVar', a, kw, 0, 'name');
      if (typeof name !== 'string') typeError('context variable name must be a str');
      return new PyContextVar(loop, name as string, kw?.has('default') ? kw.get('default') : MISSING);
    },
    (v) => v instanceof PyContextVar,
  );
  const tokenType = new NativeType('Token', 'contextvars', () => raise(RuntimeError, 'Tokens can only be created by ContextVars'), (v) => v instanceof PyToken);
  tokenType.attrs.set('MISSING', MISSING);
  const d = new Map<string, Value>([
    ['ContextVar', contextVar],
    ['Token', tokenType],
    ['Context', new PyType('Context', (a) => (maxPositional('Context', a.length, 0, 0), new PyContext(loop, new RunContext())), (v) => v instanceof PyContext)],
    ['copy_context', new PyBuiltin('copy_context', () => new PyContext(loop, loop.context.copy()))],
  ]);
  return new PyModule('contextvars', d);
}

registerEngineType(PyContextVar, 'ContextVar');
registerEngineType(PyToken, 'Token');
registerEngineType(TokenMissing, 'Token.MISSING');
registerEngineText(PyContextVar, {
  repr: (v: PyContextVar) =>
    `<ContextVar name=${repr(v.name)}${v.dflt === MISSING ? '' : ` default=${repr(v.dflt)}`} at ${fakeAddress(v)}>`,
});
registerEngineText(PyToken, {
  repr: (t: PyToken) => `<Token${t.used ? ' used' : ''} var=${repr(t.cvar)} at ${fakeAddress(t)}>`,
});
registerEngineText(TokenMissing, { repr: () => '<Token.MISSING>' });
