/**
 * The Python frame that is running now, as CPython's thread state knows it: logging reads its
 * function name and line (funcName, lineno), and sys.exc_info()/logger.exception() read the
 * exception its `except` block (or a caller's) is handling. Calls and coroutine steps set it
 * and put the previous one back; run.ts clears it at the start of each run.
 */
import type { PyException } from '../../engine/exceptions.ts';
import { perRun } from './realm.ts';

export interface RunningFrame {
  readonly code: { readonly name: string; readonly filename: string };
  /** The line of the statement being run. */
  readonly line: number;
  /** The exception an `except` block of this frame is handling. */
  readonly handling: PyException | null;
  /** The frame that called (or resumed) this one while it runs. */
  caller: RunningFrame | null;
}

export const running: { frame: RunningFrame | null } = { frame: null };
perRun(() => {
  running.frame = null;
});

/** What sys.exc_info() sees: the innermost exception being handled along the call chain. */
export function handledException(): PyException | null {
  for (let f = running.frame; f !== null; f = f.caller) if (f.handling !== null) return f.handling;
  return null;
}
