/**
 * The event loop as it stood right after one trace event: the ready queue in run order, the
 * timer heap, the step that is running, each task's state, and each primitive's holders and
 * waiters. The loop panel shows it at the playhead.
 *
 * A `tick` event is the loop's own snapshot at the start of an iteration, so the replay takes
 * its queue and timers as the truth and only fills in what happened since: a step takes its
 * handle (and the callbacks queued before it) off the front, a new task, a wakeup or a yield
 * joins the back, a sleep adds a timer. Callbacks queued between ticks show at the next tick.
 * Once ticks stop being recorded (TICK_EVENT_LIMIT) the queue and timers come from task
 * events alone, and `fromTick` says so.
 *
 * Readers of optional format fields (`tick.handles`, timers' `task`, `resource` events) go
 * through the structural types below, so traces with and without them read the same way.
 */
import type { TaskId, TaskOutcome, Trace, TraceEvent, WaitTarget } from '../format.ts';
import { fmtNum, waitLabel } from './spans.ts';

export type HandleKind = 'step' | 'wakeup' | 'callback';

export interface ReadyEntry {
  readonly label: string;
  readonly kind: HandleKind;
  /** The task the handle steps or wakes, when known. */
  readonly task?: TaskId;
}

export interface TimerEntry {
  /** Loop time it fires at. */
  readonly when: number;
  readonly label: string;
  readonly task?: TaskId;
}

export type TaskPhase = 'pending' | 'ready' | 'running' | 'waiting' | 'done';

export interface TaskState {
  readonly task: TaskId;
  readonly name: string;
  /** pending: created, not started; ready: woken or yielded, in the queue; waiting: suspended on `on`. */
  readonly phase: TaskPhase;
  readonly on?: WaitTarget;
  /** "sleep 3", "waits for Task-2": what it waits on, in the timeline's words. */
  readonly waitLabel?: string;
  readonly outcome?: TaskOutcome;
}

export type ResourceKind = 'lock' | 'semaphore' | 'queue' | 'event' | 'condition' | 'barrier';

export interface ResourceState {
  readonly object: number;
  readonly kind: ResourceKind;
  readonly label: string;
  /** Who holds it; null when the trace does not say (no `resource` events: only waiters are known). */
  readonly holders: readonly TaskId[] | null;
  readonly waiters: readonly { readonly task: TaskId; readonly op?: 'get' | 'put' | 'join' }[];
  readonly waiterCount: number;
  /** queue: items stored; semaphore: free slots; barrier: arrived. */
  readonly items?: number;
  readonly capacity?: number;
  /** event: whether it is set. */
  readonly set?: boolean;
}

export interface LoopState {
  /** The event this describes (the state right after it); -1 is before the first event. */
  readonly index: number;
  readonly t: number;
  /** The task whose step is running, or null between steps. */
  readonly current: TaskId | null;
  readonly ready: readonly ReadyEntry[];
  /** Exact when the queue came from a tick (its list may be cut to TICK_LIST_LIMIT). */
  readonly readyCount: number;
  readonly timers: readonly TimerEntry[];
  readonly timerCount: number;
  /** Every task created so far, in creation order. */
  readonly tasks: readonly TaskState[];
  readonly resources: readonly ResourceState[];
  /** Index of the tick the queue and timers start from, or null when rebuilt from task events alone. */
  readonly fromTick: number | null;
}

/** A tick as newer traces write it: handles with kinds and tasks, timers with their task. */
interface TickLike {
  readonly t: number;
  readonly ready: readonly string[];
  readonly readyCount: number;
  readonly timers: readonly { readonly when: number; readonly label: string; readonly task?: TaskId }[];
  readonly timerCount: number;
  readonly handles?: readonly { readonly label: string; readonly kind: HandleKind; readonly task?: TaskId }[];
}

/** A primitive's snapshot (`resource` event), when the trace has them. */
interface ResourceLike {
  readonly type: 'resource';
  readonly object: number;
  readonly kind: ResourceKind;
  readonly label: string;
  readonly holders: readonly TaskId[];
  readonly waiters: readonly TaskId[];
  readonly waiterCount: number;
  readonly ops?: readonly ('get' | 'put' | 'join')[];
  readonly items?: number;
  readonly capacity?: number;
  readonly set?: boolean;
}

