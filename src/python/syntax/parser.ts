/**
 * The parser of the Python subset: tokens → AST (./ast.ts), entry point `parseModule`.
 *
 * Hand-written recursive descent rather than @lezer/python: lezer is error-tolerant (it
 * accepts `await` outside async functions, Python 2's `print "x"`, misaligned dedents) and
 * reports only a position on error, while Taskline must refuse exactly what CPython 3.11
 * refuses and say so in CPython's words, at CPython's line and column. The grammar follows
 * CPython's Grammar/python.gram; the targeted error rules of its second pass (invalid_*) are
 * applied where they fire, and tokenizer errors are ranked against parser errors as CPython's
 * _PyPegen_set_syntax_error does (see rankError).
 *
 * Valid Python outside the subset (star imports below module level, complex numbers)
 * is parsed far enough to keep finding real syntax errors, and the first such construct is
 * then reported as a PySyntaxError with `unsupported: true` and a message naming the
 * construct, e.g. "complex numbers are not supported by Taskline". A real syntax error anywhere in the file
 * takes precedence, as it would stop CPython too. Placement rules that CPython checks after
 * parsing are in ./resolve/ (the scope errors, raised as the scope table is built) and then
 * ./static-checks.ts ('return' outside function, 'await' outside async function, ...).
 */
import type { Alias, Arguments, BinOperator, ExceptHandler, Expr, Module, Stmt, WithItem } from './ast';
import { tokenize, type LexResult } from './lexer';
import type { ParseContext } from './parser-base';
import { ExprParser } from './parser-expr';
import { MatchParser } from './parser-match';
import { resolveModule } from './resolve/resolve';
import type { ScopeTable } from './resolve/scope';
import { checkPlacement } from './static-checks';
import { LineMap, PySyntaxError } from './syntax-error';
import { exprName, invalidTarget } from './targets';
import type { Token } from './tokens';

const AUG_OPS = new Set(['+=', '-=', '*=', '/=', '//=', '%=', '**=', '@=', '<<=', '>>=', '&=', '|=', '^=']);

/** A module that parsed and passed CPython's compile-time checks, with the compiler's scope table. */
export interface ParsedProgram {
  readonly module: Module;
  readonly scopes: ScopeTable;
}

/**
 * Parses a module. Throws PySyntaxError: a CPython syntax error (message, line and column as
 * CPython 3.11 gives them), or a construct outside the subset (`unsupported: true`).
 */
export function parseModule(source: string, filename = '<string>'): Module {
  return parseProgram(source, filename).module;
}

/** Parses and resolves a module, with parseModule's errors. */
export function parseProgram(source: string, filename = '<string>'): ParsedProgram {
  const lines = new LineMap(source);
  const lexed = tokenize(source, { lineMap: lines });
  const ctx: ParseContext = { source, lines, unsupported: null, funcDepth: 0, yieldError: null };
  const parser = new Parser(ctx, lexed);
  try {
    const module = parser.module();
    // CPython's symbol table comes before its compiler, whose errors a misplaced `yield` is one
    // of; that one outranks a construct we lack, whose tree the resolver could misjudge.
    const scopes = ctx.unsupported === null ? resolveModule(module, lines) : null;
    if (ctx.yieldError !== null) throw ctx.yieldError;
    if (ctx.unsupported !== null || scopes === null) throw ctx.unsupported;
    checkPlacement(module, lines);
    return { module, scopes };
  } catch (e) {
    const err = rankError(e, lexed, parser.furthestLine());
    if (err instanceof PySyntaxError) err.filename = filename;
    throw err;
  }
}

/**
 * CPython reports a tokenizer error found anywhere after the point where the parser failed
 * in place of the parser's error (except "unexpected indent"), and an unclosed bracket in
 * place of an error on a later line.
 */
function rankError(e: unknown, lexed: LexResult, furthestLine: number): unknown {
  const lexError = lexed.error;
  if (!(e instanceof PySyntaxError) || lexError === null || e === lexError.error || e.unsupported) return e;
  if (e.message === 'unexpected indent' || e.message === 'unexpected unindent') return e;
  if (lexError.kind === 'direct') return lexError.error;
  if (lexError.kind === 'eof' && lexed.openBrackets.length > 0 && furthestLine > lexError.error.line) return lexError.error;
  return e;
}

type BlockStmt = 'if' | 'elif' | 'else' | 'while' | 'for' | 'with' | 'try' | 'except' | 'finally' | 'case';

