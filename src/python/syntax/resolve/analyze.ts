/**
 * The resolver's second half (CPython's symtable analysis), over the finished scope tree rather
 * than the syntax tree: first the declarations that need the whole tree to judge (a `nonlocal`
 * needs a binding in an enclosing function), then slots for locals and the resolution of every
 * name to a slot, a closure cell, the class namespace or the globals.
 */
import type * as A from '../ast.ts';
import type { LineMap } from '../syntax-error.ts';
import { type Resolved, type Scope, Sym } from './scope.ts';

/**
 * CPython's checks of global and nonlocal declarations, a scope's names in the order they first
 * appeared and then its inner scopes in order, pointing at the name's first declaration.
 */
export function checkDeclarations(s: Scope, lines: LineMap): void {
  for (const [name, flags] of s.flags) {
    const at = (message: string) => {
      const span = s.directives.get(name)!;
      return lines.errorAt(message, span.from, span.to);
    };
    if (flags & Sym.Global && flags & Sym.Nonlocal) throw at(`name '${name}' is nonlocal and global`);
    if (flags & Sym.Nonlocal) {
      if (s.kind === 'module') throw at('nonlocal declaration not allowed at module level');
      if (!boundInEnclosingFunction(s, name)) throw at(`no binding for nonlocal '${name}' found`);
    }
  }
  for (const c of s.children) checkDeclarations(c, lines);
}

/** Whether a function (or comprehension) around `s` binds `name` without declaring it global. */
function boundInEnclosingFunction(s: Scope, name: string): boolean {
  for (let p = s.parent; p !== null; p = p.parent) {
    if (p.kind === 'class' || p.kind === 'module') continue;
    const flags = p.flags.get(name) ?? 0;
    if (flags & Sym.Global) return false;
    if (flags & (Sym.Local | Sym.Param | Sym.Import)) return true;
  }
  return false;
}

/** Pass 2a: slots for locals of functions, and hidden slots for comprehension variables. */
export function assignSlots(s: Scope): void {
  if (s.kind === 'function') {
    // Parameters first, in declaration order, so binding arguments fills slots 0..n-1.
    const node = s.node as A.FunctionDef | A.AsyncFunctionDef | A.Lambda;
    const a = node.args;
    const params = [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])];
    for (const p of params) s.slots.set(p.name, s.slotCount++);
    for (const n of s.bound) {
      if (s.globalDecl.has(n) || s.nonlocalDecl.has(n) || s.slots.has(n)) continue;
      s.slots.set(n, s.slotCount++);
    }
  } else if (s.kind === 'comprehension') {
    const owner = s.frameOwner;
    for (const n of s.bound) s.slots.set(n, owner.slotCount++);
  }
  for (const c of s.children) assignSlots(c);
}

/** The function scope that owns `name` as a local, searching outward from `s` (exclusive). */
function findEnclosingOwner(s: Scope, name: string): Scope | null {
  for (let p = s.parent; p !== null; p = p.parent) {
    if (p.kind === 'class') continue;
    if (p.kind === 'module') return null;
    if (p.globalDecl.has(name)) return null;
    if (p.slots.has(name) && !p.nonlocalDecl.has(name)) return p;
  }
  return null;
}

/** Pass 2b: resolve every name each scope touches. */
export function resolveAll(s: Scope): void {
  const names = new Set<string>([...s.used, ...s.bound, ...s.nonlocalDecl, ...s.globalDecl]);
  for (const n of names) resolveName(s, n);
  for (const c of s.children) resolveAll(c);
}

function resolveName(s: Scope, name: string): Resolved {
  if (s.hasResolved(name)) return s.resolve(name);
  let r: Resolved;
  if (s.kind === 'module') r = { where: 'global' };
  else if (s.globalDecl.has(name)) r = { where: 'global' };
  else if (s.kind === 'comprehension' && s.slots.has(name)) {
    r = { where: 'local', slot: s.slots.get(name)! };
  } else if (s.kind === 'comprehension') {
    // Anything else a comprehension reads is read as its enclosing scope reads it.
    r = resolveName(s.parent!, name);
    if (r.where === 'class') r = resolveOutsideClass(s.parent!, name);
  } else if (s.kind === 'class') {
    r = s.bound.has(name) ? { where: 'class' } : resolveOutsideClass(s, name);
  } else if (s.slots.has(name) && !s.nonlocalDecl.has(name)) {
    r = { where: 'local', slot: s.slots.get(name)! };
  } else {
    r = resolveOutsideClass(s, name);
  }
  s.setResolved(name, r);
  return r;
}

/** A name not local to `s`: a free variable if an enclosing function owns it, else a global. */
function resolveOutsideClass(s: Scope, name: string): Resolved {
  const owner = findEnclosingOwner(s, name);
  if (owner === null) return { where: 'global' };
  owner.cells.add(name);
  // Every function scope between here and the owner passes the cell along.
  const chain: Scope[] = [];
  for (let p: Scope | null = s; p !== null && p !== owner; p = p.parent) {
    if (p.kind === 'function' || p.kind === 'class') chain.push(p);
  }
  let result: Resolved = { where: 'global' };
  for (const p of chain) {
    let idx = p.freeVars.indexOf(name);
    if (idx < 0) {
      idx = p.freeVars.length;
      p.freeVars.push(name);
    }
    // The innermost function or class on the way out is the one whose closure the code reads.
    // The ones further out read it from their closure too, when they make the inner function.
    if (p === chain[0]) result = { where: 'free', index: idx };
    else if (!p.hasResolved(name)) p.setResolved(name, { where: 'free', index: idx });
  }
  return result;
}

