/**
 * The run as Chrome's Trace Event format (JSON object form), for Perfetto UI and
 * chrome://tracing: one thread per task (and per worker thread), named by metadata events;
 * complete events for running, sleeping, waiting and blocked spans; thread-scoped instants
 * for creation, prints, cancel requests, renames and the finish; and a flow arrow for each
 * wake-up that another task caused, from the waker's step to the woken task's next step.
 *
 * Virtual seconds become microseconds, rounded to whole nanoseconds first so that spans that
 * touch in the trace touch exactly here too (0.1 s is 100000.00000000001 µs otherwise).
 * Flow ends sit on the start of the slice they bind to, which both Perfetto's enclosing-slice
 * rule and DevTools' equal-timestamp rule read the same way.
 */
import { layoutOf } from '../timeline/layout/layout-cache.ts';
import { firstStartingAfter, type RowLayout } from '../timeline/layout/layout-trace.ts';
import { TRACE_VERSION, type Trace } from '../trace/format.ts';
import type { Mark, Span } from '../trace/views/spans.ts';

export const CHROME_PID = 1;
/** One category for slices and flows alike: DevTools binds a flow only to a slice of its own category. */
export const CHROME_CATEGORY = 'asyncio';

type Args = Readonly<Record<string, string | number | boolean | null>>;

export type ChromeEvent =
  | { readonly ph: 'M'; readonly name: 'process_name' | 'thread_name' | 'thread_sort_index'; readonly pid: number; readonly tid: number; readonly args: Args }
  | { readonly ph: 'X'; readonly name: string; readonly cat: string; readonly pid: number; readonly tid: number; readonly ts: number; readonly dur: number; readonly args: Args }
  | { readonly ph: 'i'; readonly name: string; readonly cat: string; readonly pid: number; readonly tid: number; readonly ts: number; readonly s: 't'; readonly args: Args }
  | { readonly ph: 's'; readonly name: string; readonly cat: string; readonly id: number; readonly pid: number; readonly tid: number; readonly ts: number }
  /** `bp: "e"`: the end binds to the slice it sits in (the woken task's step), not the next one. */
  | { readonly ph: 'f'; readonly name: string; readonly cat: string; readonly id: number; readonly pid: number; readonly tid: number; readonly ts: number; readonly bp: 'e' };

export interface ChromeTrace {
  readonly traceEvents: readonly ChromeEvent[];
  readonly displayTimeUnit: 'ms';
  readonly otherData: Args;
}

const SLICE_KINDS: ReadonlySet<Span['kind']> = new Set(['running', 'sleeping', 'waiting', 'blocked']);
/** Slices a wake-up's flow can start or end on: a task acts, or is woken into, a step. */
const STEP_KINDS: ReadonlySet<Span['kind']> = new Set(['running', 'blocked']);
const EPS = 1e-9;

function nanos(t: number): number {
  return Math.round(t * 1e9);
}

/** Virtual seconds → microseconds at nanosecond resolution. */
function micros(t: number): number {
  return nanos(t) / 1e3;
}

export function chromeTrace(trace: Trace, title: string): ChromeTrace {
  const layout = layoutOf(trace);
  const tid = (r: RowLayout) => r.index + 1;
  const meta: ChromeEvent[] = [{ ph: 'M', name: 'process_name', pid: CHROME_PID, tid: 0, args: { name: `Taskline: ${title}` } }];
  const slices: ChromeEvent[] = [];
  const instants: ChromeEvent[] = [];
  const names = new Map(layout.rows.map((r) => [r.task, r.name]));
  for (const r of layout.rows) {
    meta.push({ ph: 'M', name: 'thread_name', pid: CHROME_PID, tid: tid(r), args: { name: r.name } });
    meta.push({ ph: 'M', name: 'thread_sort_index', pid: CHROME_PID, tid: tid(r), args: { sort_index: r.index } });
    for (const s of r.row.spans) {
      if (!SLICE_KINDS.has(s.kind)) continue;
      const start = nanos(s.start);
      slices.push({ ph: 'X', name: s.kind === 'running' ? 'running' : s.label, cat: CHROME_CATEGORY, pid: CHROME_PID, tid: tid(r), ts: start / 1e3, dur: (nanos(s.end) - start) / 1e3, args: spanArgs(s) });
    }
    for (const m of r.row.marks) {
      instants.push({ ph: 'i', name: markName(m), cat: CHROME_CATEGORY, pid: CHROME_PID, tid: tid(r), ts: micros(m.t), s: 't', args: markArgs(m, names) });
    }
  }
  return {
    traceEvents: [...meta, ...slices, ...instants, ...wakeFlows(trace, layout.rows, layout.rowOfTask)],
    displayTimeUnit: 'ms',
    otherData: { generator: 'Taskline', tasklineTraceVersion: TRACE_VERSION, outcome: trace.outcome.kind, virtualEndSeconds: trace.end },
  };
}

