/**
 * What a task stuck in a deadlock waits for, in terms a cycle can be drawn with: the primitive,
 * and the tasks that would have to act to end the wait (src/trace/format.ts, DeadlockWait).
 */
import type { WaitKind } from '../trace/format.ts';
import { WaiterFuture } from './resource.ts';
import type { Task } from './task.ts';

export interface StuckWait {
  readonly kind?: WaitKind;
  readonly object?: number;
  readonly holders?: readonly number[];
}

export function stuckWait(task: Task<unknown>, taskById: (id: number) => Task<unknown> | undefined): StuckWait {
  const fut = task.futWaiter;
  const target = fut?.waitTarget ?? null;
  if (fut === null || target === null) return {};
  const object = 'object' in target ? target.object : undefined;
  const base = { kind: target.kind, ...(object !== undefined ? { object } : {}) };
  let holders: number[] = [];
  if (fut instanceof WaiterFuture) {
    holders = fut.resource.traceState().holders.filter((t) => !t.internal).map((t) => t.id);
  } else if ('task' in target && target.task !== undefined) {
    holders = [target.task];
  } else if ('tasks' in target) {
    holders = target.tasks.filter((id) => taskById(id)?.done() === false);
  }
  return holders.length > 0 ? { ...base, holders } : base;
}
