/**
 * The resolver (the stage between parser and compiler, as in Crafting Interpreters): one walk
 * over the tree that raises CPython's scope errors in CPython's order and builds the scope table
 * the compiler reads (./scope.ts). CPython raises them in two phases, and so does this: errors
 * found while visiting (./collect.ts), then errors that need the whole table (./analyze.ts).
 */
import type * as A from '../ast.ts';
import type { LineMap } from '../syntax-error.ts';
import { assignSlots, checkDeclarations, resolveAll } from './analyze.ts';
import { Collector } from './collect.ts';
import { Scope, type ScopeTable } from './scope.ts';

export function resolveModule(mod: A.Module, lines: LineMap): ScopeTable {
  const of = new Map<A.Node, Scope>();
  const module = new Scope('module', null, mod);
  of.set(mod, module);
  new Collector(lines, of, module, !futureAnnotations(mod)).run(mod);
  checkDeclarations(module, lines);
  assignSlots(module);
  resolveAll(module);
  return { module, of };
}

/** Whether the module starts with `from __future__ import annotations` (annotations stay text). */
export function futureAnnotations(mod: A.Module): boolean {
  for (const st of mod.body) {
    if (st.kind !== 'ImportFrom' || st.module !== '__future__') {
      // A docstring may come first; anything else ends the future imports.
      if (st.kind === 'Expr' && st.value.kind === 'Constant' && typeof st.value.value === 'string') continue;
      return false;
    }
    if (st.names.some((a) => a.name === 'annotations')) return true;
  }
  return false;
}
