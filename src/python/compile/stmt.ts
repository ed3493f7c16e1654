/** Statements → closures returning a completion code (normal, break, continue, return). */
import { decorated } from './decorators.ts';
import type * as A from '../syntax/ast.ts';
import * as E from '../../engine/exceptions.ts';
import { PyException } from '../../engine/exceptions.ts';
import type { Yielded } from './frame.ts';
import { Task } from '../../engine/task.ts';
import { raise, rangeErrorAsPython, typeError, Unsupported } from '../runtime/errors.ts';
import * as ops from '../runtime/ops.ts';
import { PyRange } from '../runtime/iter.ts';
import { interp } from '../runtime/hooks.ts';
import { typeName, isExcClass } from '../runtime/types.ts';
import { PyCoroutine, PyList, PyTuple, type Value, PyModule } from '../runtime/values.ts';
import { lift, run, syncE, type CE, type Compiler } from './compiler.ts';
import { compileExpr } from './expr.ts';
import { augArith } from './operator-expr.ts';
import { awaitNow, Pending } from './await-expr.ts';
import { inplaceOp } from '../runtime/inplace.ts';
import {
  BREAK,
  CONTINUE,
  NORMAL,
  RETURN,
  type Completion,
  type Frame,
  type GenStmt,
  type Suspended,
  type SyncStmt,
} from './frame.ts';
import { functionMaker } from './function.ts';
import { compileClass } from './class.ts';
import { compileDelete, compileStoreTarget, storeName, type Store } from './targets.ts';
import { callValue, getattr, setattr } from './objects.ts';
import { getItem, setItem } from './subscript.ts';
import { compileAsyncWith, compileAsyncFor, compileWith, isTemporary } from './async-stmt.ts';
import { PyGen } from './generator.ts';
import { ownedStore, releaseTraceback } from './generator-lifetime.ts';
import { handlerDropsException } from './owned-generators.ts';
import { checkModuleAttr, importModule } from './imports.ts';
import { classAnnotation } from './annotation-text.ts';
import { noteCaught, noteRaised } from './traceback.ts';
import { compileTryStar } from './try-star.ts';
import { compileMatch } from './match.ts';
import { currentRealm } from '../runtime/realm.ts';
import { droppedUnawaited } from '../unretrieved.ts';

export interface CS {
  readonly s: SyncStmt | null;
  readonly g: GenStmt | null;
}

const syncS = (s: SyncStmt): CS => ({ s, g: null });
const genS = (g: GenStmt): CS => ({ s: null, g });

export function* runS(cs: CS, f: Frame): Generator<Yielded, Completion, unknown> {
  if (cs.g === null) return cs.s!(f);
  const r = cs.g(f);
  return typeof r === 'number' ? r : yield* r;
}

/** Run a statement from synchronous code: a completion, or the suspended rest of it. */
function step(cs: CS, f: Frame): Completion | Suspended {
  return cs.g === null ? cs.s!(f) : cs.g(f);
}

export function compileBlock(c: Compiler, body: readonly A.Stmt[]): CS {
  const parts = body.map((st) => compileStmt(c, st));
  if (parts.every((p) => p.g === null)) {
    const ss = parts.map((p) => p.s!);
    if (ss.length === 1) return syncS(ss[0]!);
    return syncS((f) => {
      for (let i = 0; i < ss.length; i++) {
        const r = ss[i]!(f);
        if (r !== NORMAL) return r;
      }
      return NORMAL;
    });
  }
  // Synchronous until a statement really suspends; then a generator finishes the block.
  function* rest(f: Frame, pending: Suspended, i: number): Suspended {
    let r = yield* pending;
    if (r !== NORMAL) return r;
    for (let j = i + 1; j < parts.length; j++) {
      const x = step(parts[j]!, f);
      r = typeof x === 'number' ? x : yield* x;
      if (r !== NORMAL) return r;
    }
    return NORMAL;
  }
  return genS((f) => {
    for (let i = 0; i < parts.length; i++) {
      const r = step(parts[i]!, f);
      if (typeof r !== 'number') return rest(f, r, i);
      if (r !== NORMAL) return r;
    }
    return NORMAL;
  });
}

