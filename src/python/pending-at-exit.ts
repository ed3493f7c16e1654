/**
 * "Task was destroyed but it is pending!": when a program ends with tasks still pending (a
 * loop driven by run_until_complete that left work behind), CPython frees them at exit, and
 * each one's __del__ reports itself through the loop's exception handler. They come in
 * creation order (CPython's order is the garbage collector's).
 */
import type { EventLoop } from '../engine/loop.ts';
import { repr } from './runtime/repr.ts';

export function pendingTaskReports(loop: EventLoop): string {
  let out = '';
  for (const t of loop.allTasks()) {
    if (t.internal) continue;
    out += `Task was destroyed but it is pending!\ntask: ${repr(t)}\n`;
  }
  return out;
}
