/**
 * The resolver's walk over the tree (CPython's symtable visit): one pass that builds a Scope for
 * the module and for every function, lambda, class and comprehension, records what each binds,
 * declares and reads, and raises the scope errors CPython raises while visiting — a `global`
 * after a use, a walrus that rebinds an iteration variable, `yield` in a comprehension — at the
 * node where CPython raises them, so that of two errors the earlier in CPython's visit wins.
 */
import type * as A from '../ast.ts';
import type { LineMap, PySyntaxError } from '../syntax-error.ts';
import { allParams, forEachChild } from '../walk.ts';
import { Scope, Sym } from './scope.ts';

const COMPREHENSION_NAMES: Record<string, string> = {
  ListComp: 'list comprehension',
  SetComp: 'set comprehension',
  DictComp: 'dict comprehension',
  GeneratorExp: 'generator expression',
};

export class Collector {
  private scope: Scope;
  /** Inside a comprehension's iterable (lambdas and comprehensions there included), where no walrus may bind. */
  private compIter = 0;
  /** Visiting a comprehension's `for` target: every name there is an iteration variable. */
  private compTarget = false;
  /** Visiting an expression the compiled code never evaluates (a function-body annotation): flags only. */
  private unevaluated = 0;
  /**
   * Under `from __future__ import annotations`, annotations are visited in a scope of their own
   * (CPython's annotation block), detached from the tree: what they bind or read is never compiled.
   */
  private annotationBlock: Scope | null = null;
  /** One bound visitor for the whole pass, rather than a closure per node. */
  private readonly visit = (n: A.Node): void => this.node(n);

  constructor(
    private readonly lines: LineMap,
    private readonly of: Map<A.Node, Scope>,
    module: Scope,
    /** Annotations are evaluated (no `from __future__ import annotations`). */
    private readonly evalAnnotations: boolean,
  ) {
    this.scope = module;
  }

  run(mod: A.Module): void {
    for (const s of mod.body) this.node(s);
  }

  private error(message: string, span: A.SourceSpan): PySyntaxError {
    return this.lines.errorAt(message, span.from, span.to);
  }