/** A statement made of one expression and a synchronous action on its value. */
function exprStmt(ce: CE, line: number, act: (f: Frame, v: Value) => Completion): CS {
  if (ce.g === null) {
    const s = ce.s!;
    return syncS((f) => {
      f.line = line;
      return act(f, s(f));
    });
  }
  const g = ce.g!;
  if (ce.awaitOf !== undefined) {
    const inner = ce.awaitOf;
    const onError = ce.onError;
    const finish = function* (f: Frame, p: Pending): Suspended {
      let v: Value;
      try {
        v = yield* p.gen;
      } catch (x) {
        onError?.(x, f);
        throw x;
      }
      return act(f, v);
    };
    return genS((f) => {
      f.line = line;
      let v: Value | Pending;
      try {
        v = awaitNow(inner(f), line);
      } catch (x) {
        onError?.(x, f);
        throw x;
      }
      return v instanceof Pending ? finish(f, v) : act(f, v);
    });
  }
  return genS(function* (f): Suspended {
    f.line = line;
    const v = yield* g(f);
    return act(f, v);
  });
}

/** Records `name: text` in the class namespace's `__annotations__` (made on first use). */
export function compileStmt(c: Compiler, st: A.Stmt): CS {
  const line = st.span.line;
  switch (st.kind) {
    case 'Expr':
      return exprStmt(compileExpr(c, st.value), line, (_f, v) => {
        if (v instanceof Task) v.discarded = true;
        else if (v instanceof PyCoroutine) {
          v.discarded = true;
          droppedUnawaited(v);
        }
        return NORMAL;
      });
    case 'Assign':
      return assign(c, st);
    case 'AnnAssign': {
      const note = classAnnotation(c, st);
      if (st.value === null) return note ?? syncS(() => NORMAL);
      const value = compileExpr(c, st.value);
      const store = compileStoreTarget(c, st.target).s!;
      const lit = value.lit;
      return exprStmt(value, line, (f, v) => {
        store(f, v, lit?.(f));
        note?.s!(f);
        return NORMAL;
      });
    }
    case 'AugAssign':
      return augAssign(c, st);
    case 'Return': {
      if (st.value === null) {
        return syncS((f) => {
          f.ret = null;
          return RETURN;
        });
      }
      return exprStmt(compileExpr(c, st.value), line, (f, v) => {
        f.ret = v;
        return RETURN;
      });
    }
    case 'Pass':
    case 'Global':
    case 'Nonlocal':
      return syncS(() => NORMAL);
    case 'Break':
      return syncS(() => BREAK);
    case 'Continue':
      return syncS(() => CONTINUE);
    case 'If':
      return ifStmt(c, st);
    case 'While':
      return whileStmt(c, st);
    case 'For':
      // range() is never a generator: its loops keep the plain path.
      return isTemporary(st.iter) && !(st.iter.kind === 'Call' && st.iter.func.kind === 'Name' && st.iter.func.id === 'range') ? closingTemporary(c, st) : forStmt(c, st);
    case 'AsyncFor':
      return compileAsyncFor(c, st);
    case 'Try':
      return st.star ? compileTryStar(c, st) : tryStmt(c, st);
    case 'Raise':
      return raiseStmt(c, st);
    case 'Assert': {
      const test = compileExpr(c, st.test);
      const msg = st.msg ? compileExpr(c, st.msg) : null;
      // The traceback marks the test that failed, as CPython places the raise there.
      const testSpan = st.test.span;
      const failed = (f: Frame, exc: E.PyException): E.PyException => {
        f.errPos = { exc, span: testSpan, anchors: null };
        return exc;
      };
      if (test.g !== null || (msg !== null && msg.g !== null)) {
        return genS(function* (f): Suspended {
          f.line = line;
          if (!ops.truthy(yield* run(test, f))) {
            throw failed(f, msg ? E.pyErr(E.AssertionError, yield* run(msg, f)) : E.pyErr(E.AssertionError));
          }
          return NORMAL;
        });
      }
      const t = test.s!;
      const m = msg?.s ?? null;
      return syncS((f) => {
        f.line = line;
        if (!ops.truthy(t(f))) throw failed(f, m ? E.pyErr(E.AssertionError, m(f)) : E.pyErr(E.AssertionError));
        return NORMAL;
      });
    }
    case 'Import': {
      const parts = st.names.map((a) => {
        const top = a.name.split('.')[0]!;
        const mod = importModule(c.realm, a.name, st.span.line);
        // `import collections.abc` binds `collections` (which then has `abc`); `as` binds the submodule.
        const bound = a.asname === null && top !== a.name ? importModule(c.realm, top, st.span.line) : mod;
        const store = storeName(c, a.asname ?? top);
        return (f: Frame) => {
          mod();
          store(f, bound());
        };
      });
      return syncS((f) => {
        f.line = line;
        for (const p of parts) p(f);
        return NORMAL;
      });
    }
    case 'ImportFrom': {
      // Every __future__ feature but barry_as_FLUFL is already how Python 3.11 (and Taskline)
      // behaves: `annotations` in particular, since Taskline never evaluates annotations.
      if (st.module === '__future__' && st.names.every((a) => a.name !== 'barry_as_FLUFL')) return syncS(() => NORMAL);
      const mod = importModule(c.realm, st.module, st.span.line);
      // `from typing import *` at module level: every public name (the parser rejects it elsewhere).
      if (st.names.length === 1 && st.names[0]!.name === '*' && c.scope.kind === 'module') {
        return syncS((f) => {
          f.line = line;
          for (const [k, v] of mod().dict) if (!k.startsWith('_') && !(v instanceof PyModule)) f.globals.set(k, v);
          return NORMAL;
        });
      }
      const parts = st.names.map((a) => {
        if (a.name === '*') throw new Unsupported('`from ... import *` is not supported by Taskline', line);
        const store = storeName(c, a.asname ?? a.name);
        const name = a.name;
        const modName = st.module;
        return (f: Frame) => {
          let v: Value;
          const m = mod();
          checkModuleAttr(m, name, line);
          try {
            v = getattr(m, name);
          } catch {
            throw E.pyErr(E.ImportError, `cannot import name '${name}' from '${modName}'`);
          }
          store(f, v);
        };
      });
      return syncS((f) => {
        f.line = line;
        for (const p of parts) p(f);
        return NORMAL;
      });
    }
    case 'FunctionDef':
    case 'AsyncFunctionDef': {
      const maker = decorated(c, st.decorators, functionMaker(c, st, st.name, st.kind === 'AsyncFunctionDef'));
      const store = storeName(c, st.name);
      return exprStmt(maker, line, (f, fn) => {
        store(f, fn);
        return NORMAL;
      });
    }
    case 'ClassDef':
      return compileClass(c, st);
    case 'Delete': {
      const dels = st.targets.map((t) => compileDelete(c, t));
      return syncS((f) => {
        f.line = line;
        for (const d of dels) d(f);
        return NORMAL;
      });
    }
    case 'AsyncWith':
      return compileAsyncWith(c, st);
    case 'With':
      return compileWith(c, st);
    case 'Match':
      return compileMatch(c, st);
  }
}

