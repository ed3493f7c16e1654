/**
 * The token cursor under the recursive-descent parser: looking at tokens, consuming them,
 * building spans, and raising errors in CPython's words and at CPython's positions.
 */
import type { SourceSpan } from './ast';
import type { LexError, LexResult } from './lexer';
import type { LineMap, PySyntaxError, SyntaxErrorType } from './syntax-error';
import type { Token } from './tokens';
import { KEYWORDS } from './tokens';

/** State shared by the module's parser and the sub-parsers of f-string expressions. */
export interface ParseContext {
  readonly source: string;
  readonly lines: LineMap;
  /** The first construct outside the subset, reported once the whole file has parsed. */
  unsupported: PySyntaxError | null;
  /** 0 outside any function (module or class body), 1 in a def or lambda, 2 in an async def. */
  funcDepth: number;
  /** The first `yield` CPython itself rejects (outside a function, `yield from` in async def): it outranks `unsupported`. */
  yieldError: PySyntaxError | null;
}

/** Tokens that carry layout rather than text. */
const LAYOUT = new Set(['NEWLINE', 'INDENT', 'DEDENT']);

/** Tokens that end an expression-statement line or a block. */
const STATEMENT_END = new Set(['NEWLINE', 'ENDMARKER', 'DEDENT']);

export class ParserBase {
  protected readonly tokens: readonly Token[];
  protected readonly lexError: LexError | null;
  protected pos = 0;
  /** The furthest token the parser has looked at (CPython ranks an unclosed bracket by its line). */
  private furthest = 0;
  /** Bracket nesting at the cursor (f-string expressions start at 1, as CPython wraps them in parentheses). */
  protected depth: number;
  /** Error messages get this prefix ("f-string: " inside f-string expressions). */
  protected readonly messagePrefix: string;

  constructor(
    protected readonly ctx: ParseContext,
    lexed: LexResult,
    opts: { depth?: number; messagePrefix?: string } = {},
  ) {
    this.tokens = lexed.tokens;
    this.lexError = lexed.error;
    this.depth = opts.depth ?? 0;
    this.messagePrefix = opts.messagePrefix ?? '';
  }

  // --- looking ---------------------------------------------------------------------------------

  /** The token at the cursor. Reaching the tokenizer's error token raises the tokenizer's error. */
  protected get tok(): Token {
    if (this.pos > this.furthest) this.furthest = this.pos;
    const t = this.tokens[this.pos]!;
    if (t.type === 'ERRORTOKEN') throw this.lexError!.error;
    return t;
  }

  /** The cursor's token type (a call, so TypeScript does not carry narrowing across advance()). */
  protected tokType(): Token['type'] {
    return this.tok.type;
  }

  protected peek(k = 1): Token {
    const i = Math.min(this.pos + k, this.tokens.length - 1);
    if (i > this.furthest) this.furthest = i;
    const t = this.tokens[i]!;
    if (t.type === 'ERRORTOKEN') throw this.lexError!.error;
    return t;
  }

  /** The line of the furthest token looked at. */
  furthestLine(): number {
    return this.tokens[Math.min(this.furthest, this.tokens.length - 1)]!.line;
  }

  /** Where CPython places errors found at the end of the file: the end of the last line with text. */
  protected endOfFile(): { line: number; col: number } {
    const src = this.ctx.source;
    let i = src.length;
    while (i > 0 && (src.charCodeAt(i - 1) === 10 || src.charCodeAt(i - 1) === 13)) i--;
    const line = this.ctx.lines.lineOf(i);
    return { line, col: this.ctx.lines.lineText(line).length };
  }

  /** The last consumed token. */
  protected get prev(): Token {
    return this.tokens[this.pos - 1] ?? this.tokens[0]!;
  }

  /** Is the cursor at this operator or keyword? */
  protected at(value: string): boolean {
    const t = this.tok;
    return (t.type === 'OP' || t.type === 'NAME') && t.value === value;
  }

  protected atOp(value: string): boolean {
    const t = this.tok;
    return t.type === 'OP' && t.value === value;
  }

