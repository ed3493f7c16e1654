/**
 * Callbacks queued on the loop: `Handle` for call_soon, `TimerHandle` for call_later/call_at.
 * A handle carries its callback and one argument instead of a closure, so that the hot path
 * (a task's step scheduled on every wakeup) allocates one small object and no closure.
 */

import type { RunContext } from './context.ts';
import type { Task } from './task.ts';

export type Callback<A> = (arg: A) => void;

export class Handle<A = unknown> {
  cancelled = false;
  /** The context the callback runs in (a snapshot of the scheduler's; see context.ts). */
  ctxVars: ReadonlyMap<object, unknown> | null = null;
  /** call_soon(..., context=ctx): the Context the callback runs inside (its changes stay there). */
  context: RunContext | null = null;
  /** A future's done callback (its arg is the future that completed): the trace follows causes through it. */
  fromDone = false;
  /** The task that scheduled it, or that the scheduling callback stood for (set only while recording: the trace's `callback.task`). */
  by: Task<unknown> | null = null;

  constructor(
    readonly callback: Callback<A>,
    readonly arg: A,
    /** Short description for the loop inspector ("Task-2 step", "sleep timer"). */
    readonly label: string,
  ) {}

  cancel(): void {
    this.cancelled = true;
  }

  run(): void {
    this.callback(this.arg);
  }
}

export class TimerHandle<A = unknown> extends Handle<A> {
  /** True while the handle sits in the loop's timer heap. */
  scheduled = false;

  constructor(
    readonly when: number,
    /** Scheduling order: equal deadlines fire in the order they were scheduled. */
    readonly seq: number,
    callback: Callback<A>,
    arg: A,
    label: string,
    private readonly onCancel: (h: TimerHandle<A>) => void,
  ) {
    super(callback, arg, label);
  }

  override cancel(): void {
    if (!this.cancelled) {
      this.cancelled = true;
      // Like CPython, the loop counts cancelled timers still in the heap to decide when to purge.
      if (this.scheduled) this.onCancel(this);
    }
  }
}
