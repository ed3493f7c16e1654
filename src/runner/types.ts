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
  options?: { filename?: string; maxSteps?: number; shouldStop?: () => boolean; seed?: number },
) => { stdout: string; stderr: string; exitCode: number; trace: Trace};

export class RunSupersededError extends Error {
  constructor() {
    super('run superseded');
    this.name = 'RunSupersededError';
  }
}

export const DEFAULT_TIMEOUT_MS = 2000;
