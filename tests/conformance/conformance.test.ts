/**
 * The conformance suite: every case in tests/conformance/ and in ../shared/conformance (when
 * that folder exists beside the repo) runs in-process through runProgram, and must print what
 * CPython 3.11 printed for it — stdout byte for byte, the exit status, and the last stderr line
 * when the case records one. Cases are data: nothing here knows any case by name.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/python/run.ts';
import { compareOutcome, lastNonEmptyLine, loadCases, ownCasesDir, sharedCasesDir, type ConformanceCase } from './cases.ts';

/** Generous: the scale_* cases run thousands of tasks, and CI shares two cores. */
const CASE_TIMEOUT_MS = 30_000;

const folders: { label: string; dir: string }[] = [{ label: 'own', dir: ownCasesDir }];
const shared = sharedCasesDir();
if (shared !== null) folders.push({ label: 'shared', dir: shared });

async function check(c: ConformanceCase): Promise<void> {
  const expected = c.expected;
  if (expected === null) throw new Error(`${c.id}: missing ${c.name}.out or ${c.name}.json (run regen.sh)`);
  const result = await runProgram(c.source, { filename: `${c.name}.py` });
  const problems = compareOutcome(expected, result);
  if (problems.length === 0) return;
  const stderrTail = result.stderr.trimEnd().split('\n').slice(-6).join('\n');
  const summary = `${c.id}:\n  ${problems.join('\n  ')}${stderrTail ? `\n--- stderr (tail) ---\n${stderrTail}` : ''}`;
  // Assert each part so the failure shows the first differing line and vitest's own diff.
  expect(result.stdout, `${summary}\n`).toBe(expected.stdout);
  expect(result.exitCode, summary).toBe(expected.exit);
  if (expected.stderrLast !== '') expect(lastNonEmptyLine(result.stderr), summary).toBe(expected.stderrLast);
}

for (const { label, dir } of folders) {
  describe(`conformance: ${label} cases (${dir})`, () => {
    for (const c of loadCases(dir, label)) {
      it(c.name, () => check(c), CASE_TIMEOUT_MS);
    }
  });
}
