import { timeLimitReason } from './limit-trace.ts';
import { MAX_OUTPUT_CHARS, type RunProgram, type RunResult } from './types.ts';

export interface ExecuteRequest {
  readonly source: string;
  readonly filename?: string;
  readonly maxSteps?: number;
  readonly seed?: number;
  readonly timeoutMs: number;
}

/**
 * One synchronous run with a wall-clock budget, shared by the worker and the in-process
 * runner. runProgram polls shouldStop every few thousand steps and returns what ran so far
 * with outcome 'limit'.
 */
export function execute(runProgram: RunProgram, request: ExecuteRequest, now: () => number = Date.now): RunResult {
  const started = now();
  const deadline = started + request.timeoutMs;
  const out = runProgram(request.source, {
    filename: request.filename ?? 'main.py',
    maxSteps: request.maxSteps,
    maxOutput: MAX_OUTPUT_CHARS,
    ...(request.seed !== undefined ? { seed: request.seed } : {}),
    shouldStop: () => now() >= deadline,
  });
  let trace = out.trace;
  // The engine names its own reason; when it stopped on our clock, say so in the user's terms.
  if (trace.outcome.kind === 'limit' && now() >= deadline) {
    trace = { ...trace, outcome: { kind: 'limit', reason: timeLimitReason(request.timeoutMs) } };
  }
  return { stdout: out.stdout, stderr: out.stderr, exitCode: out.exitCode, trace, wallMs: now() - started };
}
