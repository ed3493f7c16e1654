/** `with`, `async with` and `async for`. */
import type * as A from '../syntax/ast.ts';
import * as E from '../../engine/exceptions.ts';
import { PyException } from '../../engine/exceptions.ts';
import type { Yielded } from './frame.ts';
import { typeError } from '../runtime/errors.ts';
import * as ops from '../runtime/ops.ts';
import { typeName } from '../runtime/types.ts';
import { PyInstance, type Value } from '../runtime/values.ts';
import { run, type Compiler } from './compiler.ts';
import { compileExpr } from './expr.ts';
import { awaitValue } from './await-expr.ts';
import { BREAK, NORMAL, RETURN, type Completion, type Frame } from './frame.ts';
import { callMethod, lookupClass } from './objects.ts';
import { asPyException, compileBlock, runS, type CS } from './stmt.ts';
import { compileStoreTarget } from './targets.ts';
import { isAsyncContextManager, isSyncContextManager } from './async-protocol.ts';
import { PyAsyncGen } from './async-generator.ts';
import { dunderInLane } from './threaded.ts';
import { currentRealm } from '../runtime/realm.ts';

/** __aenter__ and __aexit__ of any async context manager, engine object or user class. */
export function* aenter(mgr: Value, line: number): Generator<Yielded, Value, unknown> {
  if (isAsyncContextManager(mgr)) return yield* mgr.aenter();
  if (mgr instanceof PyInstance && lookupClass(mgr.cls, '__aenter__') !== undefined && lookupClass(mgr.cls, '__aexit__') !== undefined) {
    return yield* awaitValue(callMethod(mgr, '__aenter__', [], null, { span: undefined }), line);
  }
  return typeError(`'${typeName(mgr)}' object does not support the asynchronous context manager protocol`);
}

export function* aexit(mgr: Value, exc: PyException | null, line: number): Generator<Yielded, boolean, unknown> {
  if (isAsyncContextManager(mgr)) return yield* mgr.aexit(exc);
  const args: Value[] = exc === null ? [null, null, null] : [exc.cls, exc, null];
  return ops.truthy(yield* awaitValue(callMethod(mgr, '__aexit__', args, null, { span: undefined }), line));
}

export function compileAsyncWith(c: Compiler, st: A.AsyncWith): CS {
  const line = st.span.line;
  const items = st.items.map((it) => ({
    expr: compileExpr(c, it.contextExpr),
    store: it.optionalVars ? compileStoreTarget(c, it.optionalVars).s! : null,
  }));
  const body = compileBlock(c, st.body);
  // `async with a, b:` is `async with a:` around `async with b:`.
  const nest = (i: number): ((f: Frame) => Generator<Yielded, Completion, unknown>) => {
    if (i === items.length) return (f) => runS(body, f);
    const item = items[i]!;
    const inner = nest(i + 1);
    return function* (f) {
      f.line = line;
      const mgr = yield* run(item.expr, f);
      const value = yield* aenter(mgr, line);
      item.store?.(f, value);
      let r: Completion;
      try {
        r = yield* inner(f);
      } catch (e) {
        const exc = asPyException(e);
        if (exc === null) throw e;
        f.line = line;
        if (!(yield* aexit(mgr, exc, line))) throw exc;
        return NORMAL;
      }
      f.line = line;
      yield* aexit(mgr, null, line);
      return r;
    };
  };
  return { s: null, g: nest(0) };
}

/** __enter__ of any context manager: native (contextlib's) or a user class. */
export function enter(mgr: Value): Value {
  if (isSyncContextManager(mgr)) return mgr.enter();
  if (!(mgr instanceof PyInstance) || lookupClass(mgr.cls, '__enter__') === undefined || lookupClass(mgr.cls, '__exit__') === undefined) {
    typeError(`'${typeName(mgr)}' object does not support the context manager protocol`);
  }
  return callMethod(mgr, '__enter__', [], null, { span: undefined });
}

/** __exit__: true when the exception is suppressed. */
export function exit(mgr: Value, exc: PyException | null): boolean {
  if (isSyncContextManager(mgr)) return mgr.exit(exc);
  const args: Value[] = exc === null ? [null, null, null] : [exc.cls, exc, null];
  return ops.truthy(callMethod(mgr, '__exit__', args, null, { span: undefined }));
}

