import type { Awaitable, Coro } from './coroutine.ts';
import { Future } from './future.ts';
import type { EventLoop } from './loop.ts';
import type { TaskOptions } from './task.ts';
import type { SourceSpan } from '../trace/format.ts';

/**
 * A coroutine may carry where it came from, so tasks made for it implicitly (by gather,
 * wait_for, shield, TaskGroup...) still have a name and a source location in the trace.
 */
export interface CoroInfo {
  coroName?: string;
  call?: SourceSpan;
}

export function coroInfo(coro: Coro<unknown>): CoroInfo {
  return coro as unknown as CoroInfo;
}

/** asyncio.ensure_future: a Future stays itself; a coroutine is wrapped in a new Task. */
export function ensureFuture<T>(loop: EventLoop, aw: Awaitable<T>, opts: TaskOptions = {}): Future<T> {
  if (aw instanceof Future) return aw;
  const info = coroInfo(aw);
  return loop.createTask(aw, {
    ...(info.coroName !== undefined ? { coroName: info.coroName } : {}),
    ...(info.call !== undefined ? { call: info.call } : {}),
    ...opts,
  });
}
