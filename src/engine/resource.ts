/**
 * What the trace needs to know of a synchronization primitive (Lock, Semaphore, Queue, Event,
 * Condition, Barrier): its state, who holds it, and which task each waiter future stands for.
 */
import type { ResourceKind, WaitTarget } from '../trace/format.ts';
import { Future } from './future.ts';
import type { EventLoop } from './loop.ts';
import type { Task } from './task.ts';

export type WaiterOp = 'get' | 'put' | 'join';

/** What the trace reads of a waiter future. */
export interface WaiterInfo {
  readonly task: Task<unknown> | null;
  readonly op?: WaiterOp;
}

/** A primitive's state as the `resource` event reports it (tasks, not ids: the recorder maps them). */
export interface ResourceState {
  readonly holders: readonly Task<unknown>[];
  readonly waiters: readonly WaiterInfo[];
  readonly items?: number;
  readonly capacity?: number;
  readonly set?: boolean;
  readonly unfinished?: number;
  readonly state?: string;
}

export interface TracedResource {
  readonly objectId: number;
  readonly traceKind: ResourceKind;
  readonly label: string;
  traceState(): ResourceState;
}

/**
 * A future a task waits on inside a primitive. It remembers the task that made it (the one
 * about to await it: the wakeup callback is attached only when the task's step ends) and the
 * primitive it belongs to, so a wake and a deadlock can name both.
 */
export class WaiterFuture<T> extends Future<T> implements WaiterInfo {
  readonly task: Task<unknown> | null;

  constructor(
    loop: EventLoop,
    readonly resource: TracedResource,
    target: WaitTarget,
    readonly op?: WaiterOp,
  ) {
    super(loop);
    this.task = loop.current;
    this.waitTarget = target;
  }
}

/** The holder list of one task or none (a Lock's). */
export function holderList(task: Task<unknown> | null): readonly Task<unknown>[] {
  return task === null ? [] : [task];
}

/** deque.remove: drop the first occurrence (each waiter is in its list exactly once). */
export function removeFirst<T>(list: T[], item: T): void {
  const i = list.indexOf(item);
  if (i >= 0) list.splice(i, 1);
}
