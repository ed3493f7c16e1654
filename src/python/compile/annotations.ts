/**
 * `name: T` in a class body records the annotation in the class's `__annotations__`, in order:
 * typing.NamedTuple and TypedDict read their fields from it. As in CPython, a class body
 * evaluates its annotations, unless `from __future__ import annotations` keeps them as text.
 * (Function annotations are never evaluated: nothing a program prints depends on them.)
 */
import type * as A from '../ast.ts';
import { dictSet } from '../runtime/ops.ts';
import { repr } from '../runtime/repr.ts';
import { PyDict, type Value } from '../runtime/values.ts';
import { compileExpr } from './expr.ts';
import { Unsupported } from '../runtime/errors.ts';
import type { Compiler } from './compiler.ts';
import { NORMAL } from './frame.ts';
import type { CS } from './stmt.ts';

export function classAnnotation(c: Compiler, st: A.AnnAssign): CS | null {
  if (c.scope.kind !== 'class' || st.target.kind !== 'Name') return null;
  const name = st.target.id;
  const text = annotationText(st.annotation);
  const ce = c.futureAnnotations ? null : compileExpr(c, st.annotation);
  if (ce !== null && ce.g !== null) return null;
  const value = ce?.s ?? ((): Value => text);
  return {
    s: (f) => {
      const ns = f.classNs;
      if (ns === null) return NORMAL;
      let v: Value;
      try {
        v = value(f);
      } catch (e) {
        // An annotation naming something Taskline leaves out (asyncio.AbstractEventLoop) keeps
        // its text: refusing the class would reject a program CPython runs.
        if (!(e instanceof Unsupported)) throw e;
        v = text;
      }
      let d = ns.get('__annotations__');
      if (!(d instanceof PyDict)) ns.set('__annotations__', (d = new PyDict()));
      dictSet(d as PyDict, name, v);
      return NORMAL;
    },
    g: null,
  };
}

/** The source form of an annotation (a good approximation of ast.unparse for type expressions). */
export function annotationText(e: A.Expr): string {
  switch (e.kind) {
    case 'Name':
      return e.id;
    case 'Attribute':
      return `${annotationText(e.value)}.${e.attr}`;
    case 'Constant':
      return e.value === null ? 'None' : typeof e.value === 'string' ? repr(e.value) : String(e.value);
    case 'Subscript':
      return `${annotationText(e.value)}[${e.slice.kind === 'Tuple' ? e.slice.elts.map(annotationText).join(', ') : annotationText(e.slice)}]`;
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
