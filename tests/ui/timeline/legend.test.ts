/** The legend lists the bars a run has, and says where a time.sleep blocks. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/python/run.ts';
import { layoutTrace } from '../../../src/timeline/layout/layout-trace.ts';
import { legendBars, legendExtras } from '../../../src/ui/timeline/legend.tsx';
import { wakeArrows } from '../../../src/timeline/layers/arrow-model.ts';
import { mistakeFlags } from '../../../src/trace/views/flags.ts';

const seed1 = readFileSync(new URL('../../../../shared/conformance/seed1.py', import.meta.url), 'utf8');
const words = (code: string) => legendBars(layoutTrace(runProgram(code, { filename: 'main.py', seed: 1 }).trace)).map(([, text]) => text);

describe('legendBars', () => {
  it('leaves out the blocking call when the program never blocks', () => {
    const w = words(seed1);
    expect(w).toContain('running');
    expect(w).toContain('asyncio.sleep');
    expect(w.some((t) => t.includes('time.sleep'))).toBe(false);
  });

  it('names a time.sleep in a coroutine as blocking the loop', () => {
    const w = words('import asyncio, time\n\nasync def main():\n    time.sleep(1)\n    await asyncio.sleep(1)\n\nasyncio.run(main())\n');
    expect(w).toContain('time.sleep blocks the loop');
    expect(w).not.toContain('time.sleep blocks its worker thread');
  });

  it('names a time.sleep in a worker thread as blocking that thread only', () => {
    const w = words(
      'import asyncio, time\n\ndef work():\n    time.sleep(1)\n    return 1\n\nasync def main():\n    await asyncio.gather(asyncio.to_thread(work), asyncio.sleep(0.5))\n\nasyncio.run(main())\n',
    );
    expect(w).toContain('time.sleep blocks its worker thread');
    expect(w).not.toContain('time.sleep blocks the loop');
  });
});

describe('legendExtras', () => {
  const extras = (code: string) => {
    const trace = runProgram(code, { filename: 'main.py', seed: 1 }).trace;
    const layout = layoutTrace(trace);
    const arrows = wakeArrows(trace, layout);
    return legendExtras(layout, arrows, mistakeFlags(trace, code));
  };

  it('names wake arrows for seed1, and no callbacks, deadlocks or flags it does not have', () => {
    expect(extras(seed1)).toEqual(['wake']);
  });

  it('names a mistake flag only when the run has one', () => {
    expect(extras('import asyncio\n\nasync def main():\n    asyncio.sleep(1)\n\nasyncio.run(main())\n')).toContain('flag');
  });
});
