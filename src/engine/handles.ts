/**
 * Callbacks queued on the loop: `Handle` for call_soon, `TimerHandle` for call_later/call_at.
 * A handle carries its callback and one argument instead of a closure, so that the hot path
 * (a task's step scheduled on every wakeup) allocates one small object and no closure.
 */

import type { RunContext } from './context.ts';
import type { Task } from './task.ts';

export type Callback<A> = (arg: A) => void;

/**
 * What a handle's callback is, fixed when it is scheduled, so that neither the loop nor the
 * trace has to inspect the callback: a task's step or wakeup, a sleep's timer, a future's
 * done callback (its arg is the future that completed), or any other callback.
 */
export type HandleKind = 'call' | 'done' | 'wakeup' | 'step' | 'sleep-timer';

/**
 * The Context a callback runs inside: the task's own for its steps and wakeups, call_soon's
 * context=, else a copy of the scheduler's made when it was scheduled (O(1), see context.ts);
 * null for engine code that runs no Python (a sleep's timer), which runs wherever the loop is.
 */
export type HandleContext = RunContext | null;

export class Handle<A = unknown> {
  cancelled = false;
  /**
   * The task that scheduled it, or that the scheduling callback stood for: the trace's
   * `callback.task`. Set only while recording (EventLoop.schedulingTask); an untraced handle
   * reads the prototype's null and carries no field for it.
   */
  declare by: Task<unknown> | null;

  constructor(
    readonly callback: Callback<A>,
    readonly arg: A,
    /** Short description for the loop inspector ("Task-2 step", "sleep timer"). */
    readonly label: string,
    readonly kind: HandleKind,
    /** call_soon(..., context=ctx) replaces it with ctx: the callback runs inside ctx (its changes stay there). */
    public context: HandleContext,
  ) {}

  cancel(): void {
    this.cancelled = true;
  }

  run(): void {
    this.callback(this.arg);
  }

  /** A future's done callback, a task's wakeup included: the trace follows causes through it. */
  get fromDone(): boolean {
    return this.kind === 'done' || this.kind === 'wakeup';
  }
}
(Handle.prototype as { by: Task<unknown> | null }).by = null;

export class TimerHandle<A = unknown> extends Handle<A> {
  /** True while the handle sits in the loop's timer heap. */
  scheduled = false;

  constructor(
    readonly when: number,
    callback: Callback<A>,
    arg: A,
    label: string,
    kind: HandleKind,
    context: HandleContext,
    private readonly onCancel: (h: TimerHandle<A>) => void,
  ) {
    super(callback, arg, label, kind, context);
  }

  override cancel(): void {
    if (!this.cancelled) {
      this.cancelled = true;
      // Like CPython, the loop counts cancelled timers still in the heap to decide when to purge.
      if (this.scheduled) this.onCancel(this);
    }
  }
}
