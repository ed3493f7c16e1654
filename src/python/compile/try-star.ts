/**
 * `try` with `except*` handlers (PEP 654), as CPython 3.11 compiles it: each handler in turn
 * takes the part of the exception group it matches (a naked exception is wrapped in a group to
 * be matched), and what is left over, re-raised or newly raised is raised again at the end.
 */
import type * as A from '../syntax/ast.ts';
import { PyException } from '../../engine/exceptions.ts';
import type { Yielded } from './frame.ts';
import { deriveGroup, exceptStarCondition, groupMembers, prepReraiseStar, splitGroup, wrapNaked } from '../runtime/exception-group.ts';
import { run, type CE, type Compiler } from './compiler.ts';
import { compileExpr } from './expr.ts';
import { NORMAL, type Completion, type Frame, type Suspended } from './frame.ts';
import { asPyException, compileBlock, runS, withFinally, type CS } from './stmt.ts';
import { compileDelete, storeName, type Store } from './targets.ts';
import { noteCaught } from './traceback.ts';

interface StarHandler {
  readonly type: CE;
  readonly store: Store | null;
  readonly unbind: ((f: Frame) => void) | null;
  readonly body: CS;
}

export function compileTryStar(c: Compiler, st: A.Try): CS {
  const body = compileBlock(c, st.body);
  const handlers: StarHandler[] = st.handlers.map((h) => ({
    type: compileExpr(c, h.type!),
    store: h.name ? storeName(c, h.name) : null,
    unbind: h.name ? compileDelete(c, { kind: 'Name', id: h.name, ctx: 'del', span: h.span }) : null,
    body: compileBlock(c, h.body),
  }));
  const orelse = st.orelse.length > 0 ? compileBlock(c, st.orelse) : null;
  const fin = st.finalbody.length > 0 ? compileBlock(c, st.finalbody) : null;
  const line = st.span.line;

  /** The handlers, over the exception the body raised; returns normally when all of it was handled. */
  function* handle(f: Frame, orig: PyException, before: PyException | null): Generator<Yielded, void, unknown> {
    let rest: PyException | null = orig;
    const raised: (PyException | null)[] = [];
    for (const h of handlers) {
      // Every handler's types are evaluated and checked, even once nothing is left to match.
      const cond = exceptStarCondition(yield* run(h.type, f));
      if (rest === null) continue;
      let match: PyException | null = null;
      if (cond(rest)) {
        match = groupMembers(rest) !== null ? rest : wrapNaked(rest);
        rest = null;
      } else if (groupMembers(rest) !== null) {
        [match, rest] = splitGroup(rest, cond, deriveGroup);
      }
      if (match === null) continue;
      const saved = f.handling;
      f.handling = match;
      // The part carries this frame's traceback entry already: a bare `raise` adds none.
      f.caught = match;
      h.store?.(f, match);
      try {
        yield* runS(h.body, f);
        raised.push(null);
      } catch (e) {
        const ne = asPyException(e);
        if (ne === null) throw e;
        if (ne !== match && ne.context === null) ne.context = match;
        noteCaught(ne, f);
        raised.push(ne);
      } finally {
        f.handling = saved;
        if (h.unbind) unbindQuietly(h.unbind, f);
      }
    }
    raised.push(rest);
    const result = prepReraiseStar(orig, raised, deriveGroup);
    if (result === null) {
      f.caught = before;
      return;
    }
    // CPython re-raises the result without a traceback entry for this frame: a group made
    // here shows none, the parts of the original keep the entry they were caught with.
    f.caught = result;
    throw result;
  }

  function* tryExcept(f: Frame): Suspended {
    f.line = line;
    const before = f.caught;
    let r: Completion = NORMAL;
    let exc: PyException | null = null;
    try {
      r = yield* runS(body, f);
    } catch (e) {
      exc = asPyException(e);
      if (exc === null) throw e;
      noteCaught(exc, f);
    }
    if (exc === null) return orelse !== null && r === NORMAL ? yield* runS(orelse, f) : r;
    yield* handle(f, exc, before);
    return NORMAL;
  }

  const whole = fin === null ? tryExcept : (f: Frame): Suspended => withFinally(f, tryExcept(f), fin);
  const parts: CS[] = [body, ...handlers.map((h) => h.body), ...(orelse ? [orelse] : []), ...(fin ? [fin] : [])];
  const canSuspend = parts.some((p) => p.g !== null) || handlers.some((h) => h.type.g !== null);
  if (canSuspend) return { s: null, g: whole };
  // Nothing inside can suspend: run the generator to its end in one step.
  return {
    s: (f) => {
      const step = whole(f).next();
      if (!step.done) throw new Error('internal: a synchronous try/except* suspended');
      return step.value;
    },
    g: null,
  };
}

function unbindQuietly(unbind: (f: Frame) => void, f: Frame): void {
  try {
    unbind(f);
  } catch {
    /* the handler may have deleted the name itself */
  }
}
