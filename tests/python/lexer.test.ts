import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/python/syntax/lexer';

/** The token stream as `TYPE:value` strings (layout tokens by type only). */
function toks(source: string): string[] {
  const { tokens, error } = tokenize(source);
  if (error !== null) throw error.error;
  return tokens.map((t) => (t.type === 'NAME' || t.type === 'NUMBER' || t.type === 'STRING' || t.type === 'OP' ? `${t.type}:${t.value}` : t.type));
}

describe('tokenize', () => {
  it('produces INDENT and DEDENT from indentation, skipping blank and comment lines', () => {
    expect(toks('if x:\n    y\n\n  # note\n    z\nw\n')).toEqual([
      'NAME:if', 'NAME:x', 'OP::', 'NEWLINE',
      'INDENT', 'NAME:y', 'NEWLINE',
      'NAME:z', 'NEWLINE',
      'DEDENT', 'NAME:w', 'NEWLINE',
      'ENDMARKER',
    ]);
  });

  it('closes every open block at the end of the file and adds the missing final NEWLINE', () => {
    expect(toks('def f():\n    if x:\n        return 1')).toEqual([
      'NAME:def', 'NAME:f', 'OP:(', 'OP:)', 'OP::', 'NEWLINE',
      'INDENT', 'NAME:if', 'NAME:x', 'OP::', 'NEWLINE',
      'INDENT', 'NAME:return', 'NUMBER:1', 'NEWLINE',
      'DEDENT', 'DEDENT', 'ENDMARKER',
    ]);
  });

  it('joins lines inside brackets and after a backslash', () => {
    expect(toks('x = (1,\n  2)\ny = 1 + \\\n  2\n')).toEqual([
      'NAME:x', 'OP:=', 'OP:(', 'NUMBER:1', 'OP:,', 'NUMBER:2', 'OP:)', 'NEWLINE',
      'NAME:y', 'OP:=', 'NUMBER:1', 'OP:+', 'NUMBER:2', 'NEWLINE',
      'ENDMARKER',
    ]);
  });

  it('takes the longest operator', () => {
    expect(toks('a **= b // c != d -> e ... f >>= g := h')).toEqual([
      'NAME:a', 'OP:**=', 'NAME:b', 'OP://', 'NAME:c', 'OP:!=', 'NAME:d', 'OP:->', 'NAME:e', 'OP:...', 'NAME:f', 'OP:>>=', 'NAME:g', 'OP::=', 'NAME:h', 'NEWLINE', 'ENDMARKER',
    ]);
  });

  it('reads numbers, including a keyword right after one', () => {
    expect(toks('1_000 0x_FF 0o17 0b1 1.5e-3 .5 5. 1e10 1j 1if x else 2')).toEqual([
      'NUMBER:1_000', 'NUMBER:0x_FF', 'NUMBER:0o17', 'NUMBER:0b1', 'NUMBER:1.5e-3', 'NUMBER:.5', 'NUMBER:5.', 'NUMBER:1e10', 'NUMBER:1j',
      'NUMBER:1', 'NAME:if', 'NAME:x', 'NAME:else', 'NUMBER:2', 'NEWLINE', 'ENDMARKER',
    ]);
  });

  it('reads string literals with prefixes, escapes and triple quotes as single tokens', () => {
    expect(toks(`s = f"a{b!r}" rb'\\x' """x\n"y" """ 'it\\'s'`)).toEqual([
      'NAME:s', 'OP:=', 'STRING:f"a{b!r}"', "STRING:rb'\\x'", 'STRING:"""x\n"y" """', "STRING:'it\\'s'", 'NEWLINE', 'ENDMARKER',
    ]);
  });

  it('records positions: offsets, 1-based lines and 0-based columns', () => {
    const { tokens } = tokenize('a = 1\r\n  # c\nbb = "x"\n');
    const bb = tokens.find((t) => t.value === 'bb')!;
    expect(bb).toMatchObject({ from: 13, to: 15, line: 3, col: 0, endLine: 3, endCol: 2 });
    const str = tokens.find((t) => t.type === 'STRING')!;
    expect(str).toMatchObject({ line: 3, col: 5, endCol: 8 });
  });

  it('stops at an error, ending the stream with ERRORTOKEN and saying how CPython ranks the error', () => {
    const unterminated = tokenize('x = 1\ny = "abc\nz = 2\n');
    expect(unterminated.error?.kind).toBe('direct');
    expect(unterminated.error?.error.message).toBe('unterminated string literal (detected at line 2)');
    expect(unterminated.tokens.at(-1)?.type).toBe('ERRORTOKEN');

    const dedent = tokenize('if x:\n    a\n  b\n');
    expect(dedent.error?.kind).toBe('indent');
    expect(dedent.error?.error.type).toBe('IndentationError');

    const unclosed = tokenize('f(1,\n  2\n');
    expect(unclosed.error?.kind).toBe('eof');
    expect(unclosed.error?.error.message).toBe("'(' was never closed");
    expect(unclosed.openBrackets.map((b) => [b.char, b.line, b.col])).toEqual([['(', 1, 1]]);
  });

  it('tokenizes a slice of the source in expression mode (for f-string fields)', () => {
    const src = 'f"{a +\n b}"';
    const { tokens } = tokenize(src, { from: 3, to: 9, expression: true });
    expect(tokens.map((t) => `${t.type}:${t.value}@${t.line}:${t.col}`)).toEqual(['NAME:a@1:3', 'OP:+@1:5', 'NAME:b@2:1', 'ENDMARKER:@2:2']);
  });
});
