/**
 * The protocol behind `async with`: the Python front end drives any engine object that
 * implements it (Lock, Semaphore, Condition, Timeout, TaskGroup) the same way.
 */
import type { Coro } from './coroutine.ts';
import { PyException } from './exceptions.ts';

export interface AsyncContextManager {
  /** `__aenter__`: its result is what `as` binds (None for locks, the object for Timeout/TaskGroup). */
  aenter(): Coro<unknown>;
  /**
   * `__aexit__`: `exc` is the exception leaving the body, or null. Returns true to swallow
   * it (none of asyncio's managers do); may raise its own exception instead.
   */
  aexit(exc: PyException | null): Coro<boolean>;
}

/**
 * `async with cm as v: body(v)` for TypeScript callers: __aexit__ sees the body's exception
 * (and may swallow it by returning true, or raise its own); a normal exit passes null.
 */
export function* asyncWith<R>(cm: AsyncContextManager, body: (value: unknown) => Coro<R>): Coro<R | undefined> {
  const value = yield* cm.aenter();
  let result: R;
  try {
    result = yield* body(value);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    if (yield* cm.aexit(e)) return undefined;
    throw e;
  }
  yield* cm.aexit(null);
  return result;
}
