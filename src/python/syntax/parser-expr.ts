/**
 * Expressions: precedence climbing over CPython 3.11's grammar levels
 * (lambda / if-else → or → and → not → comparison → | → ^ → & → shifts → + - → * / // % @ →
 * unary → ** → await → primary → atom), with the grammar's targeted error rules where a
 * learner is likely to hit them ("Perhaps you forgot a comma?", "expected 'else' after 'if'
 * expression", "Missing parentheses in call to 'print'").
 */
import type {
  Arg,
  Arguments,
  BinOperator,
  CmpOperator,
  Comprehension,
  Constant,
  Expr,
  FormattedValue,
  JoinedStr,
  Keyword,
} from './ast';
import { mergeParts, parseFStringBody, type FStringHost } from './fstring';
import { MAX_STR_DIGITS } from '../format/int-arith';
import { tokenize } from './lexer';
import { ParserBase } from './parser-base';
import { stringParts, decodeBytesBody, decodeEscapes, EscapeError, normalizeNewlines } from './string-literal';
import { PySyntaxError } from './syntax-error';
import { exprName, invalidTarget, withContext } from './targets';
import type { Token } from './tokens';
import { KEYWORDS } from './tokens';

const COMPARE_OPS = new Set(['==', '!=', '<', '<=', '>', '>=']);
const SOFT_KEYWORDS = new Set(['match', 'case', '_']);
/** Keywords that can begin an expression. */
const EXPR_KEYWORDS = new Set(['not', 'await', 'lambda', 'True', 'False', 'None']);
const EXPR_START_OPS = new Set(['(', '[', '{', '-', '+', '~', '...', '*']);

type BinLevel = { readonly ops: ReadonlySet<string>; readonly next: number };
/** Binary operator levels from loosest to tightest; `next` is the index of the operand level. */
const BIN_LEVELS: readonly BinLevel[] = [
  { ops: new Set(['|']), next: 1 },
  { ops: new Set(['^']), next: 2 },
  { ops: new Set(['&']), next: 3 },
  { ops: new Set(['<<', '>>']), next: 4 },
  { ops: new Set(['+', '-']), next: 5 },
  { ops: new Set(['*', '/', '//', '%', '@']), next: 6 },
];

export class ExprParser extends ParserBase {
  /** Set while looking ahead speculatively: CPython's `expression_without_invalid`. */
  private noInvalid = false;

  // --- expression lists ------------------------------------------------------------------------

  /** Can the token at the cursor begin an expression? */
  protected canStartExpression(): boolean {
    const t = this.tok;
    if (t.type === 'NUMBER' || t.type === 'STRING') return true;
    if (t.type === 'NAME') return !KEYWORDS.has(t.value) || EXPR_KEYWORDS.has(t.value);
    return t.type === 'OP' && EXPR_START_OPS.has(t.value);
  }

  /** `a, *b, c` → a Tuple when there is a comma; a trailing comma is allowed. */
  starExpressions(): Expr {
    const start = this.tok;
    const first = this.starExpression();
    if (!this.atOp(',')) return first;
    const elts = [first];
    while (this.eat(',')) {
      if (!this.canStartExpression()) break;
      elts.push(this.starExpression());
    }
    return { kind: 'Tuple', elts, ctx: 'load', parenthesized: false, span: this.spanFrom(start) };
  }

  protected starExpression(): Expr {
    if (this.atOp('*')) {
      const star = this.advance();
      const value = this.bitwiseOr();
      return { kind: 'Starred', value, ctx: 'load', span: this.spanFrom(star) };
    }
    return this.expression();
  }

  protected starNamedExpression(): Expr {
    if (this.atOp('*')) return this.starExpression();
    return this.namedExpression();
  }

  /** An expression where CPython also allows `name := value` (the walrus operator). */
  protected namedExpression(): Expr {
    if (this.atName() && this.peek().type === 'OP' && this.peek().value === ':=') {
      const name = this.advance();
      this.advance();
      const value = this.expression();
      return { kind: 'NamedExpr', target: name.value, value, span: this.spanFrom(name) };
    }
    const e = this.expression();
    // invalid_named_expression: only a plain name can be the target.
    if (!this.noInvalid && this.atOp(':=')) throw this.errorAtSpan(`cannot use assignment expressions with ${exprName(e)}`, e.span);
    return e;
  }

