/**
 * asyncio's synchronization primitives (locks.py, 3.11.7): Lock, Event, Condition, Semaphore,
 * BoundedSemaphore. Waiters are futures in FIFO arrays; who wakes first, and what a cancelled
 * waiter passes on, follow CPython exactly, since that order is what programs print.
 */
import type { AsyncContextManager } from './async-context.ts';
import type { Coro } from './coroutine.ts';
import { CancelledError, isInstance, PyException, pyErr, RuntimeError, ValueError } from './exceptions.ts';
import { Future } from './future.ts';
import type { EventLoop } from './loop.ts';
import type { WaitTarget } from '../trace/format.ts';

type WaiterKind = 'lock' | 'condition' | 'semaphore';

/** A waiter future labelled for the trace. */
function newWaiter<T>(loop: EventLoop, kind: WaiterKind, label: string, object: number): Future<T> {
  const fut = loop.createFuture<T>();
  const target: WaitTarget = { kind, label, object };
  fut.waitTarget = target;
  return fut;
}

/** deque.remove: drop the first occurrence (each waiter is in its list exactly once). */
function removeFirst<T>(list: T[], item: T): void {
  const i = list.indexOf(item);
  if (i >= 0) list.splice(i, 1);
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

export class Lock extends AcquireReleaseContext {
  static readonly pyTypeName = 'Lock';
  /** A number unique in the run, in creation order (the trace names objects by it; wait() sorts by it). */
  readonly objectId: number;
  /** What the timeline calls this lock; the front end may pass the variable's name. */
  label = 'lock';
  private waiters: Future<boolean>[] = [];
  private isLocked = false;

  constructor(readonly loop: EventLoop) {
    super();
    this.objectId = loop.nextObjectId();
  }

  locked(): boolean {
    return this.isLocked;
  }

  /** Waiting acquirers, for repr and the inspector. */
  get waiterCount(): number {
    return this.waiters.length;
  }

  *acquire(): Coro<boolean> {
    // Free and nobody (still) queued: take it without yielding.
    if (!this.isLocked && this.waiters.every((w) => w.cancelled())) {
      this.isLocked = true;
      return true;
    }
    const fut = newWaiter<boolean>(this.loop, 'lock', this.label, this.objectId);
    this.waiters.push(fut);
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
      throw e;
    }
    this.isLocked = true;
    return true;
  }

  release(): void {
    if (!this.isLocked) throw pyErr(RuntimeError, 'Lock is not acquired.');
    this.isLocked = false;
    this.wakeUpFirst();
  }

  /** Wake the head of the queue; a head already woken will take the lock or pass it on itself. */
  private wakeUpFirst(): void {
    const fut = this.waiters[0];
    if (fut !== undefined && !fut.done()) fut.setResult(true);
  }
}

export class Event {
  static readonly pyTypeName = 'Event';
  /** A number unique in the run, in creation order (the trace names objects by it; wait() sorts by it). */
  readonly objectId: number;
  label = 'event';
  private waiters: Future<boolean>[] = [];
  private value = false;

  constructor(
    readonly loop: EventLoop,
    /** What a waiter waits on, for the trace; Queue.join() passes its own. */
    private readonly describeWait: ((event: Event) => WaitTarget) | null = null,
  ) {
    this.objectId = loop.nextObjectId();
  }

  isSet(): boolean {
    return this.value;
  }

  get waiterCount(): number {
    return this.waiters.length;
  }

  /** Wakes every waiter at once, in the order they started waiting. */
  set(): void {
    if (this.value) return;
    this.value = true;
    for (const fut of this.waiters) if (!fut.done()) fut.setResult(true);
  }

  clear(): void {
    this.value = false;
  }

  *wait(): Coro<boolean> {
    if (this.value) return true;
    const fut = this.loop.createFuture<boolean>();
    fut.waitTarget =
      this.describeWait !== null
        ? this.describeWait(this)
        : { kind: 'event', label: `${this.label}.wait()`, object: this.objectId };
    this.waiters.push(fut);
    try {
      yield* fut;
      return true;
    } finally {
      removeFirst(this.waiters, fut);
    }
  }
}

export class Condition extends AcquireReleaseContext {
  static readonly pyTypeName = 'Condition';
  /** A number unique in the run, in creation order (the trace names objects by it; wait() sorts by it). */
  readonly objectId: number;
  label = 'condition';
  readonly lock: Lock;
  private waiters: Future<boolean>[] = [];

  constructor(
    readonly loop: EventLoop,
    lock: Lock | null = null,
  ) {
    super();
    this.objectId = loop.nextObjectId();
    this.lock = lock ?? new Lock(loop);
  }

  locked(): boolean {
    return this.lock.locked();
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
      const fut = newWaiter<boolean>(this.loop, 'condition', `${this.label}.wait()`, this.objectId);
      this.waiters.push(fut);
      try {
        yield* fut;
        return true;
      } finally {
        removeFirst(this.waiters, fut);
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

export class Semaphore extends AcquireReleaseContext {
  static readonly pyTypeName: string = 'Semaphore';
  /** A number unique in the run, in creation order (the trace names objects by it; wait() sorts by it). */
  readonly objectId: number;
  label = 'semaphore';
  protected waiters: Future<boolean>[] = [];
  protected value: number;

  constructor(
    readonly loop: EventLoop,
    value = 1,
  ) {
    super();
    this.objectId = loop.nextObjectId();
    if (value < 0) throw pyErr(ValueError, 'Semaphore initial value must be >= 0');
    this.value = value;
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
      return true;
    }
    const fut = newWaiter<boolean>(this.loop, 'semaphore', this.label, this.objectId);
    this.waiters.push(fut);
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
      throw e;
    }
    if (this.value > 0) this.wakeUpNext();
    return true;
  }

  release(): void {
    this.value += 1;
    this.wakeUpNext();
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

  override release(): void {
    if (this.value >= this.boundValue) throw pyErr(ValueError, 'BoundedSemaphore released too many times');
    super.release();
  }
}
