/**
 * The same Runner interface without a worker: for tests and the CLI. The run is synchronous
 * underneath, so only the engine's own budget (shouldStop) can stop a runaway program.
 */
import { execute } from './execute.ts';
import { DEFAULT_TIMEOUT_MS, RunSupersededError, type RunOptions, type RunProgram, type RunResult, type Runner } from './types.ts';

export function createInProcessRunner(runProgram: RunProgram, defaults: { timeoutMs?: number } = {}): Runner {
  let generation = 0;
  return {
    async run(source: string, options: RunOptions = {}): Promise<RunResult> {
      const mine = ++generation;
      // Yield once so the caller sees the same asynchrony as with a worker.
      await Promise.resolve();
      if (mine !== generation) throw new RunSupersededError();
      return execute(runProgram, {
        source,
        timeoutMs: options.timeoutMs ?? defaults.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        ...(options.filename !== undefined ? { filename: options.filename } : {}),
        ...(options.maxSteps !== undefined ? { maxSteps: options.maxSteps } : {}),
        ...(options.seed !== undefined ? { seed: options.seed } : {}),
      });
    },
    cancel(): void {
      generation++;
    },
    dispose(): void {
      generation++;
    },
  };
}
