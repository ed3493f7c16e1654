/**
 * The tokenizer: source text → tokens, following CPython 3.11's tokenizer (Parser/tokenizer.c)
 * closely enough to give its INDENT/DEDENT decisions and its error messages.
 *
 * It scans the whole source up front. On an error it stops and records the error with a
 * `kind` that tells the parser how CPython would rank it against a parser error (see
 * LexError); the token list then ends with an ERRORTOKEN at the point of the error, so the
 * parser reports it only if it gets that far — as CPython's lazily-driven tokenizer does.
 *
 * Strings are recognised and delimited here but decoded in ./string-literal.ts, and f-strings
 * are split into parts in ./fstring.ts (in 3.11 an f-string is one STRING token).
 */
import { LineMap, PySyntaxError } from './syntax-error';
import type { Token, TokenType } from './tokens';

/**
 * - `direct`: raised by CPython's tokenizer itself (unterminated string, invalid character, bad
 *   number); CPython reports it even when the parser failed earlier in the file.
 * - `indent`: a dedent to no known level, or inconsistent tabs; reported only when reached.
 * - `eof`: end of file inside brackets ("'(' was never closed") or after a backslash; when the
 *   parser fails earlier, the unclosed bracket wins only if it opened on an earlier line.
 */
export interface LexError {
  readonly kind: 'direct' | 'indent' | 'eof';
  readonly error: PySyntaxError;
}

export interface OpenBracket {
  readonly char: string;
  readonly from: number;
  readonly line: number;
  readonly col: number;
}

export interface LexResult {
  readonly tokens: Token[];
  readonly error: LexError | null;
  /** Brackets still open where the tokenizer stopped (innermost last). */
  readonly openBrackets: readonly OpenBracket[];
}

export interface LexOptions {
  /** Tokenize source[from, to) only (an f-string's expression). Defaults to the whole source. */
  readonly from?: number;
  readonly to?: number;
  /**
   * Expression mode: line breaks join lines as inside brackets, no NEWLINE/INDENT/DEDENT are
   * produced, and the stream ends with ENDMARKER.
   */
  readonly expression?: boolean;
  readonly lineMap?: LineMap;
}

