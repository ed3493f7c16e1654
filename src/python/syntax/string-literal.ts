/**
 * String literal tokens: splitting off the prefix and quotes, and decoding backslash escapes
 * the way CPython's unicode_escape decoder does (unknown escapes such as `\d` are kept as
 * written; CPython only warns about them).
 */

export interface StringParts {
  /** `r` prefix: backslashes are literal. */
  readonly raw: boolean;
  /** `f` prefix. */
  readonly fstring: boolean;
  /** `b` prefix. */
  readonly bytes: boolean;
  /** Offsets of the text between the quotes. */
  readonly bodyFrom: number;
  readonly bodyTo: number;
}

/** Splits a STRING token that starts at `from` in `source`. */
export function stringParts(token: string, from: number): StringParts {
  let i = 0;
  while (token[i] !== '"' && token[i] !== "'") i++;
  const prefix = token.slice(0, i).toLowerCase();
  const q = token[i]!;
  const quoteLen = token.startsWith(q + q + q, i) && token.length >= i + 6 ? 3 : 1;
  return {
    raw: prefix.includes('r'),
    fstring: prefix.includes('f'),
    bytes: prefix.includes('b'),
    bodyFrom: from + i + quoteLen,
    bodyTo: from + token.length - quoteLen,
  };
}

/** A decoding failure: CPython's message and the offending escape's index in the text. */
export class EscapeError {
  constructor(
    readonly message: string,
    readonly unsupported = false,
  ) {}
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

function isHex(c: string | undefined): boolean {
  return c !== undefined && /^[0-9a-fA-F]$/.test(c);
}

/** Decodes the escapes in `text` (a non-raw string body). Throws EscapeError. */
export function decodeEscapes(text: string): string {
  if (!text.includes('\\')) return normalizeNewlines(text);
  const out: string[] = [];
  let start = 0;
  let i = text.indexOf('\\');
  while (i >= 0) {
    out.push(normalizeNewlines(text.slice(start, i)));
    const c = text[i + 1];
    let next = i + 2;
    if (c === undefined) {
      out.push('\\');
    } else if (c === '\n' || c === '\r') {
      // A backslash at the end of a line joins the lines.
      if (c === '\r' && text[i + 2] === '\n') next++;
    } else if (SIMPLE_ESCAPES[c] !== undefined) {
      out.push(SIMPLE_ESCAPES[c]!);
    } else if (c >= '0' && c <= '7') {
      let j = i + 1;
      while (j < i + 4 && text[j]! >= '0' && text[j]! <= '7') j++;
      out.push(String.fromCodePoint(parseInt(text.slice(i + 1, j), 8)));
      next = j;
    } else if (c === 'x' || c === 'u' || c === 'U') {
      const n = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      let j = i + 2;
      while (j < i + 2 + n && isHex(text[j])) j++;
      if (j < i + 2 + n) {
        const shape = c === 'x' ? '\\xXX' : c === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
        throw new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${j - 1}: truncated ${shape} escape`);
      }
      const cp = parseInt(text.slice(i + 2, j), 16);
      if (cp > 0x10ffff) {
        throw new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${j - 1}: illegal Unicode character`);
      }
      out.push(String.fromCodePoint(cp));
      next = j;
    } else if (c === 'N') {
      throw new EscapeError('\\N{...} escapes are not supported by Taskline', true);
    } else {
      out.push('\\', c);
    }
    start = next;
    i = text.indexOf('\\', next);
  }
  out.push(normalizeNewlines(text.slice(start)));
  return out.join('');
}

/** Line breaks inside string literals read as `\n` whatever the file uses. */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * The bytes a bytes literal's body stands for. Only \x, octal and the simple escapes mean
 * something in bytes (`\u` stays as written); raw bodies keep every backslash. Returns null
 * when the body holds a non-ASCII character, which CPython refuses.
 */
export function decodeBytesBody(text: string, raw: boolean): Uint8Array | null {
  if (!/^[\x00-\x7f]*$/.test(text)) return null;
  const body = normalizeNewlines(text);
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    const c = body[i + 1];
    if (raw || ch !== '\\' || c === undefined) {
      out.push(ch.charCodeAt(0));
    } else if (c === '\n') {
      i++;
    } else if (SIMPLE_ESCAPES[c] !== undefined) {
      out.push(SIMPLE_ESCAPES[c]!.charCodeAt(0));
      i++;
    } else if (c >= '0' && c <= '7') {
      let j = i + 1;
      while (j < i + 4 && body[j]! >= '0' && body[j]! <= '7') j++;
      out.push(parseInt(body.slice(i + 1, j), 8) & 0xff);
      i = j - 1;
    } else if (c === 'x') {
      if (!isHex(body[i + 2]) || !isHex(body[i + 3])) throw new EscapeError(`(value error) invalid \\x escape at position ${i}`);
      out.push(parseInt(body.slice(i + 2, i + 4), 16));
      i += 3;
    } else {
      out.push(0x5c);
    }
  }
  return Uint8Array.from(out);
}
