/**
 * Locals that own a generator: CPython frees a generator when its last reference goes, and
 * closes it then (its finally blocks run). Without reference counts, Taskline does this only
 * where the moment is certain: a local that is assigned straight from a call (`g = ticker()`)
 * and is only ever driven (`next(g)`, `await anext(g)`, `g.send(x)`, `for x in g`), never
 * passed, stored, returned or captured. Such a local holds the only reference to a generator
 * the call just made, so the generator dies when the local is rebound or the function returns.
 * A parameter driven the same way owns a generator that a call passes straight from a call.
 */
import type * as A from '../syntax/ast.ts';
import type { Scope } from '../syntax/resolve/scope.ts';

/** Methods whose call keeps the generator where it is (the result is not the generator). */
const DRIVING_METHODS = new Set(['send', 'throw', 'close', 'asend', 'athrow', 'aclose', '__next__', '__anext__']);

type Node = { readonly kind: string };

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && typeof (v as Node).kind === 'string';
}

/** The names of `scope`'s plain locals that own their generators (see above). */
export function ownedGeneratorLocals(fn: A.FunctionDef | A.AsyncFunctionDef, scope: Scope): Set<string> {
  const params = new Set<string>();
  const a = fn.args;
  for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) params.add(p.name);
  if (a.vararg) params.add(a.vararg.name);
  if (a.kwarg) params.add(a.kwarg.name);
  const stored = new Set<string>();
  const escaped = new Set<string>();

  const visitName = (n: A.Name, parent: Node | null, key: string, grand: Node | null): void => {
    if (n.ctx === 'store') {
      const p = parent as A.Assign | null;
      const ok = p?.kind === 'Assign' && key === 'targets' && p.targets.length === 1 && isFreshValue(p.value);
      (ok ? stored : escaped).add(n.id);
      return;
    }
    if (n.ctx === 'del') {
      // `del g` drops the only reference, so the generator dies there (see compileDelete).
      if (parent?.kind !== 'Delete') escaped.add(n.id);
      return;
    }
    if (parent?.kind === 'Call' && key === 'args') {
      const call = parent as A.Call;
      const f = call.func;
      if (f.kind === 'Name' && (f.id === 'next' || f.id === 'anext') && call.args[0] === n && call.keywords.length === 0) return;
    }
    if (parent?.kind === 'Attribute' && key === 'value' && DRIVING_METHODS.has((parent as A.Attribute).attr)) {
      if (grand?.kind === 'Call' && (grand as A.Call).func === parent) return;
    }
    if ((parent?.kind === 'For' || parent?.kind === 'AsyncFor') && key === 'iter') return;
    escaped.add(n.id);
  };

  const visit = (node: Node, parent: Node | null, key: string, grand: Node | null): void => {
    if (node.kind === 'Name') return visitName(node as A.Name, parent, key, grand);
    // Nested scopes: only what is evaluated here (decorators, defaults, bases) is ours; a name
    // the nested body reads becomes a cell, which is excluded below.
    let keys: readonly string[] | null = null;
    if (node.kind === 'FunctionDef' || node.kind === 'AsyncFunctionDef') keys = ['decorators', 'args'];
    else if (node.kind === 'Lambda') keys = ['args'];
    else if (node.kind === 'ClassDef') keys = ['decorators', 'bases', 'keywords'];
    const rec = node as unknown as Record<string, unknown>;
    for (const k of keys ?? Object.keys(rec)) {
      const v = rec[k];
      if (Array.isArray(v)) {
        for (const x of v) if (isNode(x)) visit(x, node, k, parent);
        else if (typeof x === 'object' && x !== null) visitPlain(x, node, k, parent);
      } else if (isNode(v)) visit(v, node, k, parent);
      else if (typeof v === 'object' && v !== null && k !== 'span' && k !== 'nameSpan') visitPlain(v, node, k, parent);
    }
  };
  // Parts without a kind of their own (arguments, keywords, handlers, with-items): their
  // expressions belong to the node that holds them.
  const visitPlain = (obj: object, owner: Node, key: string, grand: Node | null): void => {
    for (const [k, v] of Object.entries(obj)) {
      if (k === 'span') continue;
      if (Array.isArray(v)) {
        for (const x of v) if (isNode(x)) visit(x, owner, `${key}.${k}`, grand);
        else if (typeof x === 'object' && x !== null) visitPlain(x, owner, `${key}.${k}`, grand);
      } else if (isNode(v)) visit(v, owner, `${key}.${k}`, grand);
      else if (typeof v === 'object' && v !== null) visitPlain(v, owner, `${key}.${k}`, grand);
    }
  };

  for (const st of fn.body) visit(st, null, 'body', null);
  const owned = new Set<string>();
  for (const name of stored) {
    if (escaped.has(name) || params.has(name) || scope.cells.has(name) || !scope.slots.has(name)) continue;
    if (scope.globalDecl.has(name) || scope.nonlocalDecl.has(name)) continue;
    owned.add(name);
  }
  // A parameter that is only driven can own a generator handed over as a fresh argument
  // (`take(ticker(), 3)`): the call binds the only reference (see adoptArguments).
  for (const name of params) {
    if (escaped.has(name) || stored.has(name) || scope.cells.has(name) || !scope.slots.has(name)) continue;
    owned.add(name);
  }
  return owned;
}

/** `f(...)` (but not iter()/aiter(), which give back what they were given) or a generator expression. */
function isFreshValue(v: A.Expr): boolean {
  if (v.kind === 'GeneratorExp') return true;
  if (v.kind !== 'Call') return false;
  return !(v.func.kind === 'Name' && (v.func.id === 'iter' || v.func.id === 'aiter'));
}

/**
 * Whether a handler lets its exception go when it ends: it has no `as` name, or uses the name
 * only to show it (`print(e)`, `f"{e}"`, `str(e)`, `repr(e)`, `type(e)`). Then the exception,
 * its traceback and the frames that traceback holds are freed as the handler ends.
 */
export function handlerDropsException(h: A.ExceptHandler): boolean {
  const name = h.name;
  if (name === null) return true;
  let ok = true;
  const SHOW = new Set(['print', 'str', 'repr', 'type']);
  const visit = (node: Node, parent: Node | null, key: string): void => {
    if (!ok) return;
    if (node.kind === 'Name') {
      const n = node as A.Name;
      if (n.id !== name) return;
      const shown =
        n.ctx === 'load' &&
        ((parent?.kind === 'Call' && key === 'args' && (parent as A.Call).func.kind === 'Name' && SHOW.has(((parent as A.Call).func as A.Name).id)) ||
          (parent?.kind === 'FormattedValue' && key === 'value'));
      if (!shown) ok = false;
      return;
    }
    if (node.kind === 'FunctionDef' || node.kind === 'AsyncFunctionDef' || node.kind === 'Lambda' || node.kind === 'ClassDef') {
      ok = false; // a nested scope could keep the name
      return;
    }
    const rec = node as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(rec)) {
      if (k === 'span') continue;
      for (const x of Array.isArray(v) ? v : [v]) if (isNode(x)) visit(x, node, k);
    }
  };
  for (const st of h.body) visit(st, null, 'body');
  return ok;
}
