/**
 * asyncio.wait_for as CPython 3.11.7 has it (not 3.12's rewrite on top of timeout()): a
 * waiter future released by a timer or by the inner future's completion; on timeout the inner
 * task is cancelled and awaited, then TimeoutError is raised from its CancelledError.
 */
import type { Awaitable, Coro } from './coroutine.ts';
import { ensureFuture } from './ensure-future.ts';
import { CancelledError, isInstance, PyException, pyErr, TimeoutError } from './exceptions.ts';
import type { DoneCallback, Future } from './future.ts';
import type { EventLoop } from './loop.ts';
import { Task } from './task.ts';
import { releaseWaiter, releaseWaiterOnTimeout } from './wait.ts';

export interface WaitForMeta {
  /** How the timeout reads in labels (Python's repr: "1.5", "2"). */
  timeoutText?: string;
}

/** `raise TimeoutError() from exc` inside `except CancelledError as exc`. */
export function timeoutErrorFrom(exc: PyException): PyException {
  const err = pyErr(TimeoutError);
  err.cause = exc;
  err.context = exc;
  err.suppressContext = true;
  return err;
}

function describe<T>(fut: Future<T>): { label: string; task?: number } {
  return fut instanceof Task ? { label: fut.name, task: fut.id } : { label: 'a future' };
}

/** `await asyncio.wait_for(aw, timeout)`. */
export function* waitFor<T>(loop: EventLoop, aw: Awaitable<T>, timeout: number | null, meta: WaitForMeta = {}): Coro<T> {
  if (timeout === null) return yield* aw;

  if (timeout <= 0) {
    const fut = ensureFuture(loop, aw);
    if (fut.done()) return fut.result();
    yield* cancelAndWait(loop, fut);
    try {
      return fut.result();
    } catch (e) {
      if (isInstance(e, CancelledError)) throw timeoutErrorFrom(e);
      throw e;
    }
  }

  const waiter = loop.createFuture<unknown>();
  // The timer is scheduled before the inner task exists: on a tie it fires first.
  const timeoutHandle = loop.callLater(timeout, releaseWaiterOnTimeout, waiter, 'wait_for timeout');
  const cb = releaser<T>(waiter);
  const fut = ensureFuture(loop, aw);
  const { label, task } = describe(fut);
  const text = meta.timeoutText ?? String(timeout);
  waiter.waitTarget = {
    kind: 'wait_for',
    label: `wait_for ${label} (${text} s)`,
    ...(task !== undefined ? { task } : {}),
    timeout,
  };
  fut.addDoneCallback(cb);

  try {
    try {
      yield* waiter;
    } catch (e) {
      if (!isInstance(e, CancelledError)) throw e;
      if (fut.done()) return fut.result();
      fut.removeDoneCallback(cb);
      // The inner task must not outlive wait_for (bpo-32751).
      yield* cancelAndWait(loop, fut);
      throw e;
    }
    if (fut.done()) return fut.result();
    fut.removeDoneCallback(cb);
    yield* cancelAndWait(loop, fut);
    // The inner task may have swallowed the cancellation and failed otherwise (bpo-40607).
    try {
      return fut.result();
    } catch (e) {
      if (isInstance(e, CancelledError)) throw timeoutErrorFrom(e);
      throw e;
    }
  } finally {
    timeoutHandle.cancel();
  }
}

/** functools.partial(_release_waiter, waiter), as a done callback. */
function releaser<T>(waiter: Future<unknown>): DoneCallback<T> {
  const cb: DoneCallback<T> = () => releaseWaiter(waiter);
  cb.pyText = '_release_waiter()';
  cb.pyArgs = [waiter];
  return cb;
}

/**
 * tasks.py's _cancel_and_wait: cancel `fut` and wait until it is done, through a separate
 * waiter so that this wait itself stays cancellable.
 */
export function* cancelAndWait<T>(loop: EventLoop, fut: Future<T>): Coro<void> {
  const waiter = loop.createFuture<unknown>();
  const { label, task } = describe(fut);
  waiter.waitTarget = { kind: 'wait_for', label: `cancelling ${label}`, ...(task !== undefined ? { task } : {}), timeout: null };
  const cb = releaser<T>(waiter);
  fut.addDoneCallback(cb);
  try {
    fut.cancel();
    yield* waiter;
  } finally {
    fut.removeDoneCallback(cb);
  }
}