  // --- expression ------------------------------------------------------------------------------

  expression(): Expr {
    if (this.at('lambda')) return this.lambdef();
    const startPos = this.pos;
    const body = this.disjunction();
    if (this.at('if')) {
      this.advance();
      const test = this.disjunction();
      if (!this.at('else')) {
        if (this.noInvalid || this.atOp(':')) this.invalidSyntax();
        throw this.errorAtSpan("expected 'else' after 'if' expression", body.span, test.span);
      }
      this.advance();
      const orelse = this.expression();
      return { kind: 'IfExp', test, body, orelse, span: this.spanFrom(body.span) };
    }
    if (!this.noInvalid && this.canStartExpression()) this.missingComma(body, startPos);
    return body;
  }

  /**
   * After a complete expression, another expression begins: CPython's invalid_expression and
   * invalid_legacy_expression rules. Returns normally when neither applies (the caller then
   * fails with "invalid syntax" at the cursor).
   */
  private missingComma(a: Expr, startPos: number): void {
    const first = this.tokens[startPos]!;
    if (a.kind === 'Name' && (a.id === 'print' || a.id === 'exec') && !this.atOp('(')) {
      const rest = this.speculate(() => this.starExpressions());
      if (rest !== null) {
        throw this.errorAtSpan(`Missing parentheses in call to '${a.id}'. Did you mean ${a.id}(...)?`, a.span, rest.span);
      }
      return;
    }
    if (this.depth === 0) return;
    if (first.type === 'NAME' && (SOFT_KEYWORDS.has(first.value) || this.tokens[startPos + 1]?.type === 'STRING')) return;
    const b = this.speculate(() => this.expression());
    if (b !== null) throw this.errorAtSpan('invalid syntax. Perhaps you forgot a comma?', a.span, b.span);
  }

  /** Tries a parse without CPython's error rules; restores the cursor and returns null if it fails. */
  protected speculate<T>(parse: () => T): T | null {
    const pos = this.pos;
    const depth = this.depth;
    const noInvalid = this.noInvalid;
    const unsupported = this.ctx.unsupported;
    this.noInvalid = true;
    try {
      return parse();
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      this.pos = pos;
      this.depth = depth;
      return null;
    } finally {
      this.noInvalid = noInvalid;
      this.ctx.unsupported = unsupported;
    }
  }

  protected lambdef(): Expr {
    const start = this.advance();
    const args = this.parameters(':', false);
    this.expect(':');
    const body = this.inFunction(1, () => this.expression());
    return { kind: 'Lambda', args, body, span: this.spanFrom(start) };
  }

  /** Parse a function body (depth 1) or a class body (depth 0, as at module level). */
  protected inFunction<T>(depth: number, parse: () => T): T {
    const saved = this.ctx.funcDepth;
    this.ctx.funcDepth = depth;
    try {
      return parse();
    } finally {
      this.ctx.funcDepth = saved;
    }
  }

  protected disjunction(): Expr {
    const first = this.conjunction();
    if (!this.at('or')) return first;
    const values = [first];
    while (this.eat('or')) values.push(this.conjunction());
    return { kind: 'BoolOp', op: 'or', values, span: this.spanFrom(first.span) };
  }

  private conjunction(): Expr {
    const first = this.inversion();
    if (!this.at('and')) return first;
    const values = [first];
    while (this.eat('and')) values.push(this.inversion());
    return { kind: 'BoolOp', op: 'and', values, span: this.spanFrom(first.span) };
  }

  private inversion(): Expr {
    if (this.at('not')) {
      const start = this.advance();
      const operand = this.inversion();
      return { kind: 'UnaryOp', op: 'not', operand, span: this.spanFrom(start) };
    }
    return this.comparison();
  }

  private compareOp(): CmpOperator | null {
    const t = this.tok;
    if (t.type === 'OP' && COMPARE_OPS.has(t.value)) {
      this.advance();
      return t.value as CmpOperator;
    }
    if (t.type !== 'NAME') return null;
    if (t.value === 'in') {
      this.advance();
      return 'in';
    }
    if (t.value === 'not' && this.peek().type === 'NAME' && this.peek().value === 'in') {
      this.advance();
      this.advance();
      return 'not in';
    }
    if (t.value === 'is') {
      this.advance();
      return this.eat('not') ? 'is not' : 'is';
    }
    return null;
  }