class Parser extends MatchParser {
  protected caseBlock(line: number): Stmt[] {
    return this.block('case', line);
  }

  module(): Module {
    const body: Stmt[] = [];
    while (this.tok.type !== 'ENDMARKER') body.push(...this.statement());
    const end = this.ctx.source.length;
    return { kind: 'Module', body, span: { from: 0, to: end, line: 1, col: 0 } };
  }

  private statement(): Stmt[] {
    const t = this.tok;
    if (t.type === 'NAME') {
      switch (t.value) {
        case 'if':
          return [this.ifStmt()];
        case 'while':
          return [this.whileStmt()];
        case 'for':
          return [this.forStmt(null)];
        case 'try':
          return [this.tryStmt()];
        case 'def':
          return [this.funcDef(null)];
        case 'class':
          return [this.classDef()];
        case 'with':
          return [this.withStmt(null)];
        case 'async': {
          const next = this.peek();
          if (next.type === 'NAME' && next.value === 'def') return [this.funcDef(this.advance())];
          if (next.type === 'NAME' && next.value === 'with') return [this.withStmt(this.advance())];
          if (next.type === 'NAME' && next.value === 'for') return [this.forStmt(this.advance())];
          this.advance();
          return this.invalidSyntax();
        }
        case 'match': {
          const m = this.matchStatement();
          if (m !== null) return [m];
          if (this.matchFailedAt !== null) return this.notMatchStatement(this.matchFailedAt);
          break;
        }
      }
    } else if (t.type === 'OP' && t.value === '@') {
      return [this.decorated()];
    }
    return this.simpleStatements();
  }

  // --- blocks ----------------------------------------------------------------------------------

  /**
   * The `:` ending a compound statement's header. For most headers CPython says "expected ':'"
   * only when the line ends there; def, try, else and finally always say it (forced tokens).
   */
  private colon(forced: boolean): void {
    if (this.atOp(':')) {
      this.advance();
      return;
    }
    if (forced || this.tok.type === 'NEWLINE') throw this.errorAtToken("expected ':'", this.tok);
    this.invalidSyntax();
  }

  /** `if x = 1:` — CPython's invalid_named_expression, where a condition is expected. */
  private assignInCondition(test: Expr): void {
    if (!this.atOp('=')) return;
    const save = this.pos;
    this.advance();
    const rhs = this.speculate(() => this.bitwiseOr());
    const next = this.tok;
    this.pos = save;
    if (rhs === null || (next.type === 'OP' && (next.value === '=' || next.value === ':='))) return;
    if (test.kind === 'Name') throw this.errorAtSpan("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", test.span, rhs.span);
    if (isBitwiseOrLevel(test) && !isExcludedTarget(test)) {
      throw this.errorAtSpan(`cannot assign to ${exprName(test)} here. Maybe you meant '==' instead of '='?`, test.span);
    }
  }

  private block(what: BlockStmt | 'function definition' | 'class definition', line: number): Stmt[] {
    if (this.tok.type !== 'NEWLINE') return this.simpleStatements();
    this.advance();
    const t = this.tok;
    if (t.type !== 'INDENT') {
      const label = what === 'function definition' || what === 'class definition' ? what : `'${what}' statement`;
      const message = `expected an indented block after ${label} on line ${line}`;
      if (t.type === 'ENDMARKER' || t.from >= this.ctx.source.length) {
        const end = this.endOfFile();
        throw this.ctx.lines.error(message, end.line, end.col, { type: 'IndentationError' });
      }
      if (t.type === 'DEDENT') throw this.ctx.lines.error(message, t.line, 0, { type: 'IndentationError' });
      throw this.errorAtToken(message, t, 'IndentationError');
    }
    this.advance();
    const body: Stmt[] = [];
    while (this.tokType() !== 'DEDENT' && this.tokType() !== 'ENDMARKER') body.push(...this.statement());
    if (this.tokType() === 'DEDENT') this.advance();
    return body;
  }

  // --- compound statements ---------------------------------------------------------------------

  private ifStmt(): Stmt {
    const start = this.advance(); // if / elif
    const test = this.namedExpression();
    this.assignInCondition(test);
    this.colon(false);
    const body = this.block(start.value === 'if' ? 'if' : 'elif', start.line);
    let orelse: Stmt[] = [];
    if (this.at('elif')) orelse = [this.ifStmt()];
    else if (this.at('else')) orelse = this.elseBlock();
    return { kind: 'If', test, body, orelse, span: this.spanFrom(start) };
  }

