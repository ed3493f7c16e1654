import type { Coro } from './coroutine.ts';
import { Future } from './future.ts';
import type { EventLoop } from './loop.ts';
import type { SourceSpan, WaitTarget } from '../trace/format.ts';

export interface SleepMeta {
  /** The asyncio.sleep(...) call, and the literal the delay came from unchanged. */
  call?: SourceSpan;
  literal?: SourceSpan;
  /** How the delay reads in labels ("3", "0.5"); the front end passes Python's repr. */
  delayText?: string;
}

/** The future a sleep waits on; it carries its result so the timer needs no closure. */
class SleepFuture<T> extends Future<T> {
  constructor(
    loop: EventLoop,
    readonly value: T,
  ) {
    super(loop);
  }
}

// futures._set_result_unless_cancelled, as the timer's callback.
function wakeSleeper(fut: SleepFuture<unknown>): void {
  if (!fut.cancelled()) fut.setResult(fut.value);
}

/** asyncio.sleep: a non-positive delay is a bare yield; otherwise a future a timer completes. */
export function* sleep<T>(loop: EventLoop, delay: number, result: T, meta?: SleepMeta): Coro<T> {
  if (delay <= 0) {
    yield null;
    return result;
  }
  const fut = new SleepFuture<T>(loop, result);
  const target: WaitTarget = {
    kind: 'sleep',
    label: 'sleep ' + (meta?.delayText ?? String(delay)),
    delay,
    until: loop.time() + delay,
    call: meta?.call,
    literal: meta?.literal,
  };
  fut.waitTarget = target;
  const timer = loop.callLater(delay, wakeSleeper, fut as SleepFuture<unknown>, 'sleep timer');
  try {
    return yield* fut;
  } finally {
    timer.cancel();
  }
}
