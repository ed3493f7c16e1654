/**
 * asyncio.Future: a result that arrives later. Done callbacks are scheduled with call_soon,
 * never called inline, so their order is the loop's FIFO order (futures.py).
 */
import type { Coro, Yielded } from './coroutine.ts';
import { CancelledError, InvalidStateError, PyException, pyErr, RuntimeError, type TracebackFrame } from './exceptions.ts';
import type { EventLoop } from './loop.ts';
import type { WaitTarget } from '../trace/format.ts';
import type { CompletionCause } from './wake-cause.ts';

export type FutureState = 'pending' | 'cancelled' | 'finished';

export interface DoneCallback<T> {
  (fut: Future<T>): void;
  /** How Future.__repr__ names it (`cb=[...]`): `Task.task_wakeup()`, `report() at x.py:3`. */
  pyText?: string;
  /** The arguments a functools.partial bound it to, which the repr shows (wait_for's waiter). */
  pyArgs?: readonly unknown[];
}

export class Future<T = unknown> {
  state: FutureState = 'pending';
  protected resultValue: T | undefined = undefined;
  protected exceptionValue: PyException | null = null;
  /** The exception's traceback when it was stored: result() raises it with that one again. */
  private exceptionTb: readonly TracebackFrame[] = [];
  protected cancelMessage: string | null = null;
  /** The CancelledError that ended a task's coroutine, kept so result() re-raises that very one. */
  protected cancelledExc: PyException | null = null;
  /** Most futures get exactly one callback (the awaiting task's wakeup): it has a slot of its own. */
  private firstCallback: DoneCallback<T> | null = null;
  private moreCallbacks: DoneCallback<T>[] | null = null;
  /** Set while a task awaits this future (Future.__await__'s `_asyncio_future_blocking`). */
  blocking = false;
  /** What a task suspended on this future is waiting for, as the trace reports it. */
  waitTarget: WaitTarget | null = null;
  /** A number unique in the run, in creation order (the trace names objects by it; wait() sorts by it). */
  readonly objectId: number;
  /** "Task exception was never retrieved": set when an exception is stored, cleared when read. */
  logTraceback = false;
  /** Who and what completed this future (traced runs only): each awaiter's wake reports it. */
  doneCause: CompletionCause | null = null;

  constructor(readonly loop: EventLoop) {
    this.objectId = loop.nextObjectId();
  }

  done(): boolean {
    return this.state !== 'pending';
  }

  cancelled(): boolean {
    return this.state === 'cancelled';
  }

  /**
   * Future._make_cancelled_error: the CancelledError this future stands for — the one that
   * ended a task's coroutine (handed out once), else a new one with the cancel() message.
   * gather() also asks it of a child that was asked to cancel but finished anyway.
   */
  makeCancelledError(): PyException {
    if (this.cancelledExc !== null) {
      const e = this.cancelledExc;
      this.cancelledExc = null;
      return e;
    }
    return this.cancelMessage === null ? pyErr(CancelledError) : pyErr(CancelledError, this.cancelMessage);
  }

  result(): T {
    if (this.state === 'cancelled') throw this.makeCancelledError();
    if (this.state !== 'finished') throw pyErr(InvalidStateError, 'Result is not set.');
    this.logTraceback = false;
    if (this.exceptionValue !== null) {
      // `raise self._exception.with_traceback(self._exception_tb)`: each awaiter's frames
      // follow the traceback it had when stored, not those of earlier awaiters.
      this.exceptionValue.traceback = this.exceptionTb.slice();
      throw this.exceptionValue;
    }
    return this.resultValue as T;
  }

  exception(): PyException | null {
    if (this.state === 'cancelled') throw this.makeCancelledError();
    if (this.state !== 'finished') throw pyErr(InvalidStateError, 'Exception is not set.');
    this.logTraceback = false;
    return this.exceptionValue;
  }