function assign(c: Compiler, st: A.Assign): CS {
  const value = compileExpr(c, st.value);
  const stores = st.targets.map((t) => ownerStore(c, t, compileStoreTarget(c, t).s!));
  const lit = value.lit;
  const line = st.span.line;
  if (stores.length === 1) {
    const store = stores[0]!;
    if (lit === undefined && value.g === null) {
      const v = value.s!;
      return syncS((f) => {
        f.line = line;
        store(f, v(f));
        return NORMAL;
      });
    }
    return exprStmt(value, line, (f, v) => {
      store(f, v, lit?.(f));
      return NORMAL;
    });
  }
  return exprStmt(value, line, (f, v) => {
    const l = lit?.(f);
    for (const s of stores) s(f, v, l);
    return NORMAL;
  });
}

/** `target op= value` for an attribute or item: `open` reads the current value and gives its setter. */
function augInto(value: CE, line: number, op: string, open: (f: Frame) => [Value, (v: Value) => void]): CS {
  if (value.g === null) {
    const rhs = value.s!;
    return syncS((f) => {
      f.line = line;
      const [cur, put] = open(f);
      put(inplaceOp(op, cur, rhs(f)));
      return NORMAL;
    });
  }
  const g = value.g;
  return genS(function* (f): Suspended {
    f.line = line;
    const [cur, put] = open(f);
    put(inplaceOp(op, cur, yield* g(f)));
    return NORMAL;
  });
}

