/**
 * The checks CPython's compiler makes, with its messages, in the order it compiles the code:
 * placement rules ('return' outside function, 'await' outside async function, 'break' outside
 * loop, ...), future imports, and `case` patterns. They run after the resolver (./resolve/),
 * as CPython's compiler runs after its symbol table, and only for files that parse.
 */
import type { Arguments, Expr, Module, Node, SourceSpan, Stmt } from './ast';
import { checkCase } from './match-checks';
import type { LineMap, PySyntaxError } from './syntax-error';
import { forEachChild } from './walk';

export function checkPlacement(module: Module, lines: LineMap): void {
  new PlacementChecker(lines).run(module);
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

  /** The place of the node being visited, for the shared child visitor below. */
  private place: Place = { func: 'none', loop: false };

  private readonly visitChild = (n: Node): void => this.node(n, this.place);

  private expr(e: Expr, p: Place): void {
    this.node(e, p);
  }

  private node(n: Node, p: Place): void {
    switch (n.kind) {
      case 'Yield':
        if (this.fn !== null) this.fn.sawYield = true;
        break;
      case 'Await':
        if (p.func === 'none') throw this.error("'await' outside function", n.span);
        if (p.func === 'sync') throw this.error("'await' outside async function", n.span);
        break;
      case 'Lambda':
        this.args(n.args, p);
        this.expr(n.body, { func: 'sync', loop: false });
        return;
      case 'Dict':
        // The compiler takes each key with its value.
        n.keys.forEach((k, i) => {
          if (k !== null) this.expr(k, p);
          this.expr(n.values[i]!, p);
        });
        return;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
      case 'DictComp': {
        this.expr(n.generators[0]!.iter, p);
        const inner: Expr[] = n.kind === 'DictComp' ? [n.key, n.value] : [n.elt];
        n.generators.forEach((g, i) => {
          if (i > 0) inner.push(g.iter);
          inner.push(...g.ifs);
        });
        // An await or `async for` makes the comprehension asynchronous (a generator expression may be one anywhere).
        const isAsync = n.generators.some((g) => g.isAsync) || inner.some(containsAwait);
        if (p.func !== 'async' && n.kind !== 'GeneratorExp' && isAsync) {
          throw this.error('asynchronous comprehension outside of an asynchronous function', n.span);
        }
        const innerPlace: Place = n.kind === 'GeneratorExp' ? { func: 'async', loop: false } : p;
        for (const x of inner) this.expr(x, innerPlace);
        return;
      }
    }
    const saved = this.place;
    this.place = p;
    forEachChild(n, this.visitChild);
    this.place = saved;
  }
}

/** Does the expression contain an `await` (or an async comprehension) outside nested lambdas? */
export function containsAwait(e: Expr): boolean {
  let found = false;
  const search = (n: Node): void => {
    if (found || n.kind === 'Lambda') return;
    if (n.kind === 'Await' || (n.kind === 'comprehension' && n.isAsync)) found = true;
    else forEachChild(n, search);
  };
  search(e);
  return found;
}
