/**
 * A few conformance cases through the real command line (`node src/cli/bin.mjs run FILE`), and
 * through the shared check.sh with that command as TASKLINE_RUN: what a user or CI runs, process
 * exit status and stream separation included. The in-process harness covers every case; this
 * covers the path from a file on disk to an exit code.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareOutcome, loadCases, ownCasesDir, repoRoot, sharedCheckScript, type ConformanceCase } from './cases.ts';

const BIN = join(repoRoot, 'src', 'cli', 'bin.mjs');
/** The CLI starts through tsx, which costs a second or two per process on a busy machine. */
const CLI_TIMEOUT_MS = 60_000;

interface ProcessResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

function runProcess(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<ProcessResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolvePromise({ stdout, stderr, exitCode: code ?? (signal ? 128 : -1) });
    });
  });
}

// One case of each ending: normal exit, uncaught exception, deadlock, syntax error.
const PICKED = ['basics_sleep_result', 'error_in_task_awaited', 'deadlock_event_never_set', 'syntax_missing_colon'];
const cases = new Map(loadCases(ownCasesDir, 'own').map((c) => [c.name, c] as const));

function pick(name: string): ConformanceCase {
  const c = cases.get(name);
  if (c === undefined || c.expected === null) throw new Error(`conformance case ${name} is missing`);
  return c;
}

describe('taskline run (CLI)', () => {
  for (const name of PICKED) {
    it(
      `${name}: same stdout, exit status and last stderr line as CPython`,
      async () => {
        const c = pick(name);
        const result = await runProcess(process.execPath, [BIN, 'run', c.pyPath]);
        expect(compareOutcome(c.expected!, result), result.stderr.slice(-2000)).toEqual([]);
      },
      CLI_TIMEOUT_MS,
    );
  }
});

describe('shared check.sh driving the CLI', () => {
  const script = sharedCheckScript();
  const tmp = mkdtempSync(join(tmpdir(), 'taskline-cli-check-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it.skipIf(script === null)(
    'passes a folder of three cases',
    async () => {
      for (const name of PICKED.slice(0, 3)) {
        for (const ext of ['.py', '.out', '.json']) copyFileSync(join(ownCasesDir, name + ext), join(tmp, name + ext));
      }
      const env = { ...process.env, TASKLINE_RUN: `"${process.execPath}" "${BIN}" run` };
      const result = await runProcess('bash', [script!, tmp], env);
      const lines = result.stdout.trim().split('\n');
      expect(lines[lines.length - 1], result.stdout + result.stderr).toBe('3 passed, 0 failed');
      expect(result.exitCode).toBe(0);
    },
    CLI_TIMEOUT_MS * 3,
  );
});
