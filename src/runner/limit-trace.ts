import { TRACE_VERSION, type Trace } from '../trace/format.ts';

/**
 * The trace for a run that had to be killed from outside (its worker terminated): nothing it
 * did came back, so the trace only says why it stopped.
 */
export function limitTrace(reason: string): Trace {
  return {
    version: TRACE_VERSION,
    end: 0,
    events: [],
    outcome: { kind: 'limit', reason },
    exitCode: 1,
    stdout: '',
    stderr: '',
  };
}

export function timeLimitReason(timeoutMs: number): string {
  return `Stopped after ${formatSeconds(timeoutMs)} of wall time: the program may loop forever without awaiting.`;
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toPrecision(3))} s`;
}
