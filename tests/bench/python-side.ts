/**
 * The Python side of the benchmark: the same programs under CPython's C asyncio on a virtual
 * clock (tests/bench/cpython_virtual.py), under Taskline in-process (runProgram) and through
 * Taskline's CLI, timed by wall clock, with their outputs compared. tests/bench/run.ts prints
 * the table; this file only measures.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { runProgram } from '../../src/python/run.ts';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(benchDir, '..', '..');

export const CPYTHON_RUNNER: string = join(benchDir, 'cpython_virtual.py');
export const CLI_BIN: string = join(repoRoot, 'src', 'cli', 'bin.mjs');

/** The benchmark programs, in table order. */
export const BENCH_PROGRAMS: readonly string[] = ['many_sleepers.py', 'cpu_loops.py', 'queue_pipeline.py'].map((f) =>
  join(benchDir, 'programs', f),
);

export interface Row {
  /** File name of the program, e.g. "many_sleepers.py". */
  readonly program: string;
  /** Median wall time of `python3 cpython_virtual.py PROG` (process start to exit). */
  readonly cpythonMs: number;
  /** Median wall time of runProgram in this process, after one warm-up run. */
  readonly tasklineMs: number;
  /** Median wall time of `node src/cli/bin.mjs run PROG` (includes Node and tsx start-up). */
  readonly cliMs: number;
  /** tasklineMs / cpythonMs: how many times slower (above 1) or faster (below 1) than CPython. */
  readonly ratio: number;
  /** CPython, in-process Taskline and the CLI printed the same stdout and exited alike. */
  readonly outputsMatch: boolean;
}

export interface BenchOptions {
  /** Programs to run (default BENCH_PROGRAMS). */
  readonly programs?: readonly string[];
  /** Timed runs per measurement (default 3); the median is reported. */
  readonly runs?: number;
  /** Progress lines, e.g. console.error; silent by default. */
  readonly log?: (line: string) => void;
}

interface ProcessResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  readonly ms: number;
}

function timeProcess(cmd: string, args: readonly string[]): Promise<ProcessResult> {
  return new Promise((resolvePromise, reject) => {
    const start = performance.now();
    const child = spawn(cmd, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      resolvePromise({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        exitCode: code ?? -1,
        ms: performance.now() - start,
      });
    });
  });
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Geometric mean of the rows' ratios: one number for "how much slower than CPython". */
export function geometricMeanRatio(rows: readonly Row[]): number {
  if (rows.length === 0) return NaN;
  return Math.exp(rows.reduce((s, r) => s + Math.log(r.ratio), 0) / rows.length);
}

interface Measured {
  readonly ms: number;
  readonly stdout: string;
  readonly exitCode: number;
}

async function measureProcess(cmd: string, args: readonly string[], runs: number): Promise<Measured> {
  const results: ProcessResult[] = [];
  for (let i = 0; i < runs; i++) results.push(await timeProcess(cmd, args));
  const first = results[0];
  // A run that printed something else than the first is as wrong as a mismatch with CPython.
  const stable = results.every((r) => r.stdout === first.stdout && r.exitCode === first.exitCode);
  return { ms: median(results.map((r) => r.ms)), stdout: stable ? first.stdout : '\0unstable', exitCode: first.exitCode };
}

async function measureInProcess(source: string, filename: string, runs: number): Promise<Measured> {
  const warm = await runProgram(source, { filename });
  const times: number[] = [];
  let stable = true;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = await runProgram(source, { filename });
    times.push(performance.now() - start);
    if (r.stdout !== warm.stdout || r.exitCode !== warm.exitCode) stable = false;
  }
  return { ms: median(times), stdout: stable ? warm.stdout : '\0unstable', exitCode: warm.exitCode };
}

/** Time each benchmark program under CPython, Taskline in-process and the Taskline CLI. */
export async function benchPythonPrograms(options: BenchOptions = {}): Promise<Row[]> {
  const programs = options.programs ?? BENCH_PROGRAMS;
  const runs = options.runs ?? 3;
  const log = options.log ?? (() => {});
  const rows: Row[] = [];
  for (const path of programs) {
    const program = basename(path);
    const source = readFileSync(path, 'utf8');
    log(`${program}: CPython x${runs}`);
    const cpython = await measureProcess('python3', [CPYTHON_RUNNER, path], runs);
    log(`${program}: Taskline in-process, warm-up + x${runs}`);
    const taskline = await measureInProcess(source, program, runs);
    log(`${program}: Taskline CLI x${runs}`);
    const cli = await measureProcess(process.execPath, [CLI_BIN, 'run', path], runs);
    const outputsMatch =
      cpython.stdout === taskline.stdout &&
      cpython.stdout === cli.stdout &&
      cpython.exitCode === taskline.exitCode &&
      cpython.exitCode === cli.exitCode;
    rows.push({
      program,
      cpythonMs: cpython.ms,
      tasklineMs: taskline.ms,
      cliMs: cli.ms,
      ratio: taskline.ms / cpython.ms,
      outputsMatch,
    });
  }
  return rows;
}

export interface SeedTiming {
  /** "seed1.py" or "seed2.py". */
  readonly program: string;
  /** Median wall time of runProgram: source text to finished trace, in this process. */
  readonly medianMs: number;
  readonly runs: number;
  /** Number of events in the trace the run produced (a sanity figure for the table). */
  readonly traceEvents: number;
}

/** Where the seed programs live: ../shared/conformance beside the repo, else the built-in examples. */
export function findSeedPrograms(): string[] {
  const dirs = [resolve(repoRoot, '..', 'shared', 'conformance'), join(repoRoot, 'src', 'examples')];
  const found: string[] = [];
  for (const name of ['seed1.py', 'seed2.py']) {
    const dir = dirs.find((d) => existsSync(join(d, name)));
    if (dir !== undefined) found.push(join(dir, name));
  }
  return found;
}

/** "Source to trace" for the seed programs: median of `runs` in-process runs after a warm-up. */
export async function benchSeedsToTrace(runs = 50, seeds: readonly string[] = findSeedPrograms()): Promise<SeedTiming[]> {
  const timings: SeedTiming[] = [];
  for (const path of seeds) {
    const program = basename(path);
    const source = readFileSync(path, 'utf8');
    const warm = await runProgram(source, { filename: program });
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await runProgram(source, { filename: program });
      times.push(performance.now() - start);
    }
    timings.push({ program, medianMs: median(times), runs, traceEvents: warm.trace.events.length });
  }
  return timings;
}

/**
 * Median wall time of cpython_virtual.py on a program that does almost nothing: the process
 * start-up (interpreter, asyncio import) included in every cpythonMs, for reading short rows.
 */
export async function cpythonStartupMs(runs = 3): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'taskline-bench-'));
  try {
    const path = join(dir, 'empty.py');
    writeFileSync(path, 'import asyncio\n\n\nasync def main():\n    await asyncio.sleep(0)\n\n\nasyncio.run(main())\n');
    return (await measureProcess('python3', [CPYTHON_RUNNER, path], runs)).ms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
