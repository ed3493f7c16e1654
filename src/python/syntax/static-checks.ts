/**
 * The checks CPython makes after parsing, with its messages: the symbol-table pass (global and
 * nonlocal declarations) and then the compiler's placement rules ('return' outside function,
 * 'await' outside async function, 'break' outside loop, ...), each in source order. They are
 * separate from the parser because CPython reports them only for files that parse.
 */
import type { Arguments, Comprehension, Expr, Global, NamedExpr, Nonlocal, Module, Pattern, SourceSpan, Stmt } from './ast';
import { checkCase } from './match-checks';
import type { LineMap, PySyntaxError } from './syntax-error';

export function checkModule(module: Module, lines: LineMap): void {
  new ScopeChecker(lines).run(module);
  new PlacementChecker(lines).run(module);
}

// ---------------------------------------------------------------------------------------------
// Symbol table: global / nonlocal

const PARAM = 1;
const LOCAL = 2;
const USE = 4;
const ANNOT = 8;
const IMPORT = 16;

interface Scope {
  readonly kind: 'module' | 'function' | 'class' | 'comprehension';
  readonly parent: Scope | null;
  readonly flags: Map<string, number>;
  readonly globals: Map<string, Global>;
  readonly nonlocals: Map<string, Nonlocal>;
  readonly children: Scope[];
  /** A comprehension's iteration variables, which a walrus inside it may not rebind. */
  readonly iterVars: Set<string>;
  /** Names a walrus in this comprehension binds, which a later `for` of it may not rebind. */
  readonly walrusTargets: Set<string>;
}

function newScope(kind: Scope['kind'], parent: Scope | null): Scope {
  const scope: Scope = { kind, parent, flags: new Map(), globals: new Map(), nonlocals: new Map(), children: [], iterVars: new Set(), walrusTargets: new Set() };
  parent?.children.push(scope);
  return scope;
}

class ScopeChecker {
  private scope: Scope = newScope('module', null);
  private readonly module = this.scope;

  constructor(private readonly lines: LineMap) {}

  run(module: Module): void {
    this.stmts(module.body);
    this.checkNonlocalBindings(this.module);
  }

  private error(message: string, span: SourceSpan): PySyntaxError {
    return this.lines.errorAt(message, span.from, span.to);
  }

  private add(name: string, flag: number): void {
    this.scope.flags.set(name, (this.scope.flags.get(name) ?? 0) | flag);
  }

  private inScope(scope: Scope, body: () => void): void {
    const saved = this.scope;
    this.scope = scope;
    body();
    this.scope = saved;
  }

  private declare(stmt: Global | Nonlocal): void {
    const what = stmt.kind === 'Global' ? 'global' : 'nonlocal';
    if (stmt.kind === 'Nonlocal' && this.scope.kind === 'module') {
      throw this.error('nonlocal declaration not allowed at module level', stmt.span);
    }
    for (const name of stmt.names) {
      const cur = this.scope.flags.get(name) ?? 0;
      if (cur & (PARAM | LOCAL | USE | ANNOT)) {
        let message: string;
        if (cur & PARAM) message = `name '${name}' is parameter and ${what}`;
        else if (cur & USE) message = `name '${name}' is used prior to ${what} declaration`;
        else if (cur & ANNOT) message = `annotated name '${name}' can't be ${what}`;
        else message = `name '${name}' is assigned to before ${what} declaration`;
        throw this.error(message, stmt.span);
      }
      if (stmt.kind === 'Global') {
        const other = this.scope.nonlocals.get(name);
        if (other !== undefined) throw this.error(`name '${name}' is nonlocal and global`, other.span);
        this.scope.globals.set(name, stmt);
      } else {
        const other = this.scope.globals.get(name);
        if (other !== undefined) throw this.error(`name '${name}' is nonlocal and global`, other.span);
        this.scope.nonlocals.set(name, stmt);
      }
    }
  }

