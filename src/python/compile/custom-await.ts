/**
 * Awaitables of the program's own: a class with `__await__` (PEP 492). Its __await__ returns an
 * iterator, usually a generator that delegates with `yield from other.__await__()`; what that
 * generator yields are the engine's own suspensions, passed through to the task untouched.
 */
import * as E from '../../engine/exceptions.ts';
import { raise, typeError } from '../runtime/errors.ts';
import { interp } from '../runtime/hooks.ts';
import { PyNative } from '../runtime/native.ts';
import { findMethod } from '../runtime/ops.ts';
import { fakeAddress } from '../runtime/repr.ts';
import { registerEngineType, typeName } from '../runtime/types.ts';
import { PyCoroutine, PyInstance, type Value } from '../runtime/values.ts';
import { repr } from '../runtime/repr.ts';
import { YieldValue, type Yielded } from './frame.ts';
import { PyGen } from './generator.ts';
import { awaitValue } from './expr.ts';
import { Future } from '../../engine/future.ts';

/** What `coro.__await__()` gives: an iterator over the coroutine's steps. */
export class CoroAwaitIter extends PyNative {
  readonly pyTypeName = 'coroutine_wrapper';
  constructor(readonly coro: PyCoroutine) {
    super();
  }
  pyRepr(): string {
    return `<coroutine_wrapper object at ${fakeAddress(this)}>`;
  }
}
registerEngineType(CoroAwaitIter, 'coroutine_wrapper');

/** Whether `v` is awaitable through a class's __await__. */
export function hasAwaitMethod(v: Value): v is PyInstance {
  return v instanceof PyInstance && findMethod(v, '__await__') !== undefined;
}

/**
 * `await obj` for an object with __await__: drive the iterator it returns, handing each engine
 * suspension to the task and each result or exception back in. `awaitCoro` awaits a coroutine.
 */
export function* awaitCustom(v: PyInstance, awaitCoro: (c: PyCoroutine) => Generator<Yielded, Value, unknown>): Generator<Yielded, Value, unknown> {
  const it = interp.call(findMethod(v, '__await__')!, [v]);
  if (it instanceof CoroAwaitIter) return yield* awaitCoro(it.coro);
  if (it instanceof Future) return yield* awaitValue(it, 0);
  if (it instanceof PyCoroutine) return typeError('__await__() returned a coroutine');
  if (!(it instanceof PyGen)) return typeError(`__await__() returned non-iterator of type '${typeName(it)}'`);
  let r = it.resumeRaw(false, null);
  for (;;) {
    if (r.done) return r.value;
    const y = r.value;
    // A Python value yielded to the task (not an engine future) is what asyncio calls a bad yield.
    if (y instanceof YieldValue) raise(E.RuntimeError, `Task got bad yield: ${repr((y.value ?? null) as Value)}`);
    let sent: unknown;
    let error: unknown;
    let thrown = false;
    try {
      sent = yield y;
    } catch (e) {
      thrown = true;
      error = e;
    }
    r = thrown ? it.resumeRaw(true, error as Value) : it.resumeRaw(false, (sent ?? null) as Value);
  }
}