  private comparison(): Expr {
    const left = this.bitwiseOr();
    const ops: CmpOperator[] = [];
    const comparators: Expr[] = [];
    for (let op = this.compareOp(); op !== null; op = this.compareOp()) {
      ops.push(op);
      comparators.push(this.bitwiseOr());
    }
    if (ops.length === 0) return left;
    return { kind: 'Compare', left, ops, comparators, span: this.spanFrom(left.span) };
  }

  protected bitwiseOr(): Expr {
    return this.binary(0);
  }

  /** Left-associative binary operators of BIN_LEVELS[level] and tighter. */
  private binary(level: number): Expr {
    if (level >= BIN_LEVELS.length) return this.factor();
    const { ops, next } = BIN_LEVELS[level]!;
    let left = this.binary(next);
    for (;;) {
      const t = this.tok;
      if (t.type !== 'OP' || !ops.has(t.value)) return left;
      this.advance();
      const right = this.binary(next);
      left = { kind: 'BinOp', left, op: t.value as BinOperator, right, span: this.spanFrom(left.span) };
    }
  }

  private factor(): Expr {
    const t = this.tok;
    if (t.type === 'OP' && (t.value === '-' || t.value === '+' || t.value === '~')) {
      this.advance();
      const operand = this.factor();
      return { kind: 'UnaryOp', op: t.value, operand, span: this.spanFrom(t) };
    }
    return this.power();
  }

  /** `**` binds tighter than unary minus on its left, looser on its right: -2**-1 is -(2**(-1)). */
  private power(): Expr {
    const base = this.awaitPrimary();
    if (!this.atOp('**')) return base;
    this.advance();
    const exp = this.factor();
    return { kind: 'BinOp', left: base, op: '**', right: exp, span: this.spanFrom(base.span) };
  }

  private awaitPrimary(): Expr {
    if (this.at('await')) {
      const start = this.advance();
      const value = this.primary();
      return { kind: 'Await', value, span: this.spanFrom(start) };
    }
    return this.primary();
  }

  // --- primary ---------------------------------------------------------------------------------

  protected primary(): Expr {
    let e = this.atom();
    for (;;) {
      const t = this.tok;
      if (t.type !== 'OP') return e;
      if (t.value === '.') {
        this.advance();
        const name = this.expectName();
        e = { kind: 'Attribute', value: e, attr: name.value, attrSpan: this.tokenSpan(name), ctx: 'load', span: this.spanFrom(e.span) };
      } else if (t.value === '(') {
        e = this.call(e);
      } else if (t.value === '[') {
        this.advance();
        const slice = this.slices();
        this.expect(']');
        e = { kind: 'Subscript', value: e, slice, ctx: 'load', span: this.spanFrom(e.span) };
      } else return e;
    }
  }

  private call(func: Expr): Expr {
    this.advance(); // (
    const { args, keywords } = this.callArguments();
    this.expect(')');
    return { kind: 'Call', func, args, keywords, span: this.spanFrom(func.span) };
  }

