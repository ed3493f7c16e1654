/**
 * The trace: everything one run of a program did, as a flat list of events in the order the
 * instrumented loop produced them. The engine writes it; the timeline, console, task table and
 * loop inspector read it through pure views (see ./spans.ts).
 *
 * Format version 1. Times are virtual seconds (floats, as CPython's loop.time()). Tasks are
 * referred to by a numeric id (creation order, 0 = first task); names can change at run time
 * (`set_name`), so the name at each moment comes from `create` and `rename` events.
 * Every field was added in version 1 unless its comment names a later version.
 */

export const TRACE_VERSION = 1;

/** A range of the program's source text: 0-based character offsets plus 1-based line, 0-based column. */
export interface SourceSpan {
  readonly from: number;
  readonly to: number;
  readonly line: number;
  readonly col: number;
}

export type TaskId = number;
/** A worker thread (run_in_executor / to_thread), numbered by creation across the run's executors. Added in version 1 (lanes). */
export type LaneId = number;
/** A job given to a worker thread, numbered by submission. Added in version 1 (lanes). */
export type JobId = number;

/**
 * What a suspended task waits on. `label` is a short human text for the timeline
 * ("sleep 3", "Task-2", "queue.get()", "lock"). `kind` drives the colour and the legend.
 */
export type WaitTarget =
  | {
      readonly kind: 'sleep';
      readonly label: string;
      readonly delay: number;
      /** When the sleep ends (loop time at which its timer fires). */
      readonly until: number;
      /** The `asyncio.sleep(...)` call. */
      readonly call?: SourceSpan;
      /** The literal the delay came from unchanged, if there is one: what a drag rewrites. */
      readonly literal?: SourceSpan;
    }
  | { readonly kind: 'yield'; readonly label: string } // sleep(0) / bare yield: back of the ready queue
  | { readonly kind: 'task'; readonly label: string; readonly task: TaskId }
  | { readonly kind: 'gather'; readonly label: string; readonly tasks: readonly TaskId[] }
  | { readonly kind: 'wait'; readonly label: string; readonly tasks: readonly TaskId[] }
  | { readonly kind: 'wait_for'; readonly label: string; readonly task?: TaskId; readonly timeout: number | null }
  | { readonly kind: 'timeout'; readonly label: string; readonly until: number | null }
  | { readonly kind: 'lock' | 'event' | 'condition' | 'semaphore' | 'queue'; readonly label: string; readonly object: number }
  | { readonly kind: 'taskgroup'; readonly label: string; readonly tasks: readonly TaskId[] }
  | { readonly kind: 'future'; readonly label: string; readonly object: number }
  /** A job running (or queued) on a worker thread: `await asyncio.to_thread(fn)`. Added in version 1 (lanes). */
  | { readonly kind: 'thread'; readonly label: string; readonly job: JobId };

export type WaitKind = WaitTarget['kind'];

/** How a task ended. `repr` is Python's repr of the result; exceptions carry type and message. */
export type TaskOutcome =
  | { readonly state: 'result'; readonly repr: string }
  /** `excType` (not `type`, which a done event already uses) is the exception class's name. */
  | { readonly state: 'exception'; readonly excType: string; readonly message: string }
  | { readonly state: 'cancelled'; readonly message: string | null };

