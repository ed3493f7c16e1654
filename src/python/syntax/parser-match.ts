/**
 * `match` statements (PEP 634), following CPython 3.11's grammar rules match_stmt, case_block
 * and the pattern rules under them. `match` and `case` are soft keywords: a line that starts
 * with `match` is a match statement only when a subject and `:` follow, so `match = 1` and
 * `match(x)` stay ordinary statements. The placement rules CPython's compiler checks on
 * patterns (unreachable cases, names bound twice) are in ./match-checks.ts.
 */
import type { Expr, MatchCase, Pattern, Stmt } from './ast';
import { ExprParser } from './parser-expr';
import { PySyntaxError } from './syntax-error';
import type { Token } from './tokens';

export abstract class MatchParser extends ExprParser {
  /**
   * Where the match statement failed when a subject parsed but no `:` followed (`match x y:`):
   * if the line is no other statement either, CPython reports the token furthest in.
   */
  protected matchFailedAt: Token | null = null;

  /** The indented block of a `case`, parsed as any other compound statement's block. */
  protected abstract caseBlock(line: number): Stmt[];

  /** `match subject:` and its cases, or null (cursor unmoved) when `match` is used as a name. */
  protected matchStatement(): Stmt | null {
    const start = this.tok;
    const save = this.pos;
    this.advance();
    const subject = this.speculate(() => this.subject()) ?? this.targetedSubjectError();
    if (subject === null || !this.atOp(':') || this.peek().type !== 'NEWLINE') {
      this.matchFailedAt = subject !== null && !this.atOp(':') ? this.tok : null;
      this.pos = save;
      return null;
    }
    this.advance();
    this.advance();
    const t = this.tok;
    if (t.type !== 'INDENT') {
      const message = `expected an indented block after 'match' statement on line ${start.line}`;
      if (t.type === 'ENDMARKER' || t.from >= this.ctx.source.length) {
        const end = this.endOfFile();
        throw this.ctx.lines.error(message, end.line, end.col, { type: 'IndentationError' });
      }
      throw this.errorAtToken(message, t, 'IndentationError');
    }
    this.advance();
    const cases: MatchCase[] = [];
    do {
      if (!this.atSoft('case')) this.invalidSyntax();
      cases.push(this.caseBlockOf());
    } while (this.tokType() !== 'DEDENT' && this.tokType() !== 'ENDMARKER');
    if (this.tokType() === 'DEDENT') this.advance();
    return { kind: 'Match', subject, cases, span: this.spanFrom(start) };
  }

  /**
   * A subject that does not parse: CPython's second pass tries match_stmt first, so one of its
   * targeted errors inside the subject ("Perhaps you forgot a comma?") is the file's error.
   * A plain "invalid syntax" is not: the line may still be a statement that uses `match` as a name.
   */
  private targetedSubjectError(): null {
    const pos = this.pos;
    try {
      this.subject();
    } catch (e) {
      if (e instanceof PySyntaxError && e.message !== 'invalid syntax' && !e.message.startsWith('unexpected')) throw e;
    }
    this.pos = pos;
    return null;
  }

  /** subject_expr: `star_named_expression ',' star_named_expressions?` (a tuple) or a named_expression. */
  private subject(): Expr {
    const start = this.tok;
    const first = this.starNamedExpression();
    if (!this.atOp(',')) {
      if (first.kind === 'Starred') this.invalidSyntax();
      return first;
    }
    const elts = [first];
    while (this.eat(',')) {
      if (this.atOp(':')) break;
      elts.push(this.starNamedExpression());
    }
    return { kind: 'Tuple', elts, ctx: 'load', parenthesized: false, span: this.spanFrom(start) };
  }

  private atSoft(word: string): boolean {
    const t = this.tok;
    return t.type === 'NAME' && t.value === word;
  }

