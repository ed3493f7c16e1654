/**
 * The engine's one instrumentation point: the loop and its tasks report here, and the recorder
 * writes the trace (src/trace/format.ts). A loop without a recorder pays one null check per
 * event and nothing else.
 */
import type { Handle } from './handles.ts';
import type { EventLoop } from './loop.ts';
import type { Task, TaskOptions } from './task.ts';
import type { TimerHeap } from './timer-heap.ts';
import { PyException } from './exceptions.ts';
import type { Future } from './future.ts';
import type { Job, WorkerLane } from './worker-lanes.ts';
import type { TracedResource } from './resource.ts';
import { callbackLabel, tickEvent } from './tick-snapshot.ts';
import { actorNow, completionCause, type CompletionCause } from './wake-cause.ts';
import {
  RESOURCE_EVENT_LIMIT,
  TICK_EVENT_LIMIT,
  TICK_LIST_LIMIT,
  type ResourceEvent,
  type SourceSpan,
  type TaskOutcome,
  type TraceEvent,
  type WaitTarget,
} from '../trace/format.ts';

/** How values and exceptions read in the trace; the Python front end supplies Python's repr/str. */
export interface Describer {
  repr(value: unknown): string;
  message(exc: PyException): string;
}

const plainDescriber: Describer = {
  repr: (v) => (v === null || v === undefined ? 'None' : typeof v === 'string' ? `'${v}'` : String(v)),
  message: (e) => e.args.map(String).join(', '),
};

type WakeEvent = Extract<TraceEvent, { type: 'wake' }>;

export interface BlockMeta {
  call?: SourceSpan;
  literal?: SourceSpan;
}

export class TraceRecorder {
  readonly events: TraceEvent[] = [];
  private ticks = 0;
  private resources = 0;
  private loop: EventLoop | null = null;

  constructor(
    private readonly describer: Describer = plainDescriber,
    /** Loop-inspector snapshots cost O(ready + timers) per iteration; big runs may skip them. */
    private readonly recordTicks = true,
  ) {}

  attach(loop: EventLoop): void {
    this.loop = loop;
  }

  private now(): number {
    return this.loop === null ? 0 : this.loop.time();
  }

  private traced(task: Task<unknown> | null | undefined): task is Task<unknown> {
    return task !== null && task !== undefined && !task.internal;
  }

  private idOf(task: Task<unknown> | null | undefined): number | null {
    return this.traced(task) ? task.id : null;
  }

  create(task: Task<unknown>, opts: TaskOptions): void {
    if (task.internal) return;
    const parent = this.loop?.current ?? null;
    this.events.push({
      type: 'create',
      t: this.now(),
      task: task.id,
      name: task.name,
      parent: parent === null ? null : parent.id,
      ...(task.coroName ? { coro: task.coroName } : {}),
      ...(task.coroCall ? { coroCall: task.coroCall } : {}),
      ...(opts.call ? { call: opts.call } : {}),
      ...(opts.nameLiteral ? { nameLiteral: opts.nameLiteral } : {}),
    });
  }

  rename(task: Task<unknown>): void {
    if (!task.internal) this.events.push({ type: 'rename', t: this.now(), task: task.id, name: task.name });
  }

  step(task: Task<unknown>): void {
    if (!task.internal) this.events.push({ type: 'step', t: this.now(), task: task.id });
  }

  suspend(task: Task<unknown>, on: WaitTarget, at?: SourceSpan): void {
    if (task.internal) return;
    this.events.push(at ? { type: 'suspend', t: this.now(), task: task.id, on, at } : { type: 'suspend', t: this.now(), task: task.id, on });
  }

  /** Who and what completes `fut` now (kept on the future, for its awaiters' wakes). */
  completionCause(fut: Future<unknown>): CompletionCause | null {
    return this.loop === null ? null : completionCause(this.loop, fut);
  }

  /** `task`'s wakeup was scheduled because the future it awaits completed, for `c` (completionCause). */
  wake(task: Task<unknown>, c: CompletionCause | null): void {
    if (task.internal) return;
    if (c === null) {
      this.events.push({ type: 'wake', t: this.now(), task: task.id, by: null });
      return;
    }
    const ev: { -readonly [K in keyof WakeEvent]: WakeEvent[K] } = { type: 'wake', t: this.now(), task: task.id, by: this.idOf(c.by), cause: c.cause };
    if (c.object !== null) ev.object = c.object;
    const child = this.idOf(c.child);
    if (child !== null) ev.child = child;
    this.events.push(ev);
  }

  cancel(task: Task<unknown>, message: string | null): void {
    if (task.internal || this.loop === null) return;
    const by = this.idOf(actorNow(this.loop).by);
    const cause = this.loop.causeOverride ?? 'cancel';
    this.events.push({ type: 'cancel', t: this.now(), task: task.id, by, message, cause });
  }

