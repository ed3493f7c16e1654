/**
 * f-strings, the way CPython 3.11 reads them (Python/string_parser.c): the whole f-string is
 * one STRING token; its text is split into literal parts and `{expression!conv:spec}` fields,
 * and each expression is parsed on its own, as if written in parentheses. (PEP 701's nested
 * same-quote f-strings came in 3.12 and are not accepted here, as in 3.11.)
 *
 * CPython 3.11 reports the errors it finds while splitting at the end of the string token;
 * `fail` receives the message and does that.
 */
import type { Constant, Expr, FormattedValue, JoinedStr, SourceSpan } from './ast';
import { decodeEscapes, EscapeError, normalizeNewlines } from './string-literal';
import type { LineMap } from './syntax-error';

export interface FStringHost {
  readonly source: string;
  readonly lines: LineMap;
  /** Parses source[from, to) as an f-string expression (star_expressions). */
  parseExpression(from: number, to: number): Expr;
  /** Raises a splitting error (CPython places these at the end of the string token). */
  fail(message: string): never;
  /** Raises an unsupported-construct note for an escape such as \N{...}. */
  unsupportedEscape(message: string, from: number, to: number): void;
}

type Part = Constant | FormattedValue;

export function spanOf(lines: LineMap, from: number, to: number): SourceSpan {
  const line = lines.lineOf(from);
  return { from, to, line, col: from - lines.lineStart(line) };
}

class FStringReader {
  private pos: number;
  private readonly src: string;

  constructor(
    private readonly host: FStringHost,
    from: number,
    private readonly end: number,
    private readonly raw: boolean,
  ) {
    this.src = host.source;
    this.pos = from;
  }

  /**
   * Reads literal text and fields until the end of the string (level 0) or, inside a format
   * spec (level > 0), until the `}` that closes the field.
   */
  readParts(level: number): Part[] {
    const parts: Part[] = [];
    const src = this.src;
    let chunks: string[] = [];
    let litStart = this.pos;
    let segStart = this.pos;
    const flushSegment = (to: number) => {
      if (to > segStart) chunks.push(this.decode(segStart, to));
    };
    const flushLiteral = (to: number) => {
      flushSegment(to);
      const text = chunks.join('');
      if (text.length > 0) {
        parts.push({ kind: 'Constant', value: text, isFloat: false, span: spanOf(this.host.lines, litStart, to) });
      }
      chunks = [];
    };
    while (this.pos < this.end) {
      const c = src[this.pos]!;
      if (c === '\\' && !this.raw) {
        // An escape belongs to the literal; `\N{...}` carries braces that are not a field.
        if (src[this.pos + 1] === 'N' && src[this.pos + 2] === '{') {
          const close = src.indexOf('}', this.pos);
          this.pos = close < 0 || close >= this.end ? this.end : close + 1;
        } else this.pos += 2;
        continue;
      }
      if (c === '{' || c === '}') {
        if (level === 0 && src[this.pos + 1] === c) {
          // `{{` or `}}`: one literal brace.
          flushSegment(this.pos + 1);
          this.pos += 2;
          segStart = this.pos;
          continue;
        }
        if (c === '}') {
          if (level > 0) break;
          this.host.fail("f-string: single '}' is not allowed");
        }
        flushLiteral(this.pos);
        parts.push(...this.field(level));
        litStart = segStart = this.pos;
        continue;
      }
      this.pos++;
    }
    flushLiteral(Math.min(this.pos, this.end));
    return parts;
  }

  private decode(from: number, to: number): string {
    const text = this.src.slice(from, to);
    if (this.raw) return normalizeNewlines(text);
    try {
      return decodeEscapes(text);
    } catch (e) {
      if (!(e instanceof EscapeError)) throw e;
      if (e.unsupported) {
        this.host.unsupportedEscape(e.message, from, to);
        return '';
      }
      return this.host.fail(e.message);
    }
  }

