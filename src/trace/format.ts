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

/** The longest `coroCall` text a trace carries: a label, not a dump of the arguments. */
export const CORO_CALL_MAX = 120;

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
      /**
       * The coroutine's call with its arguments as CPython reprs ("long_operation('Task 1 started', 3)"),
       * at most CORO_CALL_MAX characters; an argument with no plain repr shows as "…". Added in version 1 (labels).
       */
      readonly coroCall?: string;
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
  /**
   * What the task waited on completed and its wakeup was scheduled; `by` is the task that caused
   * it (null: a timer or the loop). `cause`, `object` and `child` added in version 1 (wakes).
   */
  | {
      readonly type: 'wake';
      readonly t: number;
      readonly task: TaskId;
      readonly by: TaskId | null;
      /** What kind of action completed the awaited future. Added in version 1 (wakes). */
      readonly cause?: WakeCause;
      /** The primitive (lock, event, queue, ... or plain future) the action was on: its `object` id. Added in version 1 (wakes). */
      readonly object?: number;
      /** The child task whose completion did it (task-done, gather, wait, wait_for, taskgroup, ...). Added in version 1 (wakes). */
      readonly child?: TaskId;
    }
  /**
   * A cancel() request reached the task; `by` is the task that asked (for a request made by a
   * callback, the task that callback acts for: a TaskGroup's failing child). `cause` added in
   * version 1 (wakes): 'timeout' when a deadline asked, 'taskgroup' when a TaskGroup did.
   */
  | {
      readonly type: 'cancel';
      readonly t: number;
      readonly task: TaskId;
      readonly by: TaskId | null;
      readonly message: string | null;
      readonly cause?: 'cancel' | 'timeout' | 'taskgroup' | 'gather' | 'loop';
    }
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
   * The loop runs a callback handle: a call_soon/call_later/call_at callback or a future's done
   * callback (gather's, TaskGroup's, the program's own), not a task's step or wakeup, a sleep's
   * timer or asyncio.run's stop callback. `label` names it as a tick does ("report() at prog.py:7",
   * "gather._done_callback()"); `task` is the task that scheduled it (a done callback: the task
   * whose action completed the future), null outside any task. Added in version 1 (callbacks).
   */
  | { readonly type: 'callback'; readonly t: number; readonly task: TaskId | null; readonly label: string }
  /**
   * One iteration of the loop (BaseEventLoop._run_once) after due timers moved to the ready
   * queue: what is about to run, and the timers still pending. Lists are cut to
   * `TICK_LIST_LIMIT` entries; the counts are exact.
   */
  | {
      readonly type: 'tick';
      readonly t: number;
      /** Labels of the ready handles in the order they will run ("Task-2 step", "Task-1 wakeup", "gather._done_callback()"). */
      readonly ready: readonly string[];
      readonly readyCount: number;
      /** Pending timers, earliest first (ties in scheduling order). */
      readonly timers: readonly TickTimer[];
      readonly timerCount: number;
      /** The same ready handles as `ready`, with what each one runs. Added in version 1 (wakes). */
      readonly handles?: readonly TickHandle[];
    }
  /**
   * The state of a synchronization primitive after it changed (taken, released, a waiter came
   * or left, an item went in or out). Lists are cut to `TICK_LIST_LIMIT` entries; the counts are
   * exact. Only the first `RESOURCE_EVENT_LIMIT` are recorded. Added in version 1 (wakes).
   */
  | ResourceEvent;

/** What completed a future a task awaited. Added in version 1 (wakes). */
export type WakeCause =
  /** The awaited task finished (`by` and `child` are that task). */
  | 'task-done'
  /** set_result / set_exception on a plain future (`by`: the task that called it; null: a loop callback). */
  | 'future'
  /** Event.set(), Lock.release(), Condition.notify(), Semaphore.release(), Queue put/get/task_done, a Barrier filling: `by` called it. */
  | 'event'
  | 'lock'
  | 'condition'
  | 'semaphore'
  | 'queue'
  | 'barrier'
  /** A future that combines children completed in a child's done callback: `child` (and `by`) is that child. */
  | 'gather'
  | 'wait'
  | 'wait_for'
  | 'taskgroup'
  /** asyncio.sleep(delay) ended: `by` is null. */
  | 'timer'
  /** cancel() on the task (or on the future it awaited): `by` is the task that called it. */
  | 'cancel'
  /** A deadline passed: wait_for, wait(timeout=...), asyncio.timeout(): `by` is null. */
  | 'timeout'
  /** A worker thread's job ended and its result reached the loop: `by` is null. */
  | 'thread'
  /** Anything else the loop did (asyncio.run's shutdown, a callback of the program's own). */
  | 'loop';