  /** After the whole table is built, as CPython's analysis does: every nonlocal needs a binding in an enclosing function. */
  private checkNonlocalBindings(scope: Scope): void {
    for (const [name, stmt] of scope.nonlocals) {
      let found = false;
      for (let s = scope.parent; s !== null && !found; s = s.parent) {
        if (s.kind !== 'function') continue;
        if (s.globals.has(name)) break;
        found = s.nonlocals.has(name) || ((s.flags.get(name) ?? 0) & (PARAM | LOCAL | IMPORT)) !== 0;
      }
      if (!found) throw this.error(`no binding for nonlocal '${name}' found`, stmt.span);
    }
    for (const child of scope.children) this.checkNonlocalBindings(child);
  }

  private params(args: Arguments): void {
    for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs]) {
      if (a.default !== null) this.expr(a.default);
    }
  }

  private paramNames(args: Arguments): void {
    const all = [...args.posonlyargs, ...args.args, ...args.kwonlyargs];
    if (args.vararg) all.push(args.vararg);
    if (args.kwarg) all.push(args.kwarg);
    for (const a of all) this.add(a.name, PARAM);
  }

  private stmts(body: readonly Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: Stmt): void {
    switch (s.kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        s.decorators.forEach((d) => this.expr(d));
        this.params(s.args);
        this.add(s.name, LOCAL);
        const scope = newScope('function', this.scope);
        this.inScope(scope, () => {
          this.paramNames(s.args);
          this.stmts(s.body);
        });
        return;
      }
      case 'ClassDef': {
        s.decorators.forEach((d) => this.expr(d));
        s.bases.forEach((b) => this.expr(b));
        s.keywords.forEach((k) => this.expr(k.value));
        this.add(s.name, LOCAL);
        this.inScope(newScope('class', this.scope), () => this.stmts(s.body));
        return;
      }
      case 'Global':
      case 'Nonlocal':
        this.declare(s);
        return;
      case 'Expr':
        this.expr(s.value);
        return;
      case 'Assign':
        this.expr(s.value);
        s.targets.forEach((t) => this.expr(t));
        return;
      case 'AugAssign':
        this.expr(s.value);
        this.expr(s.target);
        return;
      case 'AnnAssign':
        if (s.value !== null) this.expr(s.value);
        if (s.target.kind === 'Name') this.add(s.target.id, ANNOT | (s.value !== null ? LOCAL : 0));
        else this.expr(s.target);
        return;
      case 'Return':
        if (s.value !== null) this.expr(s.value);
        return;
      case 'Delete':
        s.targets.forEach((t) => this.expr(t));
        return;
      case 'If':
      case 'While':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'For':
      case 'AsyncFor':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'Try':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type !== null) this.expr(h.type);
          if (h.name !== null) this.add(h.name, LOCAL);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        return;
      case 'Raise':
        if (s.exc !== null) this.expr(s.exc);
        if (s.cause !== null) this.expr(s.cause);
        return;
      case 'Assert':
        this.expr(s.test);
        if (s.msg !== null) this.expr(s.msg);
        return;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.add(a.asname ?? a.name.split('.')[0]!, IMPORT);
        return;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.expr(item.contextExpr);
          if (item.optionalVars !== null) this.expr(item.optionalVars);
        }
        this.stmts(s.body);
        return;
      case 'Match':
        this.expr(s.subject);
        for (const k of s.cases) {
          this.pattern(k.pattern);
          if (k.guard !== null) this.expr(k.guard);
          this.stmts(k.body);
        }
        return;
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
    }
  }

  private pattern(p: Pattern): void {
    switch (p.kind) {
      case 'MatchValue':
        this.expr(p.value);
        return;
      case 'MatchSingleton':
        return;
      case 'MatchSequence':
      case 'MatchOr':
        p.patterns.forEach((x) => this.pattern(x));
        return;
      case 'MatchMapping':
        p.keys.forEach((k) => this.expr(k));
        p.patterns.forEach((x) => this.pattern(x));
        if (p.rest !== null) this.add(p.rest, LOCAL);
        return;
      case 'MatchClass':
        this.expr(p.cls);
        [...p.patterns, ...p.kwdPatterns].forEach((x) => this.pattern(x));
        return;
      case 'MatchStar':
        if (p.name !== null) this.add(p.name, LOCAL);
        return;
      case 'MatchAs':
        if (p.pattern !== null) this.pattern(p.pattern);
        if (p.name !== null) this.add(p.name, LOCAL);
        return;
    }
  }

  /** Inside a comprehension's iterable (lambdas and comprehensions there included), where no walrus may bind. */
  private compIter = 0;

  private iterable(e: Expr): void {
    this.compIter++;
    this.expr(e);
    this.compIter--;
  }

  private comprehension(generators: readonly Comprehension[], elts: readonly Expr[]): void {
    // The first iterable is evaluated in the enclosing scope; the rest lives in the comprehension's own.
    this.iterable(generators[0]!.iter);
    const scope = newScope('comprehension', this.scope);
    this.inScope(scope, () => {
      generators.forEach((g, i) => {
        for (const n of targetNames(g.target)) {
          if (scope.walrusTargets.has(n.id)) throw this.error(`comprehension inner loop cannot rebind assignment expression target '${n.id}'`, n.span);
          scope.iterVars.add(n.id);
        }
        this.expr(g.target);
        if (i > 0) this.iterable(g.iter);
        g.ifs.forEach((x) => this.expr(x));
      });
      elts.forEach((x) => this.expr(x));
    });
  }

  /** symtable_handle_namedexpr: where the walrus may bind, and in which scope the name lands. */
  private namedExpr(e: NamedExpr): void {
    if (this.compIter > 0) throw this.error('assignment expression cannot be used in a comprehension iterable expression', e.span);
    const target = { ...e.span, to: e.span.from + e.target.length };
    let owner = this.scope;
    for (; owner.kind === 'comprehension'; owner = owner.parent!) {
      if (owner.iterVars.has(e.target)) throw this.error(`assignment expression cannot rebind comprehension iteration variable '${e.target}'`, target);
      owner.walrusTargets.add(e.target);
    }
    if (owner.kind === 'class' && owner !== this.scope) {
      throw this.error('assignment expression within a comprehension cannot be used in a class body', target);
    }
    this.expr(e.value);
    const saved = this.scope;
    this.scope = owner;
    this.add(e.target, LOCAL);
    this.scope = saved;
  }

  /** One visitor for the whole pass (allocating one per expression showed up in profiles). */
  private readonly visitor: SubExprVisitor = {
    name: (id, ctx) => this.add(id, ctx === 'load' ? USE : LOCAL),
    lambda: (args, body) => {
      this.params(args);
      this.inScope(newScope('function', this.scope), () => {
        this.paramNames(args);
        this.expr(body);
      });
    },
    comprehension: (generators, elts) => this.comprehension(generators, elts),
    named: (e) => this.namedExpr(e),
    expr: (x) => this.expr(x),
  };

  private expr(e: Expr): void {
    forEachSubExpr(e, this.visitor);
  }
}

