/**
 * Pure views over a trace: what each task was doing at every moment, as time-ordered spans.
 *
 * The trace is a flat event log; the timeline, task table and tooltips want "Task-2 slept from
 * 0 to 3, then ran". `buildTaskRows` replays the log once with a small state machine per task
 * (ready → running → suspended → ready … → done) and emits one span per state it leaves.
 * Spans of one task never overlap and are sorted by start, which is what the layout's binary
 * search relies on.
 */
import type { LaneId, SourceSpan, TaskId, TaskOutcome, Trace, TraceEvent, WaitTarget } from '../format.ts';
import { splitHeld, TIME_EPSILON } from './held-spans.ts';
import { LaneRowsBuilder } from './lane-rows.ts';

export type SpanKind = 'running' | 'sleeping' | 'waiting' | 'blocked' | 'held' | 'ready';

interface SpanBase {
  readonly start: number;
  readonly end: number;
  /** Short text for the bar and the tooltip ("sleep 3", "waits for Task-2", "time.sleep(1.5)"). */
  readonly label: string;
  /** The span was still going when the trace ended (deadlock, budget, error). */
  readonly open: boolean;
}

/** Task.__step ran: zero virtual width unless a blocking call inside the step moved the clock. */
export interface RunningSpan extends SpanBase {
  readonly kind: 'running';
}

/** `await asyncio.sleep(delay)`: from the await until the timer fired (or a cancel woke it). */
export interface SleepingSpan extends SpanBase {
  readonly kind: 'sleeping';
  readonly delay: number;
  /** Loop time at which the timer was due. */
  readonly until: number;
  /** The literal the delay came from: what dragging the bar's end rewrites. undefined = computed. */
  readonly literal: SourceSpan | undefined;
  readonly call?: SourceSpan;
  /** The await that suspended the task. */
  readonly at?: SourceSpan;
}

/** Suspended on something other than a timer: a task, gather, a lock, a queue, … */
export interface WaitingSpan extends SpanBase {
  readonly kind: 'waiting';
  readonly on: WaitTarget;
  readonly at?: SourceSpan;
}

/** The task's own blocking call (time.sleep): it kept the loop, nothing else could run. */
export interface BlockedSpan extends SpanBase {
  readonly kind: 'blocked';
  readonly delay: number;
  readonly literal: SourceSpan | undefined;
  readonly call?: SourceSpan;
}

/** The task could have run (ready, or its timer was due) but another task's blocking call held the loop. */
export interface HeldSpan extends SpanBase {
  readonly kind: 'held';
  /** The task whose blocking call held the loop (null: a blocking call outside any task). */
  readonly by: TaskId | null;
}

/** Scheduled to run (woken, or just created) but other callbacks ran first. */
export interface ReadySpan extends SpanBase {
  readonly kind: 'ready';
}

export type Span = RunningSpan | SleepingSpan | WaitingSpan | BlockedSpan | HeldSpan | ReadySpan;

/** Point events drawn on a task's row. */
export type Mark =
  | { readonly kind: 'create'; readonly t: number; readonly parent: TaskId | null; readonly call?: SourceSpan }
  | ({ readonly kind: 'done'; readonly t: number } & { readonly outcome: TaskOutcome })
  | { readonly kind: 'cancel'; readonly t: number; readonly by: TaskId | null; readonly message: string | null }
  | { readonly kind: 'print'; readonly t: number; readonly text: string; readonly stream: 'stdout' | 'stderr'; readonly call?: SourceSpan }
  | { readonly kind: 'rename'; readonly t: number; readonly from: string; readonly to: string }
  /** A callback the task scheduled ran (a done callback: one its finishing set off). */
  | { readonly kind: 'callback'; readonly t: number; readonly label: string };

export type MarkKind = Mark['kind'];

export type SpanTotals = { readonly [K in SpanKind]: number };

