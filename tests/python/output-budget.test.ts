/** The output budget covers what a program writes to stderr itself, not only stdout. */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/python/run.ts';

describe('output budget', () => {
  it('sys.stderr.write in a loop stops at maxOutput (the step budget is only a backstop here)', () => {
    const r = runProgram('import sys\nwhile True:\n    sys.stderr.write("ab")\n', { maxOutput: 1000, maxSteps: 50_000_000, trace: false });
    expect(r.trace.outcome).toEqual({ kind: 'limit', reason: 'stopped: more than 1,000 characters of output on stderr' });
    expect(r.exitCode).toBe(4);
    expect(r.stderr.length).toBeLessThan(1100);
  });
});
