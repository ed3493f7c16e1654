/**
 * Class-body annotations: `x: int = 0` records `int` in the class's `__annotations__`, in
 * order, evaluated as CPython evaluates it (or its text under `from __future__ import
 * annotations`). typing.NamedTuple and TypedDict find their fields there; dataclasses also
 * reads each entry's source text to spot `ClassVar`, `InitVar` and `KW_ONLY`. Function
 * annotations are never evaluated: nothing a program prints depends on them.
 */
import type * as A from '../syntax/ast.ts';
import { repr } from '../runtime/repr.ts';
import { bytesRepr } from './byte-sequence.ts';
import { dictSet } from '../runtime/ops.ts';
import { PyDict, type Value } from '../runtime/values.ts';
import type { Compiler } from './compiler.ts';
import { NORMAL } from './frame.ts';
import type { CS } from './stmt.ts';
import { compileExpr } from './expr.ts';
import { Unsupported } from '../runtime/errors.ts';

/** `name: T` in a class body: records the entry in the class's `__annotations__`. */
export function classAnnotation(c: Compiler, st: A.AnnAssign): CS | null {
  if (c.scope.kind !== 'class' || st.target.kind !== 'Name') return null;
  const name = c.attrName(st.target.id);
  // Under `from __future__ import annotations` an entry is its source (`'str'` keeps its quotes).
  const text = c.futureAnnotations ? annotationText(st.annotation) : annotationEntry(st.annotation);
  const source = annotationEntry(st.annotation);
  // As in CPython, a class body evaluates its annotations unless `from __future__ import
  // annotations` keeps them as text.
  const ce = c.futureAnnotations ? null : compileExpr(c, st.annotation);
  if (ce !== null && ce.g !== null) return null;
  const evaluate = ce?.s ?? ((): Value => text);
  return {
    s: (f) => {
      const ns = f.classNs;
      if (ns === null) return NORMAL;
      let v: Value;
      try {
        v = evaluate(f);
      } catch (e) {
        // An annotation naming something Taskline leaves out (asyncio.AbstractEventLoop) keeps
        // its text: refusing the class would reject a program CPython runs.
        if (!(e instanceof Unsupported)) throw e;
        v = text;
      }
      let d = ns.get('__annotations__');
      if (!(d instanceof PyDict)) ns.set('__annotations__', (d = new PyDict()));
      noteSource(d as PyDict, name, source);
      dictSet(d as PyDict, name, v);
      return NORMAL;
    },
    g: null,
  };
}

/** The source text of each entry of a class's `__annotations__`. */
const sources = new WeakMap<PyDict, Map<string, string>>();

function noteSource(ann: PyDict, name: string, source: string): void {
  let m = sources.get(ann);
  if (m === undefined) sources.set(ann, (m = new Map()));
  m.set(name, source);
}

/**
 * The source text of a class annotation, whether or not it was evaluated: dataclasses tells
 * ClassVar, InitVar and KW_ONLY fields apart by it (CPython's _is_type looks at the text too).
 */
export function annotationSource(ann: PyDict, name: string): string | undefined {
  return sources.get(ann)?.get(name);
}

/** The text of an annotation as `__annotations__` holds it: a string literal is its own text. */
export function annotationEntry(e: A.Expr): string {
  return e.kind === 'Constant' && typeof e.value === 'string' ? e.value : annotationText(e);
}

export function annotationText(e: A.Expr): string {
  switch (e.kind) {
    case 'Name':
      return e.id;
    case 'Constant':
      return e.value === null ? 'None' : typeof e.value === 'string' ? repr(e.value) : e.value instanceof Uint8Array ? bytesRepr(e.value) : String(e.value);
    case 'Attribute':
      return `${annotationText(e.value)}.${e.attr}`;
    case 'Subscript': {
      const s = e.slice;
      const inner = s.kind === 'Tuple' ? s.elts.map(annotationText).join(', ') : annotationText(s);
      return `${annotationText(e.value)}[${inner}]`;
    }
    case 'Tuple':
      return `(${e.elts.map(annotationText).join(', ')})`;
    case 'List':
      return `[${e.elts.map(annotationText).join(', ')}]`;
    case 'BinOp':
      return `${annotationText(e.left)} ${e.op} ${annotationText(e.right)}`;
    default:
      return '...';
  }
}