  /** The arguments of a call or a class's bases, up to (not including) the closing `)`. */
  protected callArguments(): { args: Expr[]; keywords: Keyword[] } {
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    let afterKeyword = false;
    let afterDoubleStar = false;
    while (!this.atOp(')')) {
      const t = this.tok;
      if (t.type === 'OP' && t.value === '*') {
        const arg = this.starExpression();
        this.noStarredComprehension(arg);
        if (afterDoubleStar) throw this.errorAtToken('iterable argument unpacking follows keyword argument unpacking', t);
        args.push(arg);
      } else if (t.type === 'OP' && t.value === '**') {
        this.advance();
        const value = this.expression();
        keywords.push({ kind: 'keyword', arg: null, value, span: this.spanFrom(t) });
        afterDoubleStar = true;
      } else if (t.type === 'NAME' && this.peek().type === 'OP' && this.peek().value === '=') {
        if (t.value === 'True' || t.value === 'False' || t.value === 'None') {
          this.advance();
          throw this.errorAtSpan(`cannot assign to ${t.value}`, t, this.tok);
        }
        if (KEYWORDS.has(t.value)) this.invalidSyntax();
        this.advance();
        const eq = this.advance();
        const value = this.expression();
        if (this.atComprehension()) throw this.errorAtSpan("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", t, eq);
        const kw: Keyword = { kind: 'keyword', arg: t.value, value, span: this.spanFrom(t) };
        if (keywords.some((k) => k.arg === t.value)) throw this.errorAtSpan(`keyword argument repeated: ${t.value}`, kw.span);
        keywords.push(kw);
        afterKeyword = true;
      } else {
        let arg = this.namedExpression();
        if (this.atOp('=')) {
          throw this.errorAtSpan('expression cannot contain assignment, perhaps you meant "=="?', arg.span, this.tok);
        }
        if (this.at('for') || (this.at('async') && this.peek().value === 'for')) {
          const generators = this.comprehensionClauses();
          arg = { kind: 'GeneratorExp', elt: arg, generators, span: this.spanFrom(arg.span) };
          const more = this.atOp(',') && !(this.peek().type === 'OP' && this.peek().value === ')');
          if (args.length > 0 || keywords.length > 0 || more) {
            throw this.errorAtSpan('Generator expression must be parenthesized', arg.span);
          }
        }
        // CPython reports these at the token after the argument.
        if (afterDoubleStar) throw this.errorAtToken('positional argument follows keyword argument unpacking', this.tok);
        if (afterKeyword) throw this.errorAtToken('positional argument follows keyword argument', this.tok);
        args.push(arg);
      }
      if (!this.eat(',')) break;
    }
    return { args, keywords };
  }

  /** The inside of `x[...]`: one item, or a Tuple of them. */
  private slices(): Expr {
    const start = this.tok;
    const first = this.sliceItem();
    if (!this.atOp(',')) return first;
    const elts = [first];
    while (this.eat(',')) {
      if (this.atOp(']')) break;
      elts.push(this.sliceItem());
    }
    return { kind: 'Tuple', elts, ctx: 'load', parenthesized: false, span: this.spanFrom(start) };
  }

  private sliceItem(): Expr {
    const start = this.tok;
    if (this.atOp('*')) return this.starExpression();
    const lower = this.atOp(':') ? null : this.namedExpression();
    if (!this.atOp(':')) return lower!;
    this.advance();
    const ends = () => this.atOp(':') || this.atOp(']') || this.atOp(',');
    const upper = ends() ? null : this.expression();
    let step: Expr | null = null;
    if (this.eat(':')) step = this.atOp(']') || this.atOp(',') ? null : this.expression();
    return { kind: 'Slice', lower, upper, step, span: this.spanFrom(start) };
  }

  // --- atoms -----------------------------------------------------------------------------------

  protected atom(): Expr {
    const t = this.tok;
    switch (t.type) {
      case 'NAME':
        if (t.value === 'True' || t.value === 'False' || t.value === 'None') {
          this.advance();
          const value = t.value === 'None' ? null : t.value === 'True';
          return { kind: 'Constant', value, isFloat: false, span: this.tokenSpan(t) };
        }
        if (t.value === 'yield' && this.depth > 0) return this.yieldExpr();
        if (KEYWORDS.has(t.value)) this.invalidSyntax();
        this.advance();
        return { kind: 'Name', id: t.value, ctx: 'load', span: this.tokenSpan(t) };
      case 'NUMBER':
        this.advance();
        return this.number(t);
      case 'STRING':
        return this.strings();
      case 'OP':
        if (t.value === '(') return this.parenthesized();
        if (t.value === '[') return this.listDisplay();
        if (t.value === '{') return this.braceDisplay();
        if (t.value === '...') {
          this.advance();
          return { kind: 'Ellipsis', span: this.tokenSpan(t) };
        }
        return this.invalidSyntax();
      default:
        return this.invalidSyntax();
    }
  }

  /** `yield` / `yield from`. Misplaced ones are CPython's compile-time errors, reported after parsing. */
  protected yieldExpr(): Expr {
    const start = this.advance();
    let value: Expr | null = null;
    const from = this.eat('from');
    if (from) value = this.expression();
    else if (this.canStartExpression()) value = this.starExpressions();
    const depth = this.ctx.funcDepth;
    const message = depth === 0 ? "'yield' outside function" : from && depth === 2 ? "'yield from' inside async function" : null;
    if (message !== null) this.ctx.yieldError ??= this.ctx.lines.errorAt(message, start.from, this.spanFrom(start).to);
    return { kind: 'Yield', value, isFrom: from !== null, parenthesized: false, span: this.spanFrom(start) };
  }

