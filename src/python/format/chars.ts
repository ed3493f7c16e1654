/**
 * Character classes with Python's meaning. JS's \s differs (it includes U+FEFF and lacks
 * U+001C–U+001F and U+0085), so Python's whitespace is spelled out.
 */

/** Characters for which Python's str.isspace() is true, as a regex class body. */
export const PY_SPACE_CLASS = '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

const SPACE_ONE = new RegExp(`[${PY_SPACE_CLASS}]`);

/** Python's isspace() for one UTF-16 unit (all Python whitespace is in the BMP). */
export function isSpaceChar(c: number): boolean {
  if (c < 0x80) return (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20);
  return SPACE_ONE.test(String.fromCharCode(c));
}

/** Line boundaries for str.splitlines(). */
export function isLineBreak(c: number): boolean {
  return (c >= 10 && c <= 13) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}
