/**
 * What two traces of one program must agree on, reduced to plain data that vitest can diff:
 * per task its name, parent, coroutine and its call text, lifecycle (each step, the kind of each suspension, how
 * it ended, with times) and its timeline spans; and every line printed to stdout, with who
 * printed it and when. Source spans, labels and wake causes are left out: they say the same
 * things in words that differ between Taskline's engine and CPython's frames.
 */
import type { SourceSpan, Trace, TraceEvent } from '../../src/trace/format.ts';
import { buildTraceView } from '../../src/trace/views/spans.ts';

/** Times as text to 9 decimals: virtual times agree exactly, but reading them must not hinge on the last bit. */
const time = (t: number): string => t.toFixed(9);

export interface TaskSummary {
  readonly id: number;
  readonly name: string;
  readonly parent: number | null;
  readonly coro: string | undefined;
  readonly coroCall: string | undefined;
  readonly life: readonly string[];
  readonly spans: readonly string[];
}

function lifeEntry(ev: TraceEvent): string | null {
  switch (ev.type) {
    case 'step':
      return `${time(ev.t)} step`;
    case 'suspend':
      return `${time(ev.t)} suspend ${ev.on.kind}`;
    case 'rename':
      return `${time(ev.t)} rename ${ev.name}`;
    case 'cancel':
      return `${time(ev.t)} cancel ${ev.message ?? ''}`;
    case 'block':
      return `${time(ev.t)} block ${ev.delay}`;
    case 'done':
      return `${time(ev.t)} done ${ev.state} ${ev.state === 'result' ? ev.repr : ev.state === 'exception' ? `${ev.excType}: ${ev.message}` : (ev.message ?? '')}`;
    default:
      return null;
  }
}

export function taskSummaries(trace: Trace): TaskSummary[] {
  const life = new Map<number, string[]>();
  for (const ev of trace.events) {
    if (!('task' in ev) || ev.task === null) continue;
    const entry = lifeEntry(ev);
    if (entry === null) continue;
    const list = life.get(ev.task) ?? [];
    list.push(entry);
    life.set(ev.task, list);
  }
  return buildTraceView(trace).rows.map((row) => ({
    id: row.id,
    name: row.name,
    parent: row.parent,
    coro: row.coro,
    coroCall: row.coroCall,
    life: life.get(row.id) ?? [],
    spans: row.spans.map((s) => `${s.kind} ${time(s.start)}..${time(s.end)}${s.open ? ' open' : ''}`),
  }));
}

/** Each stdout print: when, by which task, what. */
export function stdoutPrints(trace: Trace): string[] {
  const out: string[] = [];
  for (const ev of trace.events) {
    if (ev.type === 'print' && ev.stream === 'stdout' && ev.text !== '') out.push(`${time(ev.t)} ${ev.task ?? '-'} ${JSON.stringify(ev.text)}`);
  }
  return out;
}

const spanText = (s: SourceSpan | undefined): string => (s === undefined ? '-' : `${s.from}-${s.to}@${s.line}:${s.col}`);

/**
 * The source spans both traces can find: each task's creating call, each stdout print's call,
 * and each sleep's `asyncio.sleep(...)` call. (Literals are left out: Taskline follows a value
 * through variables to its literal, the recorder only sees a literal written at the call.)
 */
export function callSpans(trace: Trace): string[] {
  const out: string[] = [];
  for (const ev of trace.events) {
    if (ev.type === 'create') out.push(`create ${ev.task} ${spanText(ev.call)}`);
    else if (ev.type === 'print' && ev.stream === 'stdout' && ev.text !== '') out.push(`print ${spanText(ev.call)}`);
    else if (ev.type === 'suspend' && ev.on.kind === 'sleep') out.push(`sleep ${ev.task} ${spanText(ev.on.call)}`);
  }
  return out;
}
