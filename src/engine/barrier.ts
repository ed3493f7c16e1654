/**
 * asyncio.Barrier (locks.py, 3.11): `parties` tasks meet at wait(); the last to arrive
 * releases them all. Built on a Condition exactly as CPython's is, so that who wakes when,
 * and what a reset or abort raises in each waiter, follow from the same steps.
 */
import type { AsyncContextManager } from './async-context.ts';
import type { Coro } from './coroutine.ts';
import { BrokenBarrierError, PyException, pyErr, ValueError } from './exceptions.ts';
import { Condition } from './locks.ts';
import type { EventLoop } from './loop.ts';
import type { ResourceState, TracedResource } from './resource.ts';
import type { ResourceKind } from '../trace/format.ts';

/** locks.py's _BarrierState, by value. */
export type BarrierState = 'filling' | 'draining' | 'resetting' | 'broken';

export class Barrier implements AsyncContextManager, TracedResource {
  static readonly pyTypeName = 'Barrier';
  /** A number unique in the run, in creation order (the trace names objects by it; wait() sorts by it). */
  readonly objectId: number;
  readonly traceKind: ResourceKind = 'barrier';
  readonly label = 'barrier';
  private readonly cond: Condition;
  private state: BarrierState = 'filling';
  /** Tasks inside wait() (arrived and not yet left). */
  private count = 0;

  constructor(
    readonly loop: EventLoop,
    readonly parties: number,
  ) {
    this.objectId = loop.nextObjectId();
    if (parties < 1) throw pyErr(ValueError, 'parties must be > 0');
    this.cond = new Condition(loop);
    this.cond.label = 'barrier';
    this.cond.lock.label = 'barrier lock';
    this.cond.reportAs(this);
  }

  traceState(): ResourceState {
    return { holders: [], waiters: this.cond.waiting, items: this.count, capacity: this.parties, state: this.state };
  }

  private traceChange(): void {
    this.loop.recorder?.resource(this);
  }

  get nWaiting(): number {
    return this.state === 'filling' ? this.count : 0;
  }

  get broken(): boolean {
    return this.state === 'broken';
  }

  /** CPython's `_state.value`: 'filling', 'draining', 'resetting' or 'broken' (for repr). */
  get stateName(): string {
    return this.state;
  }

  *aenter(): Coro<unknown> {
    return yield* this.wait();
  }

  *aexit(_exc: PyException | null): Coro<boolean> {
    return false;
  }

  /** Returns this task's arrival index, 0 to parties-1. */
  *wait(): Coro<number> {
    yield* this.cond.acquire();
    try {
      yield* this.block();
      try {
        const index = this.count;
        this.count += 1;
        this.traceChange();
        if (index + 1 === this.parties) this.release();
        else yield* this.waitForRelease();
        return index;
      } finally {
        this.count -= 1;
        this.exit();
        this.traceChange();
      }
    } finally {
      this.cond.release();
    }
  }

  /** Wait while the barrier drains or resets; a broken barrier refuses newcomers. */
  private *block(): Coro<void> {
    yield* this.cond.waitFor(() => this.state !== 'draining' && this.state !== 'resetting');
    if (this.state === 'broken') throw pyErr(BrokenBarrierError, 'Barrier aborted');
  }

  /** The last party arrived: start draining and wake everyone. */
  private release(): void {
    this.state = 'draining';
    this.traceChange();
    this.cond.notifyAll();
  }

  private *waitForRelease(): Coro<void> {
    yield* this.cond.waitFor(() => this.state !== 'filling');
    if (this.state === 'broken' || this.state === 'resetting') {
      throw pyErr(BrokenBarrierError, 'Abort or reset of barrier');
    }
  }

  /** The last task out ends the draining (or resetting) and lets blocked newcomers in. */
  private exit(): void {
    if (this.count === 0) {
      if (this.state === 'resetting' || this.state === 'draining') this.state = 'filling';
      this.cond.notifyAll();
    }
  }

  /** Waiting tasks get BrokenBarrierError; the barrier then fills again. */
  *reset(): Coro<void> {
    yield* this.cond.acquire();
    try {
      if (this.count > 0) {
        if (this.state !== 'resetting') this.state = 'resetting';
      } else {
        this.state = 'filling';
      }
      this.traceChange();
      this.cond.notifyAll();
    } finally {
      this.cond.release();
    }
  }

  /** Break the barrier for good: current and future waiters get BrokenBarrierError. */
  *abort(): Coro<void> {
    yield* this.cond.acquire();
    try {
      this.state = 'broken';
      this.traceChange();
      this.cond.notifyAll();
    } finally {
      this.cond.release();
    }
  }
}
