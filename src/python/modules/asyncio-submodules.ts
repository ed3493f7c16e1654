/**
 * asyncio's submodules as namespaces (`import asyncio.exceptions`, `from asyncio.queues import
 * Queue`): each holds the very objects the asyncio module has, under CPython 3.11's names, and
 * is an attribute of asyncio, as importing asyncio makes it in CPython.
 */
import { PyModule, type Value } from '../runtime/values.ts';

/** Each submodule and the public names (of the ones Taskline has) that it defines in 3.11. */
export const ASYNCIO_SUBMODULES: Readonly<Record<string, readonly string[]>> = {
  exceptions: ['BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError'],
  tasks: ['Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe', 'current_task', 'all_tasks'],
  queues: ['Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty'],
  events: ['AbstractEventLoopPolicy', 'AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop', 'set_event_loop', 'new_event_loop', 'get_running_loop'],
  locks: ['Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier'],
  runners: ['Runner', 'run'],
  futures: ['Future', 'isfuture', 'wrap_future'],
  coroutines: ['iscoroutinefunction', 'iscoroutine'],
  threads: ['to_thread'],
  timeouts: ['Timeout', 'timeout', 'timeout_at'],
  taskgroups: ['TaskGroup'],
};

/** Make the submodules from asyncio's own dict and set each as an attribute of asyncio. */
export function addAsyncioSubmodules(asyncio: PyModule): void {
  for (const [sub, names] of Object.entries(ASYNCIO_SUBMODULES)) {
    const d = new Map<string, Value>();
    for (const n of names) {
      const v = asyncio.dict.get(n);
      if (v !== undefined) d.set(n, v);
    }
    asyncio.dict.set(sub, new PyModule(`asyncio.${sub}`, d));
  }
}
