/**
 * Python's case mapping and character-class predicates on JS strings. JS's toUpperCase and
 * toLowerCase use the full Unicode mappings (ß → SS, final sigma), as Python 3 does; JS
 * lacks title case, which is derived here (a multi-letter upper mapping becomes "Xy…";
 * the four Unicode digraph letters map to their title forms).
 */
import { isSpaceChar } from './chars';
import { isPrintableCodePoint } from './string-repr';

const UPPER = /\p{Uppercase}/u;
const LOWER = /\p{Lowercase}/u;
const TITLE = /\p{Lt}/u;
const ALPHA_ONLY = /^\p{L}+$/u;
const ALNUM_ONLY = /^[\p{L}\p{N}]+$/u;
const DECIMAL_ONLY = /^\p{Nd}+$/u;
// isdigit adds the "digit" numeric type to decimals: superscripts, subscripts, circled digits…
const DIGIT_ONLY = /^[\p{Nd}\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792]+$/u;
const NUMERIC_ONLY = /^[\p{N}\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07\u5104]+$/u;

/** Unicode's four letters with a distinct title-case form (Dž, Lj, Nj, Dz). */
const TITLE_FORMS: Record<string, string> = {
  '\u01c4': '\u01c5', '\u01c5': '\u01c5', '\u01c6': '\u01c5',
  '\u01c7': '\u01c8', '\u01c8': '\u01c8', '\u01c9': '\u01c8',
  '\u01ca': '\u01cb', '\u01cb': '\u01cb', '\u01cc': '\u01cb',
  '\u01f1': '\u01f2', '\u01f2': '\u01f2', '\u01f3': '\u01f2',
};

function titleChar(ch: string): string {
  const t = TITLE_FORMS[ch];
  if (t !== undefined) return t;
  const u = ch.toUpperCase();
  const n = u.codePointAt(0) ?? 0;
  const firstLen = n > 0xffff ? 2 : 1;
  return u.length > firstLen ? u.slice(0, firstLen) + u.slice(firstLen).toLowerCase() : u;
}

function isCased(ch: string): boolean {
  return UPPER.test(ch) || LOWER.test(ch) || TITLE.test(ch);
}

const CASE_IGNORABLE = /^[\p{Mn}\p{Me}\p{Cf}\p{Lm}\p{Sk}'.:\u00b7\u2019]$/u;

/**
 * Lower case of chars[i] in context: a capital sigma is final (ς) after a cased letter and
 * not before one, case-ignorable characters skipped, as Python's lower() decides.
 */
function lowerAt(chars: readonly string[], i: number): string {
  const ch = chars[i];
  if (ch !== '\u03a3') return ch.toLowerCase();
  let j = i - 1;
  while (j >= 0 && CASE_IGNORABLE.test(chars[j])) j--;
  if (j < 0 || !isCased(chars[j])) return '\u03c3';
  let k = i + 1;
  while (k < chars.length && CASE_IGNORABLE.test(chars[k])) k++;
  return k < chars.length && isCased(chars[k]) ? '\u03c3' : '\u03c2';
}

export function upper(s: string): string {
  return s.toUpperCase();
}

export function lower(s: string): string {
  return s.toLowerCase();
}

/** str.title(): a letter after a cased letter is lowered, any other is title-cased. */
export function title(s: string): string {
  const chars = Array.from(s);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    out += prevCased ? lowerAt(chars, i) : titleChar(ch);
    prevCased = isCased(ch);
  }
  return out;
}

/** str.capitalize(): first character title-cased, the rest lowered (Python ≥ 3.8). */
export function capitalize(s: string): string {
  if (s.length === 0) return s;
  const chars = Array.from(s);
  let out = titleChar(chars[0]);
  for (let i = 1; i < chars.length; i++) out += lowerAt(chars, i);
  return out;
}

export function swapcase(s: string): string {
  const chars = Array.from(s);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (UPPER.test(ch)) out += lowerAt(chars, i);
    else if (LOWER.test(ch)) out += ch.toUpperCase();
    else out += ch;
  }
  return out;
}

/** Approximates full case folding: upper then lower folds ß, ligatures and final sigma. */
export function casefold(s: string): string {
  return s.toUpperCase().toLowerCase().replace(/\u03c2/g, '\u03c3');
}

export function isidentifier(s: string): boolean {
  return /^[\p{XID_Start}_]\p{XID_Continue}*$/u.test(s);
}

export function isprintable(s: string): boolean {
  for (const ch of s) if (!isPrintableCodePoint(ch.codePointAt(0) ?? 0)) return false;
  return true;
}

export function isspace(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isSpaceChar(s.charCodeAt(i))) return false;
  return true;
}

export function isalpha(s: string): boolean {
  return ALPHA_ONLY.test(s);
}

export function isalnum(s: string): boolean {
  return ALNUM_ONLY.test(s);
}

export function isdecimal(s: string): boolean {
  return DECIMAL_ONLY.test(s);
}

export function isdigit(s: string): boolean {
  return DIGIT_ONLY.test(s);
}

/** Approximate: \p{N} plus the common CJK numerals (JS has no Numeric_Type property). */
export function isnumeric(s: string): boolean {
  return NUMERIC_ONLY.test(s);
}

export function isascii(s: string): boolean {
  return /^[\x00-\x7f]*$/.test(s);
}

/** All cased characters upper case, and at least one of them. */
export function isupper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (LOWER.test(ch) || TITLE.test(ch)) return false;
    if (UPPER.test(ch)) cased = true;
  }
  return cased;
}

/** All cased characters lower case, and at least one of them. */
export function islower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (UPPER.test(ch) || TITLE.test(ch)) return false;
    if (LOWER.test(ch)) cased = true;
  }
  return cased;
}

/** Upper/title case only after uncased characters, lower case only after cased ones. */
export function istitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const ch of s) {
    if (UPPER.test(ch) || TITLE.test(ch)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (LOWER.test(ch)) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else prevCased = false;
  }
  return cased;
}
