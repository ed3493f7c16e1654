/**
 * Trace events in words, for the playback bar's narration ("Task-2 runs until line 10: await
 * asyncio.sleep(3)") and every other place that says how a task ended: the words live here
 * and nowhere else. Also the source line each event points at, for the editor's current line.
 * Pure: a trace and an event index in, text out.
 */
import type { SourceSpan, TaskId, TaskOutcome, Trace, TraceEvent, WaitTarget } from '../format.ts';
import { fmtNum } from './spans.ts';

/** How a task ended, as a short phrase: "result None", "exception ValueError: boom", "cancelled". */
export function outcomeWords(o: TaskOutcome | null): string {
  if (o === null) return 'unfinished';
  switch (o.state) {
    case 'result':
      return `result ${o.repr}`;
    case 'exception':
      return `exception ${o.excType}${o.message ? `: ${o.message}` : ''}`;
    case 'cancelled':
      return `cancelled${o.message === null ? '' : ` (${o.message})`}`;
  }
}

/** "finishes with result None", "finishes with exception ValueError: boom", "is cancelled". */
export function finishWords(o: TaskOutcome): string {
  return o.state === 'cancelled' ? `is ${outcomeWords(o)}` : `finishes with ${outcomeWords(o)}`;
}

/** How a task ended, as the chart prints it after the finish mark ('' for a plain None). */
export function outcomeLabel(o: TaskOutcome): string {
  if (o.state === 'result') return o.repr === 'None' ? '' : `→ ${o.repr}`;
  if (o.state === 'exception') return o.message ? `${o.excType}: ${o.message}` : o.excType;
  return o.message === null ? 'cancelled' : `cancelled: ${o.message}`;
}

/**
 * When and how a task ended, as a clause: "finished at 3 s, returned 'x'", "failed at 1 s with
 * ValueError: boom", "cancelled at 2 s (why)"; `brief` leaves out the result and the messages.
 */
export function endedWords(o: TaskOutcome, at: string, brief = false): string {
  if (o.state === 'result') return brief ? `finished at ${at}` : `finished at ${at}, returned ${o.repr}`;
  if (o.state === 'exception') return `failed at ${at} with ${o.excType}${!brief && o.message ? `: ${o.message}` : ''}`;
  return `cancelled at ${at}${brief || o.message === null ? '' : ` (${o.message})`}`;
}

/** The verb for each way a task can end, as the legend names the finish marks. */
export const OUTCOME_VERBS: { readonly [S in TaskOutcome['state']]: string } = { result: 'returned', exception: 'raised', cancelled: 'cancelled' };

/** Events a reader steps through. Loop iterations and primitives' snapshots are shown by the loop panel instead. */
export function isNarrated(ev: TraceEvent): boolean {
  // An empty write (the engine's final stderr flush) changes nothing a reader could see.
  if (ev.type === 'print') return ev.text !== '';
  return ev.type !== 'tick' && (ev as { readonly type: string }).type !== 'resource';
}

/** Task and worker-thread names as they were at one event (names change with set_name). */
class Names {
  private readonly tasks = new Map<TaskId, string>();
  private readonly lanes = new Map<number, { name: string; fn: string }>();

  constructor(trace: Trace, upTo: number) {
    for (let i = 0; i <= upTo && i < trace.events.length; i++) {
      const e = trace.events[i] as TraceEvent;
      if (e.type === 'create' || e.type === 'rename') this.tasks.set(e.task, e.name);
      else if (e.type === 'lane-start') this.lanes.set(e.lane, { name: e.name, fn: e.fn });
    }
  }

  task(id: TaskId | null): string {
    return id === null ? 'the loop' : this.tasks.get(id) ?? `Task ${id}`;
  }

  lane(id: number): { name: string; fn: string } {
    return this.lanes.get(id) ?? { name: `thread ${id}`, fn: 'a function' };
  }
}

