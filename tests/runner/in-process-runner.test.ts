import { describe, expect, it } from 'vitest';
import { createInProcessRunner } from '../../src/runner/in-process-runner.ts';
import { RunSupersededError, type RunProgram } from '../../src/runner/types.ts';
import { TRACE_VERSION, type Trace } from '../../src/trace/format.ts';

function trace(outcome: Trace['outcome'], stdout = ''): Trace {
  return { version: TRACE_VERSION, end: 0, events: [], outcome, exitCode: 0, stdout, stderr: '' };
}

describe('in-process runner', () => {
  it('passes the source and a shouldStop budget to runProgram', async () => {
    const seen: { source: string; filename?: string; hasStop: boolean }[] = [];
    const fake: RunProgram = (source, options) => {
      seen.push({ source, filename: options?.filename, hasStop: typeof options?.shouldStop === 'function' });
      return { stdout: 'hi\n', stderr: '', exitCode: 0, trace: trace({ kind: 'ok' }, 'hi\n') };
    };
    const result = await createInProcessRunner(fake).run('print("hi")');
    expect(result.stdout).toBe('hi\n');
    expect(seen).toEqual([{ source: 'print("hi")', filename: 'main.py', hasStop: true }]);
  });

  it('passes the seed to runProgram, whose trace reports it', async () => {
    const { runProgram } = await import('../../src/python/run.ts');
    const result = await createInProcessRunner(runProgram).run('import random\nprint(random.random())\n', { seed: 1 });
    expect(result.trace.seed).toBe(1);
    expect(result.stdout).toBe('0.13436424411240122\n');
  });

  it('shouldStop turns true once the wall-time budget is spent, and the limit is explained', async () => {
    const endless: RunProgram = (_source, options) => {
      let polls = 0;
      while (!options?.shouldStop?.()) polls++;
      return { stdout: '', stderr: '', exitCode: 1, trace: trace({ kind: 'limit', reason: `polled ${polls}` }) };
    };
    const started = Date.now();
    const result = await createInProcessRunner(endless, { timeoutMs: 50 }).run('while True: pass');
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
    expect(result.trace.outcome).toMatchObject({ kind: 'limit' });
    expect(result.trace.outcome.kind === 'limit' && result.trace.outcome.reason).toBe('Stopped after 0.05 s of wall time: the program may loop forever without awaiting.');
  });

  it('a second run started before the first began supersedes it', async () => {
    const fake: RunProgram = (source) => ({ stdout: source, stderr: '', exitCode: 0, trace: trace({ kind: 'ok' }) });
    const runner = createInProcessRunner(fake);
    const a = runner.run('a');
    const b = runner.run('b');
    await expect(a).rejects.toBeInstanceOf(RunSupersededError);
    await expect(b).resolves.toMatchObject({ stdout: 'b' });
  });
});