export interface TaskRow {
  readonly id: TaskId;
  /** The name at the end of the run (after any set_name). */
  readonly name: string;
  /** The name the task was created with. */
  readonly createdName: string;
  readonly coro: string | undefined;
  /** The coroutine's call with its arguments ("long_operation('Task 1 started', 3)"), if the trace has it. */
  readonly coroCall: string | undefined;
  readonly parent: TaskId | null;
  readonly created: number;
  /** When the task finished; null if it never did. */
  readonly finished: number | null;
  readonly outcome: TaskOutcome | null;
  /** `name="…"` literal at creation, for renames that rewrite the code. */
  readonly nameLiteral: SourceSpan | undefined;
  readonly createCall: SourceSpan | undefined;
  readonly spans: readonly Span[];
  readonly marks: readonly Mark[];
  readonly totals: SpanTotals;
  /** Set on a worker thread's row (see lane-rows.ts), whose `id` is then `-1 - lane`. */
  readonly lane?: LaneId;
}

/** A blocking call as the whole loop felt it. */
export interface LoopBlock {
  readonly start: number;
  readonly end: number;
  readonly task: TaskId | null;
  readonly delay: number;
  readonly literal: SourceSpan | undefined;
  readonly call?: SourceSpan;
}

export interface TraceView {
  /** One row per task, in creation order (id order). */
  readonly rows: readonly TaskRow[];
  /** Blocking calls, in time order (they cannot overlap: only one thing runs at once). */
  readonly blocks: readonly LoopBlock[];
  /** Prints outside any task. */
  readonly looseMarks: readonly Mark[];
  /** One row per worker thread (run_in_executor, to_thread), in creation order. */
  readonly lanes: readonly TaskRow[];
  readonly end: number;
}

export { TIME_EPSILON };

type TaskState =
  | { readonly s: 'ready'; readonly since: number }
  | { readonly s: 'running'; readonly since: number; readonly blocked: boolean }
  | { readonly s: 'suspended'; readonly since: number; readonly on: WaitTarget; readonly at?: SourceSpan }
  | { readonly s: 'done' };

interface Builder {
  id: TaskId;
  name: string;
  createdName: string;
  coro: string | undefined;
  coroCall: string | undefined;
  parent: TaskId | null;
  created: number;
  finished: number | null;
  outcome: TaskOutcome | null;
  nameLiteral: SourceSpan | undefined;
  createCall: SourceSpan | undefined;
  spans: Span[];
  marks: Mark[];
  state: TaskState;
}

/** Replays the trace: per-task spans and marks, plus the loop's blocking calls. */
export function buildTraceView(trace: Trace): TraceView {
  const tasks = new Map<TaskId, Builder>();
  const blocks: LoopBlock[] = [];
  const looseMarks: Mark[] = [];
  const lanes = new LaneRowsBuilder();

  for (const ev of trace.events) {
    if (ev.type === 'lane-start' || ev.type === 'lane-block' || ev.type === 'lane-end') {
      lanes.apply(ev);
      continue;
    }
    if (ev.type === 'print' && ev.lane !== undefined) {
      lanes.print(ev.lane, printMark(ev));
      continue;
    }
    if (ev.type === 'create') {
      tasks.set(ev.task, {
        id: ev.task,
        name: ev.name,
        createdName: ev.name,
        coro: ev.coro,
        coroCall: ev.coroCall,
        parent: ev.parent,
        created: ev.t,
        finished: null,
        outcome: null,
        nameLiteral: ev.nameLiteral,
        createCall: ev.call,
        spans: [],
        marks: [{ kind: 'create', t: ev.t, parent: ev.parent, ...(ev.call ? { call: ev.call } : {}) }],
        state: { s: 'ready', since: ev.t },
      });
      continue;
    }
    if (ev.type === 'tick' || ev.type === 'resource') continue;
    if (ev.type === 'block') {
      blocks.push({ start: ev.t, end: ev.t + ev.delay, task: ev.task, delay: ev.delay, literal: ev.literal, ...(ev.call ? { call: ev.call } : {}) });
    }
    if (ev.task === null) {
      if (ev.type === 'print') looseMarks.push(printMark(ev));
      continue;
    }
    const b = tasks.get(ev.task);
    if (!b) continue; // an event for a task we never saw created: ignore rather than invent a row
    apply(b, ev, tasks);
  }

  const rows: TaskRow[] = [];
  const ordered = [...tasks.values()].sort((a, b) => a.id - b.id);
  for (const b of ordered) {
    closeOpen(b, trace.end, tasks);
    const spans = splitHeld(b.spans, blocks, b.id, (id) => (id === null ? null : tasks.get(id)?.name ?? null));
    rows.push({
      id: b.id,
      name: b.name,
      createdName: b.createdName,
      coro: b.coro,
      coroCall: b.coroCall,
      parent: b.parent,
      created: b.created,
      finished: b.finished,
      outcome: b.outcome,
      nameLiteral: b.nameLiteral,
      createCall: b.createCall,
      spans,
      marks: b.marks,
      totals: totalsOf(spans),
    });
  }
  return { rows, blocks, looseMarks, lanes: lanes.rows(trace.end, totalsOf), end: trace.end };
}

