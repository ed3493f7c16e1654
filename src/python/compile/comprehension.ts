/**
 * List, set and dict comprehensions and generator expressions. A generator expression is lazy
 * and single-use, as in CPython (`any(check(x) for x in xs)` stops at the first true one); one
 * with `async for` or `await` is an async generator. A comprehension with either awaits as it
 * runs. Their variables live in hidden slots of the enclosing frame (see ../syntax/resolve/scope.ts).
 */
import type * as A from '../syntax/ast.ts';
import { interp } from '../runtime/hooks.ts';
import * as ops from '../runtime/ops.ts';
import { PyDict, PyList, PySet, type Value } from '../runtime/values.ts';
import { genE, lift, run, syncE, type CE, type Compiler } from './compiler.ts';
import * as E from '../../engine/exceptions.ts';
import { PyException } from '../../engine/exceptions.ts';
import { asyncIterOf, asyncNextOf } from './async-stmt.ts';
import { awaitValue } from './await-expr.ts';
import { PyGen } from './generator.ts';
import { PyAsyncGen } from './async-generator.ts';
import type { Yielded } from './frame.ts';
import type { Store } from './targets.ts';
import { compileExpr } from './expr.ts';
import { YieldValue, type Frame, type SyncExpr } from './frame.ts';
import { compileStoreTarget } from './targets.ts';
import { plainly } from './threaded.ts';
import { containsAwait } from '../syntax/static-checks.ts';
import { currentRealm } from '../runtime/realm.ts';

type Comp = A.ListComp | A.SetComp | A.GeneratorExp | A.DictComp;

