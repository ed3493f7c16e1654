/**
 * A quick in-process conformance report: one line per failing case with its first problem,
 * then "N passed, M failed" (check.sh's closing line). Faster to read than vitest's output
 * while working through failures.
 *
 *   npx tsx tests/conformance/report.ts [SUBSTRING]   # only cases whose id contains SUBSTRING
 */
import { performance } from 'node:perf_hooks';
import { runProgram } from '../../src/python/run.ts';
import { compareOutcome, lastNonEmptyLine, loadCases, ownCasesDir, sharedCasesDir } from './cases.ts';

const filter = process.argv[2] ?? '';
const folders: [string, string][] = [['own', ownCasesDir]];
const shared = sharedCasesDir();
if (shared !== null) folders.push(['shared', shared]);

let passed = 0;
let failed = 0;
for (const [label, dir] of folders) {
  for (const c of loadCases(dir, label)) {
    if (!c.id.includes(filter)) continue;
    let problems: string[];
    const start = performance.now();
    try {
      if (c.expected === null) throw new Error('missing .out or .json');
      const result = runProgram(c.source, { filename: `${c.name}.py` });
      problems = compareOutcome(c.expected, result);
      const tail = lastNonEmptyLine(result.stderr);
      if (problems.length > 0 && tail !== '') problems.push(`stderr: ${tail.slice(0, 160)}`);
    } catch (e) {
      problems = [`threw ${e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 3).join(' / ') : String(e)}`];
    }
    const ms = performance.now() - start;
    if (problems.length === 0) passed++;
    else {
      failed++;
      console.log(`FAIL ${c.id} (${ms.toFixed(0)} ms): ${problems.join(' | ')}`);
    }
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
