/**
 * What the mistake detector needs to know about the program's text: the syntax tree (parsed
 * with the runner's own pure parser) and a few questions about it. A program that does not
 * parse has no source facts; the trace-only checks still run.
 */
import { parseModule } from '../../python/syntax/parser.ts';
import type { AsyncFunctionDef, Call, ExceptHandler, Expr, Module, Node, Stmt, While, For } from '../../python/syntax/ast.ts';
import { forEachChild, statementLists } from '../../python/syntax/walk.ts';

export function parseOrNull(code: string): Module | null {
  try {
    return parseModule(code, 'main.py');
  } catch {
    return null;
  }
}

/** Every node below `root` (not `root` itself), depth first, with its ancestors below `root` (nearest last). */
export function* walk(root: Node, parents: readonly Node[] = []): Generator<{ node: Node; parents: readonly Node[] }> {
  const children: Node[] = [];
  forEachChild(root, (child) => children.push(child));
  for (const node of children) {
    yield { node, parents };
    yield* walk(node, [...parents, node]);
  }
}

/** `nodes` themselves and every node below them. */
export function* within(nodes: readonly Node[]): Generator<Node> {
  for (const n of nodes) {
    yield n;
    for (const { node } of walk(n)) yield node;
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
  for (const { node } of walk(mod)) if (node.kind === 'AsyncFunctionDef') defs.set(node.name, node);
  return defs;
}

/** The statement lists of a tree: each function body, if/else branch, loop body, try part. */
export function* blocks(root: Node): Generator<readonly Stmt[]> {
  for (const { node } of walk(root)) yield* statementLists(node);
  yield* statementLists(root);
}

/** Names anywhere in `nodes`. */
export function namesRead(nodes: readonly Node[]): Set<string> {
  const out = new Set<string>();
  for (const n of within(nodes)) if (n.kind === 'Name') out.add(n.id);
  return out;
}

/** Whether `def` declares `global` or `nonlocal`: state shared beyond its arguments. */
export function touchesSharedState(def: AsyncFunctionDef): boolean {
  for (const { node } of walk(def)) if (node.kind === 'Global' || node.kind === 'Nonlocal') return true;
  return false;
}

/** Handlers that catch CancelledError (or everything) and do not raise again. */
export function swallowingHandlers(root: Node): ExceptHandler[] {
  const out: ExceptHandler[] = [];
  for (const { node } of walk(root)) {
    if (node.kind !== 'ExceptHandler') continue;
    const catches = node.type === null || [...within([node.type])].some((n) => isNamed(n, 'CancelledError') || isNamed(n, 'BaseException'));
    if (!catches) continue;
    if ([...within(node.body)].some((n) => n.kind === 'Raise')) continue;
    out.push(node);
  }
  return out;
}

function isNamed(n: Node, name: string): boolean {
  return (n.kind === 'Name' && n.id === name) || (n.kind === 'Attribute' && n.attr === name);
}

/** The innermost while/for loop whose text contains `offset`. */
export function loopAround(mod: Module, offset: number): While | For | null {
  let best: While | For | null = null;
  for (const { node } of walk(mod)) {
    if ((node.kind === 'While' || node.kind === 'For') && node.span.from <= offset && offset < node.span.to) {
      if (!best || node.span.from >= best.span.from) best = node;
    }
  }
  return best;
}

/** The first `while` loop inside `root` that never awaits: what spins without giving the loop back. */
export function loopWithoutAwait(root: Node): While | null {
  for (const { node } of walk(root)) {
    if (node.kind !== 'While') continue;
    if (![...within(node.body)].some((n) => n.kind === 'Await' || n.kind === 'AsyncFor' || n.kind === 'AsyncWith')) return node;
  }
  return null;
}
