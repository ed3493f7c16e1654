/**
 * What stays outside the subset fails with one error of Taskline's own type, UnsupportedError,
 * naming the line and the construct: never a SyntaxError that CPython would not raise.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/python/run.ts';

function lastLine(text: string): string {
  return text.trimEnd().split('\n').pop() ?? '';
}

describe('refusals', () => {
  it('refuses an unknown module by name, before anything runs', () => {
    const r = runProgram('print("hi")\nimport socket\n', { filename: 'p.py' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(lastLine(r.stderr)).toMatch(/^UnsupportedError: importing 'socket' is not supported by Taskline/);
    expect(r.stderr).toContain('File "p.py", line 2\n    import socket\n');
    expect(r.trace.outcome).toMatchObject({ kind: 'syntax', type: 'UnsupportedError', line: 2 });
  });

  it('refuses a parse-time construct with a caret under it', () => {
    const r = runProgram('x = 1\ny = 20j\n', { filename: 'p.py' });
    expect(r.stderr).toBe('  File "p.py", line 2\n    y = 20j\n        ^^^\nUnsupportedError: complex numbers are not supported by Taskline\n');
    expect(r.trace.outcome).toMatchObject({ kind: 'syntax', type: 'UnsupportedError', line: 2, col: 4 });
  });

  it('refuses builtins for real I/O and dynamic code', () => {
    for (const src of ['input("name? ")', 'open("f.txt")', 'exec("x = 1")', 'eval("1")']) {
      const r = runProgram(src, { filename: 'p.py', trace: false });
      expect(lastLine(r.stderr)).toMatch(/^UnsupportedError: `\w+\(\)` is not supported by Taskline/);
    }
  });

  it('refuses a metaclass', () => {
    const r = runProgram('class M(type):\n    pass\nclass A(metaclass=M):\n    pass\n', { filename: 'p.py', trace: false });
    expect(lastLine(r.stderr)).toMatch(/^UnsupportedError: metaclasses are not supported by Taskline/);
    expect(r.stderr).toContain('line 1');
  });

  it('reports a refusal found while running as an error outcome of the same type', () => {
    const r = runProgram('import asyncio\nprint("before")\nasyncio.create_subprocess_exec("ls")\n', { filename: 'p.py' });
    expect(r.stdout).toBe('before\n');
    expect(lastLine(r.stderr)).toMatch(/^UnsupportedError: `asyncio.create_subprocess_exec` is not supported by Taskline/);
    expect(r.stderr).toContain('File "p.py", line 3\n    asyncio.create_subprocess_exec("ls")\n');
    expect(r.trace.outcome).toMatchObject({ kind: 'error', type: 'UnsupportedError', line: 3 });
  });

  it('no longer refuses match, walrus, except* or Ellipsis', () => {
    const src = 'def f(): ...\nmatch (n := 3):\n    case 3:\n        print("three", n, f())\ntry:\n    raise ValueError(1)\nexcept* ValueError as eg:\n    print(repr(eg))\n';
    const r = runProgram(src, { trace: false });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("three 3 None\nExceptionGroup('', (ValueError(1),))\n");
  });
});

describe('module refusals', () => {
  it.each([
    ['from subprocess import run', "importing 'subprocess' is not supported by Taskline: subprocesses are outside the subset"],
    ['import urllib.request', "importing 'urllib.request' is not supported by Taskline: real network I/O is outside the subset"],
  ])('%s', (src, message) => {
    const r = runProgram(src, { filename: 'p.py', trace: false });
    expect(lastLine(r.stderr).startsWith(`UnsupportedError: ${message}`)).toBe(true);
  });
});

describe('refusals found inside builtins', () => {
  it('name the line of the statement that reached them', () => {
    const r = runProgram('print("a")\nclass Meta(type):\n    pass\n', { filename: 'p.py' });
    expect(r.stdout).toBe('a\n');
    expect(r.stderr).toBe("  File \"p.py\", line 2\n    class Meta(type):\nUnsupportedError: metaclasses are not supported by Taskline\n");
    expect(r.trace.outcome).toMatchObject({ kind: 'error', type: 'UnsupportedError', line: 2 });
  });

  it('inside a function, name the innermost line', () => {
    const r = runProgram('def f():\n    return vars()\n\nf()\n', { filename: 'p.py', trace: false });
    expect(r.stderr.split('\n').slice(0, 2)).toEqual(['  File "p.py", line 2', '    return vars()']);
  });
});
