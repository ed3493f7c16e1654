/**
 * What CPython reports when it frees an object whose work nobody saw through:
 * - "Task exception was never retrieved", for a task that failed and whose exception no one read;
 * - "RuntimeWarning: coroutine ... was never awaited", for a coroutine that never started.
 * An object the program threw away (a bare `create_task(...)` or `work()` statement) is freed
 * at once, so its report comes before anything printed at exit; one the program kept (in a
 * variable, a list) is freed at exit, after the traceback of an uncaught exception — and so its
 * report is what the last line of stderr says.
 */
import { repr } from './runtime/repr.ts';
import { formatException } from './traceback-text.ts';
import { heldByTraceback } from './compile/traceback.ts';
import { EventLoop as Loop } from '../engine/loop.ts';
import { Task } from '../engine/task.ts';
import { currentRealm } from './runtime/realm.ts';

const TRACEMALLOC_HINT = 'RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n';

/**
 * Everything the program can still reach from `roots` (the module's globals, an uncaught
 * exception and the frames of its traceback): what CPython has not freed when the traceback is
 * printed. The walk follows the interpreter's objects generically, stopping at the event loop
 * (CPython's loop is closed and its queues empty by then) and at JS functions.
 */
export function reachableFrom(roots: readonly unknown[]): Set<object> {
  const seen = new Set<object>();
  const stack: unknown[] = [...roots];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || seen.has(v) || v instanceof Loop || ArrayBuffer.isView(v)) continue;
    seen.add(v);
    const held = heldByTraceback.get(v);
    if (held !== undefined) stack.push(...held);
    if (v instanceof Map) for (const [k, x] of v) stack.push(k, x);
    else if (v instanceof Set || Array.isArray(v)) for (const x of v) stack.push(x);
    else for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
  }
  return seen;
}

/**
 * The reports for objects freed now (`kept` false: those thrown away, or — when `live` is given —
 * no longer reachable) or at exit (`kept` true: the rest).
 */
export function unretrievedReports(loop: Loop, sourceLines: readonly string[], filename: string, kept: boolean, live: Set<object> | null = null): string {
  const isKept = (o: object): boolean => (o as { discarded?: boolean }).discarded !== true && (live === null || live.has(o));
  let text = '';
  for (const t of loop.tasksEver()) {
    if (t.internal || isKept(t) !== kept || !t.logTraceback || t.state !== 'finished') continue;
    const exc = t.peekException();
    if (exc === null) continue;
    t.logTraceback = false;
    if (loop.unretrievedHook?.(t)) continue;
    text += `Task exception was never retrieved\nfuture: ${repr(t)}\n${formatException(exc, sourceLines)}`;
  }
  // Plain futures (loop.create_future(), gather's): "<class name> exception was never retrieved".
  for (const f of loop.failedFutures) {
    if (f instanceof Task || isKept(f) !== kept || !f.logTraceback || f.state !== 'finished') continue;
    const exc = f.peekException();
    if (exc === null) continue;
    f.logTraceback = false;
    if (loop.unretrievedHook?.(f)) continue;
    const r = repr(f);
    const cls = /^<([\w.]+)/.exec(r)?.[1] ?? 'Future';
    text += `${cls} exception was never retrieved\nfuture: ${r}\n${formatException(exc, sourceLines)}`;
  }
  for (const c of currentRealm.unstartedCoroutines.take((c) => !c.awaited && isKept(c) === kept)) {
    const name = c.qualName ?? c.frame?.code.qualName ?? c.coroName;
    const line = c.call?.line;
    const where = kept || line === undefined ? 'sys:1' : `${filename}:${line}`;
    const message = `RuntimeWarning: coroutine '${name}' was never awaited`;
    // CPython's default filter shows a warning once per location and text.
    if (currentRealm.shownWarnings.has(`${where}: ${message}`)) continue;
    currentRealm.shownWarnings.add(`${where}: ${message}`);
    text += where === 'sys:1' ? `sys:1: ${message}\n` : `${where}: ${message}\n  ${(sourceLines[line! - 1] ?? '').trim()}\n`;
    text += TRACEMALLOC_HINT;
  }
  return text;
}
