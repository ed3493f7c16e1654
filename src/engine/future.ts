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

const NO_FRAMES: readonly TracebackFrame[] = [];

/**
 * What only a failed or cancelled future needs, or one whose completion the trace must explain
 * later: kept apart and made on first use, so that the common future (one per sleep, resolved
 * with a result) stays small.
 */
class FutureOutcome {
  exception: PyException | null = null;
  /** The exception's traceback when it was stored: result() raises it with that one again. */
  exceptionTb: readonly TracebackFrame[] = NO_FRAMES;
  cancelMessage: string | null = null;
  /** The CancelledError that ended a task's coroutine, kept so result() re-raises that very one. */
  cancelledExc: PyException | null = null;
  /** Who completed this future, for the done callbacks that react to it (recorded runs; see wake-cause.ts). */
  doneCause: CompletionCause | null = null;
  /** "... exception was never retrieved": set when an exception is stored, cleared when read. */
  logTraceback = false;
}

export class Future<T = unknown> {
  state: FutureState = 'pending';
  protected resultValue: T | undefined = undefined;
  private outcome: FutureOutcome | null = null;
  /** Most futures get exactly one callback (the awaiting task's wakeup): it has a slot of its own. */
  private firstCallback: DoneCallback<T> | null = null;
  private moreCallbacks: DoneCallback<T>[] | null = null;
  /** Set while a task awaits this future (Future.__await__'s `_asyncio_future_blocking`). */
  blocking = false;
  /** What a task suspended on this future is waiting for, as the trace reports it. */
  waitTarget: WaitTarget | null = null;
  /** A number unique in the run, in creation order (the trace names objects by it; wait() sorts by it). */
  readonly objectId: number;

  constructor(readonly loop: EventLoop) {
    this.objectId = loop.nextObjectId();
  }

  private outcomeToFill(): FutureOutcome {
    return (this.outcome ??= new FutureOutcome());
  }

  /** "Task exception was never retrieved": set when an exception is stored, cleared when read or cancelled. */
  get logTraceback(): boolean {
    return this.outcome !== null && this.outcome.logTraceback;
  }

  set logTraceback(on: boolean) {
    if (on) this.outcomeToFill().logTraceback = true;
    else if (this.outcome !== null) this.outcome.logTraceback = false;
  }

  /** Who completed this future, when the trace has more to say than "nobody" (recorded runs). */
  get doneCause(): CompletionCause | null {
    return this.outcome === null ? null : this.outcome.doneCause;
  }

  /** Keep the CancelledError that ended a task's coroutine, for result() to re-raise. */
  protected keepCancelledError(e: PyException): void {
    this.outcomeToFill().cancelledExc = e;
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
    const o = this.outcome;
    if (o !== null && o.cancelledExc !== null) {
      const e = o.cancelledExc;
      o.cancelledExc = null;
      return e;
    }
    const msg = o === null ? null : o.cancelMessage;
    return msg === null ? pyErr(CancelledError) : pyErr(CancelledError, msg);
  }

  result(): T {
    if (this.state === 'cancelled') throw this.makeCancelledError();
    if (this.state !== 'finished') throw pyErr(InvalidStateError, 'Result is not set.');
    this.logTraceback = false;
    const o = this.outcome;
    if (o !== null && o.exception !== null) {
      // `raise self._exception.with_traceback(self._exception_tb)`: each awaiter's frames
      // follow the traceback it had when stored, not those of earlier awaiters.
      o.exception.traceback = o.exceptionTb.slice();
      throw o.exception;
    }
    return this.resultValue as T;
  }

  exception(): PyException | null {
    if (this.state === 'cancelled') throw this.makeCancelledError();
    if (this.state !== 'finished') throw pyErr(InvalidStateError, 'Exception is not set.');
    this.logTraceback = false;
    return this.peekException();
  }

  /** The message a cancelled future's CancelledError carries, without consuming it. */
  peekCancelMessage(): string | null {
    const o = this.outcome;
    if (o === null) return null;
    const e = o.cancelledExc;
    if (e !== null) return e.args.length > 0 ? String(e.args[0]) : null;
    return o.cancelMessage;
  }

  /** The message given to cancel() itself (gather reports cancelled children with it). */
  get requestedCancelMessage(): string | null {
    return this.outcome === null ? null : this.outcome.cancelMessage;
  }

  /** Peek without side effects (for tracing and gather's bookkeeping). */
  peekException(): PyException | null {
    return this.outcome === null ? null : this.outcome.exception;
  }

  peekResult(): T | undefined {
    return this.resultValue;
  }

  addDoneCallback(cb: DoneCallback<T>): void {
    if (this.state !== 'pending') this.loop.callDoneCallback(cb as DoneCallback<unknown>, this as Future<unknown>);
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
    if (msg !== null) this.outcomeToFill().cancelMessage = msg;
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
    const o = this.outcomeToFill();
    o.exception = exc;
    o.exceptionTb = exc.traceback.slice();
    this.state = 'finished';
    this.logTraceback = true;
    this.loop.failedFutures.push(this as Future<unknown>);
    this.scheduleCallbacks();
  }

  /** A task's `done` event, written before its awaiters' wakes. */
  protected recordDone(): void {}

  private scheduleCallbacks(): void {
    const rec = this.loop.recorder;
    let cause: CompletionCause | null = null;
    if (rec !== null) {
      cause = rec.completionCause(this as Future<unknown>);
      // Only a done callback that runs later asks again, only for a future that is not a task
      // (a task's own completion names it), and only for a cause that names someone.
      if (cause !== null && cause.child !== (this as Future<unknown>) && (cause.by !== null || cause.child !== null)) this.outcomeToFill().doneCause = cause;
      this.recordDone();
    }
    const first = this.firstCallback;
    const more = this.moreCallbacks;
    this.firstCallback = null;
    this.moreCallbacks = null;
    const self = this as Future<unknown>;
    if (first !== null) this.loop.scheduleDoneCallback(first as DoneCallback<unknown>, self, cause);
    if (more !== null) for (const cb of more) this.loop.scheduleDoneCallback(cb as DoneCallback<unknown>, self, cause);
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