// ---------------------------------------------------------------------------------------------
// Compiler: placement of return / await / break / continue / async statements

interface Place {
  /** The innermost function: none (module or class body), a plain def or lambda, or an async def. */
  readonly func: 'none' | 'sync' | 'async';
  readonly loop: boolean;
  /** In an `except*` block with no loop inside it yet: break and continue would leave it. */
  readonly starLoop?: boolean;
  /** In an `except*` block of the current function: return would leave it. */
  readonly starFunc?: boolean;
}

const STAR_EXIT = "'break', 'continue' and 'return' cannot appear in an except* block";

/** CPython 3.11's `__future__.all_feature_names`. */
const FUTURE_FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

class PlacementChecker {
  constructor(private readonly lines: LineMap) {}

  /** The `from __future__ import ...` statements at the top of the file, where they may be. */
  private readonly leadingFuture = new Set<Stmt>();

  run(module: Module): void {
    module.body.every((s, i) => {
      const docstring = i === 0 && s.kind === 'Expr' && s.value.kind === 'Constant' && typeof s.value.value === 'string';
      if (s.kind === 'ImportFrom' && s.module === '__future__' && s.level === 0) this.leadingFuture.add(s);
      return docstring || this.leadingFuture.has(s);
    });
    this.stmts(module.body, { func: 'none', loop: false });
  }

