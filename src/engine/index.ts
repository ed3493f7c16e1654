/**
 * The engine's public API: what the Python front end binds as `asyncio.*` (and what the runner
 * needs to drive a loop). Everything takes the loop explicitly; Python's module-level functions
 * pass the running loop.
 */
export { EventLoop, DeadlockError, BudgetExceeded, CLOCK_RESOLUTION, MAXIMUM_SELECT_TIMEOUT, type LoopOptions } from './loop.ts';
export { Future, setResultUnlessCancelled, type DoneCallback, type FutureState } from './future.ts';
export { Task, type TaskOptions } from './task.ts';
export { Handle, TimerHandle, type Callback } from './handles.ts';
export { RunContext } from './context.ts';
export { yieldOnce, type Awaitable, type Coro, type Yielded } from './coroutine.ts';
export { ensureFuture, coroInfo, type CoroInfo } from './ensure-future.ts';
export { sleep, type SleepMeta } from './sleep.ts';
export { gather, GatheringFuture } from './gather.ts';
export { asyncioRun, runMain, shutdownLoop, shutdownDefaultExecutor, type RunHooks } from './run.ts';
export { TraceRecorder, type Describer, type BlockMeta } from './recorder.ts';
export * from './exceptions.ts';

export { asyncWith, type AsyncContextManager } from './async-context.ts';
export {
  wait,
  ALL_COMPLETED,
  FIRST_COMPLETED,
  FIRST_EXCEPTION,
  awaitableTypeName,
  isCoroutine,
  type ReturnWhen,
  type WaitOptions,
} from './wait.ts';
export { waitFor, type WaitForMeta } from './wait-for.ts';
export { asCompleted, type AsCompletedOptions } from './as-completed.ts';
export { shield } from './shield.ts';
export { Timeout, timeout, timeoutAt, type TimeoutState } from './timeout.ts';
export { TaskGroup, TASK_GROUP_ERRORS_MESSAGE, type OrphanErrorHandler } from './task-group.ts';
export { Lock, Condition, Semaphore, BoundedSemaphore } from './locks.ts';
export { Event } from './event.ts';
export { Barrier, type BarrierState } from './barrier.ts';
export { Queue, LifoQueue, PriorityQueue } from './queues.ts';
export { ThreadPool, WorkerLane, Job, LaneSleep, VIRTUAL_CPU_COUNT, DEFAULT_MAX_WORKERS, type LaneBody, type JobInfo } from './worker-lanes.ts';
