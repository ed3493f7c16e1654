/** `taskline run --seed N`: random starts as random.seed(N) would, and nothing extra reaches stdout. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = new URL('../../src/cli/bin.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'taskline-seed-'));
const program = join(dir, 'dice.py');
writeFileSync(program, 'import random\nprint([random.randint(1, 6) for _ in range(8)])\n');

const run = (...args: string[]) => spawnSync(process.execPath, [BIN, 'run', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('taskline run --seed', () => {
  it('prints what CPython prints after random.seed(N), and records the seed in the trace', () => {
    const trace = join(dir, 'trace.json');
    const r = run(program, '--seed', '2024', '--trace', trace);
    // python3 -c 'import random; random.seed(2024); print([random.randint(1, 6) for _ in range(8)])'
    expect(r.stdout).toBe('[4, 2, 6, 5, 3, 2, 6, 4]\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(trace, 'utf8')).seed).toBe(2024);
  }, 60_000);

  it('refuses a seed that is not an integer', () => {
    const r = run(program, '--seed', 'abc');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--seed needs an integer/);
  }, 60_000);
});
