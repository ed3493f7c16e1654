/** Which reruns keep a ghost: edits of one program, not a different program pasted in. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/python/run.ts';
import { sameProgram } from '../../src/store/same-program.ts';

const example = (id: string) => readFileSync(new URL(`../../src/examples/${id}.py`, import.meta.url), 'utf8');
const seed1 = readFileSync(new URL('../../../shared/conformance/seed1.py', import.meta.url), 'utf8');
const run = (code: string) => runProgram(code, { filename: 'main.py', seed: 1 }).trace;

describe('sameProgram', () => {
  it('an edited delay is the same program', () => {
    expect(sameProgram(run(seed1), run(seed1.replace('", 3)', '", 1)')))).toBe(true);
  });

  it('a different program pasted over it is not', () => {
    const other = 'import asyncio\n\nasync def tick(n):\n    await asyncio.sleep(n)\n\nasync def main():\n    await asyncio.gather(tick(1), tick(2))\n\nasyncio.run(main())\n';
    expect(sameProgram(run(seed1), run(other))).toBe(false);
  });

  it('two programs of main alone count as one being edited', () => {
    const a = 'import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n\nasyncio.run(main())\n';
    expect(sameProgram(run(a), run(a.replace('sleep(1)', 'sleep(2)')))).toBe(true);
  });

  it('holds for the built-in examples against themselves', () => {
    for (const id of ['gather', 'event-signal']) {
      const code = example(id);
      expect(sameProgram(run(code), run(code))).toBe(true);
    }
  });
});
