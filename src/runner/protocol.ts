/** Messages between the page and the run worker. */
import type { RunResult } from './types.ts';

export interface RunRequestMessage {
  readonly type: 'run';
  readonly id: number;
  readonly source: string;
  readonly filename?: string;
  readonly maxSteps?: number;
  readonly seed?: number;
  readonly timeoutMs: number;
}

export type WorkerReply =
  /** The worker took the request: its budget starts now (loading the worker itself does not count). */
  | { readonly type: 'started'; readonly id: number }
  | { readonly type: 'result'; readonly id: number; readonly result: RunResult }
  /** runProgram itself threw: a bug in Taskline, not in the user's program. */
  | { readonly type: 'crash'; readonly id: number; readonly message: string };
