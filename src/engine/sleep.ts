import type { Coro } from './coroutine.ts';
import { setResultUnlessCancelled } from './future.ts';
import type { EventLoop } from './loop.ts';
import type { SourceSpan } from '../trace/format.ts';

export interface SleepMeta {
  /** The asyncio.sleep(...) call, and the literal the delay came from unchanged. */
  call?: SourceSpan;
  literal?: SourceSpan;
  /** How the delay reads in labels ("3", "0.5"); the front end passes Python's repr. */
  delayText?: string;
}

/** asyncio.sleep: a non-positive delay is a bare yield; otherwise a future a timer completes. */
export function* sleep<T>(loop: EventLoop, delay: number, result: T, meta: SleepMeta = {}): Coro<T> {
  if (delay <= 0) {
    yield null;
    return result;
  }
  const fut = loop.createFuture<T>();
  fut.waitTarget = {
    kind: 'sleep',
    label: `sleep ${meta.delayText ?? String(delay)}`,
    delay,
    until: loop.time() + delay,
    ...(meta.call ? { call: meta.call } : {}),
    ...(meta.literal ? { literal: meta.literal } : {}),
  };
  const timer = loop.callLater(delay, (f) => setResultUnlessCancelled(f, result), fut, 'sleep timer');
  try {
    return yield* fut;
  } finally {
    timer.cancel();
  }
}