export type TraceEvent =
  | {
      readonly type: 'create';
      readonly t: number;
      readonly task: TaskId;
      readonly name: string;
      /** The task that was running when this one was created (null for asyncio.run's main). */
      readonly parent: TaskId | null;
      /** The coroutine function's name ("long_operation"), if known. */
      readonly coro?: string;
      /** The create_task(...) / gather(...) / ... call that made the task. */
      readonly call?: SourceSpan;
      /** The literal the name came from unchanged (`name="worker"`), if any: what a rename rewrites. */
      readonly nameLiteral?: SourceSpan;
    }
  | { readonly type: 'rename'; readonly t: number; readonly task: TaskId; readonly name: string }
  /** The loop starts running one step of the task (Task.__step). */
  | { readonly type: 'step'; readonly t: number; readonly task: TaskId }
  /** The step ended with the task suspended on `on`; `at` is the await that suspended it. */
  | { readonly type: 'suspend'; readonly t: number; readonly task: TaskId; readonly on: WaitTarget; readonly at?: SourceSpan }
  /** What the task waited on completed and its wakeup was scheduled; `by` is the task that caused it (null: a timer or the loop). */
  | { readonly type: 'wake'; readonly t: number; readonly task: TaskId; readonly by: TaskId | null }
  /** A cancel() request reached the task; `by` is the task that asked. */
  | { readonly type: 'cancel'; readonly t: number; readonly task: TaskId; readonly by: TaskId | null; readonly message: string | null }
  /** A blocking call (time.sleep) held the loop from t to t + delay. */
  | {
      readonly type: 'block';
      readonly t: number;
      readonly task: TaskId | null;
      readonly delay: number;
      readonly call?: SourceSpan;
      readonly literal?: SourceSpan;
    }
  /** Text written to stdout (print) or stderr (tracebacks); `task` is null outside any task. */
  | {
      readonly type: 'print';
      readonly t: number;
      readonly task: TaskId | null;
      readonly text: string;
      readonly stream: 'stdout' | 'stderr';
      readonly call?: SourceSpan;
      /** Printed by a worker thread's code (then `task` is null). Added in version 1 (lanes). */
      readonly lane?: LaneId;
    }
  /** A worker thread starts running a job (the thread is made on its first job). Added in version 1 (lanes). */
  | {
      readonly type: 'lane-start';
      readonly t: number;
      readonly lane: LaneId;
      /** The thread's name ("asyncio_0"). */
      readonly name: string;
      readonly job: JobId;
      /** The function the job runs. */
      readonly fn: string;
      /** The task that submitted the job (null: outside any task). */
      readonly by: TaskId | null;
      readonly call?: SourceSpan;
    }
  /** A time.sleep inside a job blocks its worker thread (not the loop) from t to t + delay. Added in version 1 (lanes). */
  | {
      readonly type: 'lane-block';
      readonly t: number;
      readonly lane: LaneId;
      readonly delay: number;
      readonly call?: SourceSpan;
      readonly literal?: SourceSpan;
    }
  /** The job's function returned or raised; its outcome goes to the loop. Added in version 1 (lanes). */
  | {
      readonly type: 'lane-end';
      readonly t: number;
      readonly lane: LaneId;
      readonly job: JobId;
      /** The exception class name when the function raised. */
      readonly excType?: string;
    }
  | ({ readonly type: 'done'; readonly t: number; readonly task: TaskId } & TaskOutcome)
  /**
   * One iteration of the loop (BaseEventLoop._run_once) after due timers moved to the ready
   * queue: what is about to run, and the timers still pending. Lists are cut to
   * `TICK_LIST_LIMIT` entries; the counts are exact.
   */
  | {
      readonly type: 'tick';
      readonly t: number;
      readonly ready: readonly string[];
      readonly readyCount: number;
      readonly timers: readonly { readonly when: number; readonly label: string }[];
      readonly timerCount: number;
    };

export const TICK_LIST_LIMIT = 20;
/** Loop-inspector snapshots stop after this many iterations, so huge runs stay small. */
export const TICK_EVENT_LIMIT = 5000;

/** How the run as a whole ended. */
export type RunOutcome =
  | { readonly kind: 'ok' }
  /** An uncaught exception; `traceback` is the full text CPython would print on stderr. */
  | { readonly kind: 'error'; readonly type: string; readonly message: string; readonly line: number | null; readonly traceback: string }
  /** Nothing could run while main() was unfinished: who waits on what. */
  | { readonly kind: 'deadlock'; readonly waiting: readonly { readonly task: TaskId; readonly name: string; readonly on: string }[] }
  /** A budget (wall time, steps, output size) ran out; what ran before is kept. */
  | { readonly kind: 'limit'; readonly reason: string }
  /**
   * The program did not run: a syntax error (`type` is CPython's: SyntaxError, IndentationError,
   * TabError) or a construct outside the subset (`type` is Taskline's own 'UnsupportedError').
   * A refusal found while running (a module name Taskline leaves out) is an `error` outcome
   * with that same type.
   */
  | { readonly kind: 'syntax'; readonly type: string; readonly message: string; readonly line: number; readonly col: number };

export interface Trace {
  readonly version: typeof TRACE_VERSION;
  /** Virtual time when the run ended. */
  readonly end: number;
  readonly events: readonly TraceEvent[];
  readonly outcome: RunOutcome;
  /** Exit status as the CLI reports it: 0 ok, 1 uncaught exception or syntax error, 3 deadlock. */
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The seed `random` started from, when the program drew numbers from it (so a rerun can replay them). */
  readonly seed?: number;
  /** The program that made the trace, written by an export so that opening the file shows the code too. Added in version 1 (exports). */
  readonly program?: { readonly filename: string; readonly code: string };
}
