/** Found by tests/fuzz/chart-edits: a delay edit must replace a whole number literal, never part of one. */
import { describe, expect, it } from 'vitest';
import { replaceDelay } from '../../src/store/code-edits.ts';

const span = (_code: string, from: number, to: number) => ({ from, to, line: 1, col: from });

describe('replaceDelay on a span inside a longer token', () => {
  it('refuses part of a number, of a hex literal or of a name', () => {
    const code = 'print(-0.0, 1.0e3, 0x10, x1)\n';
    // " 1" of " 1.0e3": trimmed it looks like a number, but it is the head of one.
    expect(replaceDelay(code, span(code, code.indexOf(' 1.0e3'), code.indexOf(' 1.0e3') + 2), 5)).toBeNull();
    expect(replaceDelay(code, span(code, code.indexOf('0e3'), code.indexOf('0e3') + 3), 5)).toBeNull();
    expect(replaceDelay(code, span(code, code.indexOf('10,'), code.indexOf('10,') + 2), 5)).toBeNull();
    expect(replaceDelay(code, span(code, code.indexOf('1)'), code.indexOf('1)') + 1), 5)).toBeNull();
  });
  it('replaces a whole literal and keeps the whitespace a span takes in with it', () => {
    const code = 'await asyncio.sleep( 2.5 )\n';
    const from = code.indexOf('2.5');
    expect(replaceDelay(code, span(code, from, from + 3), 1)).toBe('await asyncio.sleep( 1 )\n');
    expect(replaceDelay(code, span(code, from - 1, from + 4), 1)).toBe('await asyncio.sleep( 1 )\n');
    // " 1\n" at a line's end: the line break stays (replacing it joined two lines).
    const loop = 'n += 1\nprint(n)\n';
    expect(replaceDelay(loop, span(loop, 4, 7), 0)).toBe('n += 0\nprint(n)\n');
  });
});
