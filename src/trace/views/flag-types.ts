// The shape of a learner's mistake found in a run, shared by the view that finds them
// (flags.ts), the chart layer that marks them and the editor that underlines the line.
import type { TaskId } from '../format.ts';

export type MistakeKind =
  | 'never-awaited'
  | 'blocking-call'
  | 'sequential-awaits'
  | 'task-not-kept'
  | 'swallowed-cancel'
  | 'exception-never-retrieved'
  | 'deadlock-cycle'
  | 'endless-loop';

export interface MistakeFlag {
  readonly kind: MistakeKind;
  /** The task the mistake happened in, or null (module level, the whole loop). */
  readonly task: TaskId | null;
  /** Where on the time axis the marker goes, and for a band its end. */
  readonly t: number;
  readonly tEnd?: number;
  /** Index into `trace.events` of the event the marker sits on, when there is one. */
  readonly eventIndex?: number;
  /** 1-based source line the mistake is on, when known. */
  readonly line?: number;
  /** Draw across every row (a blocked loop), not on one task's row. */
  readonly acrossAllRows?: boolean;
  /** Tasks involved beyond `task` (a deadlock cycle's members). */
  readonly related?: readonly TaskId[];
  /** `task` then `related` form a cycle: each waits on what the next one holds (a deadlock). */
  readonly cycle?: boolean;
  /** One sentence: what happened ("The whole loop was blocked for 2.00 s by line 12."). */
  readonly message: string;
  /** One sentence: the fix ("Use await asyncio.sleep(2) instead of time.sleep(2)."). */
  readonly fix: string;
}
