/**
 * A trace file as the user picked it → a trace to show, or a message that says what is wrong
 * in words a user can act on: not JSON, JSON that is not a Taskline trace, a trace from a
 * newer Taskline, or a trace with a broken field.
 */
import { TRACE_VERSION, type Trace } from '../trace/format.ts';
import { looksLikeTrace, TraceShapeError, validateTrace } from './validate-trace.ts';

/** Far beyond any run the budgets allow; a bigger file is something else. */
export const MAX_TRACE_FILE_BYTES = 200 * 1024 * 1024;

export type ImportProblem = 'too-large' | 'not-json' | 'not-a-trace' | 'newer-version' | 'bad-field';

export type ReadTraceResult = { readonly ok: true; readonly trace: Trace } | { readonly ok: false; readonly problem: ImportProblem; readonly message: string };

export function readTraceFile(text: string, fileName: string): ReadTraceResult {
  const fail = (problem: ImportProblem, message: string): ReadTraceResult => ({ ok: false, problem, message: `${fileName}: ${message}` });
  if (text.length > MAX_TRACE_FILE_BYTES) return fail('too-large', 'the file is too large to be a Taskline trace.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail('not-json', `not a JSON file (${(e as Error).message}).`);
  }
  if (!looksLikeTrace(data)) {
    const chrome = typeof data === 'object' && data !== null && 'traceEvents' in data;
    return fail('not-a-trace', chrome ? 'this is a Chrome trace (for Perfetto UI), not a Taskline trace: open the .trace.json export instead.' : 'JSON, but not a Taskline trace (it needs "version" and "events").');
  }
  if (typeof data.version === 'number' && Number.isInteger(data.version) && data.version > TRACE_VERSION) {
    return fail('newer-version', `this trace is format version ${data.version}, from a newer Taskline; this one reads version ${TRACE_VERSION}.`);
  }
  try {
    return { ok: true, trace: validateTrace(data) };
  } catch (e) {
    if (e instanceof TraceShapeError) return fail(e.message.startsWith('version') ? 'not-a-trace' : 'bad-field', `not a readable Taskline trace: ${e.message}.`);
    throw e;
  }
}
