/**
 * Native context managers: engine objects usable in `async with` (Lock, Semaphore, Condition,
 * Timeout, TaskGroup) and contextlib's objects, usable in `with` and/or `async with`.
 */
import type { PyException } from '../../engine/exceptions.ts';
import type { Yielded } from './frame.ts';

export interface AsyncContextManager {
  aenter(): Generator<Yielded, unknown, unknown>;
  aexit(exc: PyException | null): Generator<Yielded, boolean, unknown>;
}

export function isAsyncContextManager(v: unknown): v is AsyncContextManager {
  return typeof v === 'object' && v !== null && typeof (v as AsyncContextManager).aenter === 'function' && typeof (v as AsyncContextManager).aexit === 'function';
}

export interface SyncContextManager {
  enter(): unknown;
  /** True when the exception is suppressed. */
  exit(exc: PyException | null): boolean;
}

export function isSyncContextManager(v: unknown): v is SyncContextManager {
  return typeof v === 'object' && v !== null && typeof (v as SyncContextManager).enter === 'function' && typeof (v as SyncContextManager).exit === 'function';
}
