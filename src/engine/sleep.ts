import type { Coro, Yielded } from './coroutine.ts';
import { pyErr, RuntimeError } from './exceptions.ts';
import { Future } from './future.ts';
import type { TimerHandle } from './handles.ts';
import type { EventLoop } from './loop.ts';
import type { SourceSpan } from '../trace/format.ts';

export interface SleepMeta {
  /** The asyncio.sleep(...) call, and the literal the delay came from unchanged. */
  call?: SourceSpan;
  literal?: SourceSpan;
  /** How the delay reads in labels ("3", "0.5"); the front end passes Python's repr. */
  delayText?: string;
}

// futures._set_result_unless_cancelled, as the timer's callback: its argument is the sleep,
// which holds both the future and the result, so that the timer needs no closure.
function wakeSleeper(sleep: Sleep<unknown>): void {
  const fut = sleep.future!;
  if (!fut.cancelled()) fut.setResult(sleep.value);
}

/**
 * The coroutine of one `asyncio.sleep(delay, result)`. It does what CPython's sleep() does — a
 * non-positive delay is one bare yield; otherwise it waits on a future that a timer completes,
 * and cancels the timer however the sleep ends — as a hand-made iterator: sleeps are the hottest
 * path of most runs, and a generator (two, with Future.__await__) costs several allocations each.
 */
class Sleep<T> implements Coro<T> {
  /** The future the sleep waits on (a positive delay, once started); a sleep timer's tick label reads it. */
  future: Future<T> | null = null;
  private timer: TimerHandle<Sleep<unknown>> | null = null;
  private started = false;

  constructor(
    private readonly loop: EventLoop,
    private readonly delay: number,
    readonly value: T,
    private readonly meta: SleepMeta | undefined,
  ) {}

  next(): IteratorResult<Yielded, T> {
    if (!this.started) {
      this.started = true;
      if (this.delay <= 0) return { value: null, done: false };
      const loop = this.loop;
      const fut = (this.future = new Future<T>(loop));
      // Only a traced run reads what the task waits on; untraced runs skip building it.
      if (loop.recorder !== null) {
        const meta = this.meta;
        fut.waitTarget = {
          kind: 'sleep',
          label: 'sleep ' + (meta?.delayText ?? String(this.delay)),
          delay: this.delay,
          until: loop.time() + this.delay,
          call: meta?.call,
          literal: meta?.literal,
        };
      }
      // The timer's callback runs engine code only: it needs no context of its own.
      this.timer = loop.callAtIn(loop.time() + this.delay, wakeSleeper, this as Sleep<unknown>, 'sleep timer', 'sleep-timer', null);
      fut.blocking = true;
      return { value: fut as Future<unknown>, done: false };
    }
    this.timer?.cancel();
    const fut = this.future;
    if (fut === null) return { value: this.value, done: true };
    if (!fut.done()) throw pyErr(RuntimeError, "await wasn't used with future");
    return { value: fut.result(), done: true };
  }

  throw(e: unknown): IteratorResult<Yielded, T> {
    this.started = true;
    this.timer?.cancel();
    throw e;
  }

  return(value: T): IteratorResult<Yielded, T> {
    this.started = true;
    this.timer?.cancel();
    return { value, done: true };
  }

  [Symbol.iterator](): this {
    return this;
  }

  [Symbol.dispose](): void {}
}

/** asyncio.sleep: a non-positive delay is a bare yield; otherwise a future a timer completes. */
export function sleep<T>(loop: EventLoop, delay: number, result: T, meta?: SleepMeta): Coro<T> {
  return new Sleep(loop, delay, result, meta);
}
