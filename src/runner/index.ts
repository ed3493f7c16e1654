export { createWorkerRunner, type WorkerLike, type WorkerRunnerOptions } from './worker-runner.ts';
export { createInProcessRunner } from './in-process-runner.ts';
export { DEFAULT_TIMEOUT_MS, RunSupersededError, type RunOptions, type RunProgram, type RunResult, type Runner } from './types.ts';
