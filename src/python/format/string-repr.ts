/**
 * repr() of a Python str, as CPython's `unicode_repr` writes it: single quotes unless the
 * text holds a ' and no ", backslash escapes for \\ \t \n \r and the chosen quote, \xNN for
 * other control characters, and \x / \u / \U escapes for what `str.isprintable()` rejects
 * (categories Cc Cf Cs Co Cn Zl Zp and Zs other than the space). JS's Unicode tables may be
 * a version newer than CPython 3.11's, which only matters for freshly assigned characters.
 */

const PLAIN_ASCII = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;
const NOT_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** Python's `str.isprintable()` for one code point. */
export function isPrintableCodePoint(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  if (cp < 0xa1) return false; // DEL, C1 controls, NBSP (Zs)
  return !NOT_PRINTABLE.test(String.fromCodePoint(cp));
}

export function reprStr(s: string): string {
  if (PLAIN_ASCII.test(s)) return "'" + s + "'";
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    // Pair surrogates into one code point; a lone surrogate stays as itself (and is escaped).
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (cp === 0x5c) out += '\\\\';
    else if (cp === 0x27 && quote === "'") out += "\\'";
    else if (cp === 0x22 && quote === '"') out += '\\"';
    else if (cp === 0x09) out += '\\t';
    else if (cp === 0x0a) out += '\\n';
    else if (cp === 0x0d) out += '\\r';
    else if (isPrintableCodePoint(cp)) out += String.fromCodePoint(cp);
    else if (cp <= 0xff) out += '\\x' + hex(cp, 2);
    else if (cp <= 0xffff) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + quote;
}

/** Python's ascii(): repr with every non-ASCII code point escaped. */
export function asciiStr(s: string): string {
  const r = reprStr(s);
  let out = '';
  for (const ch of r) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += '\\x' + hex(cp, 2);
    else if (cp <= 0xffff) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out;
}
