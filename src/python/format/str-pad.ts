/** Python's str.center/ljust/rjust/zfill; widths count code points, as len() does. */
import { typeError } from './errors';
import { pyLen } from './format-spec';

function checkFill(fill: string): void {
  if (pyLen(fill) !== 1) throw typeError('The fill character must be exactly one character long');
}

/** CPython leans the odd extra space left only when the width is odd: 'ab'.center(5) == '  ab '. */
export function center(s: string, width: number, fill = ' '): string {
  checkFill(fill);
  const marg = width - pyLen(s);
  if (marg <= 0) return s;
  const left = (marg >> 1) + (marg & width & 1);
  return fill.repeat(left) + s + fill.repeat(marg - left);
}

export function ljust(s: string, width: number, fill = ' '): string {
  checkFill(fill);
  const n = width - pyLen(s);
  return n > 0 ? s + fill.repeat(n) : s;
}

export function rjust(s: string, width: number, fill = ' '): string {
  checkFill(fill);
  const n = width - pyLen(s);
  return n > 0 ? fill.repeat(n) + s : s;
}

/** Pads with zeros on the left, after a leading sign. */
export function zfill(s: string, width: number): string {
  const n = width - pyLen(s);
  if (n <= 0) return s;
  const c = s[0];
  if (c === '+' || c === '-') return c + '0'.repeat(n) + s.slice(1);
  return '0'.repeat(n) + s;
}

/** Tabs become spaces up to the next multiple of `tabsize`; line breaks restart the column. */
export function expandtabs(s: string, tabsize = 8): string {
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}
