/**
 * asyncio.Event (locks.py, 3.11.7): set() wakes every waiter at once, in the order they began
 * waiting. Queue.join() is built on one, which the trace then reports as the queue's.
 */
import type { Coro } from './coroutine.ts';
import type { EventLoop } from './loop.ts';
import { removeFirst, WaiterFuture, type ResourceState, type TracedResource } from './resource.ts';
import type { ResourceKind, WaitTarget } from '../trace/format.ts';

export class Event implements TracedResource {
  static readonly pyTypeName = 'Event';
  /** A number unique in the run, in creation order (the trace names objects by it; wait() sorts by it). */
  readonly objectId: number;
  readonly traceKind: ResourceKind = 'event';
  label = 'event';
  private waiters: WaiterFuture<boolean>[] = [];
  private value = false;
  /** The primitive the trace reports for this event: itself, or the Queue whose join() it serves. */
  private readonly owner: TracedResource;

  constructor(
    readonly loop: EventLoop,
    /** What a waiter waits on, for the trace; Queue.join() passes its own. */
    private readonly describeWait: ((event: Event) => WaitTarget) | null = null,
    owner: TracedResource | null = null,
  ) {
    this.objectId = loop.nextObjectId();
    this.owner = owner ?? this;
  }

  isSet(): boolean {
    return this.value;
  }

  traceState(): ResourceState {
    return { holders: [], waiters: this.waiters, set: this.value };
  }

  /** The tasks in wait(), oldest first (Queue reports them as its joiners). */
  get waiting(): readonly WaiterFuture<boolean>[] {
    return this.waiters;
  }

  get waiterCount(): number {
    return this.waiters.length;
  }

  /** Wakes every waiter at once, in the order they started waiting. */
  set(): void {
    if (this.value) return;
    this.value = true;
    for (const fut of this.waiters) if (!fut.done()) fut.setResult(true);
    this.loop.recorder?.resource(this.owner);
  }

  clear(): void {
    if (!this.value) return;
    this.value = false;
    this.loop.recorder?.resource(this.owner);
  }

  *wait(): Coro<boolean> {
    if (this.value) return true;
    const target: WaitTarget =
      this.describeWait !== null
        ? this.describeWait(this)
        : { kind: 'event', label: `${this.label}.wait()`, object: this.objectId };
    const fut = new WaiterFuture<boolean>(this.loop, this.owner, target, this.owner === this ? undefined : 'join');
    this.waiters.push(fut);
    this.loop.recorder?.resource(this.owner);
    try {
      yield* fut;
      return true;
    } finally {
      removeFirst(this.waiters, fut);
      this.loop.recorder?.resource(this.owner);
    }
  }
}
