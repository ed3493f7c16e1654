/**
 * public/taskline-record.py against Taskline itself: each conformance program (and each
 * built-in example) is recorded under real CPython with --virtual, and the trace must fit the
 * format (format.ts) and tell the same story as Taskline's own trace of the program: the same
 * tasks with the same names, parents and coroutines, the same steps, suspensions and endings at
 * the same virtual times, the same timeline spans, and the same prints by the same tasks.
 *
 * Needs python3 ≥ 3.11 on PATH; without it the suite is skipped with a message.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runProgram } from '../../src/python/run.ts';
import type { Trace } from '../../src/trace/format.ts';
import { repoRoot, sharedCasesDir } from '../conformance/cases.ts';
import { callSpans, stdoutPrints, taskSummaries } from './compare.ts';
import { traceProblems } from './trace-shape.ts';

const RECORDER = resolve(repoRoot, 'public', 'taskline-record.py');
const CASE_TIMEOUT_MS = 60_000;

/**
 * What makes a recorded trace differ from Taskline's for a reason inherent in the two runtimes,
 * not in the recorder: such programs are skipped, with the reason. (None of today's examples and
 * shared cases uses these; the rules keep new cases from failing for them.)
 */
const INHERENT: readonly { readonly uses: RegExp; readonly why: string }[] = [
  { uses: /to_thread|run_in_executor|ThreadPoolExecutor|threading/, why: 'worker threads run on real time in the recorder and get no lanes' },
  { uses: /datetime\.(now|today|utcnow)|date\.today/, why: 'datetime reads the real clock in the recorder' },
  { uses: /^(?![\s\S]*random\.seed\()[\s\S]*\bimport random\b/, why: 'CPython seeds an unseeded random from the OS' },
];

function inherentDifference(path: string): string | undefined {
  const source = readFileSync(path, 'utf8');
  return INHERENT.find((rule) => rule.uses.test(source))?.why;
}

function pythonVersion(): string | null {
  const r = spawnSync('python3', ['-c', 'import sys; print("%d.%d" % sys.version_info[:2]) if sys.version_info >= (3, 11) else None'], {
    encoding: 'utf8',
  });
  const v = r.status === 0 ? r.stdout.trim() : '';
  return v !== '' && v !== 'None' ? v : null;
}

const python = pythonVersion();
const work = mkdtempSync(join(tmpdir(), 'taskline-record-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Recorded {
  readonly trace: unknown;
  readonly stdout: string;
  readonly status: number | null;
  readonly stderr: string;
}

/** Runs the recorder on a copy of the program in a folder of its own, named as Taskline names it (sys.argv, tracebacks). */
function record(path: string, args: readonly string[] = ['--virtual']): Recorded {
  const dir = mkdtempSync(join(work, 'case-'));
  const name = basename(path);
  copyFileSync(path, join(dir, name));
  const r = spawnSync('python3', [RECORDER, ...args, '--out', 'trace.json', name], { cwd: dir, encoding: 'utf8', timeout: CASE_TIMEOUT_MS });
  const trace: unknown = JSON.parse(readFileSync(join(dir, 'trace.json'), 'utf8'));
  return { trace, stdout: r.stdout, status: r.status, stderr: r.stderr };
}

function programs(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => join(dir, f));
}

function compare(path: string): void {
  const rec = record(path);
  expect(traceProblems(rec.trace), 'the recorded trace fits format.ts').toEqual([]);
  const recorded = rec.trace as Trace;
  const ours = runProgram(readFileSync(path, 'utf8'), { filename: basename(path), seed: 0 });
  expect(traceProblems(JSON.parse(JSON.stringify(ours.trace))), "Taskline's own trace fits the same check").toEqual([]);
  expect(recorded.stdout, 'stdout').toBe(ours.stdout);
  expect(rec.stdout, 'the program still prints to the terminal').toBe(recorded.stdout);
  expect(recorded.exitCode, 'exit code').toBe(ours.exitCode);
  expect(rec.status, 'the recorder exits as the program did').toBe(ours.exitCode);
  expect(recorded.outcome.kind, 'outcome').toBe(ours.trace.outcome.kind);
  expect(taskSummaries(recorded), 'tasks').toEqual(taskSummaries(ours.trace));
  expect(stdoutPrints(recorded), 'prints').toEqual(stdoutPrints(ours.trace));
  expect(callSpans(recorded), 'source spans').toEqual(callSpans(ours.trace));
}

const dirs: { label: string; dir: string }[] = [{ label: 'examples', dir: resolve(repoRoot, 'src', 'examples') }];
const shared = sharedCasesDir();
if (shared !== null) dirs.push({ label: 'shared conformance', dir: shared });

if (python === null) {
  describe('taskline-record.py', () => {
    it.skip('needs python3 ≥ 3.11 on PATH (not found): recorder tests skipped', () => {});
  });
} else {
  describe(`taskline-record.py under CPython ${python}`, () => {
    for (const { label, dir } of dirs) {
      describe(label, () => {
        for (const path of programs(dir)) {
          const name = basename(path, '.py');
          const why = inherentDifference(path);
          if (why !== undefined) it.skip(`${name}: ${why}`, () => {});
          else it(name, () => compare(path), CASE_TIMEOUT_MS);
        }
      });
    }
    describe('on real time', () => {
      it('records the same story with real times', () => {
        const path = writeProgram('real_time.py', REAL_TIME_PROGRAM);
        const rec = record(path, []);
        expect(traceProblems(rec.trace)).toEqual([]);
        const recorded = rec.trace as Trace;
        const ours = runProgram(REAL_TIME_PROGRAM, { filename: 'real_time.py' });
        expect(recorded.stdout).toBe(ours.stdout);
        const withoutTimes = (t: Trace) => taskSummaries(t).map((s) => ({ ...s, life: s.life.map((e) => e.slice(12).replace(/^block .*/, 'block')), spans: [] }));
        expect(withoutTimes(recorded)).toEqual(withoutTimes(ours.trace));
        // Real sleeps take at least their delay; time.sleep blocks for at least its own (as measured).
        const done = recorded.events.filter((e) => e.type === 'done');
        expect(done.find((e) => e.task === 2)!.t).toBeGreaterThanOrEqual(0.1);
        const block = recorded.events.find((e) => e.type === 'block');
        expect(block?.type === 'block' && block.delay).toBeGreaterThanOrEqual(0.02);
        expect(recorded.end).toBeGreaterThanOrEqual(0.12);
      }, CASE_TIMEOUT_MS);
    });

    it('has a structural check that rejects what the app could not open', () => {
      const rec = record(resolve(repoRoot, 'src', 'examples', 'gather.py'));
      const good = rec.trace as { events: Record<string, unknown>[] };
      const broken = (change: (t: { events: Record<string, unknown>[] }) => void): string[] => {
        const copy = JSON.parse(JSON.stringify(good)) as { events: Record<string, unknown>[] };
        change(copy);
        return traceProblems(copy);
      };
      expect(broken(() => {})).toEqual([]);
      expect(broken((t) => delete t.events.find((e) => e['type'] === 'create')!['name'])).toEqual(['trace.events[0].name: expected a name']);
      expect(broken((t) => (t.events.find((e) => e['type'] === 'suspend')!['on'] = { kind: 'nap', label: 'x' })).join()).toMatch(/on\.kind: expected a known wait kind/);
      expect(broken((t) => t.events.reverse()).length).toBeGreaterThan(0);
      expect(traceProblems({ ...good, version: 2 })).toEqual(['trace.version: expected version 1']);
    }, CASE_TIMEOUT_MS);

    it('reports a syntax error as Taskline does', () => {
      const source = 'import asyncio\n\nasync def main(:\n    pass\n';
      const rec = record(writeProgram('broken.py', source));
      expect(traceProblems(rec.trace)).toEqual([]);
      const recorded = rec.trace as Trace;
      const ours = runProgram(source, { filename: 'broken.py' });
      expect(recorded.outcome).toEqual(ours.trace.outcome);
      expect(recorded.exitCode).toBe(1);
      expect(rec.status).toBe(1);
    }, CASE_TIMEOUT_MS);
  });
}

function writeProgram(name: string, source: string): string {
  const path = join(mkdtempSync(join(work, 'src-')), name);
  writeFileSync(path, source);
  return path;
}

const REAL_TIME_PROGRAM = `import asyncio
import time


async def worker(n):
    await asyncio.sleep(0.05 * n)
    print("worker", n)
    return n


async def main():
    time.sleep(0.02)
    print(await asyncio.gather(worker(1), worker(2)))


asyncio.run(main())
`;
