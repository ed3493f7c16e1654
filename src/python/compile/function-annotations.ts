/**
 * A def's annotations (`def f(x: int) -> str`): CPython 3.11 evaluates them each time the def
 * runs, in the defining scope, into the function's `__annotations__` (text instead under
 * `from __future__ import annotations`). functools.singledispatch, typing.get_type_hints and
 * inspect.signature read them.
 */
import type * as A from '../syntax/ast.ts';
import { Unsupported } from '../runtime/errors.ts';
import { dictSet } from '../runtime/ops.ts';
import { PyDict, type Value } from '../runtime/values.ts';
import { syncE, type CE, type Compiler } from './compiler.ts';
import { compileExpr } from './expr.ts';
import { annotationText } from './annotation-text.ts';

export interface AnnotationCode {
  readonly names: readonly string[];
  readonly values: readonly CE[];
}

/** The annotated names in `__annotations__` order and an expression for each value. */
export function compileAnnotations(c: Compiler, node: A.FunctionDef | A.AsyncFunctionDef | A.Lambda): AnnotationCode | null {
  if (node.kind === 'Lambda') return null;
  const a = node.args;
  // CPython 3.11's compiler visits the ordinary parameters before the positional-only ones.
  const params = [...a.args, ...a.posonlyargs, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])];
  const entries: [string, A.Expr][] = [];
  for (const p of params) if (p.annotation) entries.push([p.name, p.annotation]);
  if (node.returns) entries.push(['return', node.returns]);
  if (entries.length === 0) return null;
  return { names: entries.map(([n]) => n), values: entries.map(([, e]) => annotationValue(c, e)) };
}

function annotationValue(c: Compiler, e: A.Expr): CE {
  const text = annotationText(e);
  if (c.futureAnnotations) return syncE(() => text);
  let ce: CE;
  try {
    ce = compileExpr(c, e);
  } catch (err) {
    // An annotation naming something Taskline leaves out keeps its text, as class ones do:
    // refusing the def would reject a program CPython runs.
    if (err instanceof Unsupported) return syncE(() => text);
    throw err;
  }
  const s = ce.s;
  if (s === null) return ce;
  return syncE((f) => {
    try {
      return s(f);
    } catch (err) {
      if (err instanceof Unsupported) return text;
      throw err;
    }
  });
}

export function annotationsDict(names: readonly string[], values: readonly Value[]): PyDict {
  const d = new PyDict();
  names.forEach((n, i) => dictSet(d, n, values[i]!));
  return d;
}