  private number(t: Token): Constant {
    const text = t.value.replace(/_/g, '');
    const span = this.tokenSpan(t);
    const last = text[text.length - 1];
    if (last === 'j' || last === 'J') {
      this.unsupported('complex numbers are not supported by Taskline', t);
      return { kind: 'Constant', value: 0, isFloat: true, span };
    }
    const isFloat = !/^0[xob]/i.test(text) && /[.eE]/.test(text);
    const value = Number(text);
    // An int literal beyond 2**53 is exact as a bigint (BigInt reads 0x/0o/0b prefixes too).
    if (!isFloat && !Number.isSafeInteger(value)) {
      if (!/^0[xob]/i.test(text) && text.length > MAX_STR_DIGITS) {
        throw this.errorAtToken(
          `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${text.length} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.`,
          t,
        );
      }
      return { kind: 'Constant', value: BigInt(text), isFloat, span };
    }
    return { kind: 'Constant', value, isFloat, span };
  }

  /** One or more adjacent string literals, concatenated. */
  private strings(): Expr {
    const first = this.tok;
    const parts: (Constant | FormattedValue)[] = [];
    let anyF = false;
    let isBytes: boolean | null = null;
    const byteParts: Uint8Array[] = [];
    while (this.tok.type === 'STRING') {
      const t = this.advance();
      const sp = stringParts(t.value, t.from);
      isBytes ??= sp.bytes;
      if (sp.bytes !== isBytes) throw this.ctx.lines.error('cannot mix bytes and nonbytes literals', t.endLine, t.endCol);
      if (sp.bytes) {
        byteParts.push(this.bytesBody(t, sp.bodyFrom, sp.bodyTo, sp.raw));
        continue;
      }
      if (sp.fstring) {
        anyF = true;
        parts.push(...this.fstring(t, sp.bodyFrom, sp.bodyTo, sp.raw));
      } else {
        const body = this.ctx.source.slice(sp.bodyFrom, sp.bodyTo);
        let value: string;
        if (sp.raw) value = normalizeNewlines(body);
        else {
          try {
            value = decodeEscapes(body);
          } catch (e) {
            if (!(e instanceof EscapeError)) throw e;
            if (!e.unsupported) throw this.ctx.lines.error(e.message, t.endLine, t.endCol);
            this.unsupported(e.message, t);
            value = '';
          }
        }
        parts.push({ kind: 'Constant', value, isFloat: false, span: this.tokenSpan(t) });
      }
    }
    const span = this.spanFrom(first);
    if (isBytes === true) return { kind: 'Constant', value: joinBytes(byteParts), isFloat: false, span };
    const merged = mergeParts(parts);
    if (!anyF) {
      const value = merged.length === 0 ? '' : (merged[0] as Constant).value;
      return { kind: 'Constant', value, isFloat: false, span };
    }
    const joined: JoinedStr = { kind: 'JoinedStr', values: merged, span };
    return joined;
  }

  /** A bytes literal's value; CPython's SyntaxError for non-ASCII text or a bad `\\x` escape. */
  private bytesBody(t: Token, from: number, to: number, raw: boolean): Uint8Array {
    let data: Uint8Array | null;
    try {
      data = decodeBytesBody(this.ctx.source.slice(from, to), raw);
    } catch (e) {
      if (!(e instanceof EscapeError)) throw e;
      throw this.ctx.lines.error(e.message, t.endLine, t.endCol);
    }
    if (data === null) throw this.ctx.lines.error('bytes can only contain ASCII literal characters', t.endLine, t.endCol);
    return data;
  }

  /** The string token being split, for the f-string host's errors. */
  private fstringToken: Token | null = null;
  /** Built once per parser: creating the callbacks per f-string showed up in profiles. */
  private fstringHost: FStringHost | null = null;

