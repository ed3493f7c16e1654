/**
 * The `contextlib` module, after CPython's Lib/contextlib.py: context managers made from
 * generators (contextmanager, asynccontextmanager), suppress, nullcontext, closing, aclosing,
 * and the exit stacks (contextlib-exit-stack.ts). Each object is a native context manager
 * (async-protocol.ts), so `with` and `async with` drive them without Python-level lookups.
 */
import * as E from '../../engine/exceptions.ts';
import { PyException } from '../../engine/exceptions.ts';
import { raise, typeError } from '../runtime/errors.ts';
import { nextOf } from '../runtime/iter.ts';
import { PyNative } from '../runtime/native.ts';
import { fakeAddress } from '../runtime/repr.ts';
import { isExcClass, typeName } from '../runtime/types.ts';
import { PyBuiltin, PyModule, PyTuple, type CallSite, type Value } from '../runtime/values.ts';
import { declareEngineType, type EngineMethod } from '../runtime/types/engine-type.ts';
import { asyncNextOf } from '../compile/async-stmt.ts';
import type { AsyncContextManager, SyncContextManager } from '../compile/async-protocol.ts';
import { awaitValue } from '../compile/await-expr.ts';
import { PyFunction, type Yielded } from '../compile/frame.ts';
import { PyGen } from '../compile/generator.ts';
import { NativeAwaitable, PyAsyncGen } from '../compile/async-generator.ts';
import { callMethod, callValue } from '../compile/objects.ts';
import { asyncExitStackType, exitStackType } from './contextlib-exit-stack.ts';
import { checkKw, type Kw } from './args.ts';
import { contextlibBases, NativeMethod } from './contextlib-bases.ts';

/** A contextlib object: its repr is CPython's `<contextlib.X object at 0x…>`. */
export abstract class ContextlibObject extends PyNative {
  pyRepr(): string {
    return `<contextlib.${this.pyTypeName} object at ${fakeAddress(this)}>`;
  }
}

function isStop(e: unknown, cls: E.ExcClass): e is PyException {
  return e instanceof PyException && E.isSubclass(e.cls, cls);
}

/** The exception argument of a hand-called `__exit__(typ, value, tb)`. */
export function excArg(args: readonly Value[]): PyException | null {
  const v = args[1] ?? null;
  return v instanceof PyException ? v : null;
}

/** How a manager made by `@contextmanager` is made again: each use as a decorator needs a fresh one. */
type Recreate<T> = () => T;

/** `@contextmanager`: the generator runs to its `yield` on enter and from there on exit. */
class GeneratorContextManager extends ContextlibObject implements SyncContextManager {
  readonly pyTypeName = '_GeneratorContextManager';
  constructor(
    readonly gen: Value,
    private readonly recreate: Recreate<GeneratorContextManager>,
  ) {
    super();
  }

  /** ContextDecorator: `@cm(...)` on a function runs each call inside a fresh manager. */
  override pyCall(args: Value[], kwargs: Map<string, Value> | null): Value {
    const func = oneArg('__call__', args, kwargs);
    const recreate = this.recreate;
    return wrapperOf(func, (a, k, site) => {
      const cm = recreate();
      cm.enter();
      let r: Value;
      try {
        r = callValue(func, a, k, site);
      } catch (e) {
        if (!(e instanceof PyException) || !cm.exit(e)) throw e;
        return null;
      }
      cm.exit(null);
      return r;
    });
  }

  enter(): Value {
    try {
      return nextOf(this.gen);
    } catch (e) {
      if (isStop(e, E.StopIteration)) raise(E.RuntimeError, "generator didn't yield");
      throw e;
    }
  }

  exit(exc: PyException | null): boolean {
    if (exc === null) {
      try {
        nextOf(this.gen);
      } catch (e) {
        if (isStop(e, E.StopIteration)) return false;
        throw e;
      }
      return raise(E.RuntimeError, "generator didn't stop");
    }
    if (!(this.gen instanceof PyGen)) throw exc;
    try {
      this.gen.throwIn(exc);
    } catch (e) {
      // Re-raised as it was, or a StopIteration that PEP 479 turned into RuntimeError: not suppressed.
      if (e === exc) return false;
      if (isStop(e, E.StopIteration)) return e !== exc;
      if (e instanceof PyException && E.isSubclass(e.cls, E.RuntimeError) && e.cause === exc) return false;
      throw e;
    }
    return raise(E.RuntimeError, "generator didn't stop after throw()");
  }
}

