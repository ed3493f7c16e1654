import type { Awaitable } from './coroutine.ts';
import { ensureFuture } from './ensure-future.ts';
import { CancelledError, pyErr } from './exceptions.ts';
import { Future, type DoneCallback } from './future.ts';
import type { EventLoop } from './loop.ts';
import { Task } from './task.ts';

/** The future gather() returns: cancelling it cancels every child (tasks.py's _GatheringFuture). */
export class GatheringFuture<L = unknown[]> extends Future<L> {
  cancelRequested = false;

  constructor(
    loop: EventLoop,
    readonly children: Future<unknown>[],
  ) {
    super(loop);
    const tasks = children.filter((c): c is Task<unknown> => c instanceof Task).map((t) => t.id);
    this.waitTarget = { kind: 'gather', label: `gather(${children.length})`, tasks };
  }

  override cancel(msg: string | null = null): boolean {
    if (this.done()) return false;
    let any = false;
    const loop = this.loop;
    const saved = loop.causeOverride;
    loop.causeOverride = 'gather';
    try {
      for (const child of this.children) if (child.cancel(msg)) any = true;
    } finally {
      loop.causeOverride = saved;
    }
    // A real cancellation of a child propagates as cancellation, whatever return_exceptions says.
    if (any) this.cancelRequested = true;
    return any;
  }
}

/**
 * asyncio.gather(*aws, return_exceptions=...). `makeList` turns the results into the host
 * language's list, so that a gather nested in another (or in wait_for, as_completed...) hands
 * its parent a real list rather than an engine array.
 */
export function gather<T>(loop: EventLoop, aws: readonly Awaitable<T>[], returnExceptions?: boolean): Future<unknown[]>;
export function gather<T, L>(
  loop: EventLoop,
  aws: readonly Awaitable<T>[],
  returnExceptions: boolean,
  makeList: (results: unknown[]) => L,
): Future<L>;
export function gather<T, L>(
  loop: EventLoop,
  aws: readonly Awaitable<T>[],
  returnExceptions = false,
  makeList: (results: unknown[]) => L = (results) => results as L,
): Future<L> {
  if (aws.length === 0) {
    const outer = loop.createFuture<L>();
    outer.setResult(makeList([]));
    return outer;
  }
  const children: Future<unknown>[] = [];
  const seen = new Map<unknown, Future<unknown>>();
  let outer: GatheringFuture<L> | null = null;
  let nfuts = 0;
  let nfinished = 0;

  const onChildDone: DoneCallback<unknown> = (fut: Future<unknown>): void => {
    nfinished += 1;
    if (outer === null || outer.done()) {
      if (!fut.cancelled()) fut.exception(); // mark the exception as retrieved
      return;
    }
    if (!returnExceptions) {
      if (fut.cancelled()) {
        outer.setException(fut.makeCancelledError());
        return;
      }
      const exc = fut.exception();
      if (exc !== null) {
        outer.setException(exc);
        return;
      }
    }
    if (nfinished === nfuts) {
      const results = children.map((c) => {
        if (c.cancelled()) return pyErr(CancelledError, c.requestedCancelMessage ?? '');
        return c.exception() ?? c.result();
      });
      // The last child to finish stands for the cancellation, even if it finished normally.
      if (outer.cancelRequested) outer.setException(fut.makeCancelledError());
      else outer.setResult(makeList(results));
    }
  };

  onChildDone.pyText = 'gather._done_callback()';
  for (const aw of aws) {
    let fut = seen.get(aw);
    if (fut === undefined) {
      fut = ensureFuture(loop, aw as Awaitable<unknown>);
      nfuts += 1;
      seen.set(aw, fut);
      fut.addDoneCallback(onChildDone);
    }
    children.push(fut);
  }
  outer = new GatheringFuture<L>(loop, children);
  return outer;
}
