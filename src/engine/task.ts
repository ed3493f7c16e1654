/**
 * asyncio.Task: drives a coroutine one step at a time on the loop (tasks.py's Task.__step and
 * __wakeup). A step sends into the coroutine (or throws into it) until it yields the next
 * future to wait on, yields null (bare yield), returns, or raises.
 */
import type { Coro } from './coroutine.ts';
import { CancelledError, isExitError, isInstance, PyException, pyErr, RuntimeError } from './exceptions.ts';
import { Future, type DoneCallback } from './future.ts';
import type { RunContext } from './context.ts';
import type { EventLoop } from './loop.ts';
import type { SourceSpan, WaitTarget } from '../trace/format.ts';

export interface TaskOptions {
  /** An explicit name (create_task(name=...)); otherwise Task-N. */
  name?: string;
  /** The coroutine function's name, for the trace ("long_operation"). */
  coroName?: string;
  /** Where the task was created, and the literal its name came from. */
  call?: SourceSpan;
  nameLiteral?: SourceSpan;
  /** Loop-internal tasks (asyncio.run's shutdown steps) are not traced. */
  internal?: boolean;
  /** create_task(context=...): otherwise a copy of the creator's context. */
  context?: RunContext;
}

/** What a coroutine may tell about the call that made it, for the trace's row labels. */
export interface CoroCallText {
  readonly coroCall: string | undefined;
}

export class Task<T = unknown> extends Future<T> {
  /** Creation order, 0-based: the trace's TaskId. */
  readonly id: number;
  name: string;
  readonly coroName: string;
  /** The future this task is suspended on (`_fut_waiter`). */
  futWaiter: Future<unknown> | null = null;
  mustCancel = false;
  /**
   * The message of the latest cancel(), for a cancellation still to be delivered at the next
   * step. Kept apart from the Future's own message (set only when the task ends cancelled),
   * as CPython's C Task keeps task_cancel_msg apart from fut_cancel_msg.
   */
  private requestedMessage: string | null = null;
  numCancelsRequested = 0;
  readonly internal: boolean;
  /**
   * Set when the program threw the Task object away (`asyncio.create_task(...)` as a bare
   * statement): CPython frees such a task, and reports an exception nobody read, as soon as
   * it finishes; a task the program keeps is reported only when it is freed, at exit.
   */
  discarded = false;
  /**
   * Bound once, and the task's only closure: the done callback on every future the task awaits
   * (its argument is that future) and the callback of the task's step handles (its argument is
   * the exception to throw in, or null; the handle's kind tells the trace which). Its one mark,
   * `wakesTask`, is all the loop and the trace read; see doneCallbackText for its Python name.
   */
  readonly wakeup: DoneCallback<unknown> & { wakesTask: Task<unknown> };
  /** The contextvars Context every step of this task runs in: its step and wakeup handles carry it. */
  readonly context: RunContext;

  constructor(
    loop: EventLoop,
    private readonly coro: Coro<T>,
    opts: TaskOptions = {},
  ) {
    super(loop);
    const number = loop.nextTaskNumber();
    this.id = loop.registerTask(this as Task<unknown>);
    this.name = opts.name ?? `Task-${number}`;
    this.coroName = opts.coroName ?? '';
    this.internal = opts.internal ?? false;
    this.context = opts.context ?? loop.context.copy();
    const wakeup = ((arg: Future<unknown> | PyException | null) => {
      if (arg instanceof Future) this.onWakeup(arg);
      else this.step(arg);
    }) as DoneCallback<unknown> & { wakesTask: Task<unknown> };
    wakeup.wakesTask = this as Task<unknown>;
    this.wakeup = wakeup;
    loop.recorder?.create(this as Task<unknown>, opts);
    this.scheduleStep(null);
  }

  /** The coroutine's call as text, if the coroutine says (a Python coroutine does: see CoroCallText). */
  get coroCall(): string | undefined {
    return (this.coro as Partial<CoroCallText>).coroCall;
  }

  getName(): string {
    return this.name;
  }

  setName(name: string): void {
    this.name = name;
    this.loop.recorder?.rename(this as Task<unknown>);
  }

  getCoro(): Coro<T> {
    return this.coro;
  }

  cancelling(): number {
    return this.numCancelsRequested;
  }

  uncancel(): number {
    if (this.numCancelsRequested > 0) this.numCancelsRequested -= 1;
    return this.numCancelsRequested;
  }