  private elseBlock(): Stmt[] {
    const t = this.advance();
    this.colon(true);
    return this.block('else', t.line);
  }

  private whileStmt(): Stmt {
    const start = this.advance();
    const test = this.namedExpression();
    this.assignInCondition(test);
    this.colon(false);
    const body = this.block('while', start.line);
    const orelse = this.at('else') ? this.elseBlock() : [];
    return { kind: 'While', test, body, orelse, span: this.spanFrom(start) };
  }

  private forStmt(asyncTok: Token | null): Stmt {
    const forTok = this.advance();
    const start = asyncTok ?? forTok;
    const target = this.targetList('for');
    this.expect('in');
    const iter = this.starExpressions();
    this.colon(false);
    const body = this.block('for', start.line);
    const orelse = this.at('else') ? this.elseBlock() : [];
    const kind = asyncTok === null ? 'For' : 'AsyncFor';
    return { kind, target, iter, body, orelse, span: this.spanFrom(start) };
  }

  private tryStmt(): Stmt {
    const start = this.advance();
    this.colon(true);
    const body = this.block('try', start.line);
    const handlers: ExceptHandler[] = [];
    let star = false;
    while (this.at('except')) {
      const exceptTok = this.tok;
      const isStar = this.peek().type === 'OP' && this.peek().value === '*';
      if (handlers.length === 0) star = isStar;
      else if (isStar !== star) {
        const end = isStar ? this.peek() : exceptTok;
        throw this.errorAtSpan("cannot have both 'except' and 'except*' on the same 'try'", exceptTok, end);
      }
      handlers.push(this.exceptHandler());
    }
    let orelse: Stmt[] = [];
    let finalbody: Stmt[] = [];
    if (handlers.length > 0 && this.at('else')) orelse = this.elseBlock();
    if (this.at('finally')) {
      const f = this.advance();
      this.colon(true);
      finalbody = this.block('finally', f.line);
    } else if (handlers.length === 0) {
      throw this.missingExcept();
    }
    return { kind: 'Try', star, body, handlers, orelse, finalbody, span: this.spanFrom(start) };
  }

  private missingExcept(): PySyntaxError {
    const message = "expected 'except' or 'finally' block";
    let i = this.pos;
    while (this.tokens[i]!.type === 'DEDENT') i++;
    const t = this.tokens[i]!;
    if (t.type === 'ENDMARKER' || t.type === 'ERRORTOKEN') {
      const end = this.endOfFile();
      return this.ctx.lines.error(message, end.line, end.col);
    }
    return this.errorAtToken(message, t);
  }

  private exceptHandler(): ExceptHandler {
    const start = this.advance();
    if (this.eat('*') && this.atOp(':')) throw this.errorAtToken('expected one or more exception types', this.tok);
    let type: Expr | null = null;
    let name: string | null = null;
    if (!this.atOp(':')) {
      type = this.expression();
      if (this.atOp(',')) {
        let last: Expr = type;
        while (this.eat(',')) {
          if (!this.canStartExpression()) break;
          last = this.expression();
        }
        if (this.atOp(':') || this.at('as')) throw this.errorAtSpan('multiple exception types must be parenthesized', type.span, last.span);
        this.invalidSyntax();
      }
      if (this.eat('as')) name = this.expectName().value;
    }
    this.colon(false);
    const body = this.block('except', start.line);
    return { kind: 'ExceptHandler', type, name, body, span: this.spanFrom(start) };
  }

  private funcDef(asyncTok: Token | null, decorators: readonly Expr[] = []): Stmt {
    const defTok = this.advance();
    const start = asyncTok ?? defTok;
    const name = this.expectName();
    this.expectForced('(');
    const args: Arguments = this.parameters(')', true);
    this.expect(')');
    const returns = this.eat('->') ? this.expression() : null;
    this.colon(true);
    const body = this.inFunction(asyncTok === null ? 1 : 2, () => this.block('function definition', start.line));
    const kind = asyncTok === null ? 'FunctionDef' : 'AsyncFunctionDef';
    return { kind, name: name.value, decorators, nameSpan: this.tokenSpan(name), args, returns, body, span: this.spanFrom(start) };
  }

