/**
 * The caret line under a traceback entry (CPython 3.11): `^` under the expression that raised
 * when it is not the whole line, `~`/`^` anchors for binary operators and subscripts.
 * The expected texts are CPython 3.11's (with the file named p.py).
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/python/run.ts';

function stderrOf(source: string): string {
  return runProgram(source, { filename: 'p.py', trace: false }).stderr;
}

describe('traceback carets', () => {
  it('marks the operator of a failing division and nothing under a whole-line raise', () => {
    const src = 'def f(n):\n    return 10 // (n - n)\n\nprint("r", f(2))\n';
    expect(stderrOf(src)).toBe(
      'Traceback (most recent call last):\n  File "p.py", line 4, in <module>\n    print("r", f(2))\n               ^^^^\n' +
        '  File "p.py", line 2, in f\n    return 10 // (n - n)\n           ~~~^^~~~~~~~~\nZeroDivisionError: integer division or modulo by zero\n',
    );
  });

  it('marks a subscript with ~ under the value and ^ under the index', () => {
    const src = 'd = {"a": [1]}\nx = d["a"][3]\n';
    expect(stderrOf(src)).toBe('Traceback (most recent call last):\n  File "p.py", line 2, in <module>\n    x = d["a"][3]\n        ~~~~~~^^^\nIndexError: list index out of range\n');
  });

  it('prints no carets when the failing call is the whole line', () => {
    const src = 'def boom():\n    raise ValueError("x")\n\nboom()\n';
    expect(stderrOf(src)).toBe('Traceback (most recent call last):\n  File "p.py", line 4, in <module>\n    boom()\n  File "p.py", line 2, in boom\n    raise ValueError("x")\nValueError: x\n');
  });
});
