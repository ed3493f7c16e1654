/**
 * asyncio's synchronization primitives (locks.py, 3.11.7): Lock, Condition, Semaphore,
 * BoundedSemaphore (Event is in event.ts, Barrier in barrier.ts). Waiters are futures in FIFO arrays; who wakes first, and what a cancelled
 * waiter passes on, follow CPython exactly, since that order is what programs print.
 */
import type { AsyncContextManager } from './async-context.ts';
import type { Coro } from './coroutine.ts';
import { CancelledError, isInstance, PyException, pyErr, RuntimeError, ValueError } from './exceptions.ts';
import type { EventLoop } from './loop.ts';
import { holderList, removeFirst, WaiterFuture, type ResourceState, type TracedResource } from './resource.ts';
import type { Task } from './task.ts';
import type { ResourceKind } from '../trace/format.ts';

type WaiterKind = 'lock' | 'condition' | 'semaphore';

/** A waiter future labelled for the trace, on behalf of `owner` (the primitive the trace names). */
function newWaiter<T>(loop: EventLoop, owner: TracedResource, kind: WaiterKind, label: string): WaiterFuture<T> {
  return new WaiterFuture<T>(loop, owner, { kind, label, object: owner.objectId });
}

/** Shared by Lock, Condition and Semaphore: `async with x` acquires, leaving releases. */
abstract class AcquireReleaseContext implements AsyncContextManager {
  abstract acquire(): Coro<boolean>;
  abstract release(): void;

  *aenter(): Coro<unknown> {
    yield* this.acquire();
    return null;
  }

  *aexit(_exc: PyException | null): Coro<boolean> {
    this.release();
    return false;
  }
}

export class Lock extends AcquireReleaseContext implements TracedResource {
  static readonly pyTypeName = 'Lock';
  /** A number unique in the run, in creation order (the trace names objects by it; wait() sorts by it). */
  readonly objectId: number;
  readonly traceKind: ResourceKind = 'lock';
  /** What the timeline calls this lock; the front end may pass the variable's name. */
  label = 'lock';
  private waiters: WaiterFuture<boolean>[] = [];
  private isLocked = false;
  /** The task that acquired it (asyncio's Lock has no owner; the trace reports who took it). */
  private holder: Task<unknown> | null = null;

  constructor(readonly loop: EventLoop) {
    super();
    this.objectId = loop.nextObjectId();
  }

  locked(): boolean {
    return this.isLocked;
  }

  traceState(): ResourceState {
    return { holders: holderList(this.holder), waiters: this.waiters };
  }

  /** Who took it, for the trace (null: free, or taken outside any task). */
  get holderTask(): Task<unknown> | null {
    return this.holder;
  }

  private take(): void {
    this.isLocked = true;
    this.holder = this.loop.current;
    this.loop.recorder?.resource(this);
  }

  /** Waiting acquirers, for repr and the inspector. */
  get waiterCount(): number {
    return this.waiters.length;
  }

  *acquire(): Coro<boolean> {
    // Free and nobody (still) queued: take it without yielding.
    if (!this.isLocked && this.waiters.every((w) => w.cancelled())) {
      this.take();
      return true;
    }
    const fut = newWaiter<boolean>(this.loop, this, 'lock', this.label);
    this.waiters.push(fut);
    this.loop.recorder?.resource(this);
    try {
      try {
        yield* fut;
      } finally {
        // Leave the queue before handling a cancellation, so we never wake ourselves.
        removeFirst(this.waiters, fut);
      }
    } catch (e) {
      // Woken but cancelled before running: pass the turn on to the next waiter.
      if (isInstance(e, CancelledError) && !this.isLocked) this.wakeUpFirst();
      this.loop.recorder?.resource(this);
      throw e;
    }
    this.take();
    return true;
  }

  release(): void {
    if (!this.isLocked) throw pyErr(RuntimeError, 'Lock is not acquired.');
    this.isLocked = false;
    this.holder = null;
    this.wakeUpFirst();
    this.loop.recorder?.resource(this);
  }

  /** Wake the head of the queue; a head already woken will take the lock or pass it on itself. */
  private wakeUpFirst(): void {
    const fut = this.waiters[0];
    if (fut !== undefined && !fut.done()) fut.setResult(true);
  }
}

export class Condition extends AcquireReleaseContext implements TracedResource {
  static readonly pyTypeName = 'Condition';
  /** A number unique in the run, in creation order (the trace names objects by it; wait() sorts by it). */
  readonly objectId: number;
  readonly traceKind: ResourceKind = 'condition';
  label = 'condition';
  readonly lock: Lock;
  private waiters: WaiterFuture<boolean>[] = [];
  /** The primitive the trace reports for this condition: itself, or the Barrier built on it. */
  private owner: TracedResource = this;

  constructor(
    readonly loop: EventLoop,
    lock: Lock | null = null,
  ) {
    super();
    this.objectId = loop.nextObjectId();
    this.lock = lock ?? new Lock(loop);
  }

  /** A Barrier built on this condition: its waits and wakes are reported as the barrier's. */
  reportAs(owner: TracedResource): void {
    this.owner = owner;
  }

  locked(): boolean {
    return this.lock.locked();
  }

  traceState(): ResourceState {
    return { holders: holderList(this.lock.holderTask), waiters: this.waiters };
  }

  /** The tasks in wait(), oldest first (a Barrier reports them as its waiters). */
  get waiting(): readonly WaiterFuture<boolean>[] {
    return this.waiters;
  }

