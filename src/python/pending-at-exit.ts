/**
 * "Task was destroyed but it is pending!": when a program ends with tasks still pending (a
 * loop driven by run_until_complete that left work behind), CPython's garbage collector frees
 * them at exit. It finalizes each task's coroutine first (close(): GeneratorExit runs its
 * finally blocks, and its repr then reads "done"), and the task's __del__ reports it through
 * the loop's exception handler. They come in creation order here (CPython's is the collector's).
 */
import type { EventLoop } from '../engine/loop.ts';
import { GeneratorExit, PyException, pyErr } from '../engine/exceptions.ts';
import { repr } from './runtime/repr.ts';
import { PyCoroutine } from './runtime/values.ts';

export function pendingTaskReports(loop: EventLoop, write: (text: string) => void): void {
  for (const t of loop.allTasks()) {
    if (t.internal) continue;
    const c = t.getCoro();
    if (c instanceof PyCoroutine && c.started) {
      try {
        c.throw(pyErr(GeneratorExit));
      } catch (e) {
        // GeneratorExit is how a close() ends; anything else CPython reports as "Exception ignored".
        if (!(e instanceof PyException)) throw e;
      }
      c.finalized = true;
    }
    write(`Task was destroyed but it is pending!\ntask: ${repr(t)}\n`);
  }
}
