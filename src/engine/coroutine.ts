/**
 * The one interface through which the loop drives coroutines.
 *
 * A coroutine is a JS generator, which has exactly the shape of a Python coroutine as the loop
 * sees it: `next()` is `coro.send(None)`, `throw(e)` is `coro.throw(e)`, and what it yields is a
 * Future it waits on (`yield self` in Future.__await__) or `null` for a bare yield (sleep(0)).
 * `yield* x` is Python's `await x`, so TypeScript tests and the Python front end drive the same
 * engine the same way.
 */
import type { Future } from './future.ts';

export type Yielded = Future<unknown> | null;

export type Coro<T = unknown> = Generator<Yielded, T, unknown>;

/** Anything `yield*` can await: a coroutine, or a Future/Task (which are iterable). */
export type Awaitable<T = unknown> = Coro<T> | Future<T>;

/** A bare yield: gives up the loop for exactly one iteration (asyncio.sleep(0)). */
export function* yieldOnce(): Coro<void> {
  yield null;
}
