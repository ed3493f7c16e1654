/**
 * Scope analysis (the "resolver" stage): decides, before any code runs, where each name lives —
 * a local slot in its function's frame, a closure cell shared with inner functions, the class
 * namespace, or the module's globals — so that the compiled code reads variables by index.
 *
 * Comprehensions get their own names (as in Python 3) but no frame of their own: their
 * variables take hidden slots in the enclosing frame, as CPython 3.12 inlines them.
 */
import type * as A from '../syntax/ast.ts';

export type ScopeKind = 'module' | 'function' | 'class' | 'comprehension';

/** A local whose name is also captured by an inner function is a cell: see `Scope.cells`. */
export type Resolved =
  | { readonly where: 'local'; readonly slot: number }
  | { readonly where: 'free'; readonly index: number }
  | { readonly where: 'global' }
  | { readonly where: 'class' }; // class body namespace, falling back to globals

export class Scope {
  readonly bound = new Set<string>();
  readonly globalDecl = new Set<string>();
  readonly nonlocalDecl = new Set<string>();
  readonly used = new Set<string>();
  readonly children: Scope[] = [];
  /** For function-like scopes: slot of each local (params first, in order). */
  readonly slots = new Map<string, number>();
  readonly cells = new Set<string>();
  /** Free variables (captured from enclosing functions), in closure order. */
  readonly freeVars: string[] = [];
  private readonly resolved = new Map<string, Resolved>();

  constructor(
    readonly kind: ScopeKind,
    readonly parent: Scope | null,
    readonly node: A.Node,
    /** The function/module whose frame holds this scope's locals (itself, or for comprehensions the enclosing one). */
    frameOwnerOverride: Scope | null = null,
  ) {
    this.frameOwner = frameOwnerOverride ?? this;
    parent?.children.push(this);
  }

  readonly frameOwner: Scope;
  /** A function whose body contains `yield`: calling it makes a generator (or async generator). */
  isGenerator = false;
  /** Locals that own the generator they hold (owned-generators.ts), for function scopes. */
  ownedGenerators: ReadonlySet<string> | null = null;
  /** Number of slots the frame needs (owner scopes only). */
  slotCount = 0;

  resolve(name: string): Resolved {
    const r = this.resolved.get(name);
    if (r !== undefined) return r;
    // A lambda inside a comprehension may close over a name the comprehension itself never
    // reads: the comprehension holds no cells of its own for it, so its enclosing scope's apply.
    if (this.kind === 'comprehension' && this.parent !== null) return this.parent.resolve(name);
    throw new Error(`internal: name '${name}' was not resolved in ${this.kind} scope`);
  }

  /**
   * Whether the local slot `name` resolves to holds a cell. A comprehension reads its enclosing
   * function's locals through that function's slots, so the owner of the name decides.
   */
  isCell(name: string): boolean {
    let s: Scope = this;
    while (s.kind === 'comprehension' && !s.slots.has(name) && s.parent !== null) s = s.parent;
    return s.cells.has(name);
  }

  setResolved(name: string, r: Resolved): void {
    this.resolved.set(name, r);
  }

  hasResolved(name: string): boolean {
    return this.resolved.has(name);
  }

  get isFunctionLike(): boolean {
    return this.kind === 'function';
  }
}

export interface ScopeTable {
  readonly module: Scope;
  /** Scope of each FunctionDef / AsyncFunctionDef / Lambda / ClassDef / comprehension node. */
  readonly of: Map<A.Node, Scope>;
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

export function analyzeScopes(mod: A.Module): ScopeTable {
  const of = new Map<A.Node, Scope>();
  const module = new Scope('module', null, mod);
  of.set(mod, module);
  const collector = new Collector(of, !futureAnnotations(mod));
  collector.block(mod.body, module);
  assignSlots(module);
  resolveAll(module);
  return { module, of };
}

/** Pass 1: what each scope binds, declares and uses. */
class Collector {
  constructor(
    private readonly of: Map<A.Node, Scope>,
    /** Class bodies evaluate their annotations (see annotations.ts). */
    private readonly evalAnnotations: boolean,
  ) {}

  block(stmts: readonly A.Stmt[], s: Scope): void {
    for (const st of stmts) this.stmt(st, s);
  }

  private bind(name: string, s: Scope): void {
    s.bound.add(name);
  }