/** One sentence about `trace.events[index]`. */
export function describeEvent(trace: Trace, index: number): string {
  const ev = trace.events[index];
  if (ev === undefined) return index < 0 ? 'Before the first event.' : 'After the last event.';
  const names = new Names(trace, index);
  const name = (id: TaskId | null) => names.task(id);
  switch (ev.type) {
    case 'create': {
      const what = `${ev.name}${ev.coro ? ` to run ${ev.coro}()` : ''}`;
      const where = ev.call ? ` at line ${ev.call.line}` : '';
      return ev.parent === null ? `asyncio.run creates ${what}${where}` : `${name(ev.parent)} creates ${what}${where}`;
    }
    case 'rename': {
      const before = new Names(trace, index - 1).task(ev.task);
      return `${before} is renamed ${ev.name}`;
    }
    case 'step':
      return `${name(ev.task)} ${stepWords(trace, index, ev.task)}`;
    case 'suspend': {
      const until = ev.on.kind === 'sleep' ? `, until t = ${fmtNum(ev.on.until)} s` : '';
      return `${name(ev.task)} ${waitWords(ev.on, names)}${lineSuffix(suspendSpan(ev))}${until}`;
    }
    case 'wake':
      return wakeWords(trace, index, ev.task, ev.by, names);
    case 'cancel': {
      const who = ev.by === null ? 'The loop' : name(ev.by);
      return `${who} cancels ${name(ev.task)}${ev.message === null ? '' : ` (${quote(ev.message)})`}`;
    }
    case 'block':
      return `${ev.task === null ? 'The program' : name(ev.task)} blocks the whole loop for ${fmtNum(ev.delay)} s in time.sleep(${fmtNum(ev.delay)})${lineSuffix(ev.call)}`;
    case 'print': {
      const who = ev.lane !== undefined ? names.lane(ev.lane).name : ev.task === null ? 'The program' : name(ev.task);
      const text = quote(ev.text.replace(/\n$/, ''));
      return ev.stream === 'stderr' ? `${who} writes to stderr: ${text}` : `${who} prints ${text}`;
    }
    case 'done':
      return `${name(ev.task)} ${finishWords(ev)}`;
    case 'lane-start':
      return `${ev.name} starts ${ev.fn}() for ${name(ev.by)}`;
    case 'lane-block':
      return `${names.lane(ev.lane).name} blocks its thread (not the loop) for ${fmtNum(ev.delay)} s in time.sleep(${fmtNum(ev.delay)})${lineSuffix(ev.call)}`;
    case 'lane-end': {
      const lane = names.lane(ev.lane);
      return ev.excType ? `${lane.name}: ${lane.fn}() raises ${ev.excType}` : `${lane.name}: ${lane.fn}() returns`;
    }
    case 'callback':
      return `The loop runs the callback ${ev.label}${ev.task === null ? '' : `, scheduled by ${name(ev.task)}`}`;
    case 'tick':
      return `The loop starts an iteration with ${ev.readyCount} ready`;
    default:
      return `${(ev as { type: string }).type} event`;
  }
}

/** "runs until line 10: await asyncio.sleep(3)", from the suspend (or end) that closes the step. */
function stepWords(trace: Trace, index: number, task: TaskId): string {
  const endAt = stepEnd(trace, index, task);
  if (endAt === null) return 'runs';
  const end = trace.events[endAt] as Extract<TraceEvent, { type: 'suspend' | 'done' }>;
  // Tasks the step creates are named in its wait ("waits for Task-2"): take names as of its end.
  const names = new Names(trace, endAt);
  if (end.type === 'done') return end.state === 'result' ? 'runs to its end' : end.state === 'exception' ? `runs until it raises ${end.excType}` : 'runs until it is cancelled';
  const span = suspendSpan(end);
  const awaited = awaitText(end.on);
  if (span && awaited) return `runs until line ${span.line}: ${awaited}`;
  if (span) return `runs until line ${span.line}, where it ${waitWords(end.on, names)}`;
  return `runs until it ${waitWords(end.on, names)}`;
}

/** Index of the suspend or done that ends the step starting at `index`, or null if the trace ends first. */
function stepEnd(trace: Trace, index: number, task: TaskId): number | null {
  for (let i = index + 1; i < trace.events.length; i++) {
    const e = trace.events[i] as TraceEvent;
    if ((e.type === 'suspend' || e.type === 'done') && e.task === task) return i;
    if (e.type === 'step' && e.task === task) return null;
  }
  return null;
}