/** `@asynccontextmanager`: the same over an async generator, each step awaited. */
class AsyncGeneratorContextManager extends ContextlibObject implements AsyncContextManager {
  readonly pyTypeName = '_AsyncGeneratorContextManager';
  constructor(
    readonly gen: Value,
    private readonly recreate: Recreate<AsyncGeneratorContextManager>,
  ) {
    super();
  }

  /** AsyncContextDecorator: `@acm(...)` on an async function awaits each call inside a fresh manager. */
  override pyCall(args: Value[], kwargs: Map<string, Value> | null): Value {
    const func = oneArg('__call__', args, kwargs);
    const recreate = this.recreate;
    return wrapperOf(func, (a, k, site) =>
      new NativeAwaitable(
        'coroutine',
        function* () {
          const cm = recreate();
          yield* cm.aenter();
          let r: Value;
          try {
            r = yield* awaitValue(callValue(func, a, k, site), 0);
          } catch (e) {
            if (!(e instanceof PyException) || !(yield* cm.aexit(e))) throw e;
            return null;
          }
          yield* cm.aexit(null);
          return r;
        },
        'cannot reuse already awaited coroutine',
      ),
    );
  }

  *aenter(): Generator<Yielded, Value, unknown> {
    try {
      return yield* awaitValue(asyncNextOf(this.gen), 0);
    } catch (e) {
      if (isStop(e, E.StopAsyncIteration)) raise(E.RuntimeError, "generator didn't yield");
      throw e;
    }
  }

  *aexit(exc: PyException | null): Generator<Yielded, boolean, unknown> {
    if (exc === null) {
      try {
        yield* awaitValue(asyncNextOf(this.gen), 0);
      } catch (e) {
        if (isStop(e, E.StopAsyncIteration)) return false;
        throw e;
      }
      return raise(E.RuntimeError, "generator didn't stop");
    }
    if (!(this.gen instanceof PyAsyncGen)) throw exc;
    try {
      yield* awaitValue(this.gen.athrow(exc), 0);
    } catch (e) {
      if (e === exc) return false;
      if (isStop(e, E.StopAsyncIteration)) return e !== exc;
      if (e instanceof PyException && E.isSubclass(e.cls, E.RuntimeError) && e.cause === exc) return false;
      throw e;
    }
    return raise(E.RuntimeError, "generator didn't stop after athrow()");
  }
}

class Suppress extends ContextlibObject implements SyncContextManager {
  readonly pyTypeName = 'suppress';
  constructor(readonly excs: readonly Value[]) {
    super();
  }
  enter(): Value {
    return null;
  }
  exit(exc: PyException | null): boolean {
    if (exc === null) return false;
    return this.excs.some((t) => matches(exc, t));
  }
}

function matches(exc: PyException, t: Value): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => matches(exc, x));
  if (!isExcClass(t)) typeError('catching classes that do not inherit from BaseException is not allowed');
  return E.isSubclass(exc.cls, t as E.ExcClass);
}

/** nullcontext(enter_result): does nothing, in `with` and in `async with`. */
class NullContext extends ContextlibObject implements SyncContextManager, AsyncContextManager {
  readonly pyTypeName = 'nullcontext';
  constructor(readonly result: Value) {
    super();
  }
  enter(): Value {
    return this.result;
  }
  exit(): boolean {
    return false;
  }
  *aenter(): Generator<Yielded, Value, unknown> {
    return this.result;
  }
  *aexit(): Generator<Yielded, boolean, unknown> {
    return false;
  }
}

/** closing(thing): thing.close() on the way out. */
class Closing extends ContextlibObject implements SyncContextManager {
  readonly pyTypeName = 'closing';
  constructor(readonly thing: Value) {
    super();
  }
  enter(): Value {
    return this.thing;
  }
  exit(): boolean {
    callMethod(this.thing, 'close', [], null, { span: undefined });
    return false;
  }
}

/** aclosing(thing): `await thing.aclose()` on the way out (an async generator, typically). */
class AClosing extends ContextlibObject implements AsyncContextManager {
  readonly pyTypeName = 'aclosing';
  constructor(readonly thing: Value) {
    super();
  }
  *aenter(): Generator<Yielded, Value, unknown> {
    return this.thing;
  }
  *aexit(): Generator<Yielded, boolean, unknown> {
    yield* awaitValue(callMethod(this.thing, 'aclose', [], null, { span: undefined }), 0);
    return false;
  }
}