  override cancel(msg: string | null = null): boolean {
    this.logTraceback = false;
    if (this.done()) return false;
    this.numCancelsRequested += 1;
    this.loop.recorder?.cancel(this as Task<unknown>, msg);
    // Cancelling the awaited future wakes this task with CancelledError; the waiter is kept,
    // since a task that swallows the cancellation may need to be cancelled again.
    if (this.futWaiter !== null && this.futWaiter.cancel(msg)) return true;
    this.mustCancel = true;
    this.requestedMessage = msg;
    return true;
  }

  /**
   * Task.__step: run the coroutine until it next suspends or finishes. As in CPython, the task
   * stays the current task until the step's very end: it sets its own result (so it is the one
   * that wakes its awaiters) and registers its wakeup while current.
   */
  private step(exc: PyException | null): void {
    if (this.done()) throw pyErr(RuntimeError, `_step(): already done: ${this.name}`);
    if (this.mustCancel) {
      if (!isInstance(exc, CancelledError)) {
        exc = this.requestedMessage === null ? pyErr(CancelledError) : pyErr(CancelledError, this.requestedMessage);
      }
      this.mustCancel = false;
    }
    this.futWaiter = null;
    const loop = this.loop;
    loop.enterTask(this as Task<unknown>);
    try {
      this.runStep(exc);
    } finally {
      loop.leaveTask(this as Task<unknown>);
      // A task the program threw away is freed as its last step ends, after it stopped being
      // current (`self = None` after _leave_task): an unread exception is reported then.
      if (this.discarded && this.logTraceback && loop.unretrievedHook?.(this as Future<unknown>)) this.logTraceback = false;
    }
  }

  private runStep(exc: PyException | null): void {
    const loop = this.loop;
    const rec = loop.recorder;
    rec?.step(this as Task<unknown>);
    let yielded: IteratorResult<Future<unknown> | null, T>;
    try {
      yielded = exc === null ? this.coro.next() : this.coro.throw(exc);
    } catch (e) {
      if (!(e instanceof PyException)) throw e; // an engine or interpreter bug: let it surface
      if (isInstance(e, CancelledError)) {
        this.keepCancelledError(e);
        super.cancel();
      } else {
        super.setException(e);
      }
      // The task ends with it, and so does the loop: run_until_complete re-raises it.
      if (isExitError(e)) throw e;
      return;
    }
    if (yielded.done) {
      if (this.mustCancel) {
        // cancel() arrived during the last step: the task ends cancelled, not with its result.
        this.mustCancel = false;
        super.cancel(this.requestedMessage);
      } else {
        super.setResult(yielded.value);
      }
      return;
    }
    const fut = yielded.value;
    if (fut === null) {
      rec?.suspend(this as Task<unknown>, YIELD_TARGET);
      this.scheduleStep(null);
      return;
    }
    if (!fut.blocking) {
      this.scheduleStep(pyErr(RuntimeError, `yield was used instead of yield from in task ${this.name}`));
      return;
    }
    if (fut === (this as Future<unknown>)) {
      this.scheduleStep(pyErr(RuntimeError, `Task cannot await on itself: ${loop.describeTask(this as Task<unknown>)}`));
      return;
    }
    fut.blocking = false;
    fut.addDoneCallback(this.wakeup);
    this.futWaiter = fut;
    rec?.suspend(this as Task<unknown>, waitTargetOf(fut));
    if (this.mustCancel && fut.cancel(this.requestedMessage)) this.mustCancel = false;
  }

  protected override recordDone(): void {
    this.loop.recorder?.done(this as Task<unknown>);
  }

  /** Task.__wakeup: the awaited future is done; resume, throwing its exception if it failed. */
  private onWakeup(fut: Future<unknown>): void {
    let exc: PyException | null = null;
    try {
      fut.result();
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      exc = e;
    }
    this.step(exc);
  }

  /** Queue a step, run in the task's own context (also used when a task must start with an exception). */
  scheduleStep(exc: PyException | null): void {
    this.loop.callSoonIn(this.wakeup as unknown as (arg: PyException | null) => void, exc, this.name, 'step', this.context);
  }
}

/** How Future.__repr__ names a done callback (`cb=[...]`), or undefined for the engine's own bookkeeping. */
export function doneCallbackText(cb: DoneCallback<unknown>): string | undefined {
  if (cb.pyText !== undefined) return cb.pyText;
  return (cb as { wakesTask?: Task<unknown> }).wakesTask !== undefined ? 'Task.task_wakeup()' : undefined;
}

const YIELD_TARGET: WaitTarget = { kind: 'yield', label: 'sleep(0)' };

function waitTargetOf(fut: Future<unknown>): WaitTarget {
  if (fut.waitTarget !== null) return fut.waitTarget;
  if (fut instanceof Task) return { kind: 'task', label: fut.name, task: fut.id };
  return { kind: 'future', label: 'a future', object: fut.objectId };
}