  private fstring(t: Token, from: number, to: number, raw: boolean): (Constant | FormattedValue)[] {
    const lines = this.ctx.lines;
    this.fstringHost ??= {
      source: this.ctx.source,
      lines,
      parseExpression: (a, b) => this.fstringExpression(a, b),
      fail: (message) => {
        const tok = this.fstringToken!;
        throw lines.error(message, tok.endLine, tok.endCol);
      },
      unsupportedEscape: (message) => this.unsupported(message, this.fstringToken!),
    };
    const outer = this.fstringToken;
    this.fstringToken = t;
    try {
      return parseFStringBody(this.fstringHost, from, to, raw);
    } finally {
      this.fstringToken = outer;
    }
  }

  /** Parses an f-string field's expression with a parser of its own, over the same source text. */
  private fstringExpression(from: number, to: number): Expr {
    const lexed = tokenize(this.ctx.source, { from, to, expression: true, lineMap: this.ctx.lines });
    const sub = new ExprParser(this.ctx, lexed, { depth: 1, messagePrefix: 'f-string: ' });
    return sub.wholeExpression();
  }

  /** star_expressions followed by the end of the token stream. */
  wholeExpression(): Expr {
    const e = this.starExpressions();
    if (this.tok.type !== 'ENDMARKER') this.invalidSyntax();
    return e;
  }

  /** `( ... )`: empty tuple, parenthesized expression, tuple, generator expression, or yield. */
  private parenthesized(): Expr {
    const open = this.advance();
    if (this.atOp(')')) {
      this.advance();
      return { kind: 'Tuple', elts: [], ctx: 'load', parenthesized: true, span: this.spanFrom(open) };
    }
    if (this.at('yield')) {
      const value = this.yieldExpr();
      this.expect(')');
      return value.kind === 'Yield' ? { ...value, parenthesized: true } : value;
    }
    const first = this.starNamedExpression();
    if (this.atComprehension()) {
      this.noStarredComprehension(first);
      const generators = this.comprehensionClauses();
      this.expect(')');
      return { kind: 'GeneratorExp', elt: first, generators, span: this.spanFrom(open) };
    }
    if (this.atOp(')')) {
      this.advance();
      if (first.kind === 'Tuple') return { ...first, parenthesized: true };
      return first;
    }
    if (!this.atOp(',')) this.invalidSyntax();
    const elts = [first];
    while (this.eat(',')) {
      if (this.atOp(')')) break;
      elts.push(this.starNamedExpression());
    }
    this.expect(')');
    return { kind: 'Tuple', elts, ctx: 'load', parenthesized: true, span: this.spanFrom(open) };
  }

  private listDisplay(): Expr {
    const open = this.advance();
    if (this.eat(']')) return { kind: 'List', elts: [], ctx: 'load', span: this.spanFrom(open) };
    const first = this.starNamedExpression();
    if (this.atComprehension()) {
      this.noStarredComprehension(first);
      const generators = this.comprehensionClauses();
      this.expect(']');
      return { kind: 'ListComp', elt: first, generators, span: this.spanFrom(open) };
    }
    const elts = [first];
    while (this.eat(',')) {
      if (this.atOp(']')) break;
      elts.push(this.starNamedExpression());
      this.noUnparenthesizedTarget(elts);
    }
    this.expect(']');
    return { kind: 'List', elts, ctx: 'load', span: this.spanFrom(open) };
  }

  /** `{}`: dict, set, or their comprehensions. */
  private braceDisplay(): Expr {
    const open = this.advance();
    if (this.eat('}')) return { kind: 'Dict', keys: [], values: [], span: this.spanFrom(open) };
    if (this.atOp('**')) {
      const star = this.advance();
      const mapping = this.bitwiseOr();
      if (this.atComprehension()) throw this.errorAtSpan('dict unpacking cannot be used in dict comprehension', star);
      if (!this.eat(',')) {
        this.expect('}');
        return { kind: 'Dict', keys: [null], values: [mapping], span: this.spanFrom(open) };
      }
      return this.dictRest(open, [null], [mapping]);
    }
    const firstTok = this.tok;
    const first = this.starNamedExpression();
    // An unparenthesized walrus cannot be a dict key: `{x := 1: 2}`.
    if (this.atOp(':') && first.kind === 'NamedExpr' && firstTok.type === 'NAME') this.invalidSyntax();
    if (this.atOp(':') && first.kind !== 'Starred') {
      this.advance();
      this.noValueAfterColon();
      const value = this.expression();
      if (this.at('for') || (this.at('async') && this.peek().value === 'for')) {
        const generators = this.comprehensionClauses();
        this.expect('}');
        return { kind: 'DictComp', key: first, value, generators, span: this.spanFrom(open) };
      }
      if (!this.eat(',')) {
        this.expect('}');
        return { kind: 'Dict', keys: [first], values: [value], span: this.spanFrom(open) };
      }
      return this.dictRest(open, [first], [value]);
    }
    if (this.atComprehension()) {
      this.noStarredComprehension(first);
      const generators = this.comprehensionClauses();
      this.expect('}');
      return { kind: 'SetComp', elt: first, generators, span: this.spanFrom(open) };
    }
    const elts = [first];
    while (this.eat(',')) {
      if (this.atOp('}')) break;
      elts.push(this.starNamedExpression());
      this.noUnparenthesizedTarget(elts);
    }
    this.expect('}');
    return { kind: 'Set', elts, span: this.spanFrom(open) };
  }