function augAssign(c: Compiler, st: A.AugAssign): CS {
  const line = st.span.line;
  const value = compileExpr(c, st.value);
  const t = st.target;
  const op = st.op;
  if (t.kind === 'Name') {
    const load = compileExpr(c, { kind: 'Name', id: t.id, ctx: 'load', span: t.span });
    const store = storeName(c, t.id);
    const rhsSlot = value.g !== null ? c.tempSlot() : -1;
    if (value.g === null) {
      const combined = augArith(op, load.s!, value.s!);
      return syncS((f) => {
        f.line = line;
        store(f, combined(f));
        return NORMAL;
      });
    }
    // As CPython, the name's value is read before the right side runs: `total += await f()`
    // adds to what `total` was before the await (the lost update of race-condition demos).
    const lhsSlot = c.tempSlot();
    const loadNow = load.s!;
    const combined = augArith(op, (f) => f.vars[lhsSlot], (f) => f.vars[rhsSlot]);
    const g = value.g;
    return genS(function* (f): Suspended {
      f.line = line;
      f.vars[lhsSlot] = loadNow(f);
      f.vars[rhsSlot] = yield* g(f);
      store(f, combined(f));
      return NORMAL;
    });
  }
  // The target's object (and key) and its current value come first, then the right side.
  if (t.kind === 'Attribute') {
    const obj = compileExpr(c, t.value);
    const name = c.attrName(t.attr);
    if (obj.g !== null) throw new Unsupported('`await` inside an assignment target is not supported by Taskline', line);
    const o = obj.s!;
    return augInto(value, line, op, (f) => {
      const target = o(f);
      return [getattr(target, name), (v) => setattr(target, name, v)];
    });
  }
  if (t.kind === 'Subscript') {
    const obj = compileExpr(c, t.value);
    const key = compileExpr(c, t.slice);
    if (obj.g !== null || key.g !== null) throw new Unsupported('`await` inside an assignment target is not supported by Taskline', line);
    const o = obj.s!;
    const k = key.s!;
    return augInto(value, line, op, (f) => {
      const target = o(f);
      const kk = k(f);
      return [getItem(target, kk), (v) => setItem(target, kk, v)];
    });
  }
  throw new Unsupported('illegal expression for augmented assignment', line);
}

function ifStmt(c: Compiler, st: A.If): CS {
  const test = compileExpr(c, st.test);
  const body = compileBlock(c, st.body);
  const orelse = st.orelse.length > 0 ? compileBlock(c, st.orelse) : null;
  const line = st.span.line;
  if (test.g === null && body.g === null && (orelse === null || orelse.g === null)) {
    const t = test.s!;
    const b = body.s!;
    const o = orelse?.s ?? null;
    return syncS((f) => {
      f.line = line;
      if (ops.truthy(t(f))) return b(f);
      return o !== null ? o(f) : NORMAL;
    });
  }
  if (test.g === null) {
    const t = test.s!;
    return genS((f) => {
      f.line = line;
      if (ops.truthy(t(f))) return step(body, f);
      return orelse !== null ? step(orelse, f) : NORMAL;
    });
  }
  return genS(function* (f): Suspended {
    f.line = line;
    if (ops.truthy(yield* run(test, f))) return yield* runS(body, f);
    return orelse !== null ? yield* runS(orelse, f) : NORMAL;
  });
}