function asResource(ev: { readonly type: string }): ResourceLike | null {
  return ev.type === 'resource' ? (ev as unknown as ResourceLike) : null;
}

const PRIMITIVE_KINDS: ReadonlySet<string> = new Set(['lock', 'event', 'condition', 'semaphore', 'queue']);

interface MutableTask {
  task: TaskId;
  name: string;
  phase: TaskPhase;
  on?: WaitTarget;
  outcome?: TaskOutcome;
}

/** The loop right after `trace.events[eventIndex]` (clamped to the trace). */
export function loopStateAt(trace: Trace, eventIndex: number): LoopState {
  const last = Math.min(eventIndex, trace.events.length - 1);
  const tasks = new Map<TaskId, MutableTask>();
  const byName = new Map<string, TaskId>();
  const resources = new Map<number, ResourceLike>();
  const primitives = new Map<number, { kind: ResourceKind; label: string }>();
  let ready: ReadyEntry[] = [];
  let readyCount = 0;
  let timers: TimerEntry[] = [];
  let timerCount = 0;
  let current: TaskId | null = null;
  let fromTick: number | null = null;
  let t = 0;

  const push = (entry: ReadyEntry) => {
    ready.push(entry);
    readyCount++;
  };
  /** The handles before (and including) the first that matches ran: FIFO. */
  const take = (match: (e: ReadyEntry) => boolean): boolean => {
    const at = ready.findIndex(match);
    if (at < 0) return false;
    ready = ready.slice(at + 1);
    readyCount = Math.max(ready.length, readyCount - (at + 1));
    return true;
  };
  const addTimer = (timer: TimerEntry) => {
    // Equal deadlines fire in scheduling order: insert after them.
    let i = timers.length;
    while (i > 0 && (timers[i - 1] as TimerEntry).when > timer.when) i--;
    timers = [...timers.slice(0, i), timer, ...timers.slice(i)];
    timerCount++;
  };
  const dropTimers = (match: (x: TimerEntry) => boolean) => {
    const kept = timers.filter((x) => !match(x));
    timerCount = Math.max(kept.length, timerCount - (timers.length - kept.length));
    timers = kept;
  };

  for (let i = 0; i <= last; i++) {
    const ev = trace.events[i] as TraceEvent;
    t = ev.t;
    // A timer whose deadline is past has fired: the loop runs due timers before anything later.
    if (timers.length > 0 && (timers[0] as TimerEntry).when < t) dropTimers((x) => x.when < t);
    const res = asResource(ev);
    if (res) {
      resources.set(res.object, res);
      continue;
    }
    switch (ev.type) {
      case 'tick': {
        const tick = ev as TickLike;
        fromTick = i;
        ready = tick.handles ? tick.handles.map((h) => ({ ...h })) : tick.ready.map((label) => entryFromLabel(label, byName));
        readyCount = tick.readyCount;
        timers = tick.timers.map((x) => ({ ...x }));
        timerCount = tick.timerCount;
        current = null;
        break;
      }
      case 'create':
        tasks.set(ev.task, { task: ev.task, name: ev.name, phase: 'pending' });
        byName.set(ev.name, ev.task);
        push({ label: `${ev.name} step`, kind: 'step', task: ev.task });
        break;
      case 'rename': {
        const task = tasks.get(ev.task);
        if (task) task.name = ev.name;
        byName.set(ev.name, ev.task);
        break;
      }
      case 'step': {
        take((e) => e.task === ev.task && e.kind !== 'callback');
        const task = tasks.get(ev.task);
        if (task) {
          task.phase = 'running';
          delete task.on;
        }
        current = ev.task;
        break;
      }
      case 'suspend': {
        const task = tasks.get(ev.task);
        if (current === ev.task) current = null;
        if (!task) break;
        if (ev.on.kind === 'yield') {
          task.phase = 'ready';
          push({ label: `${task.name} step`, kind: 'step', task: ev.task });
          break;
        }
        task.phase = 'waiting';
        task.on = ev.on;
        if (ev.on.kind === 'sleep' && ev.on.until > ev.t) addTimer({ when: ev.on.until, label: `sleep ${fmtNum(ev.on.delay)} (${task.name})`, task: ev.task });
        if (ev.on.kind === 'wait_for' && ev.on.timeout !== null) addTimer({ when: ev.t + ev.on.timeout, label: `wait_for timeout (${task.name})`, task: ev.task });
        if (PRIMITIVE_KINDS.has(ev.on.kind) && 'object' in ev.on) {
          if (!primitives.has(ev.on.object)) primitives.set(ev.on.object, { kind: ev.on.kind as ResourceKind, label: ev.on.label });
        }
        break;
      }
      case 'wake': {
        const task = tasks.get(ev.task);
        // Between steps, a callback did it (a timer, a done callback): it ran off the front.
        if (current === null) take((e) => e.kind === 'callback' && (e.task === undefined || e.task === ev.task));
        // Its timer fired, or was cancelled because something else woke it first (a cancel, a wait_for's task).
        dropTimers((x) => x.task === ev.task);
        if (task && task.phase === 'waiting') {
          task.phase = 'ready';
          delete task.on;
          push({ label: `${task.name} wakeup`, kind: 'wakeup', task: ev.task });
        }
        break;
      }
      case 'done': {
        const task = tasks.get(ev.task);
        if (current === ev.task) current = null;
        if (task) {
          task.phase = 'done';
          delete task.on;
          task.outcome = outcomeOf(ev);
        }
        dropTimers((x) => x.task === ev.task);
        break;
      }
      default:
        break;
    }
  }

  const taskList = [...tasks.values()].sort((a, b) => a.task - b.task);
  const named = new Map(taskList.map((x) => [x.task, { name: x.name }]));
  return {
    index: last,
    t,
    current,
    ready,
    readyCount: Math.max(readyCount, ready.length),
    timers,
    timerCount: Math.max(timerCount, timers.length),
    tasks: taskList.map((x) => ({
      task: x.task,
      name: x.name,
      phase: x.phase,
      ...(x.on ? { on: x.on, waitLabel: waitLabel(x.on, named) } : {}),
      ...(x.outcome ? { outcome: x.outcome } : {}),
    })),
    resources: resourceStates(resources, primitives, taskList),
    fromTick,
  };
}