  private atComprehension(): boolean {
    return this.at('for') || (this.at('async') && this.peek().value === 'for');
  }

  /** `[*xs for ...]`: CPython's message for a starred comprehension element. */
  private noStarredComprehension(elt: Expr): void {
    if (elt.kind === 'Starred' && this.atComprehension()) throw this.errorAtSpan('iterable unpacking cannot be used in comprehension', elt.span);
  }

  /** `[a, b for ...]`: a tuple target needs parentheses. */
  private noUnparenthesizedTarget(elts: readonly Expr[]): void {
    if (this.atComprehension()) throw this.errorAtSpan('did you forget parentheses around the comprehension target?', elts[0]!.span, elts[elts.length - 1]!.span);
  }

  /** `{'a':}`: invalid_double_starred_kvpairs's "expression expected after dictionary key and ':'". */
  private noValueAfterColon(): void {
    if (this.atOp('}') || this.atOp(',')) {
      const colon = this.tokens[this.pos - 1]!;
      throw this.errorAtToken("expression expected after dictionary key and ':'", colon);
    }
  }

  /** The remaining `key: value` / `**mapping` entries of a dict display, after a comma. */
  private dictRest(open: Token, keys: (Expr | null)[], values: Expr[]): Expr {
    while (!this.atOp('}')) {
      if (this.eat('**')) {
        keys.push(null);
        values.push(this.bitwiseOr());
      } else {
        // invalid_kvpair: after a first entry, a key that parses alone but is not followed by
        // ':' is this error, even where "Perhaps you forgot a comma?" would fit (`{'a': 1, 'b' 2}`).
        // The PEG parser settles for the longest prefix that is an expression (`x` of `x.` or
        // `x[1 2]`): when the whole key fails but its first atom parses, the error is the same.
        const key = this.speculate(() => this.expression()) ?? this.speculate(() => this.atom()) ?? this.expression();
        if (!this.atOp(':')) throw this.ctx.lines.error(`${this.messagePrefix}':' expected after dictionary key`, key.span.line, key.span.col);
        this.advance();
        this.noValueAfterColon();
        keys.push(key);
        values.push(this.expression());
      }
      if (!this.eat(',')) break;
    }
    this.expect('}');
    return { kind: 'Dict', keys, values, span: this.spanFrom(open) };
  }

  /** `for target in iter if cond ...` clauses after a comprehension's element. */
  protected comprehensionClauses(): Comprehension[] {
    const out: Comprehension[] = [];
    while (this.at('for') || (this.at('async') && this.peek().value === 'for')) {
      const start = this.tok;
      const isAsync = this.at('async');
      if (isAsync) this.advance();
      this.advance(); // for
      const target = this.targetList('for');
      this.expect('in');
      const iter = this.disjunction();
      const ifs: Expr[] = [];
      while (this.eat('if')) ifs.push(this.disjunction());
      out.push({ kind: 'comprehension', target, iter, ifs, isAsync, span: this.spanFrom(start) });
    }
    return out;
  }

