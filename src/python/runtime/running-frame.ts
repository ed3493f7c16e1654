/**
 * The Python frame that is running now, as CPython's thread state knows it: logging reads its
 * function name and line (funcName, lineno), and sys.exc_info()/logger.exception() read the
 * exception its `except` block (or a caller's) is handling. Calls and coroutine steps set the
 * realm's runningFrame and put the previous one back; each run's realm starts with none.
 */
import type { PyException } from '../../engine/exceptions.ts';
import { currentRealm } from './realm.ts';

export interface RunningFrame {
  readonly code: { readonly name: string; readonly filename: string };
  /** The line of the statement being run. */
  readonly line: number;
  /** The exception an `except` block of this frame is handling. */
  readonly handling: PyException | null;
  /** The frame that called (or resumed) this one while it runs. */
  caller: RunningFrame | null;
}


/** What sys.exc_info() sees: the innermost exception being handled along the call chain. */
export function handledException(): PyException | null {
  for (let f = currentRealm.runningFrame; f !== null; f = f.caller) if (f.handling !== null) return f.handling;
  return null;
}
