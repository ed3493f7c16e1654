/** Every built-in example prints in Taskline exactly what CPython prints (the oracle), through the in-process runner. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES } from '../../src/examples/index.ts';
import { createInProcessRunner } from '../../src/runner/in-process-runner.ts';
import { runProgram } from '../../src/python/run.ts';
import { sharedOraclePath } from '../conformance/cases.ts';

const ORACLE = sharedOraclePath();
const hasPython = spawnSync('python3', ['--version']).status === 0;

describe.skipIf(!hasPython || ORACLE === null)('examples in Taskline match CPython', () => {
  const dir = mkdtempSync(join(tmpdir(), 'taskline-examples-engine-'));
  const runner = createInProcessRunner(runProgram, { timeoutMs: 10_000 });
  it.each(EXAMPLES.map((e) => [e.id, e] as const))('%s', async (id, e) => {
    const file = join(dir, `${id}.py`);
    writeFileSync(file, e.code);
    const oracle = spawnSync('python3', [ORACLE!, file], { encoding: 'utf8' });
    const result = await runner.run(e.code, { filename: `${id}.py` });
    expect(result.stdout).toBe(oracle.stdout);
    expect(result.exitCode).toBe(oracle.status);
    expect(result.trace.outcome.kind).toBe(e.exitCode === 0 ? 'ok' : 'error');
    // The timeline has something to show: every example makes at least one task besides main.
    expect(result.trace.events.filter((ev) => ev.type === 'create').length).toBeGreaterThan(1);
  });
});