/** Per task: name, parent, lifetime, outcome, time-ordered spans, marks, totals. */
export function buildTaskRows(trace: Trace): readonly TaskRow[] {
  return buildTraceView(trace).rows;
}

export function printMark(ev: Extract<TraceEvent, { type: 'print' }>): Mark {
  return { kind: 'print', t: ev.t, text: ev.text, stream: ev.stream, ...(ev.call ? { call: ev.call } : {}) };
}

function apply(b: Builder, ev: Exclude<TraceEvent, { type: 'create' } | { type: 'tick' } | { type: 'resource' }>, tasks: Map<TaskId, Builder>): void {
  switch (ev.type) {
    case 'rename':
      b.marks.push({ kind: 'rename', t: ev.t, from: b.name, to: ev.name });
      b.name = ev.name;
      return;
    case 'print':
      b.marks.push(printMark(ev));
      return;
    case 'cancel':
      b.marks.push({ kind: 'cancel', t: ev.t, by: ev.by, message: ev.message });
      return;
    case 'callback':
      b.marks.push({ kind: 'callback', t: ev.t, label: ev.label });
      return;
    case 'step':
      leaveWaiting(b, ev.t, tasks);
      b.state = { s: 'running', since: ev.t, blocked: false };
      return;
    case 'block': {
      if (b.state.s !== 'running') return;
      pushRunning(b, b.state.since, ev.t, true);
      b.spans.push({ kind: 'blocked', start: ev.t, end: ev.t + ev.delay, label: `time.sleep(${fmtNum(ev.delay)})`, open: false, delay: ev.delay, literal: ev.literal, ...(ev.call ? { call: ev.call } : {}) });
      b.state = { s: 'running', since: ev.t + ev.delay, blocked: true };
      return;
    }
    case 'suspend':
      if (b.state.s === 'running') pushRunning(b, b.state.since, ev.t, b.state.blocked);
      // sleep(0) and bare yields put the task straight back in the ready queue.
      b.state = ev.on.kind === 'yield' ? { s: 'ready', since: ev.t } : { s: 'suspended', since: ev.t, on: ev.on, ...(ev.at ? { at: ev.at } : {}) };
      return;
    case 'wake':
      if (b.state.s === 'suspended') {
        closeSuspended(b, b.state, ev.t, false, tasks);
        b.state = { s: 'ready', since: ev.t };
      }
      return;
    case 'done':
      finish(b, ev, tasks);
      return;
  }
}

function finish(b: Builder, ev: Extract<TraceEvent, { type: 'done' }>, tasks: Map<TaskId, Builder>): void {
  if (b.state.s === 'running') pushRunning(b, b.state.since, ev.t, b.state.blocked);
  else leaveWaiting(b, ev.t, tasks); // finished without a step we saw: close what was open
  const outcome = outcomeOf(ev);
  b.finished = ev.t;
  b.outcome = outcome;
  b.marks.push({ kind: 'done', t: ev.t, outcome });
  b.state = { s: 'done' };
}