export function compileComprehension(c: Compiler, e: Comp): CE {
  // In a worker's body every call may suspend (a time.sleep blocks the lane). A list, set or dict
  // comprehension then runs as generator code that still builds its value, but a generator
  // expression that does not await must stay a plain generator: what iterates it pauses, not it.
  if (c.threaded && e.kind === 'GeneratorExp' && !containsAwait(e)) return plainly(c, () => compileComprehension(c, e));
  // The first iterable belongs to the enclosing scope.
  const firstIter = compileExpr(c, e.generators[0]!.iter);
  const cs = c.scopeOf(e);
  return c.withScope(cs, c.qualPrefix, () => {
    const loops = e.generators.map((g, i) => ({
      iter: i === 0 ? firstIter : compileExpr(c, g.iter),
      store: compileStoreTarget(c, g.target),
      ifs: g.ifs.map((x) => compileExpr(c, x)),
    }));
    const body = e.kind === 'DictComp' ? [compileExpr(c, e.key), compileExpr(c, e.value)] : [compileExpr(c, e.elt)];
    const all = [...loops.flatMap((l) => [l.iter, ...l.ifs]), ...body];
    if (all.some((x) => x.g !== null) || e.generators.some((g) => g.isAsync)) {
      return asyncComprehension(c, e, loops, body, e.generators.map((g) => g.isAsync), `${c.qualPrefix}<genexpr>`);
    }
    const levels = loops.map((l) => ({ iter: l.iter.s!, store: l.store.s!, ifs: l.ifs.map((x) => x.s!) }));
    if (e.kind === 'GeneratorExp') return syncE(generatorExpression(levels, body[0]!.s!, `${c.qualPrefix}<genexpr>`));
    let emit: (f: Frame, out: unknown) => void;
    if (e.kind === 'DictComp') {
      const k = body[0]!.s!;
      const v = body[1]!.s!;
      emit = (f, out) => ops.dictSet(out as PyDict, k(f), v(f));
    } else if (e.kind === 'SetComp') {
      const x = body[0]!.s!;
      emit = (f, out) => {
        const val = x(f);
        (out as PySet).map.set(ops.keyOf(val), val);
      };
    } else {
      const x = body[0]!.s!;
      emit = (f, out) => (out as Value[]).push(x(f));
    }
    const runLevel = (f: Frame, depth: number, out: unknown): void => {
      const lv = levels[depth]!;
      const last = depth === levels.length - 1;
      for (const item of interp.iterate(lv.iter(f))) {
        lv.store(f, item);
        let ok = true;
        for (const cond of lv.ifs) {
          if (!ops.truthy(cond(f))) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        if (last) emit(f, out);
        else runLevel(f, depth + 1, out);
      }
    };
    const make: SyncExpr =
      e.kind === 'DictComp'
        ? (f) => {
            const d = new PyDict();
            runLevel(f, 0, d);
            return d;
          }
        : e.kind === 'SetComp'
          ? (f) => {
              const s = new PySet();
              runLevel(f, 0, s);
              return s;
            }
          : (f) => {
              const items: Value[] = [];
              runLevel(f, 0, items);
              return new PyList(items);
            };
    return syncE(make);
  });
}

interface SyncLevel {
  readonly iter: SyncExpr;
  readonly store: Store;
  readonly ifs: readonly SyncExpr[];
}

/** `(elt for ...)`: the first iterable is taken at once (as CPython does), the rest on demand. */
function generatorExpression(levels: readonly SyncLevel[], elt: SyncExpr, qualName: string): SyncExpr {
  function* runLevel(f: Frame, depth: number, items: Iterable<Value>): Generator<Value, void, undefined> {
    const lv = levels[depth]!;
    const last = depth === levels.length - 1;
    next: for (const item of items) {
      lv.store(f, item);
      for (const cond of lv.ifs) if (!ops.truthy(cond(f))) continue next;
      if (last) yield elt(f);
      else yield* runLevel(f, depth + 1, interp.iterate(levels[depth + 1]!.iter(f)));
    }
  }
  return (f) => {
    const src = levels[0]!.iter(f);
    const g = new PyGen(runLevel(f, 0, interp.iterate(src)) as Generator<Yielded, Value, unknown>, null, '<genexpr>', qualName, true);
    if (src instanceof PyGen && src === currentRealm.lastGenerator) g.inner = src;
    currentRealm.lastGenerator = g;
    return g;
  };
}

interface Level {
  readonly iter: CE;
  readonly store: { readonly s: Store | null };
  readonly ifs: readonly CE[];
}

/** `[await t for t in tasks]`, `[x async for x in agen()]`: the same loops, awaiting where a part awaits. */
function asyncComprehension(c: Compiler, e: Comp, loops: readonly Level[], body: readonly CE[], isAsync: readonly boolean[], qualName: string): CE {
  /** Each item of one level: a plain iteration, or `__anext__()` awaited until StopAsyncIteration. */
  function* items(src: Value, depth: number, each: (item: Value) => Generator<Yielded, void, unknown>): Generator<Yielded, void, unknown> {
    if (!isAsync[depth]) {
      for (const item of interp.iterate(src)) yield* each(item);
      return;
    }
    const it = asyncIterOf(src, true);
    for (;;) {
      let item: Value;
      try {
        item = yield* awaitValue(asyncNextOf(it), 0);
      } catch (err) {
        if (err instanceof PyException && E.isSubclass(err.cls, E.StopAsyncIteration)) return;
        throw err;
      }
      yield* each(item);
    }
  }
  function* runLevel(f: Frame, depth: number, src: Value, out: unknown): Generator<Yielded, void, unknown> {
    const lv = loops[depth]!;
    const last = depth === loops.length - 1;
    yield* items(src, depth, function* (item) {
      lv.store.s!(f, item);
      for (const cond of lv.ifs) if (!ops.truthy(yield* run(cond, f))) return;
      if (!last) {
        yield* runLevel(f, depth + 1, yield* run(loops[depth + 1]!.iter, f), out);
      } else if (e.kind === 'DictComp') {
        const k = yield* run(body[0]!, f);
        ops.dictSet(out as PyDict, k, yield* run(body[1]!, f));
      } else if (e.kind === 'SetComp') {
        const v = yield* run(body[0]!, f);
        (out as PySet).map.set(ops.keyOf(v), v);
      } else if (e.kind === 'GeneratorExp') {
        yield new YieldValue(yield* run(body[0]!, f));
      } else {
        (out as Value[]).push(yield* run(body[0]!, f));
      }
    });
  }
  if (e.kind === 'GeneratorExp') {
    // An async generator expression: the first iterable is taken at once, the rest as it is iterated.
    const first = loops[0]!.iter;
    return lift(c, [first], ([src]) => (f) => {
      const s0 = src!(f);
      if (isAsync[0]) asyncIterOf(s0, true);
      const g = new PyAsyncGen(runLevel(f, 0, s0, null), null, '<genexpr>', qualName);
      currentRealm.lastGenerator = g;
      return g;
    });
  }
  return genE(function* (f) {
    const src = yield* run(loops[0]!.iter, f);
    if (e.kind === 'DictComp') {
      const d = new PyDict();
      yield* runLevel(f, 0, src, d);
      return d;
    }
    if (e.kind === 'SetComp') {
      const st = new PySet();
      yield* runLevel(f, 0, src, st);
      return st;
    }
    const items: Value[] = [];
    yield* runLevel(f, 0, src, items);
    return new PyList(items);
  });
}