function whileStmt(c: Compiler, st: A.While): CS {
  const budget = c.realm.budget;
  const test = compileExpr(c, st.test);
  const body = compileBlock(c, st.body);
  const orelse = st.orelse.length > 0 ? compileBlock(c, st.orelse) : null;
  const line = st.span.line;
  if (test.g === null && body.g === null && (orelse === null || orelse.g === null)) {
    const t = test.s!;
    const b = body.s!;
    const o = orelse?.s ?? null;
    return syncS((f) => {
      for (;;) {
        f.line = line;
        budget.tick();
        if (!ops.truthy(t(f))) break;
        const r = b(f);
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return RETURN;
      }
      return o !== null ? o(f) : NORMAL;
    });
  }
  if (test.g === null) {
    const t = test.s!;
    // After the body first suspends, the loop goes on inside a generator.
    const rest = function* (f: Frame, pending: Suspended): Suspended {
      let r = yield* pending;
      for (;;) {
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return RETURN;
        f.line = line;
        budget.tick();
        if (!ops.truthy(t(f))) break;
        const x = step(body, f);
        r = typeof x === 'number' ? x : yield* x;
      }
      return orelse !== null ? yield* runS(orelse, f) : NORMAL;
    };
    return genS((f) => {
      for (;;) {
        f.line = line;
        budget.tick();
        if (!ops.truthy(t(f))) break;
        const r = step(body, f);
        if (typeof r !== 'number') return rest(f, r);
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return RETURN;
      }
      return orelse !== null ? step(orelse, f) : NORMAL;
    });
  }
  return genS(function* (f): Suspended {
    for (;;) {
      f.line = line;
      budget.tick();
      if (!ops.truthy(yield* run(test, f))) break;
      const r = yield* runS(body, f);
      if (r === BREAK) return NORMAL;
      if (r === RETURN) return RETURN;
    }
    return orelse !== null ? yield* runS(orelse, f) : NORMAL;
  });
}

/**
 * `for x in gen():` — the generator is a temporary that only the loop holds, so CPython frees
 * it, and so closes it (its finally blocks run), as soon as the loop is left by break, return or
 * an exception.
 */
function closingTemporary(c: Compiler, st: A.For): CS {
  const slot = c.tempSlot();
  const cleanup = (f: Frame): void => {
    const v = f.vars[slot];
    f.vars[slot] = undefined;
    if (!(v instanceof PyGen) || v.state !== 'suspended') return;
    try {
      v.close();
    } catch (e) {
      // An error while CPython frees an object is "ignored" (reported), never raised.
      if (!(e instanceof PyException)) throw e;
    }
  };
  // Only a generator the call just made is the loop's alone (a function may hand out one it keeps).
  const inner = forStmt(c, st, (ce) =>
    lift(c, [ce], ([it]) => (f) => {
      const v = it!(f);
      f.vars[slot] = v === currentRealm.lastGenerator ? v : undefined;
      return v;
    }),
  );
  const finish = function* (f: Frame, rest: Suspended): Suspended {
    let r: Completion;
    try {
      r = yield* rest;
    } catch (e) {
      cleanup(f);
      throw e;
    }
    cleanup(f);
    return r;
  };
  const run1 = (f: Frame, start: (f: Frame) => Completion | Suspended): Completion | Suspended => {
    let r: Completion | Suspended;
    try {
      r = start(f);
    } catch (e) {
      cleanup(f);
      throw e;
    }
    if (typeof r !== 'number') return finish(f, r);
    cleanup(f);
    return r;
  };
  if (inner.g === null) {
    const s = inner.s!;
    return syncS((f) => run1(f, s) as Completion);
  }
  const g = inner.g;
  return genS((f) => run1(f, g));
}