  private classDef(decorators: readonly Expr[] = []): Stmt {
    const start = this.advance();
    const name = this.expectName();
    let bases: Expr[] = [];
    let keywords: ReturnType<ExprParser['callArguments']>['keywords'] = [];
    if (this.eat('(')) {
      ({ args: bases, keywords } = this.callArguments());
      this.expect(')');
    }
    this.colon(false);
    const body = this.inFunction(0, () => this.block('class definition', start.line));
    return { kind: 'ClassDef', name: name.value, decorators, nameSpan: this.tokenSpan(name), bases, keywords, body, span: this.spanFrom(start) };
  }

  /** `async with` and plain `with`. */
  private withStmt(asyncTok: Token | null): Stmt {
    const withTok = this.advance();
    const start = asyncTok ?? withTok;
    const items: WithItem[] = [];
    do {
      const itemStart = this.tok;
      const contextExpr = this.expression();
      let optionalVars: Expr | null = null;
      if (this.eat('as')) optionalVars = this.checkTarget(this.targetAtom(), 'assign');
      items.push({ kind: 'withitem', contextExpr, optionalVars, span: this.spanFrom(itemStart) });
    } while (this.eat(','));
    this.colon(false);
    const body = this.block('with', start.line);
    return { kind: asyncTok ? 'AsyncWith' : 'With', items, body, span: this.spanFrom(start) };
  }

  /** A single target after `as`: a name, attribute, subscript, or a bracketed list of targets. */
  private targetAtom(): Expr {
    if (this.atOp('*')) {
      const star = this.advance();
      const value = this.bitwiseOr();
      return { kind: 'Starred', value, ctx: 'load', span: this.spanFrom(star) };
    }
    return this.bitwiseOr();
  }

  private decorated(): Stmt {
    const decorators: Expr[] = [];
    while (this.atOp('@')) {
      this.advance();
      decorators.push(this.namedExpression());
      if (this.tok.type !== 'NEWLINE') this.invalidSyntax();
      this.advance();
    }
    if (this.at('def')) return this.funcDef(null, decorators);
    if (this.at('class')) return this.classDef(decorators);
    if (this.at('async') && this.peek().value === 'def') return this.funcDef(this.advance(), decorators);
    return this.invalidSyntax();
  }

  /** A line starting with `match` that is no match statement: its "invalid syntax" is at the furthest token either reading reached. */
  private notMatchStatement(failedAt: Token): Stmt[] {
    try {
      return this.simpleStatements();
    } catch (e) {
      if (e instanceof PySyntaxError && e.message === 'invalid syntax' && (e.line < failedAt.line || (e.line === failedAt.line && e.col < failedAt.col))) {
        this.invalidSyntax(failedAt);
      }
      throw e;
    }
  }

  // --- simple statements -----------------------------------------------------------------------

  private simpleStatements(): Stmt[] {
    const out = [this.simpleStatement()];
    while (this.eat(';')) {
      if (this.tok.type === 'NEWLINE') break;
      out.push(this.simpleStatement());
    }
    if (this.tok.type !== 'NEWLINE') this.invalidSyntax();
    this.advance();
    return out;
  }

  private simpleStatement(): Stmt {
    const t = this.tok;
    if (t.type === 'NAME') {
      switch (t.value) {
        case 'pass':
          this.advance();
          return { kind: 'Pass', span: this.tokenSpan(t) };
        case 'break':
          this.advance();
          return { kind: 'Break', span: this.tokenSpan(t) };
        case 'continue':
          this.advance();
          return { kind: 'Continue', span: this.tokenSpan(t) };
        case 'return': {
          this.advance();
          const value = this.atStatementEnd() ? null : this.starExpressions();
          return { kind: 'Return', value, span: this.spanFrom(t) };
        }
        case 'raise': {
          this.advance();
          if (this.atStatementEnd()) return { kind: 'Raise', exc: null, cause: null, span: this.spanFrom(t) };
          const exc = this.expression();
          const cause = this.eat('from') ? this.expression() : null;
          return { kind: 'Raise', exc, cause, span: this.spanFrom(t) };
        }
        case 'global':
        case 'nonlocal': {
          this.advance();
          const names = [this.expectName().value];
          while (this.eat(',')) names.push(this.expectName().value);
          return { kind: t.value === 'global' ? 'Global' : 'Nonlocal', names, span: this.spanFrom(t) };
        }
        case 'del':
          return this.deleteStmt();
        case 'assert': {
          this.advance();
          const test = this.expression();
          const msg = this.eat(',') ? this.expression() : null;
          return { kind: 'Assert', test, msg, span: this.spanFrom(t) };
        }
        case 'import':
          return this.importStmt();
        case 'from':
          return this.fromImport();
      }
    }
    return this.exprOrAssign();
  }

