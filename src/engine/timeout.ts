/**
 * asyncio.timeout / timeout_at (timeouts.py, 3.11): a deadline around a block. When it passes,
 * the task is cancelled; on the way out the block's CancelledError becomes TimeoutError, but
 * only if no other cancellation was requested meanwhile (counted with cancelling/uncancel).
 */
import type { AsyncContextManager } from './async-context.ts';
import type { Coro } from './coroutine.ts';
import { CancelledError, PyException, pyErr, RuntimeError } from './exceptions.ts';
import type { Handle } from './handles.ts';
import type { EventLoop } from './loop.ts';
import type { Task } from './task.ts';
import { timeoutErrorFrom } from './wait-for.ts';

/** timeouts.py's _State, by its value (what repr and the error messages print). */
export type TimeoutState = 'created' | 'active' | 'expiring' | 'expired' | 'finished';

export class Timeout implements AsyncContextManager {
  static readonly pyTypeName = 'Timeout';
  private stateValue: TimeoutState = 'created';
  private timeoutHandler: Handle<Timeout> | null = null;
  private task: Task<unknown> | null = null;
  /** The task's cancelling() count on entry: more than that on exit means someone else cancelled too. */
  private cancellingOnEntry = 0;

  constructor(
    readonly loop: EventLoop,
    private deadline: number | null,
  ) {}

  get state(): TimeoutState {
    return this.stateValue;
  }

  when(): number | null {
    return this.deadline;
  }

  expired(): boolean {
    return this.stateValue === 'expiring' || this.stateValue === 'expired';
  }

  reschedule(when: number | null): void {
    if (this.stateValue !== 'active') {
      if (this.stateValue === 'created') throw pyErr(RuntimeError, 'Timeout has not been entered');
      throw pyErr(RuntimeError, `Cannot change state of ${this.stateValue} Timeout`);
    }
    this.deadline = when;
    this.timeoutHandler?.cancel();
    if (when === null) {
      this.timeoutHandler = null;
    } else if (when <= this.loop.time()) {
      // A deadline already past fires on the next loop iteration, not at once.
      this.timeoutHandler = this.loop.callSoon(expire, this as Timeout, 'timeout');
    } else {
      this.timeoutHandler = this.loop.callAt(when, expire, this as Timeout, 'timeout');
    }
  }

  *aenter(): Coro<unknown> {
    if (this.stateValue !== 'created') throw pyErr(RuntimeError, 'Timeout has already been entered');
    const task = this.loop.current;
    if (task === null) throw pyErr(RuntimeError, 'Timeout should be used inside a task');
    this.stateValue = 'active';
    this.task = task;
    this.cancellingOnEntry = task.cancelling();
    this.reschedule(this.deadline);
    return this;
  }

  *aexit(exc: PyException | null): Coro<boolean> {
    this.timeoutHandler?.cancel();
    this.timeoutHandler = null;
    if (this.stateValue === 'expiring') {
      this.stateValue = 'expired';
      // `exc_type is CancelledError`: exactly that class, not a subclass.
      if (this.task!.uncancel() <= this.cancellingOnEntry && exc !== null && exc.cls === CancelledError) {
        throw timeoutErrorFrom(exc);
      }
    } else if (this.stateValue === 'active') {
      this.stateValue = 'finished';
    }
    return false;
  }

  /** Timeout._on_timeout: the deadline passed; the trace says a timeout cancelled the task. */
  onTimeout(): void {
    this.loop.withCause('timeout', (t: Task<unknown>) => t.cancel(), this.task!);
    this.stateValue = 'expiring';
    this.timeoutHandler = null;
  }

  /** The task this deadline would cancel (the loop inspector names it beside the timer). */
  tracedTask(): Task<unknown> | null {
    return this.task;
  }

  /** Python's repr: `<Timeout [active] when=1.5>`; `showWhen` prints `round(when, 3)` as Python does. */
  repr(showWhen: (when: number) => string = (when) => String(Math.round(when * 1000) / 1000)): string {
    if (this.stateValue !== 'active') return `<Timeout [${this.stateValue}]>`;
    const when = this.deadline === null ? 'None' : showWhen(this.deadline);
    return `<Timeout [${this.stateValue}] when=${when}>`;
  }
}

function expire(t: Timeout): void {
  t.onTimeout();
}

/** `asyncio.timeout(delay)`: a deadline relative to now (None: never). */
export function timeout(loop: EventLoop, delay: number | null): Timeout {
  return new Timeout(loop, delay === null ? null : loop.time() + delay);
}

/** `asyncio.timeout_at(when)`: an absolute deadline on loop.time()'s clock. */
export function timeoutAt(loop: EventLoop, when: number | null): Timeout {
  return new Timeout(loop, when);
}