  /** A primitive changed: its whole state, lists cut to TICK_LIST_LIMIT. */
  resource(r: TracedResource): void {
    if (this.resources >= RESOURCE_EVENT_LIMIT) return;
    this.resources++;
    const s = r.traceState();
    const holders: number[] = [];
    for (const h of s.holders) {
      if (holders.length >= TICK_LIST_LIMIT) break;
      const id = this.idOf(h);
      if (id !== null) holders.push(id);
    }
    const waiters: number[] = [];
    const ops: ('get' | 'put' | 'join')[] = [];
    for (const w of s.waiters) {
      if (waiters.length >= TICK_LIST_LIMIT) break;
      const id = this.idOf(w.task);
      if (id === null) continue;
      waiters.push(id);
      if (w.op !== undefined) ops.push(w.op);
    }
    const ev: ResourceEvent = {
      type: 'resource',
      t: this.now(),
      object: r.objectId,
      kind: r.traceKind,
      label: r.label,
      holders,
      holderCount: s.holders.length,
      waiters,
      waiterCount: s.waiters.length,
      ...(r.traceKind === 'queue' ? { ops } : {}),
      ...(s.items !== undefined ? { items: s.items } : {}),
      ...(s.capacity !== undefined ? { capacity: s.capacity } : {}),
      ...(s.set !== undefined ? { set: s.set } : {}),
      ...(s.unfinished !== undefined ? { unfinished: s.unfinished } : {}),
      ...(s.state !== undefined ? { state: s.state } : {}),
    };
    this.events.push(ev);
  }

  block(task: Task<unknown> | null, delay: number, meta?: BlockMeta): void {
    this.events.push({
      type: 'block',
      t: this.now(),
      task: this.traced(task) ? task.id : null,
      delay,
      ...(meta?.call ? { call: meta.call } : {}),
      ...(meta?.literal ? { literal: meta.literal } : {}),
    });
  }

  print(text: string, stream: 'stdout' | 'stderr', call?: SourceSpan): void {
    // A callback's print belongs where its `callback` event does: to the task that scheduled it.
    const task = this.loop?.current ?? this.loop?.currentHandle?.by ?? null;
    const lane = this.loop?.currentLane ?? null;
    this.events.push({
      type: 'print',
      t: this.now(),
      task: this.traced(task) ? task.id : null,
      text,
      stream,
      ...(call ? { call } : {}),
      ...(lane !== null ? { lane: lane.id } : {}),
    });
  }

  laneStart(lane: WorkerLane, job: Job): void {
    const call = job.info.call;
    this.events.push({ type: 'lane-start', t: this.now(), lane: lane.id, name: lane.name, job: job.id, fn: job.info.fnName, by: job.by, ...(call ? { call } : {}) });
  }

  laneBlock(lane: WorkerLane, delay: number, meta?: BlockMeta): void {
    this.events.push({
      type: 'lane-block',
      t: this.now(),
      lane: lane.id,
      delay,
      ...(meta?.call ? { call: meta.call } : {}),
      ...(meta?.literal ? { literal: meta.literal } : {}),
    });
  }

  laneEnd(lane: WorkerLane, job: Job, exc: PyException | null): void {
    this.events.push({ type: 'lane-end', t: this.now(), lane: lane.id, job: job.id, ...(exc !== null ? { excType: exc.cls.name } : {}) });
  }

  done(task: Task<unknown>): void {
    if (task.internal) return;
    this.events.push({ type: 'done', t: this.now(), task: task.id, ...this.outcome(task) });
  }

  private outcome(task: Task<unknown>): TaskOutcome {
    if (task.cancelled()) return { state: 'cancelled', message: task.peekCancelMessage() };
    const exc = task.peekException();
    if (exc !== null) return { state: 'exception', excType: exc.cls.name, message: this.describer.message(exc) };
    return { state: 'result', repr: this.describer.repr(task.peekResult()) };
  }

  /** The loop runs a callback handle (call_soon/call_later/call_at, a future's done callback): its own slot in the trace. */
  callback(h: Handle<never>): void {
    const kind = h.kind;
    // A task's step or wakeup is its `step`, a sleep's timer ends in the sleeper's `wake`.
    if (kind === 'step' || kind === 'wakeup' || kind === 'sleep-timer') return;
    // A done callback of a task the trace leaves out (asyncio.run's shutdown steps) is left out with it.
    if (kind === 'done' && (h.arg as { internal?: boolean } | null)?.internal === true) return;
    const label = callbackLabel(h);
    if (label !== null) this.events.push({ type: 'callback', t: this.now(), task: this.idOf(h.by), label });
  }

  tick(ready: readonly Handle<never>[], head: number, timers: TimerHeap, cancelledTimers: number): void {
    if (!this.recordTicks || this.ticks >= TICK_EVENT_LIMIT) return;
    this.ticks++;
    this.events.push(tickEvent(this.now(), ready, head, timers, cancelledTimers));
  }
}