  private error(message: string, span: SourceSpan): PySyntaxError {
    return this.lines.errorAt(message, span.from, span.to);
  }

  private stmts(body: readonly Stmt[], p: Place): void {
    for (const s of body) this.stmt(s, p);
  }

  private args(args: Arguments, p: Place): void {
    for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs]) {
      if (a.default !== null) this.expr(a.default, p);
    }
  }

  private stmt(s: Stmt, p: Place): void {
    switch (s.kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        s.decorators.forEach((d) => this.expr(d, p));
        this.args(s.args, p);
        const saved = this.fn;
        this.fn = { sawYield: false, returnValue: null };
        try {
          this.stmts(s.body, { func: s.kind === 'FunctionDef' ? 'sync' : 'async', loop: false });
          // An async generator cannot return a value: CPython's compiler says so at the return.
          if (s.kind === 'AsyncFunctionDef' && this.fn.sawYield && this.fn.returnValue !== null) {
            throw this.error("'return' with value in async generator", this.fn.returnValue);
          }
        } finally {
          this.fn = saved;
        }
        return;
      }
      case 'ClassDef':
        s.decorators.forEach((d) => this.expr(d, p));
        s.bases.forEach((b) => this.expr(b, p));
        s.keywords.forEach((k) => this.expr(k.value, p));
        this.stmts(s.body, { func: 'none', loop: false });
        return;
      case 'Return':
        if (p.func === 'none') throw this.error("'return' outside function", s.span);
        // CPython places this error on a constant return value, and on the statement otherwise.
        if (p.starFunc) throw this.error(STAR_EXIT, s.value?.kind === 'Constant' ? s.value.span : s.span);
        if (s.value !== null) {
          if (this.fn !== null) this.fn.returnValue ??= s.span;
          this.expr(s.value, p);
        }
        return;
      case 'Break':
        if (!p.loop) throw this.error("'break' outside loop", s.span);
        if (p.starLoop) throw this.error(STAR_EXIT, s.span);
        return;
      case 'Continue':
        if (!p.loop) throw this.error("'continue' not properly in loop", s.span);
        if (p.starLoop) throw this.error(STAR_EXIT, s.span);
        return;
      case 'For':
      case 'AsyncFor':
        if (s.kind === 'AsyncFor' && p.func !== 'async') throw this.error("'async for' outside async function", s.span);
        this.expr(s.iter, p);
        this.expr(s.target, p);
        this.stmts(s.body, { ...p, loop: true, starLoop: false });
        this.stmts(s.orelse, p);
        return;
      case 'While':
        this.expr(s.test, p);
        this.stmts(s.body, { ...p, loop: true, starLoop: false });
        this.stmts(s.orelse, p);
        return;
      case 'If':
        this.expr(s.test, p);
        this.stmts(s.body, p);
        this.stmts(s.orelse, p);
        return;
      case 'With':
      case 'AsyncWith':
        if (s.kind === 'AsyncWith' && p.func !== 'async') throw this.error("'async with' outside async function", s.span);
        for (const item of s.items) {
          this.expr(item.contextExpr, p);
          if (item.optionalVars !== null) this.expr(item.optionalVars, p);
        }
        this.stmts(s.body, p);
        return;
      case 'Try':
        this.stmts(s.body, p);
        s.handlers.forEach((h, i) => {
          // CPython's compiler checks this as it reaches each handler, before the handler's body.
          if (h.type === null && i < s.handlers.length - 1) {
            throw this.error("default 'except:' must be last", { ...h.span, to: h.span.from + 'except:'.length });
          }
          if (h.type !== null) this.expr(h.type, p);
          this.stmts(h.body, s.star ? { ...p, starLoop: true, starFunc: true } : p);
        });
        this.stmts(s.orelse, p);
        this.stmts(s.finalbody, p);
        return;
      case 'Expr':
        this.expr(s.value, p);
        return;
      case 'Assign':
        this.expr(s.value, p);
        s.targets.forEach((t) => this.expr(t, p));
        return;
      case 'AugAssign':
        this.expr(s.target, p);
        this.expr(s.value, p);
        return;
      case 'AnnAssign':
        if (s.value !== null) this.expr(s.value, p);
        this.expr(s.target, p);
        return;
      case 'Delete':
        s.targets.forEach((t) => this.expr(t, p));
        return;
      case 'Raise':
        if (s.exc !== null) this.expr(s.exc, p);
        if (s.cause !== null) this.expr(s.cause, p);
        return;
      case 'Assert':
        this.expr(s.test, p);
        if (s.msg !== null) this.expr(s.msg, p);
        return;
      case 'ImportFrom':
        if (s.module === '__future__' && s.level === 0) {
          if (!this.leadingFuture.has(s)) throw this.error('from __future__ imports must occur at the beginning of the file', s.span);
          for (const a of s.names) {
            if (a.name === 'braces') throw this.error('not a chance', s.span);
            if (!FUTURE_FEATURES.has(a.name)) throw this.error(`future feature ${a.name} is not defined`, s.span);
          }
        }
        return;
      case 'Match':
        this.expr(s.subject, p);
        s.cases.forEach((k, i) => {
          checkCase(k, i === s.cases.length - 1, this.lines);
          if (k.guard !== null) this.expr(k.guard, p);
          this.stmts(k.body, p);
        });
        return;
      case 'Import':
      case 'Global':
      case 'Nonlocal':
      case 'Pass':
        return;
    }
  }

  /** The function whose body is being checked: whether it yields, and its first `return value`. */
  private fn: { sawYield: boolean; returnValue: SourceSpan | null } | null = null;

  /** The place of the expression being visited, for the shared visitor below. */
  private place: Place = { func: 'none', loop: false };

  private readonly visitor: SubExprVisitor = {
    name: () => {},
    lambda: (args, body) => {
      const p = this.place;
      this.args(args, p);
      this.expr(body, { func: 'sync', loop: false });
      this.place = p;
    },
    comprehension: (generators, elts, whole) => {
      const p = this.place;
      this.expr(generators[0]!.iter, p);
      const inner: Expr[] = [...elts];
      generators.forEach((g, i) => {
        if (i > 0) inner.push(g.iter);
        inner.push(...g.ifs);
      });
      for (const x of inner) {
        const y = yieldIn(x);
        if (y !== null) throw this.error(`'yield' inside ${COMPREHENSION_NAMES[whole.kind]}`, y.span);
      }
      // An await or `async for` makes the comprehension asynchronous (a generator expression may be one anywhere).
      const isAsync = generators.some((g) => g.isAsync) || inner.some(containsAwait);
      if (p.func !== 'async' && whole.kind !== 'GeneratorExp' && isAsync) {
        throw this.error('asynchronous comprehension outside of an asynchronous function', whole.span);
      }
      const innerPlace: Place = whole.kind === 'GeneratorExp' ? { func: 'async', loop: false } : p;
      for (const x of inner) this.expr(x, innerPlace);
      this.place = p;
    },
    named: (e) => this.expr(e.value, this.place),
    expr: (x) => this.expr(x, this.place),
  };

  private expr(e: Expr, p: Place): void {
    if (e.kind === 'Yield' && this.fn !== null) this.fn.sawYield = true;
    if (e.kind === 'Await') {
      if (p.func === 'none') throw this.error("'await' outside function", e.span);
      if (p.func === 'sync') throw this.error("'await' outside async function", e.span);
    }
    const saved = this.place;
    this.place = p;
    forEachSubExpr(e, this.visitor);
    this.place = saved;
  }
}