  private deleteStmt(): Stmt {
    const start = this.advance();
    const e = this.starExpressions();
    const parts = e.kind === 'Tuple' && !e.parenthesized ? e.elts : [e];
    const targets = parts.map((p) => this.checkTarget(p, 'del'));
    return { kind: 'Delete', targets, span: this.spanFrom(start) };
  }

  private dottedName(): string {
    let name = this.expectName().value;
    while (this.eat('.')) name += '.' + this.expectName().value;
    return name;
  }

  private alias(dotted: boolean): Alias {
    const start = this.tok;
    const name = dotted ? this.dottedName() : this.expectName().value;
    const asname = this.eat('as') ? this.expectName().value : null;
    return { kind: 'alias', name, asname, span: this.spanFrom(start) };
  }

  private importStmt(): Stmt {
    const start = this.advance();
    const names = [this.alias(true)];
    while (this.eat(',')) names.push(this.alias(true));
    return { kind: 'Import', names, span: this.spanFrom(start) };
  }

  private fromImport(): Stmt {
    const start = this.advance();
    let level = 0;
    while (this.atOp('.') || this.atOp('...')) level += this.advance().value.length;
    const module = level > 0 && this.at('import') ? '' : this.dottedName();
    this.expect('import');
    const names: Alias[] = [];
    if (this.atOp('*')) {
      // `from typing import *` runs (at module level); the compiler rejects it elsewhere.
      const star = this.advance();
      names.push({ kind: 'alias', name: '*', asname: null, span: this.tokenSpan(star) });
    } else if (this.eat('(')) {
      names.push(this.alias(false));
      while (this.eat(',')) {
        if (this.atOp(')')) break;
        names.push(this.alias(false));
      }
      this.expect(')');
    } else {
      names.push(this.alias(false));
      while (this.eat(',')) {
        if (this.tok.type === 'NEWLINE') throw this.errorAtToken('trailing comma not allowed without surrounding parentheses', this.tok);
        names.push(this.alias(false));
      }
    }
    return { kind: 'ImportFrom', module, names, level, span: this.spanFrom(start) };
  }

  /** Expression statement, assignment (`a = b = 1`), augmented assignment, or annotated assignment. */
  private exprOrAssign(): Stmt {
    const start = this.tok;
    const first = this.at('yield') ? this.yieldExpr() : this.starExpressions();
    const t = this.tok;
    if (t.type === 'OP' && t.value === '=') {
      const segments = [first];
      while (this.eat('=')) segments.push(this.at('yield') ? this.yieldExpr() : this.starExpressions());
      const value = segments[segments.length - 1]!;
      const targets = segments.slice(0, -1);
      this.checkAssignTargets(segments);
      if (value.kind === 'Starred') throw this.errorAtSpan("can't use starred expression here", value.span);
      return { kind: 'Assign', targets: targets.map((x) => this.checkTarget(x, 'assign')), value, span: this.spanFrom(start) };
    }
    if (t.type === 'OP' && AUG_OPS.has(t.value)) {
      // A statement-level `yield` is no star_expressions, so no augmented-assignment rule matches.
      if (first.kind === 'Yield' && !first.parenthesized) throw this.errorAtToken('invalid syntax', t);
      if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') {
        throw this.errorAtSpan(`'${exprName(first)}' is an illegal expression for augmented assignment`, first.span);
      }
      this.advance();
      const value = this.at('yield') ? this.yieldExpr() : this.starExpressions();
      const target = { ...first, ctx: 'store' as const };
      return { kind: 'AugAssign', target, op: t.value.slice(0, -1) as BinOperator, value, span: this.spanFrom(start) };
    }
    if (t.type === 'OP' && t.value === ':') {
      if (first.kind === 'Tuple' && !first.parenthesized) {
        throw this.errorAtSpan('only single target (not tuple) can be annotated', first.elts[0]!.span);
      }
      if (first.kind === 'Tuple' || first.kind === 'List') {
        throw this.errorAtSpan(`only single target (not ${first.kind === 'Tuple' ? 'tuple' : 'list'}) can be annotated`, first.span);
      }
      if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') {
        throw this.errorAtSpan('illegal target for annotation', first.span);
      }
      this.advance();
      const annotation = this.expression();
      let value: Expr | null = null;
      if (this.eat('=')) value = this.at('yield') ? this.yieldExpr() : this.starExpressions();
      const target = { ...first, ctx: 'store' as const };
      const simple = first.kind === 'Name' && first.span.from === start.from;
      return { kind: 'AnnAssign', target, annotation, value, simple, span: this.spanFrom(start) };
    }
    if (first.kind === 'Starred') throw this.errorAtSpan("can't use starred expression here", first.span);
    // invalid_named_expression reaches a statement's first expression too (`a.b := 1`).
    if (this.atOp(':=') && first.kind !== 'Name' && !(first.kind === 'Tuple' && !first.parenthesized)) {
      throw this.errorAtSpan(`cannot use assignment expressions with ${exprName(first)}`, first.span);
    }
    return { kind: 'Expr', value: first, span: this.spanFrom(start) };
  }

  /**
   * Raises CPython's message for the first invalid target of `t1 = t2 = ... = value`. CPython's
   * second pass tries, in order: `name = x` read as a misspelt comparison, `f() = x` likewise,
   * then the generic "cannot assign to …" for the first invalid target.
   */
  private checkAssignTargets(segments: readonly Expr[]): void {
    const targets = segments.slice(0, -1);
    let bad: Expr | null = null;
    for (const target of targets) {
      // invalid_assignment's `(star_targets '=')* a=yield_expr '='`
      if (target.kind === 'Yield' && !target.parenthesized) throw this.errorAtSpan('assignment to yield expression not possible', target.span);
      bad = invalidTarget(target, 'assign');
      if (bad !== null) break;
    }
    if (bad !== null) {
      const t0 = targets[0]!;
      const lead = leadingBitwiseOr(segments[1]!, segments.length > 2);
      if (lead !== null && !lead.followedByEq) {
        if (t0.kind === 'Name') {
          throw this.errorAtSpan("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", t0.span, lead.node.span);
        }
        if (bad === t0 && isBitwiseOrLevel(t0) && !isExcludedTarget(t0)) {
          throw this.errorAtSpan(`cannot assign to ${exprName(t0)} here. Maybe you meant '==' instead of '='?`, t0.span);
        }
      }
      throw this.errorAtSpan(`cannot assign to ${exprName(bad)}`, bad.span);
    }
    for (const target of targets) {
      if (target.kind === 'Starred') throw this.errorAtSpan('starred assignment target must be in a list or tuple', target.span);
      checkStarCount(target, (e) => this.errorAtSpan('multiple starred expressions in assignment', e.span));
    }
  }
}