  /** Reads one `{...}` field (the cursor is at `{`): its FormattedValue, after the `x=` text of the debug form. */
  private field(level: number): Part[] {
    const src = this.src;
    const open = this.pos;
    if (level >= 2) this.host.fail('f-string: expressions nested too deeply');
    this.pos++;
    const exprFrom = this.pos;
    const brackets: string[] = [];
    let quote = '';
    let tripleQuote = false;
    for (; this.pos < this.end; this.pos++) {
      const ch = src[this.pos]!;
      if (ch === '\\') this.host.fail('f-string expression part cannot include a backslash');
      if (quote !== '') {
        if (ch === quote) {
          if (!tripleQuote) quote = '';
          else if (src[this.pos + 1] === ch && src[this.pos + 2] === ch) {
            this.pos += 2;
            quote = '';
          }
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        tripleQuote = src[this.pos + 1] === ch && src[this.pos + 2] === ch && this.pos + 2 < this.end;
        if (tripleQuote) this.pos += 2;
        quote = ch;
        continue;
      }
      if (ch === '[' || ch === '(' || ch === '{') {
        brackets.push(ch);
        continue;
      }
      if (ch === '#') this.host.fail("f-string expression part cannot include '#'");
      if (brackets.length === 0 && (ch === '!' || ch === ':' || ch === '}' || ch === '=' || ch === '<' || ch === '>')) {
        const next = src[this.pos + 1];
        // `!=`, `==`, `<=`, `>=` are operators, not the end of the expression.
        if (next === '=' && this.pos + 1 < this.end && ch !== ':' && ch !== '}') {
          this.pos++;
          continue;
        }
        if (ch === '<' || ch === '>') continue;
        break;
      }
      if (ch === ']' || ch === ')' || ch === '}') {
        const opener = brackets.pop();
        if (opener === undefined) this.host.fail(`f-string: unmatched '${ch}'`);
        const want = ch === ']' ? '[' : ch === ')' ? '(' : '{';
        if (opener !== want) this.host.fail(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${opener}'`);
      }
    }
    const exprTo = this.pos;
    if (quote !== '') this.host.fail('f-string: unterminated string');
    if (brackets.length > 0) this.host.fail(`f-string: unmatched '${brackets[brackets.length - 1]}'`);
    if (this.pos >= this.end) this.host.fail("f-string: expecting '}'");
    if (src.slice(exprFrom, exprTo).trim() === '') this.host.fail('f-string: empty expression not allowed');
    const value = this.host.parseExpression(exprFrom, exprTo);

    // `=`: the expression's text (with the `=` and the spaces after it) is printed before the value.
    let debugText: string | null = null;
    if (src[this.pos] === '=') {
      this.pos++;
      while (this.pos < this.end && /\s/.test(src[this.pos]!)) this.pos++;
      debugText = normalizeNewlines(src.slice(exprFrom, this.pos));
    }
    if (this.pos >= this.end) this.host.fail("f-string: expecting '}'");

    let conversion: 'r' | 's' | 'a' | null = null;
    if (src[this.pos] === '!') {
      this.pos++;
      if (this.pos >= this.end) this.host.fail("f-string: expecting '}'");
      const conv = src[this.pos]!;
      this.pos++;
      if (conv !== 'r' && conv !== 's' && conv !== 'a') {
        this.host.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = conv;
    }
    if (this.pos >= this.end) this.host.fail("f-string: expecting '}'");

    let formatSpec: JoinedStr | null = null;
    if (src[this.pos] === ':') {
      this.pos++;
      const specFrom = this.pos;
      const values = this.readParts(level + 1);
      formatSpec = { kind: 'JoinedStr', values, span: spanOf(this.host.lines, specFrom, this.pos) };
    }
    if (this.pos >= this.end || src[this.pos] !== '}') this.host.fail("f-string: expecting '}'");
    this.pos++;
    if (debugText !== null && conversion === null && formatSpec === null) conversion = 'r';
    const span = spanOf(this.host.lines, open, this.pos);
    const field: FormattedValue = { kind: 'FormattedValue', value, conversion, formatSpec, span };
    if (debugText === null) return [field];
    return [{ kind: 'Constant', value: debugText, isFloat: false, span: spanOf(this.host.lines, exprFrom, exprFrom + debugText.length) }, field];
  }
}

/**
 * Splits the body of an f-string (source offsets [from, to), between the quotes) into literal
 * Constants and FormattedValues. The `=` form yields the Constant `x=` before its field, as in
 * CPython's AST. Adjacent literals are not merged here; see mergeParts.
 */
export function parseFStringBody(host: FStringHost, from: number, to: number, raw: boolean): (Constant | FormattedValue)[] {
  return new FStringReader(host, from, to, raw).readParts(0);
}

/** Joins adjacent literal parts (implicit concatenation, `{{`, the `=` text) into one Constant. */
export function mergeParts(parts: readonly Part[]): Part[] {
  const out: Part[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (p.kind === 'Constant' && last !== undefined && last.kind === 'Constant') {
      out[out.length - 1] = {
        kind: 'Constant',
        value: String(last.value) + String(p.value),
        isFloat: false,
        span: { ...last.span, to: Math.max(last.span.to, p.span.to) },
      };
    } else out.push(p);
  }
  return out;
}
