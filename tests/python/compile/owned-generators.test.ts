import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/python/run.ts';

const GEN = ['def gen(name):', '    try:', '        yield 1', '        yield 2', '    finally:', '        print("close", name)', ''].join('\n');
const run = (body: string): string => runProgram(GEN + body, { trace: false }).stdout;

describe('a local that owns its generator', () => {
  it('closes it when the function returns, and when the local is rebound', () => {
    const src = ['def f():', '    g = gen("a")', '    next(g)', '    g = gen("b")', '    g.send(None)', '    print("return")', 'f()', 'print("after")'].join('\n');
    expect(run(src)).toBe('close a\nreturn\nclose b\nafter\n');
  });

  it('leaves it open when the generator escapes the frame', () => {
    const cases = [
      ['def f():', '    g = gen("returned")', '    next(g)', '    return g', 'x = f()', 'print("after")'],
      ['keep = []', 'def f():', '    g = gen("stored")', '    next(g)', '    keep.append(g)', 'f()', 'print("after")'],
      ['def f():', '    g = gen("aliased")', '    next(g)', '    h = g', '    return h', 'x = f()', 'print("after")'],
      ['def use(it):', '    return it', 'held = []', 'def f():', '    g = gen("passed")', '    held.append(use(g))', '    next(g)', 'f()', 'print("after")'],
      ['def f():', '    g = gen("captured")', '    next(g)', '    return lambda: g', 'k = f()', 'print("after")'],
    ];
    for (const lines of cases) {
      const out = run(lines.join('\n'));
      // Still open after the function returned: closed at exit if at all, never before "after".
      expect(out.startsWith('after\n')).toBe(true);
    }
  });

  it('leaves a generator alone that the call did not make (iter() gives back its argument)', () => {
    const src = ['G = gen("global")', 'def f():', '    g = iter(G)', '    next(g)', 'f()', 'print("after")'].join('\n');
    expect(run(src)).toBe('after\nclose global\n');
  });
});
