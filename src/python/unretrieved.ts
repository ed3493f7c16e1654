/**
 * CPython's "Task exception was never retrieved": a task that failed and whose exception no one
 * read reports it when the task object is freed. A task the program threw away is freed when it
 * finishes, so its report comes before anything printed at exit; one the program kept (in a
 * variable, a list) is freed at exit, after the traceback of an uncaught exception — and so
 * its report is what the last line of stderr says.
 */
import type { EventLoop } from '../engine/loop.ts';
import { repr } from './runtime/repr.ts';
import { formatException } from './traceback-text.ts';

export function unretrievedReports(loop: EventLoop, sourceLines: readonly string[], kept: boolean): string {
  let text = '';
  for (const t of loop.tasksEver()) {
    if (t.internal || t.discarded === kept || !t.logTraceback || t.state !== 'finished') continue;
    const exc = t.peekException();
    if (exc === null) continue;
    t.logTraceback = false;
    text += `Task exception was never retrieved\nfuture: ${repr(t)}\n${formatException(exc, sourceLines)}`;
  }
  return text;
}
