/**
 * Annotations stay unevaluated in Taskline (as under `from __future__ import annotations`):
 * a class body's `x: int = 0` records the text `'int'` in `__annotations__`, which is what
 * dataclasses reads to find the fields and to spot `ClassVar`/`InitVar`.
 */
import type * as A from '../ast.ts';
import { repr } from '../runtime/repr.ts';

export function annotationText(e: A.Expr): string {
  switch (e.kind) {
    case 'Name':
      return e.id;
    case 'Constant':
      return e.value === null ? 'None' : typeof e.value === 'string' ? repr(e.value) : String(e.value);
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