let found = false;
let foundAt: Expr | null = null;
let wanted: 'Await' | 'Yield' = 'Await';
const findVisitor: SubExprVisitor = {
  name: () => {},
  lambda: () => {},
  comprehension: (generators, elts) => {
    for (const e of elts) findVisitor.expr(e);
    for (const g of generators) {
      // `async for` makes the comprehension asynchronous, as an await inside it does.
      if (wanted === 'Await' && g.isAsync) found = true;
      findVisitor.expr(g.iter);
      for (const x of g.ifs) findVisitor.expr(x);
    }
  },
  named: (e) => findVisitor.expr(e.value),
  expr: (x) => {
    if (found) return;
    if (x.kind === wanted) {
      found = true;
      foundAt = x;
    } else forEachSubExpr(x, findVisitor);
  },
};

/** Does the expression contain an `await` (or an async comprehension) outside nested lambdas? */
export function containsAwait(e: Expr): boolean {
  found = false;
  wanted = 'Await';
  findVisitor.expr(e);
  return found;
}

/** The first `yield` in the expression outside nested lambdas, if any. */
function yieldIn(e: Expr): Expr | null {
  found = false;
  foundAt = null;
  wanted = 'Yield';
  findVisitor.expr(e);
  return foundAt;
}

const COMPREHENSION_NAMES: Record<string, string> = {
  ListComp: 'list comprehension',
  SetComp: 'set comprehension',
  DictComp: 'dict comprehension',
  GeneratorExp: 'generator expression',
};

