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
import { formatShown, programSite, SYS_SITE, type ShownWarning } from './runtime/warning-filters.ts';
import type { PyCoroutine } from './runtime/values.ts';
import { PyException, RuntimeWarning } from '../engine/exceptions.ts';

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
    const w = neverAwaited(c, kept, filename, sourceLines);
    if (w !== null) text += formatShown(w);
  }
  return text;
}

/**
 * "coroutine ... was never awaited" for `c`, freed now, if the warnings filters let it through:
 * at the line that made it when the program threw it away, else as CPython's collector at exit
 * reports it (`sys:1`).
 */
function neverAwaited(c: PyCoroutine, atExit: boolean, filename: string, sourceLines: readonly string[]): ShownWarning | null {
  const name = c.qualName ?? c.frame?.code.qualName ?? c.coroName;
  const line = c.call?.line;
  const message = `coroutine '${name}' was never awaited`;
  const site = atExit || line === undefined ? SYS_SITE : programSite(filename, line, sourceLines);
  const warning = new PyException(RuntimeWarning, [message]);
  // An "error" filter cannot raise from a finalizer: the warning only shows.
  try {
    if (!currentRealm.warnings.passes(warning, message, site)) return null;
  } catch (e) {
    if (e !== warning) throw e;
  }
  return { message: warning, text: message, site, aboutObject: true };
}

/**
 * A coroutine that an expression statement made and dropped unstarted: CPython frees it at the
 * end of the statement and warns then, under the filters in force at that moment.
 */
export function droppedUnawaited(c: PyCoroutine): void {
  const realm = currentRealm;
  if (c.awaited || c.started) return;
  realm.unstartedCoroutines.take((x) => x === c);
  const w = neverAwaited(c, false, realm.filename, realm.sourceLines);
  if (w !== null) realm.warnings.show(w);
}