  private caseBlockOf(): MatchCase {
    const start = this.advance(); // case
    const pattern = this.patterns();
    const guard = this.eat('if') ? this.namedExpression() : null;
    if (!this.atOp(':')) {
      if (this.tok.type === 'NEWLINE') throw this.errorAtToken("expected ':'", this.tok);
      this.invalidSyntax();
    }
    this.advance();
    const body = this.caseBlock(start.line);
    return { kind: 'match_case', pattern, guard, body, span: this.spanFrom(start) };
  }

  /** patterns: an open sequence (`case a, *rest:`) or one pattern. */
  private patterns(): Pattern {
    const start = this.tok;
    const first = this.maybeStar();
    if (!this.atOp(',')) {
      if (first.kind === 'MatchStar') this.invalidSyntax();
      return first;
    }
    const patterns = [first];
    while (this.eat(',')) {
      if (this.atOp(':') || this.at('if')) break;
      patterns.push(this.maybeStar());
    }
    return { kind: 'MatchSequence', patterns, span: this.spanFrom(start) };
  }

  private maybeStar(): Pattern {
    if (!this.atOp('*')) return this.pattern();
    const star = this.advance();
    const name = this.expectName();
    return { kind: 'MatchStar', name: name.value === '_' ? null : name.value, span: this.spanFrom(star) };
  }

  /** as_pattern | or_pattern */
  private pattern(): Pattern {
    const start = this.tok;
    const first = this.closedPattern();
    let p: Pattern = first;
    if (this.atOp('|')) {
      const patterns = [first];
      while (this.eat('|')) patterns.push(this.closedPattern());
      p = { kind: 'MatchOr', patterns, span: this.spanFrom(start) };
    }
    if (!this.at('as')) return p;
    this.advance();
    if (!this.atName()) {
      // invalid_as_pattern: `or_pattern 'as' !NAME expression`
      const target = this.speculate(() => this.expression());
      if (target !== null) throw this.errorAtSpan('invalid pattern target', target.span);
      this.invalidSyntax();
    }
    const name = this.advance();
    if (name.value === '_') throw this.errorAtToken("cannot use '_' as a target", name);
    return { kind: 'MatchAs', pattern: p, name: name.value, span: this.spanFrom(start) };
  }

  private closedPattern(): Pattern {
    const t = this.tok;
    if (t.type === 'NUMBER' || (t.type === 'OP' && t.value === '-')) return { kind: 'MatchValue', value: this.signedNumber(), span: this.spanFrom(t) };
    if (t.type === 'STRING') return { kind: 'MatchValue', value: this.atom(), span: this.spanFrom(t) };
    if (t.type === 'OP') {
      if (t.value === '(') return this.groupOrSequence();
      if (t.value === '[') return this.bracketSequence();
      if (t.value === '{') return this.mapping();
      return this.invalidSyntax();
    }
    if (t.type !== 'NAME') return this.invalidSyntax();
    if (t.value === 'None' || t.value === 'True' || t.value === 'False') {
      this.advance();
      return { kind: 'MatchSingleton', value: t.value === 'None' ? null : t.value === 'True', span: this.tokenSpan(t) };
    }
    const name = this.nameOrAttr();
    if (this.atOp('(')) return this.classPattern(name, t);
    if (name.kind === 'Attribute') return { kind: 'MatchValue', value: name, span: name.span };
    const id = (name as { id: string }).id;
    return { kind: 'MatchAs', pattern: null, name: id === '_' ? null : id, span: name.span };
  }

  /** A number, `-number`, or `number ± imaginary` (CPython's complex literal, refused as complex numbers are). */
  private signedNumber(): Expr {
    const start = this.tok;
    let e: Expr;
    if (this.atOp('-')) {
      this.advance();
      if (this.tok.type !== 'NUMBER') this.invalidSyntax();
      e = { kind: 'UnaryOp', op: '-', operand: this.atom(), span: this.spanFrom(start) };
    } else e = this.atom();
    if (this.atOp('+') || this.atOp('-')) {
      const op = this.advance();
      const imag = this.tok;
      if (imag.type !== 'NUMBER') this.invalidSyntax();
      if (!/[jJ]$/.test(imag.value)) throw this.errorAtToken('imaginary number required in complex literal', imag);
      e = { kind: 'BinOp', left: e, op: op.value as '+' | '-', right: this.atom(), span: this.spanFrom(start) };
    }
    return e;
  }