/** __enter__/__exit__ and __aenter__/__aexit__ as Python sees them, for hand-written calls. */
function syncMethods(): [string, EngineMethod<SyncContextManager>][] {
  return [
    ['__enter__', (self) => self.enter()],
    ['__exit__', (self, args) => self.exit(excArg(args))],
  ];
}
function asyncMethods(): [string, EngineMethod<AsyncContextManager>][] {
  return [
    ['__aenter__', (self) => new NativeAwaitable('coroutine', () => self.aenter(), 'cannot reuse already awaited coroutine')],
    ['__aexit__', (self, args) => new NativeAwaitable('coroutine', () => self.aexit(excArg(args)), 'cannot reuse already awaited coroutine')],
  ];
}

declareEngineType({ cls: GeneratorContextManager, name: '_GeneratorContextManager', module: 'contextlib', methods: syncMethods() });
declareEngineType({ cls: AsyncGeneratorContextManager, name: '_AsyncGeneratorContextManager', module: 'contextlib', methods: asyncMethods() });
const suppressType = declareEngineType({
  cls: Suppress,
  name: 'suppress',
  module: 'contextlib',
  construct: (args, kw) => (checkKw('suppress', kw, []), new Suppress(args)),
  methods: syncMethods(),
});
const nullContextType = declareEngineType({
  cls: NullContext,
  name: 'nullcontext',
  module: 'contextlib',
  construct: (args, kw) => {
    checkKw('nullcontext', kw, ['enter_result']);
    if (args.length > 1) typeError(`nullcontext.__init__() takes from 1 to 2 positional arguments but ${args.length + 1} were given`);
    return new NullContext(args.length > 0 ? args[0] : (kw?.get('enter_result') ?? null));
  },
  methods: [...syncMethods(), ...asyncMethods()],
});
const closingType = declareEngineType({ cls: Closing, name: 'closing', module: 'contextlib', construct: (args, kw) => new Closing(oneArg('closing', args, kw)), methods: syncMethods() });
const aclosingType = declareEngineType({ cls: AClosing, name: 'aclosing', module: 'contextlib', construct: (args, kw) => new AClosing(oneArg('aclosing', args, kw)), methods: asyncMethods() });

/** The decorated function's name, which the wrapper keeps (functools.wraps in CPython). */
function nameOf(fn: Value): string {
  if (fn instanceof PyFunction) return fn.code.name;
  if (fn instanceof PyBuiltin) return fn.name;
  return typeName(fn);
}

/**
 * The function `@contextmanager` (and the managers as decorators) return: CPython's is a plain
 * function made with functools.wraps, so it shows as one, keeps the name, and binds as a method.
 */
function wrapperOf(func: Value, impl: (args: Value[], kwargs: Map<string, Value> | null, site: CallSite) => Value): NativeMethod {
  return new NativeMethod(func instanceof PyFunction ? func.code.qualName : nameOf(func), impl, func);
}

function oneArg(name: string, args: Value[], kw: Kw): Value {
  if (kw !== null && kw.size > 0) typeError(`${name}() got an unexpected keyword argument '${[...kw.keys()][0]}'`);
  if (args.length !== 1) typeError(`${name}() takes 1 positional argument but ${args.length} were given`);
  return args[0];
}

export function makeContextlibModule(): PyModule {
  const d = new Map<string, Value>();
  d.set(
    'contextmanager',
    new PyBuiltin('contextmanager', (args, kw) => {
      const func = oneArg('contextmanager', args, kw);
      const make = (a: Value[], k: Kw, site: CallSite): GeneratorContextManager => new GeneratorContextManager(callValue(func, a, k, site), () => make(a, k, site));
      return wrapperOf(func, make);
    }),
  );
  d.set(
    'asynccontextmanager',
    new PyBuiltin('asynccontextmanager', (args, kw) => {
      const func = oneArg('asynccontextmanager', args, kw);
      const make = (a: Value[], k: Kw, site: CallSite): AsyncGeneratorContextManager =>
        new AsyncGeneratorContextManager(callValue(func, a, k, site), () => make(a, k, site));
      return wrapperOf(func, make);
    }),
  );
  for (const t of [suppressType, nullContextType, closingType, aclosingType, exitStackType, asyncExitStackType]) d.set(t.name, t as Value);
  for (const [name, cls] of contextlibBases()) d.set(name, cls);
  return new PyModule('contextlib', d);
}
