/**
 * Who woke whom: when a future completes, what and who completed it. CPython has no such
 * record; it follows from who runs at that moment — the task whose step called set_result,
 * release, put... — or, for a done callback (gather's, a TaskGroup's, wait_for's), the future
 * whose completion the callback reacts to, followed back to the task that finished.
 */
import type { WakeCause } from '../trace/format.ts';
import { Future } from './future.ts';
import type { EventLoop } from './loop.ts';
import { WaiterFuture } from './resource.ts';
import { Task } from './task.ts';

/** What engine code says about an action the running code alone does not tell. */
export type CauseOverride = 'timeout' | 'taskgroup' | 'gather' | 'loop';

export interface CompletionCause {
  readonly cause: WakeCause;
  /** The task whose action it was (null: a timer, a worker thread, the loop). */
  readonly by: Task<unknown> | null;
  /** The primitive acted on (its objectId). */
  readonly object?: number;
  /** The child task whose completion it was. */
  readonly child?: Task<unknown>;
}

export interface Actor {
  readonly by: Task<unknown> | null;
  readonly child: Task<unknown> | null;
}

const NOBODY: Actor = { by: null, child: null };

/** Who acts now: the running task, else the task behind the done callback that runs, else nobody. */
export function actorNow(loop: EventLoop): Actor {
  if (loop.current !== null) return { by: loop.current, child: null };
  const h = loop.currentHandle;
  const arg: unknown = h?.arg;
  if (h === null || !h.fromDone || !(arg instanceof Future)) return NOBODY;
  const done = arg as Future<unknown>;
  if (done instanceof Task) return { by: done, child: done };
  // A future that is not a task (a gather inside a gather): the task that completed it.
  const inner = done.doneCause;
  if (inner === null) return NOBODY;
  return { by: inner.by, child: inner.child ?? null };
}

export function completionCause(loop: EventLoop, fut: Future<unknown>): CompletionCause {
  if (fut instanceof Task) return { cause: 'task-done', by: fut, child: fut };
  const { by, child } = actorNow(loop);
  const object = objectOf(fut);
  const cause = causeOf(fut, loop.causeOverride);
  return {
    cause,
    by,
    ...(object !== undefined ? { object } : {}),
    ...(child !== null ? { child } : {}),
  };
}

function causeOf(fut: Future<unknown>, override: CauseOverride | null): WakeCause {
  if (override === 'timeout') return 'timeout';
  if (fut.cancelled()) return override === 'taskgroup' ? 'taskgroup' : override === 'loop' ? 'loop' : 'cancel';
  if (fut instanceof WaiterFuture) return fut.resource.traceKind;
  const target = fut.waitTarget;
  if (target === null) return 'future';
  switch (target.kind) {
    case 'sleep':
      return 'timer';
    case 'task':
      return 'task-done';
    case 'yield':
      return 'loop';
    default:
      return target.kind;
  }
}

function objectOf(fut: Future<unknown>): number | undefined {
  if (fut instanceof WaiterFuture) return fut.resource.objectId;
  const target = fut.waitTarget;
  if (target === null) return fut.objectId;
  return 'object' in target ? target.object : undefined;
}
