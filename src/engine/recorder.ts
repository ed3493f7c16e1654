/**
 * The engine's one instrumentation point: the loop and its tasks report here, and the recorder
 * writes the trace (src/trace/format.ts). A loop without a recorder pays one null check per
 * event and nothing else.
 */
import type { Handle, TimerHandle } from './handles.ts';
import type { EventLoop } from './loop.ts';
import type { Task, TaskOptions } from './task.ts';
import type { TimerHeap } from './timer-heap.ts';
import { PyException } from './exceptions.ts';
import type { Job, WorkerLane } from './worker-lanes.ts';
import {
  TICK_EVENT_LIMIT,
  TICK_LIST_LIMIT,
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

/** What the loop inspector calls a ready handle: a task's wakeup is named after the task. */
function describeHandle(h: Handle<never>): string {
  const task = (h.callback as { wakesTask?: Task<unknown> }).wakesTask;
  return task !== undefined ? `${task.name} wakeup` : h.label;
}

export interface BlockMeta {
  call?: SourceSpan;
  literal?: SourceSpan;
}

export class TraceRecorder {
  readonly events: TraceEvent[] = [];
  private ticks = 0;
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

  private traced(task: Task<unknown> | null): task is Task<unknown> {
    return task !== null && !task.internal;
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

  wake(task: Task<unknown>, by: Task<unknown> | null): void {
    if (!task.internal) this.events.push({ type: 'wake', t: this.now(), task: task.id, by: this.traced(by) ? by.id : null });
  }

  cancel(task: Task<unknown>, message: string | null): void {
    if (task.internal) return;
    const by = this.loop?.current ?? null;
    this.events.push({ type: 'cancel', t: this.now(), task: task.id, by: this.traced(by) ? by.id : null, message });
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
    const task = this.loop?.current ?? null;
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

  tick(ready: readonly Handle<never>[], head: number, timers: TimerHeap): void {
    if (!this.recordTicks || this.ticks >= TICK_EVENT_LIMIT) return;
    this.ticks++;
    const readyCount = ready.length - head;
    const readyLabels: string[] = [];
    for (let i = head; i < ready.length && readyLabels.length < TICK_LIST_LIMIT; i++) {
      const h = ready[i]!;
      if (!h.cancelled) readyLabels.push(describeHandle(h));
    }
    const pending: { when: number; label: string }[] = [];
    if (timers.size <= TICK_LIST_LIMIT) {
      for (const h of timers.all() as readonly TimerHandle<never>[]) if (!h.cancelled) pending.push({ when: h.when, label: h.label });
      pending.sort((a, b) => a.when - b.when);
    }
    this.events.push({
      type: 'tick',
      t: this.now(),
      ready: readyLabels,
      readyCount,
      timers: pending,
      timerCount: timers.size,
    });
  }
}