  /**
   * The target of a `for` (statement or comprehension): `a`, `a, b`, `(a, *b)`, parsed at the
   * `|` level so that the `in` after it is not read as a comparison.
   */
  protected targetList(kind: 'for'): Expr {
    const start = this.tok;
    const item = (): Expr => {
      if (this.atOp('*')) {
        const star = this.advance();
        const value = this.bitwiseOr();
        return { kind: 'Starred', value, ctx: 'load', span: this.spanFrom(star) };
      }
      return this.bitwiseOr();
    };
    let target = item();
    if (this.atOp(',')) {
      const elts = [target];
      while (this.eat(',')) {
        if (this.at('in') || !this.canStartExpression()) break;
        elts.push(item());
      }
      target = { kind: 'Tuple', elts, ctx: 'load', parenthesized: false, span: this.spanFrom(start) };
    }
    return this.checkTarget(target, kind);
  }

  /** Validates an assignment/for/del target and gives it store (or del) context. */
  protected checkTarget(target: Expr, kind: 'assign' | 'for' | 'del'): Expr {
    const bad = invalidTarget(target, kind);
    if (bad !== null) {
      const verb = kind === 'del' ? 'delete' : 'assign to';
      throw this.errorAtSpan(`cannot ${verb} ${exprName(bad)}`, bad.span);
    }
    return withContext(target, kind === 'del' ? 'del' : 'store');
  }

  // --- parameters ------------------------------------------------------------------------------

  /**
   * A parameter list up to (not including) `closing`: `)` for def, `:` for lambda. Only def
   * parameters may carry annotations.
   */
  protected parameters(closing: ')' | ':', annotations: boolean): Arguments {
    const posonly: Arg[] = [];
    let args: Arg[] = [];
    let vararg: Arg | null = null;
    const kwonly: Arg[] = [];
    let kwarg: Arg | null = null;
    let star: Token | null = null;
    let sawSlash = false;
    let sawDefault = false;
    const seen = new Set<string>();

    const param = (): Arg => {
      const name = this.expectName();
      if (seen.has(name.value)) {
        throw this.errorAtToken(`duplicate argument '${name.value}' in function definition`, name);
      }
      seen.add(name.value);
      const annotation = annotations && this.eat(':') ? this.expression() : null;
      return { kind: 'arg', name: name.value, default: null, annotation, span: this.spanFrom(name) };
    };
    const defaultFor = (a: Arg): Arg => {
      const eq = this.eat('=');
      if (eq === null) return a;
      if (this.atOp(',') || this.atOp(closing)) throw this.errorAtToken('expected default value expression', eq);
      return { ...a, default: this.expression() };
    };

    while (!this.atOp(closing)) {
      const t = this.tok;
      if (kwarg !== null) throw this.errorAtToken('arguments cannot follow var-keyword argument', t);
      if (t.type === 'OP' && t.value === '/') {
        if (sawSlash) throw this.errorAtToken('/ may appear only once', t);
        if (star !== null) throw this.errorAtToken('/ must be ahead of *', t);
        if (args.length === 0) this.invalidSyntax();
        this.advance();
        sawSlash = true;
        posonly.push(...args);
        args = [];
      } else if (t.type === 'OP' && t.value === '*') {
        if (star !== null) throw this.errorAtToken('* argument may appear only once', t);
        this.advance();
        star = t;
        if (this.atOp(',') || this.atOp(closing)) {
          // A bare `*` must be followed by keyword-only parameters.
          const after = this.atOp(',') ? this.peek() : this.tok;
          if ((after.type === 'OP' && (after.value === closing || after.value === '**')) || this.atOp(closing)) {
            throw this.errorAtToken('named arguments must follow bare *', t);
          }
        } else {
          vararg = param();
          if (this.atOp('=')) throw this.errorAtToken('var-positional argument cannot have default value', this.tok);
        }
      } else if (t.type === 'OP' && t.value === '**') {
        this.advance();
        kwarg = param();
        if (this.atOp('=')) throw this.errorAtToken('var-keyword argument cannot have default value', this.tok);
      } else {
        const a = defaultFor(param());
        if (star !== null) kwonly.push(a);
        else {
          if (a.default !== null) sawDefault = true;
          else if (sawDefault) throw this.errorAtSpan('non-default argument follows default argument', a.span);
          args.push(a);
        }
      }
      if (!this.eat(',')) break;
    }
    return { posonlyargs: posonly, args, vararg, kwonlyargs: kwonly, kwarg };
  }
}

function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
