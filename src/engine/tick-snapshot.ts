/**
 * The loop inspector's picture of one iteration: what each ready handle and pending timer is,
 * in words and by task (src/trace/format.ts, `tick`). Read only while recording ticks.
 */
import { Future } from './future.ts';
import type { Handle, TimerHandle } from './handles.ts';
import type { Task } from './task.ts';
import type { TimerHeap } from './timer-heap.ts';
import { TICK_LIST_LIMIT, type TickHandle, type TickTimer, type TraceEvent } from '../trace/format.ts';

interface CallbackMarks {
  /** A task's wakeup, which also runs its steps (task.ts). */
  wakesTask?: Task<unknown>;
  pyText?: string;
  /** Engine bookkeeping CPython does not have (the loop's list of live tasks): not shown. */
  engineOnly?: boolean;
  /** Listed in ticks but given no `callback` event: run_until_complete's stop, which only ends the loop. */
  untraced?: boolean;
}

/** An object a timer or callback acts for, that knows its task (a Timeout's deadline). */
interface ActsForTask {
  tracedTask(): Task<unknown> | null;
}

function marks(h: Handle<never>): CallbackMarks {
  return h.callback as CallbackMarks;
}

/** The task a callback's argument stands for: the one awaiting the future it will complete. */
function taskOfArg(arg: unknown): Task<unknown> | null {
  if (arg instanceof Future) {
    if (arg.done()) return null;
    for (const cb of arg.doneCallbacks()) {
      const t = (cb as CallbackMarks).wakesTask;
      if (t !== undefined) return t;
    }
    return null;
  }
  if (typeof arg === 'object' && arg !== null && typeof (arg as Partial<ActsForTask>).tracedTask === 'function') {
    return (arg as ActsForTask).tracedTask();
  }
  return null;
}

const TIMER_KINDS: Readonly<Record<string, TickTimer['kind']>> = {
  'sleep timer': 'sleep',
  'wait_for timeout': 'timeout',
  'wait timeout': 'timeout',
  timeout: 'timeout',
  'as_completed timeout': 'timeout',
};

interface Described {
  readonly label: string;
  readonly kind: TickHandle['kind'];
  readonly task: Task<unknown> | null;
}

/** A sleep's timer has the sleep as its argument; it stands for the future the sleep waits on. */
interface SleepTimerArg {
  readonly future: Future<unknown> | null;
}

function describe(h: Handle<never>): Described {
  const m = marks(h);
  const t = m.wakesTask;
  if (t !== undefined) return h.kind === 'step' ? { label: `${t.name} step`, kind: 'step', task: t } : { label: `${t.name} wakeup`, kind: 'wakeup', task: t };
  const arg: unknown = h.kind === 'sleep-timer' ? (h.arg as SleepTimerArg).future : h.arg;
  const task = taskOfArg(arg);
  let label = m.pyText ?? h.label;
  if (h.kind === 'sleep-timer' && arg instanceof Future && arg.waitTarget !== null) label = arg.waitTarget.label;
  if (task !== null && m.pyText === undefined) label += ` (${task.name})`;
  return { label, kind: 'callback', task };
}

/**
 * The label of a callback handle the loop is about to run, as the tick lists it; null for what
 * the trace shows otherwise (a task's step or wakeup is its `step`, a sleep's timer ends in the
 * sleeper's `wake`) and for the engine's own bookkeeping.
 */
export function callbackLabel(h: Handle<never>): string | null {
  const kind = h.kind;
  if (kind === 'step' || kind === 'wakeup' || kind === 'sleep-timer') return null;
  const m = marks(h);
  if (m.engineOnly === true || m.untraced === true) return null;
  return describe(h).label;
}

function idOf(task: Task<unknown> | null): { task?: number } {
  return task !== null && !task.internal ? { task: task.id } : {};
}

function shown(h: Handle<never>): boolean {
  return !h.cancelled && marks(h).engineOnly !== true;
}

/** The tick event: ready handles from `head` on, and the live timers (`cancelledTimers` of the heap are not). */
export function tickEvent(t: number, ready: readonly Handle<never>[], head: number, timers: TimerHeap, cancelledTimers: number): TraceEvent {
  const labels: string[] = [];
  const handles: TickHandle[] = [];
  let readyCount = 0;
  for (let i = head; i < ready.length; i++) {
    const h = ready[i]!;
    if (!shown(h)) continue;
    readyCount++;
    if (labels.length >= TICK_LIST_LIMIT) continue;
    const d = describe(h);
    labels.push(d.label);
    handles.push({ label: d.label, kind: d.kind, ...idOf(d.task) });
  }
  const pending: TickTimer[] = timers.earliest(TICK_LIST_LIMIT, shown).map((h: TimerHandle<never>) => {
    const d = describe(h);
    return { when: h.when, label: d.label, kind: TIMER_KINDS[h.label] ?? 'call', ...idOf(d.task) };
  });
  return {
    type: 'tick',
    t,
    ready: labels,
    readyCount,
    timers: pending,
    timerCount: Math.max(0, timers.size - cancelledTimers),
    handles,
  };
}
