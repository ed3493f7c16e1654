/**
 * asyncio.shield: an outer future that mirrors the inner one, so that cancelling the awaiting
 * task cancels only the outer future and the inner work goes on.
 */
import type { Awaitable } from './coroutine.ts';
import { ensureFuture } from './ensure-future.ts';
import type { DoneCallback, Future } from './future.ts';
import type { EventLoop } from './loop.ts';
import { Task } from './task.ts';

/** `asyncio.shield(aw)`: called, not awaited — the inner task starts at once. */
export function shield<T>(loop: EventLoop, aw: Awaitable<T>): Future<T> {
  const inner = ensureFuture(loop, aw);
  if (inner.done()) return inner;
  const outer = loop.createFuture<T>();
  outer.waitTarget =
    inner instanceof Task
      ? { kind: 'task', label: `shield(${inner.name})`, task: inner.id }
      : { kind: 'future', label: 'shield(a future)', object: inner.objectId };

  const innerDone: DoneCallback<T> = (f: Future<T>): void => {
    if (outer.cancelled()) {
      // Nobody will read the inner result now; mark its exception retrieved.
      if (!f.cancelled()) f.exception();
      return;
    }
    if (f.cancelled()) {
      outer.cancel();
      return;
    }
    const exc = f.exception();
    if (exc !== null) outer.setException(exc);
    else outer.setResult(f.result());
  };
  const outerDone: DoneCallback<T> = (): void => {
    if (!inner.done()) inner.removeDoneCallback(innerDone);
  };
  innerDone.pyText = 'shield._inner_done_callback()';
  outerDone.pyText = 'shield._outer_done_callback()';
  inner.addDoneCallback(innerDone);
  outer.addDoneCallback(outerDone);
  return outer;
}
