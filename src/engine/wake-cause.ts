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
  /** The primitive acted on (its objectId), or null. */
  readonly object: number | null;
  /** The child task whose completion it was, or null. */
  readonly child: Task<unknown> | null;
}

export interface Actor {
  readonly by: Task<unknown> | null;
  readonly child: Task<unknown> | null;
}

const NOBODY: Actor = { by: null, child: null };
/** The commonest cause by far (every sleep's end), shared rather than made anew each time. */
const SLEEP_ENDED: CompletionCause = { cause: 'timer', by: null, object: null, child: null };

/** Who acts now: the running task, else the task behind the done callback that runs, else nobody. */
export function actorNow(loop: EventLoop): Actor {
  if (loop.current !== null) return { by: loop.current, child: null };
  return callbackActor(loop);
}

/** With no task running: the task whose completion the running done callback reacts to. */
function callbackActor(loop: EventLoop): Actor {
  const h = loop.currentHandle;
  const arg: unknown = h?.arg;
  if (h === null || !h.fromDone || !(arg instanceof Future)) return NOBODY;
  const done = arg as Future<unknown>;
  if (done instanceof Task) return { by: done, child: done };
  // A future that is not a task (a gather inside a gather): the task that completed it.
  const inner = done.doneCause;
  return inner === null ? NOBODY : { by: inner.by, child: inner.child };
}

export function completionCause(loop: EventLoop, fut: Future<unknown>): CompletionCause {
  // A sleep's own timer (no task runs, no done callback, no override while a handle runs):
  // the commonest completion by far, answered without the general questions below.
  const h = loop.currentHandle;
  if (h !== null && h.kind === 'sleep-timer' && loop.current === null && loop.causeOverride === null) return SLEEP_ENDED;
  if (fut instanceof Task) return { cause: 'task-done', by: fut, child: fut, object: null };
  const cause = causeOf(fut, loop.causeOverride);
  const object = objectOf(fut);
  if (loop.current !== null) return { cause, by: loop.current, object, child: null };
  const { by, child } = callbackActor(loop);
  if (cause === 'timer' && by === null && child === null && object === null) return SLEEP_ENDED;
  return { cause, by, object, child };
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

function objectOf(fut: Future<unknown>): number | null {
  if (fut instanceof WaiterFuture) return fut.resource.objectId;
  const target = fut.waitTarget;
  if (target === null) return fut.objectId;
  return 'object' in target ? target.object : null;
}
