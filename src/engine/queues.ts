/**
 * asyncio.Queue (queues.py, 3.11.7), plus LifoQueue and PriorityQueue. Getters and putters wait
 * on futures in FIFO order; a woken waiter that is cancelled before it runs passes its turn on.
 */
import type { Coro } from './coroutine.ts';
import { pyErr, QueueEmpty, QueueFull, ValueError } from './exceptions.ts';
import { Event } from './event.ts';
import type { EventLoop } from './loop.ts';
import { WaiterFuture, type ResourceState, type TracedResource } from './resource.ts';
import type { ResourceKind } from '../trace/format.ts';

export class Queue<T = unknown> implements TracedResource {
  static readonly pyTypeName: string = 'Queue';
  /** A number unique in the run, in creation order (the trace names objects by it; wait() sorts by it). */
  readonly objectId: number;
  readonly traceKind: ResourceKind = 'queue';
  /** What the timeline calls this queue ("queue.get()"); the front end may pass the variable's name. */
  label = 'queue';
  /** The label of a wait on this queue; as_completed replaces it with its own words. */
  describeWait: (op: 'get' | 'put' | 'join') => string = (op) => `${this.label}.${op}()`;
  private readonly getters: WaiterFuture<null>[] = [];
  private readonly putters: WaiterFuture<null>[] = [];
  private unfinishedTasks = 0;
  private readonly finished: Event;
  protected items: T[] = [];

  constructor(
    readonly loop: EventLoop,
    readonly maxsize = 0,
  ) {
    this.objectId = loop.nextObjectId();
    this.finished = new Event(loop, () => ({ kind: 'queue', label: this.describeWait('join'), object: this.objectId }), this);
    this.finished.set();
  }

  traceState(): ResourceState {
    return {
      holders: [],
      waiters: [...this.getters, ...this.putters, ...this.finished.waiting],
      items: this.items.length,
      ...(this.maxsize > 0 ? { capacity: this.maxsize } : {}),
      unfinished: this.unfinishedTasks,
    };
  }

  private traceChange(): void {
    this.loop.recorder?.resource(this);
  }

  // The storage discipline, overridden by LifoQueue and PriorityQueue (queues.py's _get/_put).
  protected takeItem(): T {
    return this.items.shift() as T;
  }

  protected storeItem(item: T): void {
    this.items.push(item);
  }

  /** The items in storage order, for repr and the inspector. */
  snapshot(): readonly T[] {
    return this.items;
  }

  get getterCount(): number {
    return this.getters.length;
  }

  get putterCount(): number {
    return this.putters.length;
  }

  get unfinished(): number {
    return this.unfinishedTasks;
  }

  qsize(): number {
    return this.items.length;
  }

  empty(): boolean {
    return this.items.length === 0;
  }

  /** Never full when maxsize <= 0 (unbounded). */
  full(): boolean {
    return this.maxsize > 0 && this.qsize() >= this.maxsize;
  }

  /** Wake the first waiter not already done; cancelled ones are dropped on the way. */
  private wakeupNext(waiters: WaiterFuture<null>[]): void {
    while (waiters.length > 0) {
      const w = waiters.shift()!;
      if (!w.done()) {
        w.setResult(null);
        break;
      }
    }
  }

  private newWaiter(op: 'get' | 'put'): WaiterFuture<null> {
    return new WaiterFuture<null>(this.loop, this, { kind: 'queue', label: this.describeWait(op), object: this.objectId }, op);
  }

  *put(item: T): Coro<void> {
    while (this.full()) {
      const putter = this.newWaiter('put');
      this.putters.push(putter);
      this.traceChange();
      try {
        yield* putter;
      } catch (e) {
        putter.cancel();
        const i = this.putters.indexOf(putter);
        // get_nowait() may already have taken it off the list.
        if (i >= 0) this.putters.splice(i, 1);
        // Woken for a free slot but leaving: hand the slot to the next putter.
        if (!this.full() && !putter.cancelled()) this.wakeupNext(this.putters);
        this.traceChange();
        throw e;
      }
    }
    this.putNowait(item);
  }

  putNowait(item: T): void {
    if (this.full()) throw pyErr(QueueFull);
    this.storeItem(item);
    this.unfinishedTasks += 1;
    this.finished.clear();
    this.wakeupNext(this.getters);
    this.traceChange();
  }

  *get(): Coro<T> {
    while (this.empty()) {
      const getter = this.newWaiter('get');
      this.getters.push(getter);
      this.traceChange();
      try {
        yield* getter;
      } catch (e) {
        getter.cancel();
        const i = this.getters.indexOf(getter);
        if (i >= 0) this.getters.splice(i, 1);
        if (!this.empty() && !getter.cancelled()) this.wakeupNext(this.getters);
        this.traceChange();
        throw e;
      }
    }
    return this.getNowait();
  }

  getNowait(): T {
    if (this.empty()) throw pyErr(QueueEmpty);
    const item = this.takeItem();
    this.wakeupNext(this.putters);
    this.traceChange();
    return item;
  }

  taskDone(): void {
    if (this.unfinishedTasks <= 0) throw pyErr(ValueError, 'task_done() called too many times');
    this.unfinishedTasks -= 1;
    if (this.unfinishedTasks === 0) this.finished.set();
    else this.traceChange();
  }

  *join(): Coro<void> {
    if (this.unfinishedTasks > 0) yield* this.finished.wait();
  }
}

export class LifoQueue<T = unknown> extends Queue<T> {
  static override readonly pyTypeName: string = 'LifoQueue';

  protected override takeItem(): T {
    return this.items.pop() as T;
  }
}

/**
 * PriorityQueue: heapq's exact sift algorithm, so equal-priority items come out in the order
 * CPython's heap gives them. `lessThan` is Python's `<` on the items (the front end supplies it).
 */
export class PriorityQueue<T = unknown> extends Queue<T> {
  static override readonly pyTypeName: string = 'PriorityQueue';

  constructor(
    loop: EventLoop,
    maxsize: number,
    private readonly lessThan: (a: T, b: T) => boolean,
  ) {
    super(loop, maxsize);
  }

  protected override storeItem(item: T): void {
    this.items.push(item);
    this.siftDown(0, this.items.length - 1);
  }

  protected override takeItem(): T {
    const heap = this.items;
    const last = heap.pop() as T;
    if (heap.length === 0) return last;
    const top = heap[0]!;
    heap[0] = last;
    this.siftUp(0);
    return top;
  }

  /** heapq._siftdown: move the item at `pos` up towards `start` while it is smaller than its parent. */
  private siftDown(start: number, pos: number): void {
    const heap = this.items;
    const item = heap[pos]!;
    while (pos > start) {
      const parentPos = (pos - 1) >> 1;
      const parent = heap[parentPos]!;
      if (this.lessThan(item, parent)) {
        heap[pos] = parent;
        pos = parentPos;
        continue;
      }
      break;
    }
    heap[pos] = item;
  }

  /** heapq._siftup: sink the hole at `pos` to a leaf along smaller children, then sift back. */
  private siftUp(pos: number): void {
    const heap = this.items;
    const end = heap.length;
    const start = pos;
    const item = heap[pos]!;
    let child = 2 * pos + 1;
    while (child < end) {
      const right = child + 1;
      if (right < end && !this.lessThan(heap[child]!, heap[right]!)) child = right;
      heap[pos] = heap[child]!;
      pos = child;
      child = 2 * pos + 1;
    }
    heap[pos] = item;
    this.siftDown(start, pos);
  }
}
