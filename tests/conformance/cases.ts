/**
 * Conformance cases on disk: NAME.py with NAME.out (expected stdout, byte for byte) and
 * NAME.json ({"exit": N, "stderr_last": "..."}), all produced by the CPython oracle.
 * Shared by the in-process harness, the CLI test and the benchmark so that every consumer
 * reads the cases and compares results the same way check.sh does.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ConformanceCase {
  /** "own/NAME" or "shared/NAME": unique across folders whose case names may collide. */
  readonly id: string;
  readonly name: string;
  readonly pyPath: string;
  readonly source: string;
  /** Null when NAME.out or NAME.json is missing: the case must then fail, not vanish. */
  readonly expected: ExpectedResult | null;
}

export interface ExpectedResult {
  readonly stdout: string;
  readonly exit: number;
  /** Compared only when non-empty (deadlock wording and warnings are not CPython's contract). */
  readonly stderrLast: string;
}

const here = dirname(fileURLToPath(import.meta.url));

/** The repository root (this file lives in tests/conformance/). */
export const repoRoot: string = resolve(here, '..', '..');

/** This project's own cases. */
export const ownCasesDir: string = here;

/** ../shared/oracle/run.py beside the repo (real CPython on virtual time), or null when absent. */
export function sharedOraclePath(): string | null {
  const path = resolve(repoRoot, '..', 'shared', 'oracle', 'run.py');
  return existsSync(path) ? path : null;
}

/** ../shared/conformance beside the repo, or null in a clone that has no shared/ folder. */
export function sharedCasesDir(): string | null {
  const dir = resolve(repoRoot, '..', 'shared', 'conformance');
  return existsSync(dir) ? dir : null;
}

/** ../shared/oracle/check.sh beside the repo, or null when absent. */
export function sharedCheckScript(): string | null {
  const path = resolve(repoRoot, '..', 'shared', 'oracle', 'check.sh');
  return existsSync(path) ? path : null;
}

/** Every NAME.py in `dir`, sorted by name, with its expected results. */
export function loadCases(dir: string, label: string): ConformanceCase[] {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.py'))
    .map((f) => f.slice(0, -3))
    .sort();
  return names.map((name) => {
    const pyPath = join(dir, `${name}.py`);
    return {
      id: `${label}/${name}`,
      name,
      pyPath,
      source: readFileSync(pyPath, 'utf8'),
      expected: readExpected(dir, name),
    };
  });
}

function readExpected(dir: string, name: string): ExpectedResult | null {
  const outPath = join(dir, `${name}.out`);
  const jsonPath = join(dir, `${name}.json`);
  if (!existsSync(outPath) || !existsSync(jsonPath)) return null;
  const meta: unknown = JSON.parse(readFileSync(jsonPath, 'utf8'));
  if (typeof meta !== 'object' || meta === null) throw new Error(`${jsonPath}: not a JSON object`);
  const { exit, stderr_last: stderrLast } = meta as { exit?: unknown; stderr_last?: unknown };
  if (typeof exit !== 'number') throw new Error(`${jsonPath}: "exit" must be a number`);
  return {
    stdout: readFileSync(outPath, 'utf8'),
    exit,
    stderrLast: typeof stderrLast === 'string' ? stderrLast : '',
  };
}

/** The last line with a non-blank character, without a trailing CR — as check.sh reads it. */
export function lastNonEmptyLine(text: string): string {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].replace(/\r$/, '');
    if (line.trim() !== '') return line;
  }
  return '';
}

function quote(s: string): string {
  const shown = s.length > 100 ? `${s.slice(0, 97)}...` : s;
  return JSON.stringify(shown);
}

/** A one-line description of the first difference between two outputs, or null when equal. */
export function firstDifference(expected: string, actual: string): string | null {
  if (expected === actual) return null;
  const want = expected.split('\n');
  const got = actual.split('\n');
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (i >= want.length) return `stdout line ${i + 1}: unexpected extra output ${quote(got[i])}`;
    if (i >= got.length) return `stdout line ${i + 1}: output ended, expected ${quote(want[i])}`;
    if (want[i] !== got[i]) {
      // A missing final newline shows up as an extra empty element on one side only.
      if (i === want.length - 1 && want[i] === '') return `stdout line ${i + 1}: unexpected extra output ${quote(got[i])}`;
      if (i === got.length - 1 && got[i] === '') return `stdout line ${i + 1}: output ended, expected ${quote(want[i])}`;
      return `stdout line ${i + 1}: expected ${quote(want[i])}, got ${quote(got[i])}`;
    }
  }
  return 'stdout differs';
}

export interface RunOutcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** Every way `outcome` falls short of `expected`, in check.sh's order; empty when the case passes. */
export function compareOutcome(expected: ExpectedResult, outcome: RunOutcome): string[] {
  const problems: string[] = [];
  const stderrTail = lastNonEmptyLine(outcome.stderr);
  if (outcome.exitCode !== expected.exit) {
    problems.push(`exit ${outcome.exitCode}, expected ${expected.exit}${stderrTail ? ` (stderr: ${stderrTail})` : ''}`);
  }
  const diff = firstDifference(expected.stdout, outcome.stdout);
  if (diff !== null) problems.push(diff);
  if (expected.stderrLast !== '' && stderrTail !== expected.stderrLast) {
    problems.push(`last stderr line ${quote(stderrTail)}, expected ${quote(expected.stderrLast)}`);
  }
  return problems;
}