function wakeFlows(trace: Trace, rows: readonly RowLayout[], rowOfTask: ReadonlyMap<number, number>): ChromeEvent[] {
  const out: ChromeEvent[] = [];
  let id = 0;
  for (const e of trace.events) {
    if (e.type !== 'wake' || e.by === null) continue;
    const waker = rows[rowOfTask.get(e.by) ?? -1];
    const woken = rows[rowOfTask.get(e.task) ?? -1];
    if (!waker || !woken) continue;
    // The waker's step that did it; the woken task's next step (none if the run ended first).
    const from = wakerStep(waker, e.t);
    const to = nextStep(woken, e.t);
    if (!from || !to) continue;
    id++;
    out.push({ ph: 's', name: 'wake', cat: CHROME_CATEGORY, id, pid: CHROME_PID, tid: waker.index + 1, ts: micros(from.start) });
    out.push({ ph: 'f', name: 'wake', cat: CHROME_CATEGORY, id, pid: CHROME_PID, tid: woken.index + 1, ts: micros(to.start), bp: 'e' });
  }
  return out;
}

/** The running or blocked span around `t`: a binary search, then back over spans that still reach `t`. */
function wakerStep(r: RowLayout, t: number): Span | undefined {
  const spans = r.row.spans;
  for (let j = firstStartingAfter(r.starts, t + EPS) - 1; j >= 0 && spans[j]!.end >= t - EPS; j--) {
    if (STEP_KINDS.has(spans[j]!.kind)) return spans[j];
  }
  return undefined;
}

/** The first running span that starts at `t` or later. */
function nextStep(r: RowLayout, t: number): Span | undefined {
  const spans = r.row.spans;
  for (let j = firstStartingAfter(r.starts, t - EPS); j < spans.length; j++) if (spans[j]!.kind === 'running') return spans[j];
  return undefined;
}

function spanArgs(s: Span): Args {
  const base = { kind: s.kind, ...(s.open ? { unfinished: true } : {}) };
  if (s.kind === 'sleeping' || s.kind === 'blocked') return { ...base, delay: s.delay };
  if (s.kind === 'waiting') return { ...base, on: s.on.kind };
  return base;
}

function markName(m: Mark): string {
  switch (m.kind) {
    case 'create':
      return 'created';
    case 'print':
      return 'print';
    case 'cancel':
      return 'cancel requested';
    case 'rename':
      return 'renamed';
    case 'callback':
      return `callback ${m.label}`;
    case 'done':
      return `finished: ${m.outcome.state}`;
  }
}

function markArgs(m: Mark, names: ReadonlyMap<number, string>): Args {
  const nameOf = (task: number | null) => (task === null ? null : (names.get(task) ?? null));
  switch (m.kind) {
    case 'create':
      return { parent: nameOf(m.parent) };
    case 'print':
      return { text: m.text, stream: m.stream };
    case 'cancel':
      return { by: nameOf(m.by), message: m.message };
    case 'rename':
      return { from: m.from, to: m.to };
    case 'callback':
      return { callback: m.label };
    case 'done':
      if (m.outcome.state === 'result') return { result: m.outcome.repr };
      if (m.outcome.state === 'exception') return { exception: m.outcome.excType, message: m.outcome.message };
      return { message: m.outcome.message };
  }
}
