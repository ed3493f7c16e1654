/**
 * asyncio.as_completed as 3.11 has it: a plain (not async) generator. Nothing happens until the
 * first iteration; then every awaitable is wrapped in a future, and each item handed out is a
 * coroutine that awaits the next future to finish and returns its result (or raises).
 */
import type { Awaitable, Coro } from './coroutine.ts';
import { ensureFuture } from './ensure-future.ts';
import { pyErr, TimeoutError, TypeError } from './exceptions.ts';
import type { DoneCallback, Future } from './future.ts';
import type { EventLoop } from './loop.ts';
import { Queue } from './queues.ts';
import { awaitableTypeName } from './wait.ts';

export interface AsCompletedOptions {
  timeout?: number | null;
}

/** The coroutine function's name, so a task made from one (ensure_future) is named like CPython's. */
const WAIT_FOR_ONE = '_wait_for_one';

/**
 * `for f in asyncio.as_completed(fs, timeout=...)`. Duplicates count once; futures are made in
 * the order given (CPython iterates a set, whose order follows addresses: python-subset.md).
 */
export function* asCompleted<T>(
  loop: EventLoop,
  fs: readonly Awaitable<T>[] | Awaitable<T>,
  opts: AsCompletedOptions = {},
): Generator<Coro<T>, void, unknown> {
  if (!Array.isArray(fs)) throw pyErr(TypeError, `expect an iterable of futures, not ${awaitableTypeName(fs)}`);
  const done = new Queue<Future<T> | null>(loop);
  done.label = 'as_completed';
  done.describeWait = () => 'as_completed: next to finish';
  const todo = new Set<Future<T>>();
  for (const aw of new Set(fs as readonly Awaitable<T>[])) todo.add(ensureFuture(loop, aw));
  // CPython's as_completed state (todo set, done queue, callbacks) is cyclic garbage that lives to exit.
  for (const f of todo) loop.heldToExit.add(f as Future<unknown>);
  let timeoutHandle: { cancel(): void } | null = null;

  const onTimeout = (): void => {
    for (const f of todo) {
      f.removeDoneCallback(onCompletion);
      // One placeholder per unfinished future: each waiting coroutine then raises TimeoutError.
      done.putNowait(null);
    }
    todo.clear();
  };

  const onCompletion: DoneCallback<T> = (f: Future<T>): void => {
    if (todo.size === 0) return; // the timeout came first
    todo.delete(f);
    done.putNowait(f);
    if (todo.size === 0 && timeoutHandle !== null) timeoutHandle.cancel();
  };

  function* waitForOne(): Coro<T> {
    const f = yield* done.get();
    if (f === null) throw pyErr(TimeoutError);
    return f.result();
  }

  onCompletion.pyText = 'as_completed._on_completion()';
  for (const f of todo) f.addDoneCallback(onCompletion);
  const timeout = opts.timeout ?? null;
  if (todo.size > 0 && timeout !== null) timeoutHandle = loop.callLater(timeout, () => loop.withCause('timeout', onTimeout, undefined), undefined, 'as_completed timeout');
  const n = todo.size;
  for (let i = 0; i < n; i++) {
    const coro = waitForOne();
    (coro as unknown as { coroName: string }).coroName = WAIT_FOR_ONE;
    yield coro;
  }
}