/** One handle in the ready queue. Added in version 1 (wakes). */
export interface TickHandle {
  readonly label: string;
  /** step: the task's next step; wakeup: the task's Task.__wakeup; callback: anything else. */
  readonly kind: 'step' | 'wakeup' | 'callback';
  /** The task it runs or wakes (for a callback: the task that awaits the future it completes), if any. */
  readonly task?: TaskId;
}

/** A pending timer. `task` and `kind` added in version 1 (wakes). */
export interface TickTimer {
  /** When it fires (loop time). */
  readonly when: number;
  /** What fires: "sleep 3 (Task-2)", "wait_for timeout (Task-1)", "timeout (Task-1)", the program's call_later callback "report() at prog.py:7". */
  readonly label: string;
  /** The task its firing wakes or cancels, if any. */
  readonly task?: TaskId;
  /** sleep: a sleep ends; timeout: a wait_for / wait / asyncio.timeout deadline; call: the program's call_later/call_at. */
  readonly kind?: 'sleep' | 'timeout' | 'call';
}

export type ResourceKind = 'lock' | 'semaphore' | 'queue' | 'event' | 'condition' | 'barrier';

/** A primitive's state. Added in version 1 (wakes). */
export interface ResourceEvent {
  readonly type: 'resource';
  readonly t: number;
  /** The primitive's id, as WaitTarget.object and wake.object name it. */
  readonly object: number;
  readonly kind: ResourceKind;
  readonly label: string;
  /**
   * Who holds it: lock and condition, the task that acquired it (0 or 1 entries); semaphore, one
   * entry per acquire not yet released, oldest first. Empty for event, queue and barrier.
   */
  readonly holders: readonly TaskId[];
  readonly holderCount: number;
  /** Tasks blocked on it, in the order it will wake them (queue: getters, then putters, then joiners). */
  readonly waiters: readonly TaskId[];
  readonly waiterCount: number;
  /** queue only: which call each listed waiter is blocked in, parallel to `waiters`. */
  readonly ops?: readonly ('get' | 'put' | 'join')[];
  /** queue: items stored; semaphore: the counter (free slots); barrier: tasks arrived. */
  readonly items?: number;
  /** queue: maxsize (absent: unbounded); BoundedSemaphore: its bound; barrier: parties. */
  readonly capacity?: number;
  /** event: is it set. */
  readonly set?: boolean;
  /** queue: put() items not yet task_done() (what join() waits for). */
  readonly unfinished?: number;
  /** barrier: 'filling' | 'draining' | 'resetting' | 'broken'. */
  readonly state?: string;
}

export const TICK_LIST_LIMIT = 20;
/** Loop-inspector snapshots stop after this many iterations, so huge runs stay small. */
export const TICK_EVENT_LIMIT = 5000;
/** Resource snapshots stop after this many, for the same reason. Added in version 1 (wakes). */
export const RESOURCE_EVENT_LIMIT = 20000;

/** How the run as a whole ended. */
export type RunOutcome =
  | { readonly kind: 'ok' }
  /** An uncaught exception; `traceback` is the full text CPython would print on stderr. */
  | { readonly kind: 'error'; readonly type: string; readonly message: string; readonly line: number | null; readonly traceback: string }
  /** Nothing could run while main() was unfinished: who waits on what. */
  | { readonly kind: 'deadlock'; readonly waiting: readonly DeadlockWait[] }
  /** A budget (wall time, steps, output size) ran out; what ran before is kept. */
  | { readonly kind: 'limit'; readonly reason: string }
  /**
   * The program did not run: a syntax error (`type` is CPython's: SyntaxError, IndentationError,
   * TabError) or a construct outside the subset (`type` is Taskline's own 'UnsupportedError').
   * A refusal found while running (a module name Taskline leaves out) is an `error` outcome
   * with that same type.
   */
  | { readonly kind: 'syntax'; readonly type: string; readonly message: string; readonly line: number; readonly col: number };

/** One task stuck in a deadlock. `kind`, `object`, `holders` added in version 1 (wakes). */
export interface DeadlockWait {
  readonly task: TaskId;
  readonly name: string;
  /** The wait's label ("lock", "Task-3", "queue.get()"). */
  readonly on: string;
  /** The WaitTarget kind of the wait. */
  readonly kind?: WaitKind;
  /** The primitive waited on (WaitTarget.object), when it is one. */
  readonly object?: number;
  /**
   * The tasks that would have to act to end the wait, so a cycle can be drawn: a lock's or
   * condition's holder, a semaphore's holders, the awaited task, a gather's or TaskGroup's
   * unfinished children. Absent when no task can (an event nobody sets, an empty queue).
   */
  readonly holders?: readonly TaskId[];
}

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