function forStmt(c: Compiler, st: A.For, wrapIter: (ce: CE) => CE = (ce) => ce): CS {
  const budget = c.realm.budget;
  const iter = wrapIter(compileExpr(c, st.iter));
  const store: Store = compileStoreTarget(c, st.target).s!;
  const body = compileBlock(c, st.body);
  const orelse = st.orelse.length > 0 ? compileBlock(c, st.orelse) : null;
  const line = st.span.line;
  if (iter.g === null && body.g === null && (orelse === null || orelse.g === null)) {
    const it = iter.s!;
    const b = body.s!;
    const o = orelse?.s ?? null;
    return syncS((f) => {
      f.line = line;
      const seq = it(f);
      if (seq instanceof PyRange) {
        const { start, stop, step } = seq;
        for (let i = start; step > 0 ? i < stop : i > stop; i += step) {
          budget.tick();
          store(f, i);
          const r = b(f);
          if (r === BREAK) return NORMAL;
          if (r === RETURN) return RETURN;
        }
      } else if (seq instanceof PyList) {
        // Index-based, like CPython: appending during the loop extends it.
        const items = seq;
        for (let i = 0; i < items.items.length; i++) {
          budget.tick();
          store(f, items.items[i]);
          const r = b(f);
          if (r === BREAK) return NORMAL;
          if (r === RETURN) return RETURN;
        }
      } else {
        for (const x of iterableOf(seq)) {
          budget.tick();
          store(f, x);
          const r = b(f);
          if (r === BREAK) return NORMAL;
          if (r === RETURN) return RETURN;
          // Fetching the next item (a generator may raise) happens on the `for` line.
          f.line = line;
        }
      }
      return o !== null ? o(f) : NORMAL;
    });
  }
  if (iter.g === null) {
    const it = iter.s!;
    const rest = function* (f: Frame, next: Cursor, pending: Suspended): Suspended {
      let r = yield* pending;
      for (;;) {
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return RETURN;
        f.line = line;
        const x = next();
        if (x === END) break;
        budget.tick();
        store(f, x);
        const s = step(body, f);
        r = typeof s === 'number' ? s : yield* s;
      }
      return orelse !== null ? yield* runS(orelse, f) : NORMAL;
    };
    return genS((f) => {
      f.line = line;
      const next = cursorOf(it(f));
      for (;;) {
        f.line = line;
        const x = next();
        if (x === END) break;
        budget.tick();
        store(f, x);
        const r = step(body, f);
        if (typeof r !== 'number') return rest(f, next, r);
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return RETURN;
      }
      return orelse !== null ? step(orelse, f) : NORMAL;
    });
  }
  return genS(function* (f): Suspended {
    f.line = line;
    const seq = yield* run(iter, f);
    for (const x of iterableOf(seq)) {
      budget.tick();
      store(f, x);
      const r = yield* runS(body, f);
      if (r === BREAK) return NORMAL;
      if (r === RETURN) return RETURN;
      f.line = line;
    }
    return orelse !== null ? yield* runS(orelse, f) : NORMAL;
  });
}

const END: unique symbol = Symbol('end of iteration');
/** The next item of a loop, or END: one closure per loop, no result object per item. */
type Cursor = () => Value | typeof END;

function cursorOf(seq: Value): Cursor {
  if (seq instanceof PyRange) {
    const { stop, step: by } = seq;
    let i = seq.start;
    return () => {
      if (by > 0 ? i >= stop : i <= stop) return END;
      const v = i;
      i += by;
      return v;
    };
  }
  if (seq instanceof PyList) {
    // Index-based, like CPython: appending during the loop extends it.
    let i = 0;
    return () => (i < seq.items.length ? seq.items[i++] : END);
  }
  const jsIt = iterableOf(seq)[Symbol.iterator]();
  return () => {
    const r = jsIt.next();
    return r.done ? END : r.value;
  };
}

function iterableOf(v: Value): Iterable<Value> {
  if (v instanceof PyTuple) return v.items;
  return interp.iterate(v);
}

/** A store to a local that owns generators also releases the generator it replaces. */
function ownerStore(c: Compiler, t: A.Expr, store: Store): Store {
  if (t.kind !== 'Name' || c.scope.kind !== 'function' || c.scope.ownedGenerators?.has(t.id) !== true) return store;
  const slot = c.scope.slots.get(t.id)!;
  return (f, v, lit) => {
    const old = f.vars[slot];
    store(f, v, lit);
    ownedStore(f, old, v);
  };
}

