import { describe, expect, it } from 'vitest';
import { inRealm, Realm, currentRealm } from '../../../src/python/runtime/realm.ts';
import { prepareRun, runProgram, type RunOptions } from '../../../src/python/run.ts';
import { PyBuiltin } from '../../../src/python/runtime/values.ts';

/** A program that uses every kind of per-run state: seed, logging config, addresses, ids, warnings. */
const stateful = (tag: string, level: string): string =>
  [
    'import asyncio, logging, random',
    `logging.basicConfig(level=logging.${level}, format="${tag}:%(levelname)s:%(message)s")`,
    'class C: pass',
    'async def work():',
    '    await asyncio.sleep(0)',
    'print(random.random(), repr(C()), id("x"))',
    'logging.info("before")',
    'nested()',
    'print(random.random(), repr(C()), id("y"))',
    'logging.warning("after")',
    'async def main():',
    '    work()',
    'asyncio.run(main())',
  ].join('\n');

const A = stateful('A', 'DEBUG');
const B = 'import logging, random\nclass D: pass\nprint(random.random(), repr(D()), id("z"))\nlogging.warning("b")\nasync def w(): pass\nw()\n';
const optsA: RunOptions = { filename: 'a.py', seed: 1, trace: false };
const optsB: RunOptions = { filename: 'b.py', seed: 2, trace: false };

/** Runs `source` with a builtin `nested()` that calls `inside` (default: nothing). */
function runWithNested(source: string, options: RunOptions, inside: () => void = () => {}) {
  const prepared = prepareRun(source, options);
  prepared.realm.builtins.set(
    'nested',
    new PyBuiltin('nested', () => {
      inside();
      return null;
    }),
  );
  return prepared.run();
}

describe('realm', () => {
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

  it('keeps a run started inside another apart from it: seed, logging config, counters, warnings', () => {
    const aliceAlone = runWithNested(A, optsA);
    const bobAlone = runProgram(B, optsB);
    expect(aliceAlone.stderr).toContain('A:INFO:before');
    expect(aliceAlone.stderr).toContain("coroutine 'work' was never awaited");
    expect(bobAlone.stderr).toContain('WARNING:root:b');
    expect(bobAlone.stderr).toContain("coroutine 'w' was never awaited");

    let bobInside: ReturnType<typeof runProgram> | undefined;
    const aliceOutside = runWithNested(A, optsA, () => {
      bobInside = runProgram(B, optsB);
    });
    // Had the inner run shared anything (random state, logging's root handler, the address or
    // id counters, the warnings shown), one of the two outputs would differ from its run alone.
    expect(bobInside!.stdout).toBe(bobAlone.stdout);
    expect(bobInside!.stderr).toBe(bobAlone.stderr);
    expect(aliceOutside.stdout).toBe(aliceAlone.stdout);
    expect(aliceOutside.stderr).toBe(aliceAlone.stderr);
  });

  it('runs each prepared program against its own realm, whatever order they run in', () => {
    const src = 'print(marker, list(range(3)))\n';
    const first = prepareRun(src, { trace: false });
    const second = prepareRun(src, { trace: false });
    first.realm.builtins.set('marker', 'first');
    second.realm.builtins.set('marker', 'second');
    expect(second.run().stdout).toBe('second [0, 1, 2]\n');
    expect(first.run().stdout).toBe('first [0, 1, 2]\n');
  });

  it('reports the seed as used only by the realm whose program drew from it', () => {
    const drew = prepareRun('import random\nrandom.random()\n', { seed: 5, trace: false });
    const didNot = prepareRun('import random\nrandom.seed(3)\nrandom.random()\n', { seed: 6, trace: false });
    expect(didNot.run().seedUsed).toBe(false);
    expect(drew.run().seedUsed).toBe(true);
    expect(drew.realm.seedUsed).toBe(true);
    expect(didNot.realm.seedUsed).toBe(false);
  });

  it('makes a realm current only while inside it, restoring the outer one after', () => {
    const outer = currentRealm;
    const a = new Realm({ seed: 1, tick: () => {} });
    const b = new Realm({ seed: 2, tick: () => {} });
    const seen: Realm[] = [];
    inRealm(a, () => {
      seen.push(currentRealm);
      expect(() =>
        inRealm(b, () => {
          seen.push(currentRealm);
          throw new Error('inner fails');
        }),
      ).toThrow('inner fails');
      seen.push(currentRealm);
    });
    expect(seen).toEqual([a, b, a]);
    expect(currentRealm).toBe(outer);
  });
});
