import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/python/run.ts';

/** stdout, then the last stderr line when the program failed. */
const run = (src: string): string => {
  const r = runProgram(src, { trace: false });
  return r.stdout + (r.exitCode === 0 ? '' : r.stderr.trim().split('\n').pop());
};

describe('contextlib', () => {
  it('contextmanager: enter runs to the yield, exit resumes or throws in', () => {
    const src = [
      'from contextlib import contextmanager',
      '@contextmanager',
      'def cm(x):',
      '    print("enter")',
      '    try:',
      '        yield x',
      '    except KeyError:',
      '        print("handled")',
      '    print("exit")',
      'with cm(1) as v:',
      '    print(v)',
      'with cm(2):',
      '    raise KeyError',
      'print("suppressed")',
    ].join('\n');
    expect(run(src)).toBe('enter\n1\nexit\nenter\nhandled\nexit\nsuppressed\n');
  });

  it("says generator didn't yield / didn't stop as CPython does", () => {
    const src = [
      'from contextlib import contextmanager',
      '@contextmanager',
      'def none():',
      '    return',
      '    yield',
      '@contextmanager',
      'def two():',
      '    yield',
      '    yield',
      'for cm in (none, two):',
      '    try:',
      '        with cm():',
      '            pass',
      '    except RuntimeError as e:',
      '        print(e)',
    ].join('\n');
    expect(run(src)).toBe("generator didn't yield\ngenerator didn't stop\n");
  });

  it('ExitStack unwinds last-in first-out and chains an exception raised by a callback', () => {
    const src = [
      'from contextlib import ExitStack',
      'def boom():',
      '    raise KeyError("cb")',
      'try:',
      '    with ExitStack() as s:',
      '        s.callback(print, "first")',
      '        s.callback(boom)',
      '        s.callback(print, "last")',
      '        raise ValueError("body")',
      'except KeyError as e:',
      '    print(repr(e), repr(e.__context__))',
    ].join('\n');
    expect(run(src)).toBe("last\nfirst\nKeyError('cb') ValueError('body')\n");
  });

  it('asynccontextmanager and AsyncExitStack await their setup and teardown', () => {
    const src = [
      'import asyncio',
      'from contextlib import asynccontextmanager, AsyncExitStack',
      '@asynccontextmanager',
      'async def res(n):',
      '    await asyncio.sleep(1)',
      '    print("open", n)',
      '    yield n',
      '    await asyncio.sleep(1)',
      '    print("close", n)',
      'async def main():',
      '    async with AsyncExitStack() as st:',
      '        a = await st.enter_async_context(res("a"))',
      '        b = await st.enter_async_context(res("b"))',
      '        print(a + b, asyncio.get_running_loop().time())',
      '    print(asyncio.get_running_loop().time())',
      'asyncio.run(main())',
    ].join('\n');
    expect(run(src)).toBe('open a\nopen b\nab 2.0\nclose b\nclose a\n4.0\n');
  });

  it('suppress, nullcontext and closing', () => {
    const src = [
      'from contextlib import suppress, nullcontext, closing',
      'with suppress(ZeroDivisionError):',
      '    1 / 0',
      'with nullcontext(42) as n:',
      '    print(n)',
      'class C:',
      '    def close(self):',
      '        print("closed")',
      'with closing(C()):',
      '    pass',
      'with suppress(KeyError):',
      '    [][0]',
    ].join('\n');
    expect(run(src)).toBe('42\nclosed\nIndexError: list index out of range');
  });
});
