/**
 * What CPython reports when it frees an object whose work nobody saw through:
 * - "Task exception was never retrieved", for a task that failed and whose exception no one read;
 * - "RuntimeWarning: coroutine ... was never awaited", for a coroutine that never started.
 * An object the program threw away (a bare `create_task(...)` or `work()` statement) is freed
 * at once, so its report comes before anything printed at exit; one the program kept (in a
 * variable, a list) is freed at exit, after the traceback of an uncaught exception — and so its
 * report is what the last line of stderr says.
 */
import type { EventLoop } from '../engine/loop.ts';
import { repr } from './runtime/repr.ts';
import { PyCoroutine } from './runtime/values.ts';
import { formatException } from './traceback-text.ts';

const TRACEMALLOC_HINT = 'RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n';

export function unretrievedReports(loop: EventLoop, sourceLines: readonly string[], filename: string, kept: boolean): string {
  let text = '';
  for (const t of loop.tasksEver()) {
    if (t.internal || t.discarded === kept || !t.logTraceback || t.state !== 'finished') continue;
    const exc = t.peekException();
    if (exc === null) continue;
    t.logTraceback = false;
    text += `Task exception was never retrieved\nfuture: ${repr(t)}\n${formatException(exc, sourceLines)}`;
  }
  for (const c of PyCoroutine.unstarted) {
    if (c.awaited || c.discarded === kept) continue;
    PyCoroutine.unstarted.delete(c);
    const name = c.frame?.code.qualName ?? c.coroName;
    const line = c.call?.line;
    text +=
      kept || line === undefined
        ? `sys:1: RuntimeWarning: coroutine '${name}' was never awaited\n`
        : `${filename}:${line}: RuntimeWarning: coroutine '${name}' was never awaited\n  ${(sourceLines[line - 1] ?? '').trim()}\n`;
    text += TRACEMALLOC_HINT;
  }
  return text;
}
