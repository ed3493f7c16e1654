/**
 * What the mistake detector needs to know about the program's text: the syntax tree (parsed
 * with the runner's own pure parser) and a few questions about it. A program that does not
 * parse has no source facts; the trace-only checks still run.
 */
import { parseModule } from '../../python/syntax/parser.ts';
import type { AsyncFunctionDef, Call, ExceptHandler, Expr, Module, Stmt, While, For } from '../../python/syntax/ast.ts';

type AnyNode = { readonly kind: string; readonly span?: { readonly from: number; readonly to: number; readonly line: number } };

export function parseOrNull(code: string): Module | null {
  try {
    return parseModule(code, 'main.py');
  } catch {
    return null;
  }
}

/** Every node below `root`, depth first, with its parent chain (nearest last). */
export function* walk(root: object, parents: AnyNode[] = []): Generator<{ node: AnyNode; parents: readonly AnyNode[] }> {
  for (const value of Object.values(root)) {
    const items: unknown[] = Array.isArray(value) ? value : [value];
    for (const item of items) {
      if (item === null || typeof item !== 'object' || !('kind' in item)) continue;
      const node = item as AnyNode;
      yield { node, parents };
      yield* walk(node, [...parents, node]);
    }
  }
}

/** The dotted text of a call's function: "asyncio.create_task", "tg.create_task", "work". */
export function calleeName(call: Call): string | null {
  const parts: string[] = [];
  let f: Expr = call.func;
  while (f.kind === 'Attribute') {
    parts.unshift(f.attr);
    f = f.value;
  }
  if (f.kind === 'Name') parts.unshift(f.id);
  else if (f.kind === 'Call') parts.unshift(`${calleeName(f) ?? '?'}()`);
  else return null;
  return parts.join('.');
}

export function asyncDefs(mod: Module): Map<string, AsyncFunctionDef> {
  const defs = new Map<string, AsyncFunctionDef>();
  for (const { node } of walk(mod)) if (node.kind === 'AsyncFunctionDef') defs.set((node as AsyncFunctionDef).name, node as AsyncFunctionDef);
  return defs;
}

/** The statement lists of a tree: each function body, if/else branch, loop body, try part. */
export function* blocks(root: object): Generator<readonly Stmt[]> {
  for (const { node } of walk(root)) {
    const n = node as unknown as Record<string, unknown>;
    for (const key of ['body', 'orelse', 'finalbody']) {
      const v = n[key];
      if (Array.isArray(v) && v.length > 0 && typeof v[0] === 'object' && v[0] !== null && 'kind' in v[0] && node.kind !== 'Module') yield v as Stmt[];
    }
  }
  if ('kind' in root && (root as AnyNode).kind === 'Module') yield (root as Module).body;
}

/** Names anywhere inside `holder`'s values (wrap nodes: `{ args: call.args }`). */
export function namesRead(holder: object): Set<string> {
  const out = new Set<string>();
  for (const { node: n } of walk(holder)) if (n.kind === 'Name') out.add((n as unknown as { id: string }).id);
  return out;
}

/** Whether `def` declares `global` or `nonlocal`: state shared beyond its arguments. */
export function touchesSharedState(def: AsyncFunctionDef): boolean {
  for (const { node } of walk(def)) if (node.kind === 'Global' || node.kind === 'Nonlocal') return true;
  return false;
}

/** Handlers that catch CancelledError (or everything) and do not raise again. */
export function swallowingHandlers(root: object): ExceptHandler[] {
  const out: ExceptHandler[] = [];
  for (const { node } of walk(root)) {
    if (node.kind !== 'ExceptHandler') continue;
    const h = node as ExceptHandler;
    const catches = h.type === null || [...walk({ t: h.type })].some(({ node: n }) => isNamed(n, 'CancelledError') || isNamed(n, 'BaseException'));
    if (!catches) continue;
    if ([...walk({ b: h.body })].some(({ node: n }) => n.kind === 'Raise')) continue;
    out.push(h);
  }
  return out;
}

function isNamed(n: AnyNode, name: string): boolean {
  return (n.kind === 'Name' && (n as unknown as { id: string }).id === name) || (n.kind === 'Attribute' && (n as unknown as { attr: string }).attr === name);
}

/** The innermost while/for loop whose text contains `offset`. */
export function loopAround(mod: Module, offset: number): While | For | null {
  let best: While | For | null = null;
  for (const { node } of walk(mod)) {
    if ((node.kind === 'While' || node.kind === 'For') && node.span && node.span.from <= offset && offset < node.span.to) {
      if (!best || node.span.from >= best.span.from) best = node as While | For;
    }
  }
  return best;
}

/** The first `while` loop inside `root` that never awaits: what spins without giving the loop back. */
export function loopWithoutAwait(root: object): While | null {
  for (const { node } of walk(root)) {
    if (node.kind !== 'While') continue;
    if (![...walk({ b: (node as While).body })].some(({ node: n }) => n.kind === 'Await' || n.kind === 'AsyncFor' || n.kind === 'AsyncWith')) return node as While;
  }
  return null;
}