// ---- try / raise --------------------------------------------------------------------------

/**
 * JS stack exhaustion surfaces as Python's RecursionError, and a string or array too long for
 * JS as MemoryError; other JS errors are not Python's to catch.
 */
export function asPyException(e: unknown): PyException | null {
  if (e instanceof PyException) return e;
  if (e instanceof RangeError) return rangeErrorAsPython(e);
  return null;
}

interface Handler {
  readonly type: CE | null;
  readonly store: Store | null;
  readonly unbind: ((f: Frame) => void) | null;
  readonly body: CS;
  /** The exception is freed when the handler ends (see handlerDropsException). */
  readonly drops: boolean;
}

function matches(exc: PyException, t: Value): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => matches(exc, x));
  if (!isExcClass(t)) typeError('catching classes that do not inherit from BaseException is not allowed');
  return E.isSubclass(exc.cls, t as E.ExcClass);
}

function tryStmt(c: Compiler, st: A.Try): CS {
  const body = compileBlock(c, st.body);
  const handlers: Handler[] = st.handlers.map((h) => ({
    type: h.type ? compileExpr(c, h.type) : null,
    store: h.name ? storeName(c, h.name) : null,
    unbind: h.name ? compileDelete(c, { kind: 'Name', id: h.name, ctx: 'del', span: h.span }) : null,
    body: compileBlock(c, h.body),
    drops: handlerDropsException(h),
  }));
  const orelse = st.orelse.length > 0 ? compileBlock(c, st.orelse) : null;
  const fin = st.finalbody.length > 0 ? compileBlock(c, st.finalbody) : null;
  const line = st.span.line;
  const allSync =
    body.g === null &&
    handlers.every((h) => h.body.g === null && (h.type === null || h.type.g === null)) &&
    (orelse === null || orelse.g === null) &&
    (fin === null || fin.g === null);

  if (allSync) {
    const b = body.s!;
    const o = orelse?.s ?? null;
    const fs = fin?.s ?? null;
    const inner = (f: Frame): Completion => {
      // The exception in flight around this statement, whose traceback entry a handler that
      // completes must leave as it was.
      const before = f.caught;
      let exc: PyException | null = null;
      let r: Completion = NORMAL;
      try {
        r = b(f);
      } catch (e) {
        exc = asPyException(e);
        if (exc === null) throw e;
        noteCaught(exc, f);
      }
      if (exc === null) return o !== null && r === NORMAL ? o(f) : r;
      for (const h of handlers) {
        if (h.type !== null && !matches(exc, h.type.s!(f))) continue;
        const saved = f.handling;
        f.handling = exc;
        noteCaught(exc, f);
        h.store?.(f, exc);
        try {
          const hr = h.body.s!(f);
          f.caught = before;
          if (h.drops) releaseTraceback(exc, f);
          return hr;
        } catch (e) {
          const ne = asPyException(e);
          if (ne !== null && ne !== exc && ne.context === null) ne.context = exc;
          throw ne ?? e;
        } finally {
          f.handling = saved;
          if (h.unbind) unbindQuietly(h.unbind, f);
        }
      }
      throw exc;
    };
    if (fs === null) {
      return syncS((f) => {
        f.line = line;
        return inner(f);
      });
    }
    return syncS((f) => {
      f.line = line;
      const before = f.caught;
      let r: Completion = NORMAL;
      let pending: unknown = undefined;
      let threw = false;
      try {
        r = inner(f);
      } catch (e) {
        threw = true;
        pending = e;
      }
      // finally runs on every way out; a break/continue/return in it wins over what was pending.
      const saved = f.handling;
      if (threw && pending instanceof PyException) {
        f.handling = pending;
        noteCaught(pending, f);
      }
      let fr: Completion;
      try {
        fr = fs(f);
      } finally {
        f.handling = saved;
      }
      if (fr !== NORMAL) {
        f.caught = before;
        return fr;
      }
      if (threw) throw pending;
      return r;
    });
  }

  const innerG = function* (f: Frame): Generator<Yielded, Completion, unknown> {
    const before = f.caught;
    let exc: PyException | null = null;
    let r: Completion = NORMAL;
    try {
      r = yield* runS(body, f);
    } catch (e) {
      exc = asPyException(e);
      if (exc === null) throw e;
      noteCaught(exc, f);
    }
    if (exc === null) return orelse !== null && r === NORMAL ? yield* runS(orelse, f) : r;
    for (const h of handlers) {
      if (h.type !== null && !matches(exc, yield* run(h.type, f))) continue;
      const saved = f.handling;
      f.handling = exc;
      noteCaught(exc, f);
      h.store?.(f, exc);
      try {
        const hr = yield* runS(h.body, f);
        f.caught = before;
        if (h.drops) releaseTraceback(exc, f);
        return hr;
      } catch (e) {
        const ne = asPyException(e);
        if (ne !== null && ne !== exc && ne.context === null) ne.context = exc;
        throw ne ?? e;
      } finally {
        f.handling = saved;
        if (h.unbind) unbindQuietly(h.unbind, f);
      }
    }
    throw exc;
  };
  return genS(function* (f): Suspended {
    f.line = line;
    if (fin === null) return yield* innerG(f);
    return yield* withFinally(f, innerG(f), fin);
  });
}