  /** Adds symbol flags to `name` in `scope`; an iteration variable may not be a walrus target. */
  private flag(name: string, flag: number, span: A.SourceSpan, scope = this.scope): void {
    let v = (scope.flags.get(name) ?? 0) | flag;
    if (this.compTarget && scope === this.scope) {
      if (v & (Sym.Global | Sym.Nonlocal)) throw this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, span);
      v |= Sym.CompIter;
    }
    scope.flags.set(name, v);
  }

  /** A binding of `name` in the current scope: CPython's flag, and a local for the compiled code. */
  private bind(name: string, flag: number, span: A.SourceSpan): void {
    this.flag(name, flag, span);
    this.scope.bound.add(name);
  }

  private use(name: string, span: A.SourceSpan): void {
    this.flag(name, Sym.Use, span);
    if (this.unevaluated === 0) this.scope.used.add(name);
  }

  private inScope(scope: Scope, body: () => void): void {
    const saved = this.scope;
    this.scope = scope;
    body();
    this.scope = saved;
  }

  private node(n: A.Node): void {
    switch (n.kind) {
      case 'Name':
        if (n.ctx === 'load') this.use(n.id, n.span);
        else this.bind(n.id, Sym.Local, n.span);
        return;
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.bind(n.name, Sym.Local, n.nameSpan);
        this.defaults(n.args);
        this.annotations(n.args, n.returns ?? null);
        for (const d of n.decorators) this.node(d);
        this.inScope(this.functionScope(n, n.args), () => {
          for (const s of n.body) this.node(s);
        });
        return;
      case 'Lambda':
        this.defaults(n.args);
        this.inScope(this.functionScope(n, n.args), () => this.node(n.body));
        return;
      case 'ClassDef': {
        this.bind(n.name, Sym.Local, n.nameSpan);
        for (const b of n.bases) this.node(b);
        for (const k of n.keywords) this.node(k);
        for (const d of n.decorators) this.node(d);
        const cs = new Scope('class', this.scope, n);
        this.of.set(n, cs);
        this.inScope(cs, () => {
          for (const s of n.body) this.node(s);
        });
        return;
      }
      case 'Global':
      case 'Nonlocal':
        this.declare(n);
        return;
      case 'AugAssign':
        // The compiled code reads the name before it stores it; CPython's flags see only the store.
        if (n.target.kind === 'Name') this.scope.used.add(n.target.id);
        this.node(n.target);
        this.node(n.value);
        return;
      case 'AnnAssign':
        this.annAssign(n);
        return;
      case 'ExceptHandler':
        if (n.type !== null) this.node(n.type);
        if (n.name !== null) this.bind(n.name, Sym.Local, n.span);
        for (const s of n.body) this.node(s);
        return;
      case 'Import':
        for (const a of n.names) this.bind(a.asname ?? a.name.split('.')[0]!, Sym.Import, a.span);
        return;
      case 'ImportFrom':
        for (const a of n.names) this.bind(a.asname ?? a.name, Sym.Import, a.span);
        return;
      case 'NamedExpr':
        this.namedExpr(n);
        return;
      case 'Yield':
        this.notInAnnotation('yield expression', n);
        if (n.value !== null) this.node(n.value);
        this.scope.frameOwner.isGenerator = true;
        if (this.scope.kind === 'comprehension') throw this.error(`'yield' inside ${COMPREHENSION_NAMES[this.scope.node.kind]}`, n.span);
        return;
      case 'Await':
        this.notInAnnotation('await expression', n);
        this.node(n.value);
        return;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.comprehension(n, n.generators, n.elt, null);
        return;
      case 'DictComp':
        this.comprehension(n, n.generators, n.key, n.value);
        return;
      case 'MatchStar':
        if (n.name !== null) this.bind(n.name, Sym.Local, n.span);
        return;
      case 'MatchMapping':
        forEachChild(n, this.visit);
        if (n.rest !== null) this.bind(n.rest, Sym.Local, n.span);
        return;
      case 'MatchAs':
        if (n.pattern !== null) this.node(n.pattern);
        if (n.name !== null) this.bind(n.name, Sym.Local, n.span);
        return;
      default:
        forEachChild(n, this.visit);
    }
  }

  /** Defaults are evaluated in the defining scope: positional ones, then keyword-only ones. */
  private defaults(args: A.Arguments): void {
    for (const a of args.posonlyargs) if (a.default !== null) this.node(a.default);
    for (const a of args.args) if (a.default !== null) this.node(a.default);
    for (const a of args.kwonlyargs) if (a.default !== null) this.node(a.default);
  }

  /** So are annotations, in CPython's order (*args and **kwargs before keyword-only parameters). */
  private annotations(args: A.Arguments, returns: A.Expr | null): void {
    const ordered = [...args.posonlyargs, ...args.args];
    if (args.vararg !== null) ordered.push(args.vararg);
    if (args.kwarg !== null) ordered.push(args.kwarg);
    ordered.push(...args.kwonlyargs);
    this.inAnnotations(() => {
      for (const a of ordered) if (a.annotation) this.node(a.annotation);
    });
    if (returns !== null) this.inAnnotations(() => this.node(returns));
  }

  private inAnnotations(body: () => void): void {
    if (this.evalAnnotations) return body();
    const saved = this.annotationBlock;
    this.annotationBlock = new Scope('function', null, this.scope.node);
    this.inScope(this.annotationBlock, body);
    this.annotationBlock = saved;
  }

  private notInAnnotation(what: string, e: A.Expr): void {
    if (this.annotationBlock !== null && this.scope === this.annotationBlock) throw this.error(`'${what}' can not be used within an annotation`, e.span);
  }

  private functionScope(node: A.FunctionDef | A.AsyncFunctionDef | A.Lambda, args: A.Arguments): Scope {
    const fs = new Scope('function', this.scope, node);
    this.of.set(node, fs);
    for (const a of allParams(args)) {
      fs.flags.set(a.name, Sym.Param);
      fs.bound.add(a.name);
    }
    return fs;
  }

  private declare(s: A.Global | A.Nonlocal): void {
    const what = s.kind === 'Global' ? 'global' : 'nonlocal';
    for (const name of s.names) {
      const cur = this.scope.flags.get(name) ?? 0;
      if (cur & (Sym.Param | Sym.Local | Sym.Use | Sym.Annot)) {
        let message: string;
        if (cur & Sym.Param) message = `name '${name}' is parameter and ${what}`;
        else if (cur & Sym.Use) message = `name '${name}' is used prior to ${what} declaration`;
        else if (cur & Sym.Annot) message = `annotated name '${name}' can't be ${what}`;
        else message = `name '${name}' is assigned to before ${what} declaration`;
        throw this.error(message, s.span);
      }
      this.flag(name, s.kind === 'Global' ? Sym.Global : Sym.Nonlocal, s.span);
      if (!this.scope.directives.has(name)) this.scope.directives.set(name, s.span);
      if (s.kind === 'Global') this.scope.globalDecl.add(name);
      else this.scope.nonlocalDecl.add(name);
    }
  }

  private annAssign(s: A.AnnAssign): void {
    const t = s.target;
    if (t.kind === 'Name') {
      const cur = this.scope.flags.get(t.id) ?? 0;
      if (cur & (Sym.Global | Sym.Nonlocal) && this.scope.kind !== 'module' && s.simple) {
        throw this.error(`annotated name '${t.id}' can't be ${cur & Sym.Global ? 'global' : 'nonlocal'}`, s.span);
      }
      // A parenthesized name is annotated as an expression: only a value makes it local to CPython.
      if (s.simple) this.bind(t.id, Sym.Annot | Sym.Local, t.span);
      else if (s.value !== null) this.bind(t.id, Sym.Local, t.span);
      else this.scope.bound.add(t.id);
    } else this.node(t);
    // Only class and module bodies evaluate an annotation; a function body keeps it unread.
    const evaluated = this.scope.kind === 'class' || this.scope.kind === 'module';
    if (!evaluated) this.unevaluated++;
    this.inAnnotations(() => this.node(s.annotation));
    if (!evaluated) this.unevaluated--;
    if (s.value !== null) this.node(s.value);
  }

  private comprehension(node: A.Expr, generators: readonly A.Comprehension[], elt: A.Expr, value: A.Expr | null): void {
    // The first iterable is evaluated in the enclosing scope; the rest lives in the comprehension's own.
    this.iterable(generators[0]!.iter);
    const cs = new Scope('comprehension', this.scope, node, this.scope.frameOwner);
    this.of.set(node, cs);
    this.inScope(cs, () => {
      generators.forEach((g, i) => {
        this.compTarget = true;
        this.node(g.target);
        this.compTarget = false;
        if (i > 0) this.iterable(g.iter);
        for (const x of g.ifs) this.node(x);
      });
      // A dict comprehension's value comes before its key, as CPython visits them.
      if (value !== null) this.node(value);
      this.node(elt);
    });
  }

  private iterable(e: A.Expr): void {
    this.compIter++;
    this.node(e);
    this.compIter--;
  }

  /** PEP 572: where a walrus may bind, and in which scope the name lands. */
  private namedExpr(e: A.NamedExpr): void {
    this.notInAnnotation('named expression', e);
    if (this.compIter > 0) throw this.error('assignment expression cannot be used in a comprehension iterable expression', e.span);
    const targetSpan = { ...e.span, to: e.span.from + e.target.length };
    let owner = this.scope;
    if (owner.kind === 'comprehension') {
      for (; owner.kind === 'comprehension'; owner = owner.parent!) {
        if ((owner.flags.get(e.target) ?? 0) & Sym.CompIter) {
          throw this.error(`assignment expression cannot rebind comprehension iteration variable '${e.target}'`, targetSpan);
        }
      }
      if (owner.kind === 'class') throw this.error('assignment expression within a comprehension cannot be used in a class body', targetSpan);
      // The comprehension takes the name from its owner, as if declared nonlocal (or global) there.
      const ownerFlags = owner.flags.get(e.target) ?? 0;
      const global = owner.kind === 'module' || (ownerFlags & Sym.Global) !== 0;
      this.flag(e.target, global ? Sym.Global : Sym.Nonlocal, targetSpan);
      if (!this.scope.directives.has(e.target)) this.scope.directives.set(e.target, targetSpan);
      this.flag(e.target, owner.kind === 'module' ? Sym.Global : Sym.Local, targetSpan, owner);
    }
    this.node(e.value);
    this.flag(e.target, Sym.Local, targetSpan);
    owner.bound.add(e.target);
  }
}