  /** The message a cancelled future's CancelledError carries, without consuming it. */
  peekCancelMessage(): string | null {
    const e = this.cancelledExc;
    if (e !== null) return e.args.length > 0 ? String(e.args[0]) : null;
    return this.cancelMessage;
  }

  /** The message given to cancel() itself (gather reports cancelled children with it). */
  get requestedCancelMessage(): string | null {
    return this.cancelMessage;
  }

  /** Peek without side effects (for tracing and gather's bookkeeping). */
  peekException(): PyException | null {
    return this.exceptionValue;
  }

  peekResult(): T | undefined {
    return this.resultValue;
  }

  addDoneCallback(cb: DoneCallback<T>): void {
    if (this.state !== 'pending') this.loop.callSoon(cb as (f: unknown) => void, this, 'done callback').fromDone = true;
    else if (this.firstCallback === null && this.moreCallbacks === null) this.firstCallback = cb;
    else (this.moreCallbacks ??= []).push(cb);
  }

  /** Returns how many callbacks were removed. */
  removeDoneCallback(cb: DoneCallback<T>): number {
    return this.removeDoneCallbacksWhere((c) => c === cb);
  }

  /** Remove every callback `matches` picks (Python compares callbacks with `==`); returns how many. */
  removeDoneCallbacksWhere(matches: (cb: DoneCallback<T>) => boolean): number {
    const all = this.doneCallbacks();
    const kept = all.filter((c) => !matches(c));
    this.firstCallback = null;
    this.moreCallbacks = kept.length > 0 ? kept : null;
    return all.length - kept.length;
  }

  /** The registered callbacks in registration order (none once the future is done). */
  doneCallbacks(): DoneCallback<T>[] {
    const all: DoneCallback<T>[] = [];
    if (this.firstCallback !== null) all.push(this.firstCallback);
    if (this.moreCallbacks !== null) all.push(...this.moreCallbacks);
    return all;
  }

  cancel(msg: string | null = null): boolean {
    this.logTraceback = false;
    if (this.state !== 'pending') return false;
    this.state = 'cancelled';
    this.cancelMessage = msg;
    this.scheduleCallbacks();
    return true;
  }

  setResult(value: T): void {
    if (this.state !== 'pending') throw pyErr(InvalidStateError, `invalid state`);
    this.resultValue = value;
    this.state = 'finished';
    this.scheduleCallbacks();
  }

  setException(exc: PyException): void {
    if (this.state !== 'pending') throw pyErr(InvalidStateError, `invalid state`);
    this.exceptionValue = exc;
    this.exceptionTb = exc.traceback.slice();
    this.state = 'finished';
    this.logTraceback = true;
    this.loop.failedFutures.push(this as Future<unknown>);
    this.scheduleCallbacks();
  }

  /** A task's `done` event, written before its awaiters' wakes. */
  protected recordDone(): void {}

  private scheduleCallbacks(): void {
    const rec = this.loop.recorder;
    if (rec !== null) {
      this.doneCause = rec.completionCause(this as Future<unknown>);
      this.recordDone();
    }
    const first = this.firstCallback;
    const more = this.moreCallbacks;
    this.firstCallback = null;
    this.moreCallbacks = null;
    const self = this as Future<unknown>;
    if (first !== null) this.loop.scheduleDoneCallback(first as DoneCallback<unknown>, self);
    if (more !== null) for (const cb of more) this.loop.scheduleDoneCallback(cb as DoneCallback<unknown>, self);
  }

  /** `await future`: Future.__await__. */
  *[Symbol.iterator](): Coro<T> {
    if (this.state === 'pending') {
      this.blocking = true;
      yield this as Yielded;
    }
    if (this.state === 'pending') throw pyErr(RuntimeError, "await wasn't used with future");
    return this.result();
  }
}

/** Complete a future unless someone cancelled it meanwhile (the sleep timer's callback). */
export function setResultUnlessCancelled<T>(fut: Future<T>, value: T): void {
  if (!fut.cancelled()) fut.setResult(value);
}