/** Can this expression be a whole `bitwise_or` in CPython's grammar (no comparison, not, and/or, if-else, lambda)? */
function isBitwiseOrLevel(e: Expr): boolean {
  switch (e.kind) {
    case 'Compare':
    case 'BoolOp':
    case 'IfExp':
    case 'Lambda':
    case 'Starred':
      return false;
    case 'UnaryOp':
      return e.op !== 'not';
    case 'Tuple':
      return e.parenthesized;
    default:
      return true;
  }
}

/** invalid_named_expression's `!(list|tuple|genexp|'True'|'None'|'False')`. */
function isExcludedTarget(e: Expr): boolean {
  return e.kind === 'List' || e.kind === 'Tuple' || e.kind === 'GeneratorExp' || (e.kind === 'Constant' && (e.value === null || typeof e.value === 'boolean'));
}

/** The `bitwise_or` that a segment of an assignment starts with, and whether `=` follows it. */
function leadingBitwiseOr(e: Expr, segmentFollowedByEq: boolean): { node: Expr; followedByEq: boolean } | null {
  switch (e.kind) {
    case 'Tuple':
      return e.parenthesized ? { node: e, followedByEq: segmentFollowedByEq } : leadingBitwiseOr(e.elts[0]!, false);
    case 'Compare':
      return { node: e.left, followedByEq: false };
    case 'BoolOp':
      return leadingBitwiseOr(e.values[0]!, false);
    case 'IfExp':
      return leadingBitwiseOr(e.body, false);
    case 'Lambda':
    case 'Starred':
      return null;
    case 'UnaryOp':
      return e.op === 'not' ? null : { node: e, followedByEq: segmentFollowedByEq };
    default:
      return { node: e, followedByEq: segmentFollowedByEq };
  }
}

function checkStarCount(target: Expr, fail: (e: Expr) => PySyntaxError): void {
  if (target.kind !== 'Tuple' && target.kind !== 'List') return;
  if (target.elts.filter((x) => x.kind === 'Starred').length > 1) throw fail(target);
  for (const elt of target.elts) checkStarCount(elt.kind === 'Starred' ? elt.value : elt, fail);
}