  acquire(): Coro<boolean> {
    return this.lock.acquire();
  }

  release(): void {
    this.lock.release();
  }

  get waiterCount(): number {
    return this.waiters.length;
  }

  /** Release the lock, wait for a notify, and take the lock back — even when cancelled. */
  *wait(): Coro<boolean> {
    if (!this.locked()) throw pyErr(RuntimeError, 'cannot wait on un-acquired lock');
    this.release();
    try {
      const fut = newWaiter<boolean>(this.loop, this.owner, 'condition', `${this.label}.wait()`);
      this.waiters.push(fut);
      this.loop.recorder?.resource(this.owner);
      try {
        yield* fut;
        return true;
      } finally {
        removeFirst(this.waiters, fut);
        this.loop.recorder?.resource(this.owner);
      }
    } finally {
      let cancelled = false;
      for (;;) {
        try {
          yield* this.acquire();
          break;
        } catch (e) {
          if (!isInstance(e, CancelledError)) throw e;
          cancelled = true;
        }
      }
      // A fresh CancelledError, as CPython raises (the original's message is not kept).
      if (cancelled) throw pyErr(CancelledError);
    }
  }

  /** Wait until `predicate()` is truthy; returns its last value. */
  *waitFor<R>(predicate: () => R, truthy: (value: R) => boolean = Boolean): Coro<R> {
    let result = predicate();
    while (!truthy(result)) {
      yield* this.wait();
      result = predicate();
    }
    return result;
  }

  notify(n = 1): void {
    if (!this.locked()) throw pyErr(RuntimeError, 'cannot notify on un-acquired lock');
    let woken = 0;
    for (const fut of this.waiters) {
      if (woken >= n) break;
      if (!fut.done()) {
        woken += 1;
        fut.setResult(false);
      }
    }
  }

  notifyAll(): void {
    this.notify(this.waiters.length);
  }
}

export class Semaphore extends AcquireReleaseContext implements TracedResource {
  static readonly pyTypeName: string = 'Semaphore';
  /** A number unique in the run, in creation order (the trace names objects by it; wait() sorts by it). */
  readonly objectId: number;
  readonly traceKind: ResourceKind = 'semaphore';
  label = 'semaphore';
  protected waiters: WaiterFuture<boolean>[] = [];
  protected value: number;
  /** One entry per acquire() not yet released, oldest first: who holds a slot, for the trace. */
  private readonly holders: Task<unknown>[] = [];
  private readonly initialValue: number;

  constructor(
    readonly loop: EventLoop,
    value = 1,
  ) {
    super();
    this.objectId = loop.nextObjectId();
    if (value < 0) throw pyErr(ValueError, 'Semaphore initial value must be >= 0');
    this.value = value;
    this.initialValue = value;
  }

  traceState(): ResourceState {
    return { holders: this.holders, waiters: this.waiters, items: this.value, capacity: this.initialValue };
  }

  private taken(): void {
    if (this.loop.current !== null) this.holders.push(this.loop.current);
    this.loop.recorder?.resource(this);
  }

  /** The internal counter (`_value`), for repr and the inspector. */
  get currentValue(): number {
    return this.value;
  }

  get waiterCount(): number {
    return this.waiters.length;
  }

  /** True when acquire() would block: no slot, or someone is queued ahead (3.11.7's fairness). */
  locked(): boolean {
    return this.value === 0 || this.waiters.some((w) => !w.cancelled());
  }

  *acquire(): Coro<boolean> {
    if (!this.locked()) {
      this.value -= 1;
      this.taken();
      return true;
    }
    const fut = newWaiter<boolean>(this.loop, this, 'semaphore', this.label);
    this.waiters.push(fut);
    this.loop.recorder?.resource(this);
    try {
      try {
        yield* fut;
      } finally {
        removeFirst(this.waiters, fut);
      }
    } catch (e) {
      // Cancelled after release() had already handed us a slot: give it back.
      if (isInstance(e, CancelledError) && !fut.cancelled()) {
        this.value += 1;
        this.wakeUpNext();
      }
      this.loop.recorder?.resource(this);
      throw e;
    }
    if (this.value > 0) this.wakeUpNext();
    this.taken();
    return true;
  }

  release(): void {
    this.value += 1;
    this.wakeUpNext();
    // The releasing task's own slot goes back; a release by a task that holds none frees the oldest.
    const mine = this.loop.current === null ? -1 : this.holders.indexOf(this.loop.current);
    this.holders.splice(mine >= 0 ? mine : 0, 1);
    this.loop.recorder?.resource(this);
  }

  /** Hand one slot to the first waiter not yet woken. */
  protected wakeUpNext(): void {
    for (const fut of this.waiters) {
      if (!fut.done()) {
        this.value -= 1;
        fut.setResult(true);
        return;
      }
    }
  }
}

export class BoundedSemaphore extends Semaphore {
  static override readonly pyTypeName: string = 'BoundedSemaphore';
  private readonly boundValue: number;

  constructor(loop: EventLoop, value = 1) {
    super(loop, value);
    this.boundValue = value;
  }

  override traceState(): ResourceState {
    return { ...super.traceState(), capacity: this.boundValue };
  }

  override release(): void {
    if (this.value >= this.boundValue) throw pyErr(ValueError, 'BoundedSemaphore released too many times');
    super.release();
  }
}