const OPERATORS_3 = new Set(['**=', '//=', '>>=', '<<=', '...']);
const OPERATORS_2 = new Set([
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '<>', '==', '>=',
  '>>', '@=', '^=', '|=',
]);
const OPERATORS_1 = new Set(['%', '&', '(', ')', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=', '>', '@', '[', ']', '^', '{', '|', '}', '~']);
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const STRING_PREFIXES = new Set(['r', 'u', 'f', 'b', 'br', 'rb', 'fr', 'rf']);

const ID_START = /[\p{ID_Start}_]/u;
const ID_CONTINUE = /[\p{ID_Continue}]/u;

function isAsciiIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** CPython's is_potential_identifier_char: ASCII letters, digits, `_`, and any non-ASCII. */
function isPotentialIdChar(c: number): boolean {
  return isAsciiIdStart(c) || isDigit(c) || c >= 128;
}

class Lexer {
  private readonly src: string;
  private readonly end: number;
  private readonly lines: LineMap;
  private readonly expression: boolean;
  private pos: number;
  private line: number;
  private lineStart: number;
  private readonly tokens: Token[] = [];
  private readonly brackets: OpenBracket[] = [];
  private readonly indents: number[] = [0];
  /** Indentation measured with tabs as one column: CPython's check for ambiguous tab use. */
  private readonly altIndents: number[] = [0];
  private error: LexError | null = null;

  constructor(source: string, opts: LexOptions) {
    this.src = source;
    this.lines = opts.lineMap ?? new LineMap(source);
    this.pos = opts.from ?? 0;
    this.end = opts.to ?? source.length;
    this.expression = opts.expression ?? false;
    this.line = this.lines.lineOf(this.pos);
    this.lineStart = this.lines.lineStart(this.line);
  }

  run(): LexResult {
    try {
      this.scan();
    } catch (e) {
      if (!(e instanceof LexStop)) throw e;
    }
    return { tokens: this.tokens, error: this.error, openBrackets: this.brackets };
  }

  // -------------------------------------------------------------------------------------------

  private push(type: TokenType, from: number, to: number, line = this.line, col = from - this.lineStart): void {
    this.tokens.push({
      type,
      value: this.src.slice(from, to),
      from,
      to,
      line,
      col,
      endLine: this.line,
      endCol: to - this.lineStart,
    });
  }

  /** Records an error, ends the token stream with an ERRORTOKEN and stops scanning. */
  private fail(kind: LexError['kind'], error: PySyntaxError): never {
    this.error = { kind, error };
    this.push('ERRORTOKEN', this.pos, this.pos);
    throw new LexStop();
  }

  private errAt(message: string, line: number, col: number, type: PySyntaxError['type'] = 'SyntaxError', endCol?: number): PySyntaxError {
    return this.lines.error(message, line, col, { type, ...(endCol !== undefined ? { endCol } : {}) });
  }

  /** Consumes a line break at `pos` (LF, CRLF or CR) and moves to the next line. */
  private newline(): void {
    if (this.src.charCodeAt(this.pos) === 13 && this.src.charCodeAt(this.pos + 1) === 10) this.pos += 2;
    else this.pos += 1;
    this.line++;
    this.lineStart = this.pos;
  }

  private isNewline(c: number): boolean {
    return c === 10 || c === 13;
  }

  private scan(): void {
    let atLineStart = !this.expression;
    const src = this.src;
    for (;;) {
      if (atLineStart) {
        // A blank or comment-only line is skipped; the next line starts afresh.
        atLineStart = this.indentation();
        if (atLineStart) continue;
      }
      // Whitespace between tokens.
      let c = src.charCodeAt(this.pos);
      while (this.pos < this.end && (c === 32 || c === 9 || c === 12)) c = src.charCodeAt(++this.pos);
      if (this.pos >= this.end) break;

      if (c === 35 /* # */) {
        while (this.pos < this.end && !this.isNewline(src.charCodeAt(this.pos))) this.pos++;
        continue;
      }
      if (this.isNewline(c)) {
        if (this.brackets.length > 0 || this.expression) {
          this.newline();
          continue;
        }
        const from = this.pos;
        const line = this.line;
        const col = from - this.lineStart;
        this.newline();
        this.tokens.push({ type: 'NEWLINE', value: src.slice(from, this.pos), from, to: this.pos, line, col, endLine: line, endCol: col + 1 });
        atLineStart = true;
        continue;
      }
      if (c === 92 /* \ */) {
        const from = this.pos;
        const next = src.charCodeAt(this.pos + 1);
        if (this.pos + 1 >= this.end) {
          this.pos++;
          this.fail('eof', this.errAt('unexpected EOF while parsing', this.line, this.pos - this.lineStart));
        }
        if (!this.isNewline(next)) {
          this.pos++;
          this.fail('direct', this.errAt('unexpected character after line continuation character', this.line, this.pos - this.lineStart));
        }
        this.pos++;
        this.newline();
        if (this.pos >= this.end) {
          this.pos = from + 1;
          this.fail('eof', this.errAt('unexpected EOF while parsing', this.line - 1, from + 1 - this.lines.lineStart(this.line - 1)));
        }
        continue;
      }
      if (isAsciiIdStart(c) || (c >= 128 && this.isIdStartAt(this.pos))) {
        this.name();
        continue;
      }
      if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(this.pos + 1)))) {
        this.number();
        continue;
      }
      if (c === 34 || c === 39) {
        this.string(this.pos);
        continue;
      }
      this.operator();
    }
    this.finish();
  }

  /**
   * At the start of a logical line: measures the indentation and emits INDENT/DEDENT tokens.
   * Returns true when the line is blank or a comment only (it is skipped without tokens).
   */
  private indentation(): boolean {
    const src = this.src;
    let col = 0;
    let altCol = 0;
    for (;;) {
      const c = src.charCodeAt(this.pos);
      if (c === 32) {
        col++;
        altCol++;
      } else if (c === 9) {
        col = (Math.floor(col / 8) + 1) * 8;
        altCol++;
      } else if (c === 12) {
        col = altCol = 0;
      } else break;
      this.pos++;
    }
    if (this.pos >= this.end) return false;
    const c = src.charCodeAt(this.pos);
    if (c === 35 /* # */) {
      while (this.pos < this.end && !this.isNewline(src.charCodeAt(this.pos))) this.pos++;
    }
    if (this.pos >= this.end) return false;
    if (this.isNewline(src.charCodeAt(this.pos))) {
      this.newline();
      return true;
    }
    // A line with code: compare with the indentation stack.
    const top = this.indents.length - 1;
    if (col === this.indents[top]) {
      if (altCol !== this.altIndents[top]) this.tabError();
    } else if (col > this.indents[top]!) {
      if (altCol <= this.altIndents[top]!) this.tabError();
      this.indents.push(col);
      this.altIndents.push(altCol);
      this.push('INDENT', this.lineStart, this.pos, this.line, 0);
    } else {
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]!) {
        this.indents.pop();
        this.altIndents.pop();
        this.push('DEDENT', this.pos, this.pos);
      }
      if (col !== this.indents[this.indents.length - 1]) {
        const lineLength = this.lines.lineText(this.line).length;
        this.fail('indent', this.errAt('unindent does not match any outer indentation level', this.line, lineLength, 'IndentationError'));
      }
      if (altCol !== this.altIndents[this.altIndents.length - 1]) this.tabError();
    }
    return false;
  }

  /** Indentation that compares differently with tabs as 8 columns and as 1: CPython's TabError. */
  private tabError(): never {
    this.fail('indent', this.errAt('inconsistent use of tabs and spaces in indentation', this.line, 0, 'TabError'));
  }

  private finish(): void {
    if (this.brackets.length > 0 && !this.expression) {
      const b = this.brackets[this.brackets.length - 1]!;
      this.fail('eof', this.errAt(`'${b.char}' was never closed`, b.line, b.col));
    }
    if (!this.expression) {
      const last = this.tokens[this.tokens.length - 1];
      if (last !== undefined && last.type !== 'NEWLINE' && last.type !== 'DEDENT' && last.type !== 'INDENT') {
        // The implicit line break at the end of a file without one.
        this.push('NEWLINE', this.pos, this.pos);
      }
      while (this.indents.length > 1) {
        this.indents.pop();
        this.push('DEDENT', this.pos, this.pos);
      }
    }
    this.push('ENDMARKER', this.pos, this.pos);
  }

  private isIdStartAt(pos: number): boolean {
    const cp = this.src.codePointAt(pos)!;
    return ID_START.test(String.fromCodePoint(cp));
  }

  private name(): void {
    const src = this.src;
    const from = this.pos;
    for (;;) {
      const c = src.charCodeAt(this.pos);
      if (this.pos >= this.end) break;
      if (isAsciiIdStart(c) || isDigit(c)) {
        this.pos++;
      } else if (c >= 128) {
        const cp = src.codePointAt(this.pos)!;
        const ch = String.fromCodePoint(cp);
        if (!ID_CONTINUE.test(ch)) {
          if (isPotentialIdChar(c) && !/\s/u.test(ch)) this.invalidCharacter(this.pos);
          break;
        }
        this.pos += ch.length;
      } else break;
    }
    const word = src.slice(from, this.pos);
    const q = src.charCodeAt(this.pos);
    if ((q === 34 || q === 39) && word.length <= 2 && STRING_PREFIXES.has(word.toLowerCase())) {
      this.string(from);
      return;
    }
    this.push('NAME', from, this.pos);
  }

  private invalidCharacter(pos: number): never {
    const cp = this.src.codePointAt(pos)!;
    const hex = cp.toString(16).toUpperCase().padStart(4, '0');
    this.pos = pos;
    this.fail('direct', this.errAt(`invalid character '${String.fromCodePoint(cp)}' (U+${hex})`, this.line, pos - this.lineStart));
  }

  // --- numbers ---------------------------------------------------------------------------------

  /** Fails with CPython's column convention: one before the character that broke the literal. */
  private numberError(message: string, at: number): never {
    this.pos = at;
    this.fail('direct', this.errAt(message, this.line, Math.max(0, at - 1 - this.lineStart)));
  }

  /** Digits with single underscores between them; returns false if there were none. */
  private digits(isValid: (c: number) => boolean, kind: string): boolean {
    const src = this.src;
    let any = false;
    for (;;) {
      const c = src.charCodeAt(this.pos);
      if (this.pos < this.end && isValid(c)) {
        this.pos++;
        any = true;
      } else if (c === 95 /* _ */ && any && this.pos < this.end) {
        if (!isValid(src.charCodeAt(this.pos + 1)) || this.pos + 1 >= this.end) this.numberError(`invalid ${kind} literal`, this.pos + 1);
        this.pos++;
      } else return any;
    }
  }

  /** CPython's verify_end_of_number: a literal directly followed by a name is an error, except before a keyword. */
  private endOfNumber(kind: string): void {
    const src = this.src;
    const c = src.charCodeAt(this.pos);
    if (this.pos >= this.end || !isPotentialIdChar(c)) return;
    const rest = src.slice(this.pos, this.pos + 4);
    if (/^(and|else|for|if|in|is|or|not)/.test(rest)) return;
    this.numberError(`invalid ${kind} literal`, this.pos);
  }

  private number(): void {
    const src = this.src;
    const from = this.pos;
    const c0 = src.charCodeAt(this.pos);
    if (c0 === 48 /* 0 */) {
      const x = src[this.pos + 1]?.toLowerCase();
      if (x === 'x' || x === 'o' || x === 'b') {
        this.pos += 2;
        const kind = x === 'x' ? 'hexadecimal' : x === 'o' ? 'octal' : 'binary';
        const valid = x === 'x' ? (c: number) => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70) : x === 'o' ? (c: number) => c >= 48 && c <= 55 : (c: number) => c === 48 || c === 49;
        if (src.charCodeAt(this.pos) === 95) this.pos++; // 0x_1f is allowed
        const any = this.digits(valid, kind);
        const c = src.charCodeAt(this.pos);
        if (x !== 'x' && isDigit(c) && this.pos < this.end) {
          this.fail('direct', this.errAt(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, this.line, this.pos - this.lineStart));
        }
        if (!any) this.numberError(`invalid ${kind} literal`, this.pos);
        this.endOfNumber(kind);
        this.push('NUMBER', from, this.pos);
        return;
      }
    }
    let isFloat = false;
    if (c0 !== 46) {
      this.digits(isDigit, 'decimal');
    }
    if (src.charCodeAt(this.pos) === 46 /* . */ && this.pos < this.end) {
      isFloat = true;
      this.pos++;
      if (isDigit(src.charCodeAt(this.pos))) this.digits(isDigit, 'decimal');
    }
    const e = src.charCodeAt(this.pos);
    if ((e === 101 || e === 69) && this.pos < this.end) {
      const ePos = this.pos;
      this.pos++;
      let c = src.charCodeAt(this.pos);
      if (c === 43 || c === 45) {
        this.pos++;
        c = src.charCodeAt(this.pos);
        if (!isDigit(c)) this.numberError('invalid decimal literal', this.pos);
      }
      if (isDigit(c) && this.pos < this.end) {
        isFloat = true;
        this.digits(isDigit, 'decimal');
      } else {
        // `1else`: the e starts a keyword, not an exponent.
        this.pos = ePos;
      }
    }
    const j = src.charCodeAt(this.pos);
    if ((j === 106 || j === 74) && this.pos < this.end) this.pos++;
    else if (!isFloat && c0 === 48) {
      // Leading zeros are only allowed in a literal made of zeros.
      const text = src.slice(from, this.pos);
      if (/[1-9]/.test(text)) {
        let zerosEnd = from;
        while (src.charCodeAt(zerosEnd) === 48 || src.charCodeAt(zerosEnd) === 95) zerosEnd++;
        this.fail(
          'direct',
          this.errAt('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', this.line, from - this.lineStart, 'SyntaxError', zerosEnd - this.lineStart),
        );
      }
    }
    this.endOfNumber('decimal');
    this.push('NUMBER', from, this.pos);
  }

  // --- strings ---------------------------------------------------------------------------------

  /** Delimits a string literal whose prefix starts at `from` and whose quote is at `pos`. */
  private string(from: number): void {
    const src = this.src;
    const line = this.line;
    const col = from - this.lineStart;
    const q = src.charCodeAt(this.pos);
    const triple = src.charCodeAt(this.pos + 1) === q && src.charCodeAt(this.pos + 2) === q;
    this.pos += triple ? 3 : 1;
    for (;;) {
      if (this.pos >= this.end) {
        const what = triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
        // CPython counts the line break that ends the file as part of the last line.
        const detected = this.pos === this.lineStart && this.line > 1 ? this.line - 1 : this.line;
        this.fail('direct', this.errAt(`${what} (detected at line ${detected})`, line, col));
      }
      const c = src.charCodeAt(this.pos);
      if (c === q) {
        if (!triple) {
          this.pos++;
          break;
        }
        if (src.charCodeAt(this.pos + 1) === q && src.charCodeAt(this.pos + 2) === q) {
          this.pos += 3;
          break;
        }
        this.pos++;
      } else if (c === 92 /* \ */) {
        this.pos++;
        if (this.pos < this.end && this.isNewline(src.charCodeAt(this.pos))) this.newline();
        else if (this.pos < this.end) this.pos++;
      } else if (this.isNewline(c)) {
        if (!triple) {
          this.fail('direct', this.errAt(`unterminated string literal (detected at line ${this.line})`, line, col));
        }
        this.newline();
      } else this.pos++;
    }
    this.push('STRING', from, this.pos, line, col);
  }

  // --- operators -------------------------------------------------------------------------------

  private operator(): void {
    const src = this.src;
    const from = this.pos;
    const c = src[from]!;
    if (c === '(' || c === '[' || c === '{') {
      this.brackets.push({ char: c, from, line: this.line, col: from - this.lineStart });
      this.pos++;
      this.push('OP', from, this.pos);
      return;
    }
    if (c === ')' || c === ']' || c === '}') {
      const open = this.brackets.pop();
      if (open === undefined) {
        if (!this.expression) this.fail('direct', this.errAt(`unmatched '${c}'`, this.line, from - this.lineStart));
      } else if (open.char !== CLOSERS[c]) {
        const where = open.line !== this.line ? ` on line ${open.line}` : '';
        this.fail('direct', this.errAt(`closing parenthesis '${c}' does not match opening parenthesis '${open.char}'${where}`, this.line, from - this.lineStart));
      }
      this.pos++;
      this.push('OP', from, this.pos);
      return;
    }
    const three = src.slice(from, from + 3);
    const two = src.slice(from, from + 2);
    let len = 0;
    if (OPERATORS_3.has(three) && from + 3 <= this.end) len = 3;
    else if (OPERATORS_2.has(two) && from + 2 <= this.end) len = 2;
    else if (OPERATORS_1.has(c)) len = 1;
    if (len === 0) {
      const code = src.charCodeAt(from);
      if (code >= 128 && !/\s/u.test(String.fromCodePoint(src.codePointAt(from)!))) this.invalidCharacter(from);
      // `$`, `?`, `!` and the like: CPython's parser reports "invalid syntax" at them.
      len = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    }
    this.pos += len;
    this.push('OP', from, this.pos);
  }
}

/** Thrown internally to unwind the scanner after an error has been recorded. */
class LexStop {}

export function tokenize(source: string, opts: LexOptions = {}): LexResult {
  return new Lexer(source, opts).run();
}
