/**
 * Annotations stay unevaluated in Taskline (as under `from __future__ import annotations`):
 * a class body's `x: int = 0` records the text `'int'` in `__annotations__`, in order. That is
 * what dataclasses reads to find the fields and to spot `ClassVar`/`InitVar`, and where
 * typing.NamedTuple and TypedDict find theirs.
 */
import type * as A from '../ast.ts';
import { PyException } from '../../engine/exceptions.ts';
import { repr } from '../runtime/repr.ts';
import { isExcClass } from '../runtime/types.ts';
import { dictSet } from '../runtime/ops.ts';
import { PyClass, PyDict, PyType, type Value } from '../runtime/values.ts';
import type { Compiler } from './compiler.ts';
import { NORMAL } from './frame.ts';
import type { CS } from './stmt.ts';
import { globalsLookup } from './names.ts';
import { getattr } from './objects.ts';

/** `name: T` in a class body: records the entry in the class's `__annotations__`. */
export function classAnnotation(c: Compiler, st: A.AnnAssign): CS | null {
  if (c.scope.kind !== 'class' || st.target.kind !== 'Name') return null;
  const name = c.attrName(st.target.id);
  const text = annotationEntry(st.annotation);
  const isLiteral = st.annotation.kind === 'Constant' && typeof st.annotation.value === 'string';
  return {
    s: (f) => {
      const ns = f.classNs;
      if (ns === null) return NORMAL;
      let d = ns.get('__annotations__');
      if (!(d instanceof PyDict)) ns.set('__annotations__', (d = new PyDict()));
      noteAnnotation(d as PyDict, f.globals, name, isLiteral);
      dictSet(d as PyDict, name, text);
      return NORMAL;
    },
    g: null,
  };
}

/** The globals of the class body each `__annotations__` dict was filled in, and which entries were string literals. */
const scopes = new WeakMap<PyDict, { readonly globals: Map<string, Value>; readonly literal: Set<string> }>();

export function noteAnnotation(ann: PyDict, globals: Map<string, Value>, name: string, isLiteral: boolean): void {
  let scope = scopes.get(ann);
  if (scope === undefined) scopes.set(ann, (scope = { globals, literal: new Set() }));
  if (isLiteral) scope.literal.add(name);
  else scope.literal.delete(name);
}

/** The text of an annotation as `__annotations__` holds it: a string literal is its own text. */
export function annotationEntry(e: A.Expr): string {
  return e.kind === 'Constant' && typeof e.value === 'string' ? e.value : annotationText(e);
}

/**
 * What an annotation names, where the text is a plain (dotted) name of a class: `int` gives
 * the int type, as CPython's evaluated annotation would. Anything else stays text.
 */
export function resolveAnnotation(text: Value, ann: PyDict, name: string): Value {
  const scope = scopes.get(ann);
  if (typeof text !== 'string' || scope === undefined || scope.literal.has(name) || !/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(text)) return text;
  try {
    const [first, ...rest] = text.split('.');
    let v = globalsLookup(scope.globals, first!);
    for (const part of rest) v = getattr(v, part);
    return v instanceof PyClass || v instanceof PyType || isExcClass(v) ? v : text;
  } catch (e) {
    if (e instanceof PyException) return text;
    throw e;
  }
}

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
