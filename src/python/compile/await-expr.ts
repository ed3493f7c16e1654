/**
 * `await` → closures, and awaiting itself: futures, coroutines, native awaitables and objects
 * with `__await__`; awaitNow starts an await without a generator until it really suspends.
 */
import { isIterableCoroutine } from './iterable-coroutine.ts';
import type * as A from '../syntax/ast.ts';
import * as E from '../../engine/exceptions.ts';
import { Future } from '../../engine/future.ts';
import { raise, typeError } from '../runtime/errors.ts';
import * as ops from '../runtime/ops.ts';
import { interp } from '../runtime/hooks.ts';
import { typeName } from '../runtime/types.ts';
import { PyCoroutine, PyInstance, PyList, type Value } from '../runtime/values.ts';
import { run, type CE, type Compiler } from './compiler.ts';
import type { GenExpr, Yielded } from './frame.ts';
import { compileExpr } from './expr.ts';
import { awaitIterator } from './await-protocol.ts';
import { NativeAwaitable } from './async-generator.ts';
import { positionNoter } from './error-position.ts';

export function awaitExpr(c: Compiler, e: A.Await): CE {
  const inner = compileExpr(c, e.value);
  const line = e.span.line;
  // The await notes its own position (no wrapping generator around each one); a statement's own
  // `await x` takes stmt.ts's fast path outside `g` and notes through onError.
  const at = positionNoter(e);
  const g: GenExpr = function* (f) {
    try {
      const v = yield* run(inner, f);
      return yield* awaitValue(v, line);
    } catch (x) {
      at(x, f);
      throw x;
    }
  };
  return inner.s !== null ? { s: null, g, awaitOf: inner.s, onError: at } : { s: null, g, onError: at };
}

/** What `awaitNow` returns when the awaitable really suspends: the generator that finishes the await. */
export class Pending {
  constructor(readonly gen: Generator<Yielded, Value, unknown>) {}
}

/**
 * Start an await synchronously. A done future gives its result at once, and a coroutine runs
 * its first step here (exactly what `yield*` would do); only if it suspends is a generator made.
 */
export function awaitNow(v: Value, line: number): Value | Pending {
  if (v instanceof Future) {
    if (!v.done()) return new Pending(awaitValue(v, line));
    const r = v.result();
    return Array.isArray(r) ? new PyList(r) : r;
  }
  if (v instanceof PyCoroutine) {
    if (v.awaited) raise(E.RuntimeError, 'cannot reuse already awaited coroutine');
    v.awaited = true;
    const r = v.next();
    return r.done ? r.value : new Pending(resumeCoroutine(v, r.value));
  }
  return new Pending(awaitValue(v, line));
}

/** The rest of `yield* coro` after its first step already yielded `first`. */
function* resumeCoroutine(coro: PyCoroutine, first: Yielded): Generator<Yielded, Value, unknown> {
  let out: Yielded = first;
  for (;;) {
    let sent: unknown;
    let thrown = false;
    let error: unknown;
    try {
      sent = yield out;
    } catch (e) {
      thrown = true;
      error = e;
    }
    // Outside the try: an exception the coroutine raises must propagate, not be thrown back in.
    const r = (thrown ? coro.throw(error) : coro.next(sent)) as IteratorResult<Yielded, Value>;
    if (r.done) return r.value;
    out = r.value;
  }
}

export function* awaitValue(v: Value, _line: number): Generator<Yielded, Value, unknown> {
  if (v instanceof NativeAwaitable) return yield* v;
  if (v instanceof PyCoroutine) {
    if (v.awaited) raise(E.RuntimeError, 'cannot reuse already awaited coroutine');
    v.awaited = true;
    return yield* v;
  }
  if (v instanceof Future) {
    const r = yield* v;
    // gather's results: the engine's JS array is a list to Python.
    return Array.isArray(r) ? new PyList(r) : r;
  }
  if (isIterableCoroutine(v)) return yield* awaitIterator(v);
  if (v instanceof PyInstance) {
    const m = ops.findMethod(v, '__await__');
    if (m !== undefined) return yield* awaitIterator(interp.call(m, [v]));
  }
  return typeError(`object ${typeName(v)} can't be used in 'await' expression`);
}

/** Mark a coroutine as consumed (a task took it), so a later `await` of it fails as in CPython. */
export function markAwaited(v: PyCoroutine): void {
  v.awaited = true;
}
