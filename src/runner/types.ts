/**
 * The runner's contract: run a program's source, get back what it printed and its trace.
 * Two implementations share it: a Web Worker (browser: a runaway program cannot freeze the
 * page) and in-process (tests, CLI).
 */
import type { Trace } from '../trace/format.ts';

export interface RunOptions {
  readonly filename?: string;
  /** Wall-clock budget in milliseconds; past it the run stops with outcome 'limit'. */
  readonly timeoutMs?: number;
  readonly maxSteps?: number;
  /** Seed for `random` (as `random.seed(seed)`); without one the run picks a fresh seed. */
  readonly seed?: number;
}

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  readonly trace: Trace;
  /** Wall time the run took, in milliseconds. */
  readonly wallMs: number;
}

export interface Runner {
  /**
   * Runs `source`. Starting a new run while one is still going supersedes it: the old
   * promise rejects with RunSupersededError.
   */
  run(source: string, options?: RunOptions): Promise<RunResult>;
  /** Stops the current run, if any (its promise rejects with RunSupersededError). */
  cancel(): void;
  dispose(): void;
}

/** What the engine's front end offers: src/python/run.ts's runProgram. */
export type RunProgram = (
  source: string,
  options?: { filename?: string; maxSteps?: number; maxOutput?: number; shouldStop?: () => boolean; seed?: number },
) => { stdout: string; stderr: string; exitCode: number; trace: Trace};

export class RunSupersededError extends Error {
  constructor() {
    super('run superseded');
    this.name = 'RunSupersededError';
  }
}

/** The browser's wall-time budget per run: edits rerun at once, so a run must be quick. */
export const DEFAULT_TIMEOUT_MS = 2000;
/** The command line's: no page to keep responsive, but a runaway program must still end. */
export const CLI_TIMEOUT_MS = 10_000;
/** Characters of output (stdout, and stderr separately) past which a run stops, everywhere. */
export const MAX_OUTPUT_CHARS = 5_000_000;
