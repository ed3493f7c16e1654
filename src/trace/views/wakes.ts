// Who woke whom: one edge per `wake` event, from the event that caused it to the step where the
// woken task resumed (see FORMAT.md, "Wakes"). Pure: a trace in, edges out.
import type { TaskId, Trace, TraceEvent, WaitTarget } from '../format.ts';
import type { WakeEdge } from './wake-types.ts';

type WakeEvent = Extract<TraceEvent, { type: 'wake' }>;

/** What the replay remembers per task while walking the events. */
interface TaskState {
  name: string;
  /** Index of the task's latest `step`: the step in which it acts now. */
  lastStep: number | null;
  done: number | null;
  /** What it waits on since its latest suspend. */
  on: WaitTarget | null;
  /** Edges waiting for the task's next step. */
  pending: { -readonly [K in keyof WakeEdge]: WakeEdge[K] }[];
}

export function wakeEdges(trace: Trace): WakeEdge[] {
  const tasks = new Map<TaskId, TaskState>();
  const laneEnds = new Map<number, number>();
  const labels = new Map<number, string>();
  const edges: WakeEdge[] = [];
  let lastTick: { index: number; t: number } | null = null;
  const state = (id: TaskId): TaskState => {
    let s = tasks.get(id);
    if (s === undefined) {
      s = { name: `task ${id}`, lastStep: null, done: null, on: null, pending: [] };
      tasks.set(id, s);
    }
    return s;
  };
  const name = (id: TaskId | null | undefined): string => (id === null || id === undefined ? 'the loop' : state(id).name);

  trace.events.forEach((ev, i) => {
    switch (ev.type) {
      case 'create':
      case 'rename':
        state(ev.task).name = ev.name;
        return;
      case 'tick':
        lastTick = { index: i, t: ev.t };
        return;
      case 'resource':
        labels.set(ev.object, ev.label);
        return;
      case 'lane-end':
        laneEnds.set(ev.job, i);
        return;
      case 'step': {
        const s = state(ev.task);
        s.lastStep = i;
        for (const e of s.pending) e.resumeIndex = i;
        s.pending = [];
        return;
      }
      case 'suspend':
        state(ev.task).on = ev.on;
        return;
      case 'done':
        state(ev.task).done = i;
        return;
      case 'wake': {
        const s = state(ev.task);
        const edge = {
          task: ev.task,
          wakeIndex: i,
          resumeIndex: null,
          by: ev.by,
          causeIndex: causeIndexOf(ev, s.on, tasks, laneEnds, lastTick),
          cause: causeText(ev, s.on, name, labels),
        };
        s.pending.push(edge);
        edges.push(edge);
        return;
      }
      default:
        return;
    }
  });
  return edges;
}

function causeIndexOf(
  ev: WakeEvent,
  on: WaitTarget | null,
  tasks: ReadonlyMap<TaskId, TaskState>,
  laneEnds: ReadonlyMap<number, number>,
  lastTick: { readonly index: number; readonly t: number } | null,
): number | null {
  // A finished child: its `done` (recorded just before the wake, or in an earlier iteration).
  const finished = ev.child ?? (ev.cause === 'task-done' ? ev.by : undefined);
  if (finished !== undefined && finished !== null) {
    const done = tasks.get(finished)?.done ?? null;
    if (done !== null) return done;
  }
  if (ev.by !== null) return tasks.get(ev.by)?.lastStep ?? null;
  if (ev.cause === 'thread' && on?.kind === 'thread') return laneEnds.get(on.job) ?? null;
  // A timer or a deadline: the iteration that ran it (unless ticks stopped being recorded).
  return lastTick !== null && lastTick.t === ev.t ? lastTick.index : null;
}

function causeText(
  ev: WakeEvent,
  on: WaitTarget | null,
  name: (id: TaskId | null | undefined) => string,
  labels: ReadonlyMap<number, string>,
): string {
  const by = name(ev.by);
  const what = on?.label ?? 'its wait';
  const object = (fallback: string): string => (ev.object !== undefined ? labels.get(ev.object) ?? fallback : fallback);
  switch (ev.cause) {
    case 'task-done':
      return `${name(ev.child ?? ev.by)} finished`;
    case 'gather':
    case 'wait':
    case 'wait_for':
      return `${name(ev.child ?? ev.by)} finished (${ev.cause})`;
    case 'taskgroup':
      return `${name(ev.child ?? ev.by)} finished (TaskGroup)`;
    case 'timer':
      return `${what} ended`;
    case 'timeout':
      return `timeout while waiting on ${what}`;
    case 'cancel':
      return ev.by === null ? 'cancel()' : `cancel() in ${by}`;
    case 'event':
      return `${object('event')}.set() in ${by}`;
    case 'lock':
      return `${object('lock')}.release() in ${by}`;
    case 'condition':
      return `${object('condition')}.notify() in ${by}`;
    case 'semaphore':
      return `${object('semaphore')}.release() in ${by}`;
    case 'queue':
      return `${queueAction(what, object('queue'))} in ${by}`;
    case 'barrier':
      return `${object('barrier')} released in ${by}`;
    case 'future':
      return ev.by === null ? 'future set by a callback' : `future set in ${by}`;
    case 'thread':
      return `${what} finished`;
    case 'loop':
    case undefined:
      return ev.by === null ? 'the loop' : by;
  }
}

/** What ends a queue wait: a put ends a get, a get ends a put, the last task_done ends a join. */
function queueAction(waitLabel: string, queue: string): string {
  if (waitLabel.endsWith('.get()')) return `${queue}.put()`;
  if (waitLabel.endsWith('.put()')) return `${queue}.get()`;
  if (waitLabel.endsWith('.join()')) return `${queue}.task_done()`;
  return `${queue} item`;
}
