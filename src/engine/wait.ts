/**
 * asyncio.wait (tasks.py's wait/_wait, 3.11): wait on futures until the first completes, the
 * first raises, or all complete, optionally with a timeout. It never raises TimeoutError: what
 * is not done by then comes back in `pending`.
 */
import type { Awaitable, Coro } from './coroutine.ts';
import { pyErr, TypeError, ValueError } from './exceptions.ts';
import { Future, type DoneCallback } from './future.ts';
import { GatheringFuture } from './gather.ts';
import type { EventLoop } from './loop.ts';
import { Task } from './task.ts';

export const FIRST_COMPLETED = 'FIRST_COMPLETED';
export const FIRST_EXCEPTION = 'FIRST_EXCEPTION';
export const ALL_COMPLETED = 'ALL_COMPLETED';
export type ReturnWhen = typeof FIRST_COMPLETED | typeof FIRST_EXCEPTION | typeof ALL_COMPLETED;

export interface WaitOptions {
  timeout?: number | null;
  /** A string so that a wrong value from Python reaches the ValueError CPython raises. */
  returnWhen?: string;
  /** How the timeout reads in labels (Python's repr); defaults to String(timeout). */
  timeoutText?: string;
}

/** True for a coroutine object (a generator), as asyncio.iscoroutine sees it. */
export function isCoroutine(x: unknown): boolean {
  return (
    typeof x === 'object' &&
    x !== null &&
    !(x instanceof Future) &&
    typeof (x as { next?: unknown }).next === 'function' &&
    typeof (x as { throw?: unknown }).throw === 'function'
  );
}

/** `type(x).__name__` for the awaitables asyncio's TypeErrors name. */
export function awaitableTypeName(x: unknown): string {
  if (x instanceof Task) return 'Task';
  if (x instanceof GatheringFuture) return '_GatheringFuture';
  if (x instanceof Future) return 'Future';
  if (isCoroutine(x)) return 'coroutine';
  return typeof x;
}

/** Completes a waiter unless something else already did (tasks.py's _release_waiter). */
export function releaseWaiter(waiter: Future<unknown>): void {
  if (!waiter.done()) waiter.setResult(null);
}

/** _release_waiter as a deadline's timer: the trace says a timeout woke the task. */
export function releaseWaiterOnTimeout(waiter: Future<unknown>): void {
  waiter.loop.withCause('timeout', releaseWaiter, waiter);
}

/** Futures in creation order: CPython's set order follows memory addresses (python-subset.md). */
export function inCreationOrder<F extends { readonly objectId: number }>(fs: Iterable<F>): F[] {
  return [...new Set(fs)].sort((a, b) => a.objectId - b.objectId);
}

/**
 * `await asyncio.wait(fs, timeout=..., return_when=...)`. `fs` is what Python passed: a list
 * normally, but a single future or coroutine must reach the TypeError CPython raises.
 */
export function* wait<T>(
  loop: EventLoop,
  fs: readonly Awaitable<T>[] | Awaitable<T>,
  opts: WaitOptions = {},
): Coro<[Future<T>[], Future<T>[]]> {
  if (!Array.isArray(fs)) throw pyErr(TypeError, `expect a list of futures, not ${awaitableTypeName(fs)}`);
  const list = fs as readonly Awaitable<T>[];
  if (list.length === 0) throw pyErr(ValueError, 'Set of Tasks/Futures is empty.');
  const returnWhen = opts.returnWhen ?? ALL_COMPLETED;
  if (returnWhen !== FIRST_COMPLETED && returnWhen !== FIRST_EXCEPTION && returnWhen !== ALL_COMPLETED) {
    throw pyErr(ValueError, `Invalid return_when value: ${returnWhen}`);
  }
  if (list.some(isCoroutine)) throw pyErr(TypeError, 'Passing coroutines is forbidden, use tasks explicitly.');
  const futs = inCreationOrder(list as readonly Future<T>[]);
  return yield* waitInner(loop, futs, opts.timeout ?? null, returnWhen, opts.timeoutText);
}

/** tasks.py's _wait: one waiter future, released by a done callback or the timeout timer. */
export function* waitInner<T>(
  loop: EventLoop,
  fs: readonly Future<T>[],
  timeout: number | null,
  returnWhen: ReturnWhen,
  timeoutText?: string,
): Coro<[Future<T>[], Future<T>[]]> {
  const waiter = loop.createFuture<unknown>();
  const taskIds = fs.filter((f) => f instanceof Task).map((t) => (t as Task<T>).id);
  const how = returnWhen === ALL_COMPLETED ? '' : `, ${returnWhen}`;
  const limit = timeout === null ? '' : `, timeout=${timeoutText ?? String(timeout)}`;
  waiter.waitTarget = { kind: 'wait', label: `wait(${fs.length}${how}${limit})`, tasks: taskIds };
  const timeoutHandle = timeout === null ? null : loop.callLater(timeout, releaseWaiterOnTimeout, waiter, 'wait timeout');
  let counter = fs.length;

  const onCompletion: DoneCallback<T> = (f: Future<T>): void => {
    counter -= 1;
    if (
      counter <= 0 ||
      returnWhen === FIRST_COMPLETED ||
      (returnWhen === FIRST_EXCEPTION && !f.cancelled() && f.exception() !== null)
    ) {
      timeoutHandle?.cancel();
      if (!waiter.done()) waiter.setResult(null);
    }
  };

  onCompletion.pyText = '_wait._on_completion()';
  for (const f of fs) f.addDoneCallback(onCompletion);
  try {
    yield* waiter;
  } finally {
    timeoutHandle?.cancel();
    for (const f of fs) f.removeDoneCallback(onCompletion);
  }
  const done: Future<T>[] = [];
  const pending: Future<T>[] = [];
  for (const f of fs) (f.done() ? done : pending).push(f);
  return [done, pending];
}