  private target(t: A.Expr, s: Scope): void {
    switch (t.kind) {
      case 'Name':
        this.bind(t.id, s);
        return;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.target(e, s);
        return;
      case 'Starred':
        this.target(t.value, s);
        return;
      default:
        this.expr(t, s); // attribute / subscript targets evaluate sub-expressions
    }
  }

  private func(node: A.FunctionDef | A.AsyncFunctionDef | A.Lambda, args: A.Arguments, s: Scope): Scope {
    // Defaults are evaluated in the defining scope.
    const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])];
    for (const a of all) if (a.default) this.expr(a.default, s);
    // So are annotations, unless `from __future__ import annotations` keeps them as text.
    if (this.evalAnnotations) {
      for (const a of all) if (a.annotation) this.expr(a.annotation, s);
      if (node.kind !== 'Lambda' && node.returns) this.expr(node.returns, s);
    }
    const fs = new Scope('function', s, node);
    this.of.set(node, fs);
    for (const a of all) fs.bound.add(a.name);
    return fs;
  }

  stmt(st: A.Stmt, s: Scope): void {
    switch (st.kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        for (const d of st.decorators) this.expr(d, s);
        this.bind(st.name, s);
        const fs = this.func(st, st.args, s);
        this.block(st.body, fs);
        return;
      }
      case 'ClassDef': {
        for (const d of st.decorators) this.expr(d, s);
        this.bind(st.name, s);
        for (const b of st.bases) this.expr(b, s);
        for (const k of st.keywords) this.expr(k.value, s);
        const cs = new Scope('class', s, st);
        this.of.set(st, cs);
        this.block(st.body, cs);
        return;
      }
      case 'Expr':
        this.expr(st.value, s);
        return;
      case 'Assign':
        this.expr(st.value, s);
        for (const t of st.targets) this.target(t, s);
        return;
      case 'AugAssign':
        this.expr(st.value, s);
        if (st.target.kind === 'Name') {
          s.used.add(st.target.id);
          this.bind(st.target.id, s);
        } else this.expr(st.target, s);
        return;
      case 'AnnAssign':
        if (st.value) this.expr(st.value, s);
        this.target(st.target, s);
        if (this.evalAnnotations && s.kind === 'class' && st.target.kind === 'Name') this.expr(st.annotation, s);
        return;
      case 'Return':
        if (st.value) this.expr(st.value, s);
        return;
      case 'If':
      case 'While':
        this.expr(st.test, s);
        this.block(st.body, s);
        this.block(st.orelse, s);
        return;
      case 'For':
      case 'AsyncFor':
        this.expr(st.iter, s);
        this.target(st.target, s);
        this.block(st.body, s);
        this.block(st.orelse, s);
        return;
      case 'Try':
        this.block(st.body, s);
        for (const h of st.handlers) {
          if (h.type) this.expr(h.type, s);
          if (h.name) this.bind(h.name, s);
          this.block(h.body, s);
        }
        this.block(st.orelse, s);
        this.block(st.finalbody, s);
        return;
      case 'Raise':
        if (st.exc) this.expr(st.exc, s);
        if (st.cause) this.expr(st.cause, s);
        return;
      case 'Assert':
        this.expr(st.test, s);
        if (st.msg) this.expr(st.msg, s);
        return;
      case 'Import':
        for (const a of st.names) this.bind(a.asname ?? a.name.split('.')[0]!, s);
        return;
      case 'ImportFrom':
        for (const a of st.names) this.bind(a.asname ?? a.name, s);
        return;
      case 'Global':
        for (const n of st.names) s.globalDecl.add(n);
        return;
      case 'Nonlocal':
        for (const n of st.names) s.nonlocalDecl.add(n);
        return;
      case 'Delete':
        for (const t of st.targets) this.target(t, s);
        return;
      case 'With':
      case 'AsyncWith':
        for (const it of st.items) {
          this.expr(it.contextExpr, s);
          if (it.optionalVars) this.target(it.optionalVars, s);
        }
        this.block(st.body, s);
        return;
      case 'Match':
        this.expr(st.subject, s);
        for (const k of st.cases) {
          this.pattern(k.pattern, s);
          if (k.guard) this.expr(k.guard, s);
          this.block(k.body, s);
        }
        return;
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
    }
  }

  /** A pattern binds its capture names; its values, class names and keys are read. */
  private pattern(p: A.Pattern, s: Scope): void {
    switch (p.kind) {
      case 'MatchValue':
        this.expr(p.value, s);
        return;
      case 'MatchSingleton':
        return;
      case 'MatchSequence':
      case 'MatchOr':
        for (const x of p.patterns) this.pattern(x, s);
        return;
      case 'MatchMapping':
        for (const k of p.keys) this.expr(k, s);
        for (const x of p.patterns) this.pattern(x, s);
        if (p.rest !== null) this.bind(p.rest, s);
        return;
      case 'MatchClass':
        this.expr(p.cls, s);
        for (const x of [...p.patterns, ...p.kwdPatterns]) this.pattern(x, s);
        return;
      case 'MatchStar':
        if (p.name !== null) this.bind(p.name, s);
        return;
      case 'MatchAs':
        if (p.pattern !== null) this.pattern(p.pattern, s);
        if (p.name !== null) this.bind(p.name, s);
        return;
    }
  }

  private comprehension(node: A.Node, gens: readonly A.Comprehension[], elts: readonly A.Expr[], s: Scope): void {
    // The first iterable is evaluated in the enclosing scope; the rest inside the comprehension.
    this.expr(gens[0]!.iter, s);
    const cs = new Scope('comprehension', s, node, s.frameOwner);
    this.of.set(node, cs);
    gens.forEach((g, i) => {
      if (i > 0) this.expr(g.iter, cs);
      this.target(g.target, cs);
      for (const c of g.ifs) this.expr(c, cs);
    });
    for (const e of elts) this.expr(e, cs);
  }

  expr(e: A.Expr, s: Scope): void {
    switch (e.kind) {
      case 'Name':
        if (e.ctx === 'load') s.used.add(e.id);
        else this.bind(e.id, s);
        return;
      case 'Constant':
      case 'Ellipsis':
        return;
      case 'Attribute':
        this.expr(e.value, s);
        return;
      case 'Subscript':
        this.expr(e.value, s);
        this.expr(e.slice, s);
        return;
      case 'Slice':
        if (e.lower) this.expr(e.lower, s);
        if (e.upper) this.expr(e.upper, s);
        if (e.step) this.expr(e.step, s);
        return;
      case 'Call':
        this.expr(e.func, s);
        for (const a of e.args) this.expr(a, s);
        for (const k of e.keywords) this.expr(k.value, s);
        return;
      case 'BinOp':
        this.expr(e.left, s);
        this.expr(e.right, s);
        return;
      case 'UnaryOp':
        this.expr(e.operand, s);
        return;
      case 'BoolOp':
        for (const v of e.values) this.expr(v, s);
        return;
      case 'Compare':
        this.expr(e.left, s);
        for (const c of e.comparators) this.expr(c, s);
        return;
      case 'IfExp':
        this.expr(e.test, s);
        this.expr(e.body, s);
        this.expr(e.orelse, s);
        return;
      case 'Lambda': {
        const fs = this.func(e, e.args, s);
        this.expr(e.body, fs);
        return;
      }
      case 'Await':
        this.expr(e.value, s);
        return;
      case 'Yield':
        // The placement checks already refused a yield in a comprehension or outside a function.
        s.frameOwner.isGenerator = true;
        if (e.value !== null) this.expr(e.value, s);
        return;
      case 'NamedExpr': {
        this.expr(e.value, s);
        // PEP 572: a walrus in a comprehension binds in the nearest enclosing function or module.
        let owner = s;
        while (owner.kind === 'comprehension' && owner.parent !== null) owner = owner.parent;
        this.bind(e.target, owner);
        return;
      }
      case 'List':
      case 'Tuple':
      case 'Set':
        for (const x of e.elts) this.expr(x, s);
        return;
      case 'Dict':
        for (const k of e.keys) if (k) this.expr(k, s);
        for (const v of e.values) this.expr(v, s);
        return;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.comprehension(e, e.generators, [e.elt], s);
        return;
      case 'DictComp':
        this.comprehension(e, e.generators, [e.key, e.value], s);
        return;
      case 'Starred':
        this.expr(e.value, s);
        return;
      case 'JoinedStr':
        for (const v of e.values) this.expr(v, s);
        return;
      case 'FormattedValue':
        this.expr(e.value, s);
        if (e.formatSpec) this.expr(e.formatSpec, s);
        return;
    }
  }
}

/** Pass 2a: slots for locals of functions, and hidden slots for comprehension variables. */
function assignSlots(s: Scope): void {
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
function resolveAll(s: Scope): void {
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

