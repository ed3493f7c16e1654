/**
 * repr() of asyncio's futures and tasks as CPython 3.11 writes them:
 * `<Task pending name='Task-2' coro=<work() running at prog.py:4> cb=[...]>`.
 */
import type { Future } from '../../engine/future.ts';
import { doneCallbackText, type Task } from '../../engine/task.ts';
import { containerRepr, repr } from '../runtime/repr.ts';
import { typeName } from '../runtime/types.ts';
import { PyCoroutine } from '../runtime/values.ts';
import { callbackReprText } from '../runtime/library-callbacks.ts';
import { limitedRepr } from '../runtime/reprlib.ts';

function stateWord(f: Future<unknown>): string {
  return f.cancelled() ? 'cancelled' : f.done() ? 'finished' : 'pending';
}

/** futures._future_repr_info: the state, the outcome once done, and the done callbacks. */
export function futureRepr(f: Future<unknown>): string {
  return guarded(f, () => futureText(f));
}

/** base_tasks._task_repr_info: state, name, coroutine, what it waits for, outcome, callbacks. */
export function taskRepr(t: Task<unknown>): string {
  return guarded(t, () => taskText(t));
}

/** A task whose result is itself would print forever; CPython's reprlib guard prints '...'. */
function guarded(f: Future<unknown>, text: () => string): string {
  return containerRepr(f, '...', text);
}

function futureText(f: Future<unknown>): string {
  let extra = '';
  if (f.done() && !f.cancelled()) {
    const exc = f.peekException();
    extra = exc !== null ? ` exception=${repr(exc)}` : ` result=${limitedRepr(f.peekResult())}`;
  }
  return `<${typeName(f)} ${stateWord(f)}${extra}${callbacksText(f)}>`;
}

/** format_helpers' `cb=[...]`: up to two callbacks by name, more as `first, <n more>, last`. */
function callbacksText(f: Future<unknown>): string {
  // Only callbacks Python can name: the engine's own bookkeeping (all_tasks, run) has no text.
  const cbs = f.doneCallbacks().filter((cb) => doneCallbackText(cb) !== undefined);
  if (cbs.length === 0) return '';
  const text = (cb: (typeof cbs)[number]): string => callbackReprText(doneCallbackText(cb)!, cb.pyArgs, limitedRepr);
  const shown = cbs.length <= 2 ? cbs.map(text) : [text(cbs[0]!), `<${cbs.length - 2} more>`, text(cbs[cbs.length - 1]!)];
  return ` cb=[${shown.join(', ')}]`;
}

function taskText(t: Task<unknown>): string {
  const state = t.cancelling() > 0 && !t.done() ? 'cancelling' : stateWord(t);
  let s = `<Task ${state} name=${repr(t.name)}`;
  const coro = coroText(t);
  if (coro !== '') s += ` coro=<${coro}>`;
  if (t.futWaiter !== null && !t.done()) s += ` wait_for=${repr(t.futWaiter)}`;
  if (t.done() && !t.cancelled()) {
    const exc = t.peekException();
    s += exc !== null ? ` exception=${repr(exc)}` : ` result=${limitedRepr(t.peekResult())}`;
  }
  return `${s}${callbacksText(t)}>`;
}

/** coroutines._format_coroutine: `main.<locals>.work() running at prog.py:7`, or `done, defined at`. */
function coroText(t: Task<unknown>): string {
  const c = t.getCoro();
  const frame = c instanceof PyCoroutine ? c.frame : null;
  if (frame !== null) {
    const code = frame.code;
    const qual = (c as PyCoroutine).qualName ?? code.qualName;
    if (t.done() || (c as PyCoroutine).finalized) return `${qual}() done, defined at ${code.filename}:${code.line}`;
    return `${qual}() running at ${code.filename}:${frame.line === 0 ? code.line : frame.line}`;
  }
  // asyncio's own coroutines: CPython names a file of its library here.
  return t.coroName ? `${t.coroName}() ${t.done() ? 'done' : 'running'}` : '';
}