/** Plain `with`: user classes with __enter__/__exit__; asyncio's locks fail as in CPython. */
export function compileWith(c: Compiler, st: A.With): CS {
  const line = st.span.line;
  const items = st.items.map((it) => ({
    expr: compileExpr(c, it.contextExpr),
    store: it.optionalVars ? compileStoreTarget(c, it.optionalVars).s! : null,
  }));
  const body = compileBlock(c, st.body);
  const threaded = c.threaded;
  const nest = (i: number): ((f: Frame) => Generator<Yielded, Completion, unknown>) => {
    if (i === items.length) return (f) => runS(body, f);
    const item = items[i]!;
    const inner = nest(i + 1);
    return function* (f) {
      f.line = line;
      const mgr = yield* run(item.expr, f);
      // In a worker's threaded body, __enter__/__exit__ may sleep the lane too (threaded.ts).
      const value = threaded ? yield* dunderInLane(mgr, '__enter__', [], () => enter(mgr)) : enter(mgr);
      item.store?.(f, value);
      let r: Completion;
      try {
        r = yield* inner(f);
      } catch (e) {
        const exc = asPyException(e);
        if (exc === null) throw e;
        f.line = line;
        const swallow = threaded
          ? ops.truthy(yield* dunderInLane(mgr, '__exit__', [exc.cls, exc, null], () => exit(mgr, exc)))
          : exit(mgr, exc);
        if (!swallow) throw exc;
        return NORMAL;
      }
      f.line = line;
      if (threaded) yield* dunderInLane(mgr, '__exit__', [null, null, null], () => exit(mgr, null));
      else exit(mgr, null);
      return r;
    };
  };
  const g = nest(0);
  // Most `with` bodies never await: run them without generator machinery.
  if (body.g === null && items.every((it) => it.expr.g === null)) {
    return {
      s: (f) => {
        const it = g(f);
        const r = it.next();
        if (!r.done) throw new Error('internal: synchronous with-statement suspended');
        return r.value;
      },
      g: null,
    };
  }
  return { s: null, g };
}

/** aiter(obj) as `async for` calls it: an async generator, or a user object's __aiter__(). */
export function asyncIterOf(src: Value, forStmt: boolean): Value {
  if (src instanceof PyAsyncGen) return src;
  if (src instanceof PyInstance && lookupClass(src.cls, '__aiter__') !== undefined) {
    const it = callMethod(src, '__aiter__', [], null, { span: undefined });
    if (it instanceof PyAsyncGen || (it instanceof PyInstance && lookupClass(it.cls, '__anext__') !== undefined)) return it;
    return typeError(
      forStmt
        ? `'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`
        : `aiter() returned not an async iterator of type '${typeName(it)}'`,
    );
  }
  return typeError(forStmt ? `'async for' requires an object with __aiter__ method, got ${typeName(src)}` : `'${typeName(src)}' object is not an async iterable`);
}

/** The awaitable of one `__anext__()` step. */
export function asyncNextOf(it: Value): Value {
  if (it instanceof PyAsyncGen) return it.asend(null);
  return callMethod(it, '__anext__', [], null, { span: undefined });
}

/**
 * Whether the iterable of a loop is a temporary that only the loop holds (`async for x in
 * ticker()`): CPython frees it when the loop is left, which finalizes an unfinished generator.
 */
export function isTemporary(e: A.Expr): boolean {
  if (e.kind === 'Name' || e.kind === 'Attribute' || e.kind === 'Subscript') return false;
  // iter(g) and aiter(g) give back g itself, which a name still holds.
  if (e.kind === 'Call' && e.func.kind === 'Name' && (e.func.id === 'iter' || e.func.id === 'aiter')) return false;
  return true;
}

export function compileAsyncFor(c: Compiler, st: A.AsyncFor): CS {
  const budget = c.realm.budget;
  const line = st.span.line;
  const iter = compileExpr(c, st.iter);
  const store = compileStoreTarget(c, st.target).s!;
  const body = compileBlock(c, st.body);
  const orelse = st.orelse.length > 0 ? compileBlock(c, st.orelse) : null;
  const temporary = isTemporary(st.iter);
  const loop = function* (f: Frame, it: Value): Generator<Yielded, Completion | null, unknown> {
    for (;;) {
      budget.tick();
      let item: Value;
      f.line = line;
      try {
        item = yield* awaitValue(asyncNextOf(it), line);
      } catch (e) {
        if (e instanceof PyException && E.isSubclass(e.cls, E.StopAsyncIteration)) return null;
        throw e;
      }
      store(f, item);
      const r = yield* runS(body, f);
      if (r === BREAK) return NORMAL;
      if (r === RETURN) return RETURN;
    }
  };
  return {
    s: null,
    g: function* (f) {
      f.line = line;
      const src = yield* run(iter, f);
      const it = asyncIterOf(src, true);
      // The loop alone holds a generator that was just made: by the loop's own expression
      // (`async for x in ticker()`), or by __aiter__ (an async generator method).
      const owned = it instanceof PyAsyncGen && it === currentRealm.lastGenerator && (temporary || it !== src);
      let r: Completion | null;
      if (owned) {
        try {
          r = yield* loop(f, it);
        } finally {
          it.drop();
        }
      } else r = yield* loop(f, it);
      if (r !== null) return r;
      return orelse !== null ? yield* runS(orelse, f) : NORMAL;
    },
  };
}
