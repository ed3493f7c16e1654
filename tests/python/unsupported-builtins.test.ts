/** Builtins Taskline lacks on purpose are refused up front, by name and line, not as NameError. */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/python/run.ts';

function lastLine(text: string): string {
  return text.trimEnd().split('\n').pop() ?? '';
}

describe('unsupported builtins', () => {
  const rows: [source: string, message: string, line: number][] = [
    ['name = input("name? ")', '`input()` is not supported by Taskline: programs cannot read input', 1],
    ['print(1)\nwith open("f.txt") as f:\n    pass', '`open()` is not supported by Taskline: programs cannot use files', 2],
    ['def f():\n    return eval("1 + 1")', '`eval()` is not supported by Taskline: programs cannot run code from strings', 2],
    ['exec("x = 1")', '`exec()` is not supported by Taskline: programs cannot run code from strings', 1],
    ['g = globals()', '`globals()` is not supported by Taskline: namespaces are not objects in Taskline', 1],
  ];
  it.each(rows)('%j', (source, message, line) => {
    const r = runProgram(source, { filename: 'p.py', trace: false });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(lastLine(r.stderr)).toBe(`UnsupportedError: ${message}`);
    expect(r.stderr).toContain(`File "p.py", line ${line}`);
  });

  it('leaves a program its own definitions of those names', () => {
    const src = 'def input(prompt):\n    return "typed"\nclass A:\n    open = 3\n    print(open)\ndef f():\n    global exit\n    exit = 5\nf()\nprint(input("?"), exit)';
    const r = runProgram(src, { trace: false });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('3\ntyped 5\n');
  });
});
