/** `taskline run P.py --svg --png --chrome-trace --console --trace`: every registry export from the CLI. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORTERS } from '../../src/export/registry.ts';
import { readTraceFile } from '../../src/import/read-trace-file.ts';
import { chromeTraceProblems } from './chrome-trace-rules.ts';
import { decodePng } from './decode-png.ts';

const BIN = new URL('../../src/cli/bin.mjs', import.meta.url).pathname;
const SEED1 = new URL('../../src/examples/seed1.py', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'taskline-export-'));
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, 'run', ...args], { encoding: 'utf8', timeout: 120_000 });

describe('taskline run with export flags', () => {
  it('writes each export the registry lists, beside the program’s own output', () => {
    const out = (suffix: string) => join(dir, `seed1${suffix}`);
    const r = run(SEED1, ...EXPORTERS.flatMap((e) => [e.cliFlag, out(e.suffix)]));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Finished in 3.00 seconds');

    expect(readFileSync(out('.svg'), 'utf8').match(/data-task=/g)?.length).toBe(3);
    const png = decodePng(readFileSync(out('.png')));
    expect([png.width, png.height]).toEqual([1920, 200]);
    expect(readFileSync(out('.txt'), 'utf8')).toContain('3.00 s  Task-1  Finished in 3.00 seconds');
    const trace = readTraceFile(readFileSync(out('.trace.json'), 'utf8'), 'seed1.trace.json');
    expect(trace.ok && trace.trace.program).toEqual({ filename: 'seed1.py', code: readFileSync(SEED1, 'utf8') });
    expect(chromeTraceProblems(JSON.parse(readFileSync(out('.chrome-trace.json'), 'utf8')))).toEqual([]);
  }, 120_000);

  it('lists the export flags in its help, and refuses one without a file', () => {
    const help = run('--help');
    for (const e of EXPORTERS) expect(help.stderr).toContain(e.cliFlag);
    const r = run(SEED1, '--png');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^usage: taskline run/);
  }, 120_000);
});
