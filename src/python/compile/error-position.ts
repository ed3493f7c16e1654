/**
 * CPython 3.11 marks where on a line an exception arose (PEP 657): each traceback entry carries
 * the span of the instruction that raised or called onwards, and the traceback prints `^^^^`
 * under it (with `~` around the operator of `a / b` and the value of `a[i]`). Here the
 * expressions that can raise on their own — calls, awaits, subscripts, binary operators,
 * attribute reads and comparisons — note their span on the exception as it leaves them; the
 * innermost one wins, and the frame's traceback entry takes it (compile/traceback.ts). The hot
 * ones note from inside their own closure (positionNoter), since a wrapper closure around each
 * costs a call on every evaluation; withErrorPosition wraps the rest.
 */
import type * as A from '../syntax/ast.ts';
import { PyException, type CaretAnchors } from '../../engine/exceptions.ts';
import type { CE } from './compiler.ts';
import type { Frame, Yielded } from './frame.ts';
import type { Value } from '../runtime/values.ts';

function note(thrown: unknown, f: Frame, span: A.Expr['span'], anchors: CaretAnchors | null, lookupSpan?: A.Expr['span']): void {
  if (!(thrown instanceof PyException)) return;
  // An inner expression of this frame already placed it (its caller sees the outer one).
  if (f.errPos !== null && f.errPos.exc === thrown) return;
  // `obj.m(...)` whose method lookup failed: CPython marks `obj.m` (LOAD_METHOD), not the call.
  const lookup = thrown.fromMethodLookup;
  thrown.fromMethodLookup = false;
  f.errPos = { exc: thrown, span: lookup && lookupSpan !== undefined ? lookupSpan : span, anchors };
}

function anchorsOf(e: A.Expr): CaretAnchors | null {
  if (e.kind === 'BinOp') return { kind: 'binop', leftEnd: e.left.span.to, right: e.right.span.from };
  if (e.kind === 'Subscript') return { kind: 'subscript', leftEnd: e.value.span.to, right: e.slice.span.to };
  return null;
}

/** A store into an assignment target (`a, b = ...`, `obj.x = ...`), noting the target's span on failure. */
export function storeWithErrorPosition<S extends (f: Frame, v: Value) => void>(store: S, t: A.Expr): (f: Frame, v: Value) => void {
  const span = t.span;
  const anchors = anchorsOf(t);
  return (f, v) => {
    try {
      store(f, v);
    } catch (x) {
      note(x, f, span, anchors);
      throw x;
    }
  };
}

/** `obj.m(...)`: the span CPython marks when the method lookup itself fails. */
function lookupSpanOf(e: A.Expr): A.Expr['span'] | undefined {
  return e.kind === 'Call' && e.func.kind === 'Attribute' ? e.func.span : undefined;
}

/** What an expression that catches its own failures calls to note its span on the exception. */
export function positionNoter(e: A.Expr): (thrown: unknown, f: Frame) => void {
  const span = e.span;
  const anchors = anchorsOf(e);
  const lookupSpan = lookupSpanOf(e);
  return (thrown, f) => note(thrown, f, span, anchors, lookupSpan);
}

/** `ce`, noting `e`'s span on an exception that leaves it. */
export function withErrorPosition(ce: CE, e: A.Expr): CE {
  const span = e.span;
  const anchors = anchorsOf(e);
  const lookupSpan = lookupSpanOf(e);
  if (ce.g === null) {
    const s = ce.s!;
    const wrapped = (f: Frame): Value => {
      try {
        return s(f);
      } catch (x) {
        note(x, f, span, anchors, lookupSpan);
        throw x;
      }
    };
    return ce.lit === undefined ? { s: wrapped, g: null } : { s: wrapped, g: null, lit: ce.lit };
  }
  const g = ce.g;
  return {
    ...ce,
    // A statement's own `await x` (stmt.ts's fast path) runs outside `g`: it notes through this.
    onError: (x: unknown, f: Frame) => note(x, f, span, anchors, lookupSpan),
    g: function* (f: Frame): Generator<Yielded, Value, unknown> {
      try {
        return yield* g(f);
      } catch (x) {
        note(x, f, span, anchors, lookupSpan);
        throw x;
      }
    },
  };
}