/**
 * The `finally` of a try statement whose body (with its handlers) is a generator: `fin` runs
 * on every way out, with the pending exception being handled meanwhile (for implicit
 * chaining), and a break/continue/return in it wins over what was pending.
 */
export function* withFinally(f: Frame, body: Generator<Yielded, Completion, unknown>, fin: CS): Suspended {
  const before = f.caught;
  let r: Completion = NORMAL;
  let pending: unknown = undefined;
  let threw = false;
  try {
    r = yield* body;
  } catch (e) {
    threw = true;
    pending = e;
  }
  const saved = f.handling;
  if (threw && pending instanceof PyException) {
    f.handling = pending;
    noteCaught(pending, f);
  }
  let fr: Completion;
  try {
    fr = yield* runS(fin, f);
  } finally {
    f.handling = saved;
  }
  if (fr !== NORMAL) {
    f.caught = before;
    return fr;
  }
  if (threw) throw pending;
  return r;
}

function unbindQuietly(unbind: (f: Frame) => void, f: Frame): void {
  try {
    unbind(f);
  } catch {
    /* the handler may have deleted the name itself */
  }
}

/** `raise X` (or its `from X`): X may be an exception class (called with no arguments) or instance. */
export function toException(v: Value, what = 'exceptions'): PyException {
  if (v instanceof PyException) return v;
  if (isExcClass(v)) {
    const e = callValue(v, [], null);
    if (e instanceof PyException) return e;
  }
  return typeError(`${what} must derive from BaseException`);
}

function raiseStmt(c: Compiler, st: A.Raise): CS {
  const line = st.span.line;
  if (st.exc === null) {
    return syncS((f) => {
      f.line = line;
      if (f.handling === null) raise(E.RuntimeError, 'No active exception to reraise');
      throw f.handling;
    });
  }
  const exc = compileExpr(c, st.exc);
  const cause = st.cause ? compileExpr(c, st.cause) : syncE(() => undefined);
  const hasCause = st.cause !== null;
  const finish = (f: Frame, ev: Value, cv: Value): never => {
    const e = toException(ev);
    noteRaised(e, f);
    if (hasCause) {
      e.cause = cv === null ? null : toException(cv, 'exception causes');
      e.suppressContext = true;
    }
    if (f.handling !== null && f.handling !== e && e.context === null) e.context = f.handling;
    throw e;
  };
  if (exc.g === null && cause.g === null) {
    const es = exc.s!;
    const cs = cause.s!;
    return syncS((f) => {
      f.line = line;
      return finish(f, es(f), cs(f));
    });
  }
  return genS(function* (f): Suspended {
    f.line = line;
    const ev = yield* run(exc, f);
    const cv = yield* run(cause, f);
    return finish(f, ev, cv);
  });
}

export { typeName };
