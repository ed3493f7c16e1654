/** `taskline run` stops a runaway program by default, as the browser does: wall time and output. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = new URL('../../src/cli/bin.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'taskline-budget-'));
function program(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, 'run', ...args], { encoding: 'utf8', timeout: 90_000, maxBuffer: 64 * 1024 * 1024 });

describe('taskline run budgets', () => {
  it('a loop that never awaits stops at the default wall-time budget (exit 4)', () => {
    const r = run(program('spin.py', 'while True:\n    pass\n'));
    expect(r.status).toBe(4);
    expect(r.stderr).toMatch(/took too long/);
  }, 90_000);

  it('--timeout sets the budget; a bad value is refused', () => {
    const r = run(program('spin2.py', 'x = 0\nwhile True:\n    x += 1\n'), '--timeout', '0.3');
    expect([r.status, r.stderr]).toEqual([4, expect.stringMatching(/took too long/)]);
    expect(run(program('ok.py', 'print(1)\n'), '--timeout', 'soon').status).toBe(2);
  }, 90_000);

  it('a sleep so long that only clock jumps remain still meets the wall-time budget', () => {
    // The clock jumps at most a day per loop iteration, and no handle runs in between.
    const r = run(program('forever.py', 'import asyncio\nasync def main():\n    await asyncio.sleep(1e15)\n    print("woke")\nasyncio.run(main())\n'), '--timeout', '0.5');
    expect([r.status, r.stdout]).toEqual([4, '']);
    expect(r.stderr).toMatch(/took too long/);
  }, 90_000);

  it('endless output stops at the output budget, on stdout and on stderr', () => {
    const out = run(program('flood.py', 'while True:\n    print("x" * 1000)\n'), '--timeout', '0');
    expect(out.status).toBe(4);
    expect(out.stdout.length).toBeLessThan(5_100_000);
    expect(out.stderr).toMatch(/characters of output/);
    const err = run(program('flood-err.py', 'import sys\nwhile True:\n    sys.stderr.write("x" * 1000)\n'), '--timeout', '0');
    expect(err.status).toBe(4);
    expect(err.stderr.length).toBeLessThan(5_100_000);
    expect(err.stderr).toMatch(/characters of output on stderr/);
  }, 90_000);
});