/** The await written out, where the target says enough: sleeps, which are most of what learners write. */
function awaitText(on: WaitTarget): string | null {
  if (on.kind === 'sleep') return `await asyncio.sleep(${fmtNum(on.delay)})`;
  if (on.kind === 'yield') return 'await asyncio.sleep(0)';
  return null;
}

function waitWords(on: WaitTarget, names: Names): string {
  switch (on.kind) {
    case 'sleep':
      return `sleeps ${fmtNum(on.delay)} s`;
    case 'yield':
      return 'yields to the other ready tasks';
    case 'task':
      return `waits for ${names.task(on.task)}`;
    case 'gather':
    case 'wait':
    case 'taskgroup':
      return `waits for ${on.tasks.map((t) => names.task(t)).join(', ') || on.label}`;
    default:
      return `waits on ${on.label}`;
  }
}

function wakeWords(trace: Trace, index: number, task: TaskId, by: TaskId | null, names: Names): string {
  const on = waitingOn(trace, index, task);
  const woken = names.task(task);
  if (by !== null && by !== task) return `${names.task(by)} wakes ${woken}: it is ready to run`;
  if (on?.kind === 'sleep') return `${woken}'s sleep ends: it is ready to run`;
  return `${woken} is woken${on ? ` from ${on.label}` : ''}: it is ready to run`;
}

/** What the task waits on just before `index` (its latest suspend), if anything. */
function waitingOn(trace: Trace, index: number, task: TaskId): WaitTarget | null {
  for (let i = index - 1; i >= 0; i--) {
    const e = trace.events[i] as TraceEvent;
    if (e.type === 'suspend' && e.task === task) return e.on;
    if (e.type === 'step' && e.task === task) return null;
  }
  return null;
}

function suspendSpan(ev: Extract<TraceEvent, { type: 'suspend' }>): SourceSpan | undefined {
  return ev.at ?? (ev.on.kind === 'sleep' ? ev.on.call : undefined);
}

function lineSuffix(span: SourceSpan | undefined): string {
  return span ? ` at line ${span.line}` : '';
}

/** Program text in quotes, cut short: narration is one line. */
function quote(text: string): string {
  const cut = text.length > 80 ? `${text.slice(0, 77)}…` : text;
  return `'${cut}'`;
}

/**
 * The 1-based source line an event is at, for the editor's current-line mark, or null. A step
 * points at the next line it runs: where it resumes (its previous await), or for a first step
 * the first line its events name.
 */
export function eventLine(trace: Trace, index: number): number | null {
  const ev = trace.events[index];
  if (ev === undefined) return null;
  switch (ev.type) {
    case 'create':
    case 'print':
    case 'block':
    case 'lane-start':
    case 'lane-block':
      return ev.call?.line ?? null;
    case 'suspend':
      return suspendSpan(ev)?.line ?? null;
    case 'step':
      return resumeLine(trace, index, ev.task) ?? firstLineInStep(trace, index, ev.task);
    case 'wake':
      return resumeLine(trace, index, ev.task);
    default:
      return null;
  }
}

/** The line of the task's latest await before `index`: where it resumes. */
function resumeLine(trace: Trace, index: number, task: TaskId): number | null {
  for (let i = index - 1; i >= 0; i--) {
    const e = trace.events[i] as TraceEvent;
    if (e.type === 'suspend' && e.task === task) return suspendSpan(e)?.line ?? null;
  }
  return null;
}

function firstLineInStep(trace: Trace, index: number, task: TaskId): number | null {
  for (let i = index + 1; i < trace.events.length; i++) {
    const e = trace.events[i] as TraceEvent;
    if (e.type === 'step' && e.task === task) return null;
    if (e.type === 'create' && e.parent === task && e.call) return e.call.line;
    if ((e.type === 'print' || e.type === 'block') && e.task === task && e.call) return e.call.line;
    if (e.type === 'suspend' && e.task === task) return suspendSpan(e)?.line ?? null;
    if (e.type === 'done' && e.task === task) return null;
  }
  return null;
}
