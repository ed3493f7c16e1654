/**
 * contextlib.ExitStack and AsyncExitStack: a stack of exit callbacks, unwound last-in first-out
 * on the way out. Each callback sees the exception still pending; one that returns true
 * suppresses it, and one that raises replaces it (chained to the one it replaced), as
 * ExitStack.__exit__ does in CPython.
 */
import { PyException } from '../../engine/exceptions.ts';
import { typeError } from '../runtime/errors.ts';
import * as ops from '../runtime/ops.ts';
import { PyNative } from '../runtime/native.ts';
import { fakeAddress } from '../runtime/repr.ts';
import { typeName } from '../runtime/types.ts';
import { PyInstance, type Value } from '../runtime/values.ts';
import { aenter, aexit, enter, exit } from '../compile/async-stmt.ts';
import { isAsyncContextManager, isSyncContextManager, type AsyncContextManager, type SyncContextManager } from '../compile/async-protocol.ts';
import { awaitValue } from '../compile/await-expr.ts';
import type { Yielded } from '../compile/frame.ts';
import { NativeAwaitable } from '../compile/async-generator.ts';
import { callValue, lookupClass } from '../compile/objects.ts';
import { declareEngineType, type EngineMethod } from '../runtime/types/engine-type.ts';
import { checkKw, type Kw } from './args.ts';

type Exit = { readonly isAsync: false; readonly run: (exc: PyException | null) => boolean } | { readonly isAsync: true; readonly run: (exc: PyException | null) => Generator<Yielded, boolean, unknown> };

function excArgs(exc: PyException | null): Value[] {
  return exc === null ? [null, null, null] : [exc.cls, exc, null];
}

/** The new exception's context is the one it replaced, unless that is already in its chain. */
function chain(newExc: PyException, old: PyException | null): void {
  if (old === null || newExc === old) return;
  for (let c: PyException | null = newExc.context; c !== null; c = c.context) if (c === old) return;
  let last: PyException = newExc;
  while (last.context !== null && last.context !== old) last = last.context;
  if (last === newExc) newExc.context = old;
}

class BaseExitStack extends PyNative {
  readonly pyTypeName: string = 'ExitStack';
  exits: Exit[] = [];

  pyRepr(): string {
    return `<contextlib.${this.pyTypeName} object at ${fakeAddress(this)}>`;
  }

  enterContext(cm: Value): Value {
    if (!isSyncContextManager(cm) && !(cm instanceof PyInstance && lookupClass(cm.cls, '__enter__') !== undefined && lookupClass(cm.cls, '__exit__') !== undefined)) {
      typeError(`'${typeName(cm)}' object does not support the context manager protocol`);
    }
    const value = enter(cm);
    this.exits.push({ isAsync: false, run: (exc) => exit(cm, exc) });
    return value;
  }

  push(cb: Value): Value {
    if (isSyncContextManager(cb)) {
      const cm: SyncContextManager = cb;
      this.exits.push({ isAsync: false, run: (exc) => cm.exit(exc) });
    } else if (cb instanceof PyInstance && lookupClass(cb.cls, '__exit__') !== undefined) {
      this.exits.push({ isAsync: false, run: (exc) => exit(cb, exc) });
    } else {
      this.exits.push({ isAsync: false, run: (exc) => ops.truthy(callValue(cb, excArgs(exc), null)) });
    }
    return cb;
  }

  callback(fn: Value, args: Value[], kw: Kw): Value {
    this.exits.push({
      isAsync: false,
      run: () => {
        callValue(fn, args, kw);
        return false;
      },
    });
    return fn;
  }

  /** Unwind every callback (sync ones only for ExitStack); true when the exception was suppressed. */
  unwindSync(exc: PyException | null): boolean {
    const received = exc !== null;
    let pending = false;
    let suppressed = false;
    let current = exc;
    while (this.exits.length > 0) {
      const cb = this.exits.pop()!;
      try {
        if (cb.isAsync) throw new Error('internal: an async callback on a sync exit stack');
        if (cb.run(current)) {
          suppressed = true;
          pending = false;
          current = null;
        }
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        chain(e, current);
        pending = true;
        current = e;
      }
    }
    if (pending) throw current;
    return received && suppressed;
  }

  *unwindAsync(exc: PyException | null): Generator<Yielded, boolean, unknown> {
    const received = exc !== null;
    let pending = false;
    let suppressed = false;
    let current = exc;
    while (this.exits.length > 0) {
      const cb = this.exits.pop()!;
      try {
        const r = cb.isAsync ? yield* cb.run(current) : cb.run(current);
        if (r) {
          suppressed = true;
          pending = false;
          current = null;
        }
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        chain(e, current);
        pending = true;
        current = e;
      }
    }
    if (pending) throw current;
    return received && suppressed;
  }
}

