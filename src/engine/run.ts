/**
 * asyncio.run on our loop: run main to the end, then cancel what is left and let it finish
 * (its finally blocks and except handlers run), as asyncio.runners.Runner does.
 */
import type { Coro } from './coroutine.ts';
import { PyException } from './exceptions.ts';
import { gather } from './gather.ts';
import type { EventLoop } from './loop.ts';
import type { Task, TaskOptions } from './task.ts';

export interface RunHooks {
  /** loop.call_exception_handler: CPython logs these to stderr. */
  reportException?: (message: string, exc: PyException) => void;
  /** loop.shutdown_asyncgens(): the front end's async generators are closed by this coroutine. */
  shutdownAsyncgens?: () => Coro<void>;
}

// shutdown_default_executor() (and shutdown_asyncgens() without async generators) return at
// once here, but each still runs as a task, which takes a Task-N number and gives leftover
// callbacks another turn.
function* finishedAtOnce(): Coro<void> {
  /* nothing to shut down */
}

/** Runner.run: the main coroutine as a task, run to its end (no shutdown). */
export function runMain<T>(loop: EventLoop, main: Coro<T>, opts: TaskOptions = {}): T {
  return loop.runUntilComplete(loop.createTask(main, opts));
}

/** Runner.close's shutdown: cancel what is left, then shut down async generators and the executor. */
export function shutdownLoop(loop: EventLoop, hooks: RunHooks = {}): void {
  shutdown(loop, hooks);
}

export function asyncioRun<T>(loop: EventLoop, main: Coro<T>, opts: TaskOptions = {}, hooks: RunHooks = {}): T {
  const task = loop.createTask(main, opts);
  let result: T;
  try {
    result = loop.runUntilComplete(task);
  } catch (e) {
    // A deadlock or a budget stops the run where it is; only Python exceptions get a shutdown.
    if (e instanceof PyException) shutdown(loop, hooks);
    throw e;
  }
  shutdown(loop, hooks);
  return result;
}

function shutdown(loop: EventLoop, hooks: RunHooks): void {
  cancelAllTasks(loop, hooks);
  loop.runUntilComplete(loop.createTask(hooks.shutdownAsyncgens?.() ?? finishedAtOnce(), { internal: true }));
  loop.runUntilComplete(loop.createTask(shutdownDefaultExecutor(loop), { internal: true }));
}

/**
 * loop.shutdown_default_executor(): once run_in_executor(None, ...) made the default executor,
 * asyncio.run waits until its workers have finished every job (a thread cannot be cancelled),
 * and hears of it through call_soon_threadsafe.
 */
export function* shutdownDefaultExecutor(loop: EventLoop): Coro<void> {
  const pool = loop.defaultExecutor;
  if (pool === null) return;
  pool.shutDown = true;
  const done = loop.createFuture<void>();
  pool.whenIdle(() => loop.callSoon(() => done.setResult(undefined), null, 'executor shut down'));
  yield* done;
}

function cancelAllTasks(loop: EventLoop, hooks: RunHooks): void {
  const toCancel = loop.allTasks();
  if (toCancel.length === 0) return;
  loop.withCause('loop', (tasks: Task<unknown>[]) => {
    for (const t of tasks) t.cancel();
  }, toCancel);
  loop.runUntilComplete(gather(loop, toCancel, true));
  for (const t of toCancel) {
    if (t.cancelled()) continue;
    const exc = t.exception();
    if (exc !== null) hooks.reportException?.('unhandled exception during asyncio.run() shutdown', exc);
  }
}