// ---------------------------------------------------------------------------------------------

interface SubExprVisitor {
  name(id: string, ctx: 'load' | 'store' | 'del'): void;
  lambda(args: Arguments, body: Expr): void;
  comprehension(generators: readonly Comprehension[], elts: readonly Expr[], whole: Expr): void;
  named(e: NamedExpr): void;
  expr(e: Expr): void;
}

/** The names a comprehension's `for` target binds. */
function targetNames(t: Expr): { id: string; span: SourceSpan }[] {
  if (t.kind === 'Name') return [{ id: t.id, span: t.span }];
  if (t.kind === 'Tuple' || t.kind === 'List') return t.elts.flatMap(targetNames);
  if (t.kind === 'Starred') return targetNames(t.value);
  return [];
}

/** Calls the visitor for the direct parts of an expression (names, lambdas and comprehensions get their own hooks). */
function forEachSubExpr(e: Expr, v: SubExprVisitor): void {
  switch (e.kind) {
    case 'Name':
      v.name(e.id, e.ctx);
      return;
    case 'Constant':
    case 'Ellipsis':
      return;
    case 'Attribute':
    case 'Await':
    case 'Starred':
      v.expr(e.value);
      return;
    case 'Yield':
      if (e.value !== null) v.expr(e.value);
      return;
    case 'Subscript':
      v.expr(e.value);
      v.expr(e.slice);
      return;
    case 'Slice':
      if (e.lower) v.expr(e.lower);
      if (e.upper) v.expr(e.upper);
      if (e.step) v.expr(e.step);
      return;
    case 'Call':
      v.expr(e.func);
      e.args.forEach((a) => v.expr(a));
      e.keywords.forEach((k) => v.expr(k.value));
      return;
    case 'BinOp':
      v.expr(e.left);
      v.expr(e.right);
      return;
    case 'UnaryOp':
      v.expr(e.operand);
      return;
    case 'BoolOp':
      e.values.forEach((x) => v.expr(x));
      return;
    case 'Compare':
      v.expr(e.left);
      e.comparators.forEach((x) => v.expr(x));
      return;
    case 'IfExp':
      v.expr(e.test);
      v.expr(e.body);
      v.expr(e.orelse);
      return;
    case 'Lambda':
      v.lambda(e.args, e.body);
      return;
    case 'NamedExpr':
      v.named(e);
      return;
    case 'List':
    case 'Tuple':
    case 'Set':
      e.elts.forEach((x) => v.expr(x));
      return;
    case 'Dict':
      e.keys.forEach((k, i) => {
        if (k !== null) v.expr(k);
        v.expr(e.values[i]!);
      });
      return;
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
      v.comprehension(e.generators, [e.elt], e);
      return;
    case 'DictComp':
      v.comprehension(e.generators, [e.key, e.value], e);
      return;
    case 'JoinedStr':
      e.values.forEach((x) => v.expr(x));
      return;
    case 'FormattedValue':
      v.expr(e.value);
      if (e.formatSpec) v.expr(e.formatSpec);
      return;
  }
}
