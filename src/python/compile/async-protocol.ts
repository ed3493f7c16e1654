/** Engine objects usable in `async with` (Lock, Semaphore, Condition, Timeout, TaskGroup). */
import type { Coro } from '../../engine/coroutine.ts';
import type { PyException } from '../../engine/exceptions.ts';

export interface AsyncContextManager {
  aenter(): Coro<unknown>;
  aexit(exc: PyException | null): Coro<boolean>;
}

export function isAsyncContextManager(v: unknown): v is AsyncContextManager {
  return typeof v === 'object' && v !== null && typeof (v as AsyncContextManager).aenter === 'function' && typeof (v as AsyncContextManager).aexit === 'function';
}