/** A tick label from a trace without `handles`: "Task-2", "Task-2 step", "Task-2 wakeup", or a callback. */
function entryFromLabel(label: string, byName: ReadonlyMap<string, TaskId>): ReadyEntry {
  const m = /^(.*?)(?: (step|wakeup))?$/.exec(label);
  const name = m?.[1] ?? label;
  const task = byName.get(name);
  if (task === undefined) return { label, kind: 'callback' };
  const kind: HandleKind = m?.[2] === 'wakeup' ? 'wakeup' : 'step';
  return { label: `${name} ${kind}`, kind, task };
}

function outcomeOf(ev: Extract<TraceEvent, { type: 'done' }>): TaskOutcome {
  if (ev.state === 'result') return { state: 'result', repr: ev.repr };
  if (ev.state === 'exception') return { state: 'exception', excType: ev.excType, message: ev.message };
  return { state: 'cancelled', message: ev.message };
}

/** Snapshots where the trace has them; otherwise the primitives tasks waited on, with who waits now. */
function resourceStates(
  snapshots: ReadonlyMap<number, ResourceLike>,
  primitives: ReadonlyMap<number, { kind: ResourceKind; label: string }>,
  tasks: readonly MutableTask[],
): ResourceState[] {
  const ids = [...new Set([...snapshots.keys(), ...primitives.keys()])].sort((a, b) => a - b);
  return ids.map((object): ResourceState => {
    const snap = snapshots.get(object);
    if (snap) {
      return {
        object,
        kind: snap.kind,
        label: snap.label,
        holders: snap.holders,
        waiters: snap.waiters.map((task, i) => {
          const op = snap.ops?.[i];
          return op ? { task, op } : { task };
        }),
        waiterCount: snap.waiterCount,
        ...(snap.items !== undefined ? { items: snap.items } : {}),
        ...(snap.capacity !== undefined ? { capacity: snap.capacity } : {}),
        ...(snap.set !== undefined ? { set: snap.set } : {}),
      };
    }
    const known = primitives.get(object) as { kind: ResourceKind; label: string };
    const waiters = tasks.filter((x) => x.phase === 'waiting' && x.on !== undefined && 'object' in x.on && PRIMITIVE_KINDS.has(x.on.kind) && x.on.object === object);
    return { object, kind: known.kind, label: known.label, holders: null, waiters: waiters.map((x) => ({ task: x.task })), waiterCount: waiters.length };
  });
}