export class ExitStack extends BaseExitStack implements SyncContextManager {
  enter(): Value {
    return this;
  }
  exit(exc: PyException | null): boolean {
    return this.unwindSync(exc);
  }
  popAll(): ExitStack {
    const s = new ExitStack();
    s.exits = this.exits;
    this.exits = [];
    return s;
  }
}

export class AsyncExitStack extends BaseExitStack implements AsyncContextManager {
  override readonly pyTypeName = 'AsyncExitStack';

  *aenter(): Generator<Yielded, Value, unknown> {
    return this;
  }
  aexit(exc: PyException | null): Generator<Yielded, boolean, unknown> {
    return this.unwindAsync(exc);
  }

  *enterAsyncContext(cm: Value): Generator<Yielded, Value, unknown> {
    const native = isAsyncContextManager(cm);
    if (!native && !(cm instanceof PyInstance && lookupClass(cm.cls, '__aenter__') !== undefined && lookupClass(cm.cls, '__aexit__') !== undefined)) {
      typeError(`'${typeName(cm)}' object does not support the asynchronous context manager protocol`);
    }
    const value = yield* aenter(cm, 0);
    this.exits.push({ isAsync: true, run: (exc) => aexit(cm, exc, 0) });
    return value;
  }

  pushAsyncExit(cb: Value): Value {
    if (isAsyncContextManager(cb)) {
      const cm: AsyncContextManager = cb;
      this.exits.push({ isAsync: true, run: (exc) => cm.aexit(exc) });
    } else if (cb instanceof PyInstance && lookupClass(cb.cls, '__aexit__') !== undefined) {
      this.exits.push({ isAsync: true, run: (exc) => aexit(cb, exc, 0) });
    } else {
      this.exits.push({
        isAsync: true,
        run: function* (exc) {
          return ops.truthy(yield* awaitValue(callValue(cb, excArgs(exc), null), 0));
        },
      });
    }
    return cb;
  }

  pushAsyncCallback(fn: Value, args: Value[], kw: Kw): Value {
    this.exits.push({
      isAsync: true,
      run: function* () {
        yield* awaitValue(callValue(fn, args, kw), 0);
        return false;
      },
    });
    return fn;
  }

  popAll(): AsyncExitStack {
    const s = new AsyncExitStack();
    s.exits = this.exits;
    this.exits = [];
    return s;
  }
}

const coroutine = (start: () => Generator<Yielded, Value, unknown>): NativeAwaitable => new NativeAwaitable('coroutine', start, 'cannot reuse already awaited coroutine');

function first(name: string, args: Value[]): Value {
  if (args.length === 0) typeError(`${name}() missing 1 required positional argument`);
  return args[0];
}

const common: [string, EngineMethod<BaseExitStack>][] = [
  ['enter_context', (self, args) => self.enterContext(first('enter_context', args))],
  ['push', (self, args) => self.push(first('push', args))],
  ['callback', (self, args, kw) => self.callback(first('callback', args), args.slice(1), kw)],
];

export const exitStackType = declareEngineType({
  cls: ExitStack,
  name: 'ExitStack',
  module: 'contextlib',
  construct: (_args, kw) => (checkKw('ExitStack', kw, []), new ExitStack()),
  methods: [
    ...common,
    ['pop_all', (self: ExitStack) => self.popAll()],
    ['close', (self: ExitStack) => (self.exit(null), null)],
    ['__enter__', (self: ExitStack) => self],
    ['__exit__', (self: ExitStack, args) => self.exit(args[1] instanceof PyException ? args[1] : null)],
  ],
});

export const asyncExitStackType = declareEngineType({
  cls: AsyncExitStack,
  name: 'AsyncExitStack',
  module: 'contextlib',
  construct: (_args, kw) => (checkKw('AsyncExitStack', kw, []), new AsyncExitStack()),
  methods: [
    ...common,
    ['enter_async_context', (self: AsyncExitStack, args) => coroutine(() => self.enterAsyncContext(first('enter_async_context', args)))],
    ['push_async_exit', (self: AsyncExitStack, args) => self.pushAsyncExit(first('push_async_exit', args))],
    ['push_async_callback', (self: AsyncExitStack, args, kw) => self.pushAsyncCallback(first('push_async_callback', args), args.slice(1), kw)],
    ['pop_all', (self: AsyncExitStack) => self.popAll()],
    [
      'aclose',
      (self: AsyncExitStack) =>
        coroutine(function* () {
          yield* self.aexit(null);
          return null;
        }),
    ],
    ['__aenter__', (self: AsyncExitStack) => coroutine(() => self.aenter())],
    ['__aexit__', (self: AsyncExitStack, args) => coroutine(() => self.aexit(args[1] instanceof PyException ? args[1] : null))],
  ],
});
