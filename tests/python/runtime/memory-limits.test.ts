/** Values too big for a browser tab end the run as a Python MemoryError, never a crashed worker. */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/python/run.ts';

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1);

describe('memory limits', () => {
  it('stops a huge repetition of a list, tuple or str with MemoryError that the program can catch', () => {
    for (const expr of ['[0] * 10**9', '(1, 2) * 10**8', '"ab" * 10**9']) {
      const r = runProgram(`try:\n    x = ${expr}\nexcept MemoryError as e:\n    print("caught", type(e).__name__)\nprint(len([0] * 1000))\n`, { trace: false });
      expect(r.stdout).toBe('caught MemoryError\n1000\n');
    }
  });

  it('turns a string longer than JS allows into MemoryError, with the line in the traceback', () => {
    const r = runProgram('s = "x" * 40_000_000\nfor i in range(5):\n    s = s + s\nprint(len(s))\n', { trace: false, filename: 'big.py' });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('File "big.py", line 3');
    expect(lastLine(r.stderr)).toMatch(/^MemoryError: /);
  });

  it('still reports a blown stack as RecursionError', () => {
    const r = runProgram('def f(n):\n    return f(n + 1)\nf(0)\n', { trace: false });
    expect(lastLine(r.stderr)).toBe('RecursionError: maximum recursion depth exceeded');
  });
});
