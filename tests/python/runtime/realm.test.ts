import { describe, expect, it } from 'vitest';
import { beginRealm, perRun } from '../../../src/python/runtime/realm.ts';
import { runProgram } from '../../../src/python/run.ts';

describe('realm', () => {
  it('starts every registered piece of per-run state at each beginRealm', () => {
    let n = 5;
    perRun(() => {
      n = 0;
    });
    beginRealm();
    expect(n).toBe(0);
    n = 3;
    beginRealm();
    expect(n).toBe(0);
  });

  it('gives a second run in the same process what the first printed: ids, addresses, warnings', () => {
    const src = [
      'import asyncio',
      'class C: pass',
      'def gen():',
      '    yield 1',
      'async def work():',
      '    await asyncio.sleep(0)',
      'async def main():',
      '    work()',
      '    print(repr(C()), id("x"), repr(gen()))',
      'asyncio.run(main())',
    ].join('\n');
    const first = runProgram(src, { filename: 'p.py', trace: false });
    const second = runProgram(src, { filename: 'p.py', trace: false });
    expect(first.stdout).toMatch(/^<__main__\.C object at 0x[0-9a-f]+> \d+ <generator object gen at 0x[0-9a-f]+>\n$/);
    expect(first.stderr).toContain('was never awaited');
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe(first.stderr);
  });
});