function outcomeOf(ev: Extract<TraceEvent, { type: 'done' }>): TaskOutcome {
  switch (ev.state) {
    case 'result':
      return { state: 'result', repr: ev.repr };
    case 'exception':
      return { state: 'exception', excType: ev.excType, message: ev.message };
    case 'cancelled':
      return { state: 'cancelled', message: ev.message };
  }
}

/** A step starts (or the task ends): whatever the task was waiting in ends now. */
function leaveWaiting(b: Builder, t: number, tasks: Map<TaskId, Builder>): void {
  const st = b.state;
  if (st.s === 'ready') pushReady(b, st.since, t, false);
  else if (st.s === 'suspended') closeSuspended(b, st, t, false, tasks); // no wake seen: the step itself ended it
  else if (st.s === 'running') pushRunning(b, st.since, t, st.blocked);
}

function closeSuspended(b: Builder, st: Extract<TaskState, { s: 'suspended' }>, t: number, open: boolean, tasks: Map<TaskId, Builder>): void {
  const on = st.on;
  const at = st.at ? { at: st.at } : {};
  if (on.kind === 'sleep') {
    const sleepEnd = Math.min(t, Math.max(st.since, on.until));
    b.spans.push({ kind: 'sleeping', start: st.since, end: sleepEnd, label: on.label || `sleep ${fmtNum(on.delay)}`, open: open && sleepEnd >= t, delay: on.delay, until: on.until, literal: on.literal, ...(on.call ? { call: on.call } : {}), ...at });
    // Due but not yet woken: the loop was busy (usually blocked), so the task waited to be run.
    if (t - sleepEnd > TIME_EPSILON) pushReady(b, sleepEnd, t, open);
    return;
  }
  if (t - st.since <= TIME_EPSILON && !open) return;
  b.spans.push({ kind: 'waiting', start: st.since, end: t, label: waitLabel(on, tasks), open, on, ...at });
}

/** "waits for Task-2" names the awaited task by its current name; other targets carry their own label. */
export function waitLabel(on: WaitTarget, tasks?: ReadonlyMap<TaskId, { readonly name: string }>): string {
  if (on.kind === 'task') return `waits for ${tasks?.get(on.task)?.name ?? on.label}`;
  return on.label;
}

function pushRunning(b: Builder, start: number, end: number, hadBlock: boolean): void {
  // Around a blocking call the zero-width pieces add nothing the blocked bar doesn't show.
  if (hadBlock && end - start <= TIME_EPSILON) return;
  const last = b.spans[b.spans.length - 1];
  if (last && last.kind === 'blocked' && end - start <= TIME_EPSILON) return;
  b.spans.push({ kind: 'running', start, end: Math.max(start, end), label: 'running', open: false });
}

function pushReady(b: Builder, start: number, end: number, open: boolean): void {
  if (end - start <= TIME_EPSILON) return;
  b.spans.push({ kind: 'ready', start, end, label: 'ready', open });
}

function closeOpen(b: Builder, end: number, tasks: Map<TaskId, Builder>): void {
  const st = b.state;
  if (st.s === 'done') return;
  if (st.s === 'ready') pushReady(b, st.since, end, true);
  else if (st.s === 'running') {
    if (end - st.since > TIME_EPSILON || !st.blocked) b.spans.push({ kind: 'running', start: st.since, end: Math.max(st.since, end), label: 'running', open: true });
  } else closeSuspended(b, st, Math.max(end, st.since), true, tasks);
}

function totalsOf(spans: readonly Span[]): SpanTotals {
  const t = { running: 0, sleeping: 0, waiting: 0, blocked: 0, held: 0, ready: 0 };
  for (const sp of spans) t[sp.kind] += sp.end - sp.start;
  return t;
}

/** Python-ish short number: 3, 0.5, 1.25 (no trailing zeros, at most 6 decimals). */
export function fmtNum(x: number): string {
  if (Number.isInteger(x)) return String(x);
  return String(Number(x.toFixed(6)));
}

export { summarizeRun, type RunSummary } from './run-summary.ts';