  /** NAME ('.' NAME)*: a Name, or the Attribute chain of a dotted value. */
  private nameOrAttr(): Expr {
    const first = this.expectName();
    let e: Expr = { kind: 'Name', id: first.value, ctx: 'load', span: this.tokenSpan(first) };
    while (this.atOp('.')) {
      this.advance();
      const attr = this.expectName();
      e = { kind: 'Attribute', value: e, attr: attr.value, attrSpan: this.tokenSpan(attr), ctx: 'load', span: this.spanFrom(first) };
    }
    return e;
  }

  private groupOrSequence(): Pattern {
    const open = this.advance();
    if (this.eat(')')) return { kind: 'MatchSequence', patterns: [], span: this.spanFrom(open) };
    const first = this.maybeStar();
    if (this.eat(')')) {
      if (first.kind === 'MatchStar') this.invalidSyntax(this.prev);
      return first;
    }
    if (!this.atOp(',')) this.invalidSyntax();
    const patterns = [first];
    while (this.eat(',')) {
      if (this.atOp(')')) break;
      patterns.push(this.maybeStar());
    }
    this.expect(')');
    return { kind: 'MatchSequence', patterns, span: this.spanFrom(open) };
  }

  private bracketSequence(): Pattern {
    const open = this.advance();
    const patterns: Pattern[] = [];
    while (!this.atOp(']')) {
      patterns.push(this.maybeStar());
      if (!this.eat(',')) break;
    }
    this.expect(']');
    return { kind: 'MatchSequence', patterns, span: this.spanFrom(open) };
  }

  private mapping(): Pattern {
    const open = this.advance();
    const keys: Expr[] = [];
    const patterns: Pattern[] = [];
    let rest: string | null = null;
    while (!this.atOp('}')) {
      if (this.atOp('**')) {
        this.advance();
        const name = this.tok;
        if (!this.atName() || name.value === '_') this.invalidSyntax();
        this.advance();
        rest = name.value;
        this.eat(',');
        break;
      }
      keys.push(this.mappingKey());
      this.expect(':');
      patterns.push(this.pattern());
      if (!this.eat(',')) break;
    }
    this.expect('}');
    return { kind: 'MatchMapping', keys, patterns, rest, span: this.spanFrom(open) };
  }

  /** A mapping pattern's key: a literal or a dotted name. */
  private mappingKey(): Expr {
    const t = this.tok;
    if (t.type === 'NUMBER' || (t.type === 'OP' && t.value === '-')) return this.signedNumber();
    if (t.type === 'STRING') return this.atom();
    if (t.type === 'NAME' && (t.value === 'None' || t.value === 'True' || t.value === 'False')) return this.atom();
    if (t.type !== 'NAME') return this.invalidSyntax();
    const e = this.nameOrAttr();
    if (e.kind !== 'Attribute') this.invalidSyntax();
    return e;
  }

  /** `Cls(p1, p2, attr=p3)`: positional sub-patterns, then keyword ones. */
  private classPattern(cls: Expr, start: Token): Pattern {
    this.advance(); // (
    const patterns: Pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: Pattern[] = [];
    while (!this.atOp(')')) {
      if (this.atName() && this.peek().type === 'OP' && this.peek().value === '=') {
        kwdAttrs.push(this.advance().value);
        this.advance();
        kwdPatterns.push(this.pattern());
      } else {
        const p = this.pattern();
        if (kwdAttrs.length > 0) throw this.errorAtSpan('positional patterns follow keyword patterns', p.span);
        patterns.push(p);
      }
      if (!this.eat(',')) break;
    }
    this.expect(')');
    return { kind: 'MatchClass', cls, patterns, kwdAttrs, kwdPatterns, span: this.spanFrom(start) };
  }
}
