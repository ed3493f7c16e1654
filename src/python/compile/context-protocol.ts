/** Native objects usable in a plain `with` (asyncio.Runner): Python's __enter__/__exit__ in JS. */
import type { PyException } from '../../engine/exceptions.ts';
import type { Value } from '../runtime/values.ts';

export interface ContextManager {
  pyEnter(): Value;
  /** True to swallow the exception, as __exit__ returning a true value does. */
  pyExit(exc: PyException | null): boolean;
}

export function isContextManager(v: unknown): v is ContextManager {
  return typeof v === 'object' && v !== null && typeof (v as ContextManager).pyEnter === 'function' && typeof (v as ContextManager).pyExit === 'function';
}
