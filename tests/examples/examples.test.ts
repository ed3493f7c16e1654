/**
 * Every built-in example runs under real CPython (the oracle, virtual time) with its intended
 * exit status, stays short, and teaches with short delays.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES, DEFAULT_EXAMPLE_ID, findExample } from '../../src/examples/index.ts';
import { sharedCasesDir, sharedOraclePath } from '../conformance/cases.ts';

const ORACLE = sharedOraclePath();
const SHARED = sharedCasesDir();
const hasPython = spawnSync('python3', ['--version']).status === 0;

describe('examples index', () => {
  it.skipIf(SHARED === null)('has the tutorial programs verbatim', () => {
    const shared = (name: string) => readFileSync(join(SHARED!, `${name}.py`), 'utf8');
    expect(findExample('seed1')?.code).toBe(shared('seed1'));
    expect(findExample('seed2')?.code).toBe(shared('seed2'));
  });

  it('has the two tutorial programs and at least eight more, with unique ids', () => {
    expect(findExample('seed1')).toBeDefined();
    expect(findExample('seed2')).toBeDefined();
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(10);
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    expect(findExample(DEFAULT_EXAMPLE_ID)).toBeDefined();
  });

  it.each(EXAMPLES.map((e) => [e.id, e] as const))('%s has a title, one sentence to notice, and fits ~40 lines', (_id, e) => {
    expect(e.title.length).toBeGreaterThan(3);
    expect(e.notice).toMatch(/^[A-Z].*\.$/);
    if (!e.id.startsWith('seed')) expect(e.code.split('\n').length).toBeLessThanOrEqual(40);
  });
});

describe.skipIf(!hasPython || ORACLE === null)('examples under CPython (oracle)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'taskline-examples-'));
  it.each(EXAMPLES.map((e) => [e.id, e] as const))('%s exits as intended within 5 s of virtual time', (id, e) => {
    const file = join(dir, `${id}.py`);
    // Report the virtual clock at exit so the test can check the delays stay short.
    writeFileSync(file, `${e.code}\nimport time as __t\nprint("@end", __t.monotonic())\n`);
    const run = spawnSync('python3', [ORACLE!, file], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(e.exitCode);
    const endLine = run.stdout.trim().split('\n').at(-1) ?? '';
    expect(endLine).toMatch(/^@end /);
    expect(Number(endLine.split(' ')[1])).toBeLessThanOrEqual(5.0001);
  });
});