  /** A NAME that is not a keyword. */
  protected atName(): boolean {
    const t = this.tok;
    return t.type === 'NAME' && !KEYWORDS.has(t.value);
  }

  protected atStatementEnd(): boolean {
    return STATEMENT_END.has(this.tok.type) || this.atOp(';');
  }

  // --- consuming -------------------------------------------------------------------------------

  protected advance(): Token {
    const t = this.tok;
    if (this.pos < this.tokens.length - 1) this.pos++;
    if (t.type === 'OP') {
      if (t.value === '(' || t.value === '[' || t.value === '{') this.depth++;
      else if (t.value === ')' || t.value === ']' || t.value === '}') this.depth--;
    }
    return t;
  }

  protected eat(value: string): Token | null {
    return this.at(value) ? this.advance() : null;
  }

  /** Consumes `value` or fails with "invalid syntax" at the cursor. */
  protected expect(value: string): Token {
    if (!this.at(value)) this.invalidSyntax();
    return this.advance();
  }

  /** A `&&'x'` token in CPython's grammar: its absence is reported as "expected 'x'". */
  protected expectForced(value: string): Token {
    if (!this.at(value)) throw this.errorAtToken(`expected '${value}'`, this.tok);
    return this.advance();
  }

  protected expectName(): Token {
    if (!this.atName()) this.invalidSyntax();
    return this.advance();
  }

  // --- positions -------------------------------------------------------------------------------

  /** The span from the start of `start` to the end of the last consumed token. */
  protected spanFrom(start: Token | SourceSpan, end: Token | SourceSpan | null = null): SourceSpan {
    let to: number;
    if (end !== null) to = end.to;
    else {
      // A compound statement ends with its block's NEWLINE and DEDENTs; its span stops before them.
      let i = this.pos - 1;
      while (i > 0 && LAYOUT.has(this.tokens[i]!.type)) i--;
      to = this.tokens[Math.max(i, 0)]!.to;
    }
    return { from: start.from, to: Math.max(to, start.from), line: start.line, col: start.col };
  }

  protected tokenSpan(t: Token): SourceSpan {
    return { from: t.from, to: t.to, line: t.line, col: t.col };
  }

  // --- errors ----------------------------------------------------------------------------------

  protected errorAtSpan(message: string, from: SourceSpan | Token, to: SourceSpan | Token = from, type: SyntaxErrorType = 'SyntaxError'): PySyntaxError {
    return this.ctx.lines.errorAt(this.messagePrefix + message, from.from, to.to, { type });
  }

  /** An error at a token; zero-width tokens (NEWLINE at end of file, DEDENT) give no end column. */
  protected errorAtToken(message: string, t: Token, type: SyntaxErrorType = 'SyntaxError'): PySyntaxError {
    if (t.type === 'NEWLINE' || t.to === t.from) {
      return this.ctx.lines.error(this.messagePrefix + message, t.line, t.col, { type });
    }
    return this.ctx.lines.errorAt(this.messagePrefix + message, t.from, t.to, { type });
  }

  /** CPython's generic error, at the token where parsing could not go on. */
  protected invalidSyntax(t: Token = this.tok): never {
    if (t.type === 'INDENT') {
      const width = t.to - t.from;
      throw this.ctx.lines.error(this.messagePrefix + 'unexpected indent', t.line, Math.max(0, width - 1), { type: 'IndentationError' });
    }
    if (t.type === 'DEDENT' && this.pos > 0 && t.from < this.ctx.source.length) {
      throw this.ctx.lines.error(this.messagePrefix + 'unexpected unindent', t.line, t.col, { type: 'IndentationError' });
    }
    throw this.errorAtToken('invalid syntax', t);
  }

  /** Records a construct outside the subset; the first one is reported if the file otherwise parses. */
  protected unsupported(message: string, from: SourceSpan | Token, to: SourceSpan | Token = from): void {
    if (this.ctx.unsupported === null) {
      this.ctx.unsupported = this.ctx.lines.errorAt(message, from.from, to.to, { unsupported: true });
    }
  }
}
