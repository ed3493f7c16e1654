/**
 * The event loop on virtual time: BaseEventLoop._run_once step for step, with the selector's
 * wait replaced by a jump of the clock (python-subset.md, "Virtual time").
 */
import type { Coro } from './coroutine.ts';
import { isExitError } from './exceptions.ts';
import { Future, type DoneCallback } from './future.ts';
import { RunContext } from './context.ts';
import { Handle, TimerHandle, type Callback, type HandleContext, type HandleKind } from './handles.ts';
import { Task, type TaskOptions } from './task.ts';
import { TimerHeap } from './timer-heap.ts';
import type { TraceRecorder } from './recorder.ts';
import type { ThreadPool, WorkerLane } from './worker-lanes.ts';
import type { CauseOverride, CompletionCause } from './wake-cause.ts';

/** CPython's time.get_clock_info('monotonic').resolution on Linux. */
export const CLOCK_RESOLUTION = 1e-9;
/** BaseEventLoop's MAXIMUM_SELECT_TIMEOUT: the clock never jumps by more than a day at once. */
export const MAXIMUM_SELECT_TIMEOUT = 24 * 3600;
const MIN_SCHEDULED_TIMER_HANDLES = 100;
const MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5;

/** The purge's test: a cancelled timer leaves the heap (and says so). */
function dropCancelled(h: TimerHandle<never>): boolean {
  if (!h.cancelled) return false;
  h.scheduled = false;
  return true;
}

/** Nothing is ready, no timer is pending, and the awaited future is not done. */
export class DeadlockError extends Error {
  constructor(readonly waiting: readonly Task<unknown>[]) {
    super('event loop idle: no ready callbacks and no timers, main not done');
  }
}

/** A run budget (steps, wall time) ran out. */
export class BudgetExceeded extends Error {}

export interface LoopOptions {
  recorder?: TraceRecorder | null;
  /** Called every `pollEvery` budget ticks; returning a reason stops the run with BudgetExceeded. */
  shouldStop?: () => string | null;
  pollEvery?: number;
}

export class EventLoop {
  private clock = 0;
  private ready: Handle<never>[] = [];
  private readyHead = 0;
  private readonly scheduled = new TimerHeap();
  private timerCancelledCount = 0;
  private stopping = false;
  private taskCounter = 0;
  private readonly tasks: Task<unknown>[] = [];
  /** Futures (tasks too) that were given an exception, in that order: for "... exception was never retrieved". */
  readonly failedFutures: Future<unknown>[] = [];
  /** Futures CPython frees only at exit whatever the program holds (as_completed's). */
  readonly heldToExit = new Set<Future<unknown>>();
  /** Tasks not yet done, in creation order (all_tasks). */
  private readonly live = new Set<Task<unknown>>();
  current: Task<unknown> | null = null;
  /** The callback running now (an exception handler's context names it). */
  currentHandle: Handle<never> | null = null;
  /**
   * loop.set_exception_handler's handler for a future whose exception nobody read, when it is
   * freed; true when it took the report (otherwise the default one goes to stderr).
   */
  unretrievedHook: ((fut: Future<unknown>) => boolean) | null = null;
  /** The contextvars Context code runs in now (context.ts). */
  context: RunContext = new RunContext();
  readonly recorder: TraceRecorder | null;
  private readonly shouldStop: (() => string | null) | null;
  private readonly pollEvery: number;
  private budgetTicks = 0;
  /** When sleeping worker lanes wake (time.sleep inside run_in_executor jobs). */
  private readonly laneWakes = new TimerHeap();
  private laneCounter = 0;
  private jobCounter = 0;
  /** The worker lane whose code is running, or null when the loop's own code runs. */
  currentLane: WorkerLane | null = null;
  /** run_in_executor(None, ...)'s executor, made on first use (BaseEventLoop._default_executor). */
  defaultExecutor: ThreadPool | null = null;

  /** How messages show a task (CPython's repr); the Python front end supplies it. */
  describeTask: (task: Task<unknown>) => string = (task) => task.name;

  constructor(opts: LoopOptions = {}) {
    this.recorder = opts.recorder ?? null;
    this.shouldStop = opts.shouldStop ?? null;
    this.pollEvery = opts.pollEvery ?? 4096;
    this.recorder?.attach(this);
  }

  time(): number {
    return this.clock;
  }

  /**
   * time.sleep(x): the calling task keeps the loop while the clock moves on. Worker lanes are
   * threads of their own: those that wake meanwhile run, at their times.
   */
  blockingSleep(delay: number, meta?: Parameters<TraceRecorder['block']>[2]): void {
    this.recorder?.block(this.current, delay, meta);
    if (delay > 0) {
      const end = this.clock + delay;
      this.runLaneWakes(end);
      this.clock = end;
    }
  }

  // ---- worker lanes -------------------------------------------------------------------------

  private objectCounter = 0;
  /** Numbers for the engine objects the trace names (futures, locks, queues), per run. */
  nextObjectId(): number {
    return ++this.objectCounter;
  }

  nextLaneNumber(): number {
    return this.laneCounter++;
  }

  nextJobNumber(): number {
    return this.jobCounter++;
  }

  /** Run a worker lane's code: no task is current in a thread, and time.sleep blocks the lane. */
  runInLane(lane: WorkerLane, f: () => void): void {
    const savedTask = this.current;
    const savedLane = this.currentLane;
    const savedContext = this.context;
    this.current = null;
    this.currentLane = lane;
    this.context = lane.job?.info.context ?? lane.context;
    try {
      f();
    } finally {
      this.current = savedTask;
      this.currentLane = savedLane;
      this.context = savedContext;
    }
  }

  /** A lane that sleeps `delay` seconds resumes with `wake`, before loop timers due at the same time. */
  callInLaneLater(delay: number, wake: () => void): void {
    // A lane's code sets its own context (runInLane).
    const h = new TimerHandle(this.clock + delay, wake, undefined, 'worker wakeup', 'call', null, () => {});
    h.scheduled = true;
    this.laneWakes.push(h as unknown as TimerHandle<never>);
  }

  /**
   * Block the loop's thread until `done()` holds, running lanes as they wake (a join on worker
   * threads: executor.shutdown(wait=True), future.result()). False if no lane could make it so.
   */
  waitForLanes(done: () => boolean): boolean {
    const wakes = this.laneWakes;
    while (!done()) {
      if (wakes.size === 0) return false;
      this.runLaneWakes(wakes.peek()!.when);
    }
    return true;
  }

  /** Interpreter exit joins the worker threads still running: they finish, at their times. */
  finishLanes(): void {
    this.runLaneWakes(Infinity);
  }

  /** Lanes that wake by `until` run now, in time order, the clock at each one's wake time. */
  private runLaneWakes(until: number): void {
    const wakes = this.laneWakes;
    while (wakes.size > 0 && wakes.peek()!.when <= until) {
      const h = wakes.pop()!;
      h.scheduled = false;
      if (h.when > this.clock) this.clock = h.when;
      this.runHandle(h);
    }
  }

  /** Run a callback in its context (handles.ts, HandleContext). */
  private runHandle(h: Handle<never>): void {
    const saved = this.context;
    const c = h.context;
    if (c !== null) this.context = c;
    this.currentHandle = h;
    try {
      h.run();
    } finally {
      this.context = saved;
      this.currentHandle = null;
    }
  }

  // ---- scheduling -------------------------------------------------------------------------

  callSoon<A>(callback: Callback<A>, arg: A, label = 'callback'): Handle<A> {
    return this.callSoonIn(callback, arg, label, 'call', this.context.copy());
  }

  /** call_soon for engine callbacks that say what they are and where they run (a task's step runs in the task's context). */
  callSoonIn<A>(callback: Callback<A>, arg: A, label: string, kind: HandleKind, context: HandleContext): Handle<A> {
    const h = new Handle(callback, arg, label, kind, context);
    if (this.recorder !== null) h.by = this.schedulingTask();
    this.ready.push(h as unknown as Handle<never>);
    return h;
  }

  callLater<A>(delay: number, callback: Callback<A>, arg: A, label = 'timer'): TimerHandle<A> {
    return this.callAt(this.clock + delay, callback, arg, label);
  }

  callAt<A>(when: number, callback: Callback<A>, arg: A, label = 'timer'): TimerHandle<A> {
    return this.callAtIn(when, callback, arg, label, 'call', this.context.copy());
  }

  /** call_at for engine callbacks that say what they are and where they run (a sleep's timer needs no context). */
  callAtIn<A>(when: number, callback: Callback<A>, arg: A, label: string, kind: HandleKind, context: HandleContext): TimerHandle<A> {
    const h = new TimerHandle(when, callback, arg, label, kind, context, this.onTimerCancelled);
    if (this.recorder !== null) h.by = this.schedulingTask();
    h.scheduled = true;
    this.scheduled.push(h as unknown as TimerHandle<never>);
    return h;
  }

  /** Who a handle scheduled now belongs to: the running task, else the task the running callback belongs to. */
  private schedulingTask(): Task<unknown> | null {
    return this.current ?? (this.currentHandle === null ? null : this.currentHandle.by);
  }

  private readonly onTimerCancelled = (): void => {
    this.timerCancelledCount += 1;
  };

  /**
   * Future.__schedule_callbacks: each done callback goes to the back of the ready queue. The
   * trace hears of a task's wakeup here, with why the future completed (`cause`, recorded runs).
   */
  scheduleDoneCallback(cb: DoneCallback<unknown>, fut: Future<unknown>, cause: CompletionCause | null): void {
    const task = (cb as { wakesTask?: Task<unknown> }).wakesTask;
    if (task !== undefined && this.recorder !== null) this.recorder.wake(task, cause);
    this.callDoneCallback(cb, fut, task);
  }

  /** Queue a done callback of `fut`: a task's wakeup runs in the task's context, any other in a copy of the current one. */
  callDoneCallback(cb: DoneCallback<unknown>, fut: Future<unknown>, task = (cb as { wakesTask?: Task<unknown> }).wakesTask): void {
    if (task !== undefined) this.callSoonIn(cb as Callback<Future<unknown>>, fut, 'done callback', 'wakeup', task.context);
    else this.callSoonIn(cb as Callback<Future<unknown>>, fut, 'done callback', 'done', this.context.copy());
  }

  /**
   * Why engine code acts now when the trace cannot tell from who runs (a deadline passing, a
   * TaskGroup cancelling): set around the action by `withCause`.
   */
  causeOverride: CauseOverride | null = null;

  withCause<A>(cause: CauseOverride, f: (arg: A) => void, arg: A): void {
    const saved = this.causeOverride;
    this.causeOverride = cause;
    try {
      f(arg);
    } finally {
      this.causeOverride = saved;
    }
  }

  createFuture<T = unknown>(): Future<T> {
    return new Future<T>(this);
  }

  createTask<T>(coro: Coro<T>, opts?: TaskOptions): Task<T> {
    return new Task(this, coro, opts);
  }

  // ---- tasks ------------------------------------------------------------------------------

  /** The next Task-N number: every task takes one, named or not (python-subset.md). */
  nextTaskNumber(): number {
    return ++this.taskCounter;
  }

  registerTask(task: Task<unknown>): number {
    this.tasks.push(task);
    this.live.add(task);
    task.addDoneCallback(this.forgetTask);
    return this.tasks.length - 1;
  }

  private readonly forgetTask: DoneCallback<unknown> & { engineOnly: true } = Object.assign(
    (t: Future<unknown>): void => {
      this.live.delete(t as Task<unknown>);
    },
    { engineOnly: true as const },
  );

  /** asyncio.all_tasks(): tasks not done, in creation order (CPython's set order is by address). */
  allTasks(): Task<unknown>[] {
    return [...this.live].filter((t) => !t.done());
  }

  /** Every task this loop made, in creation order, done or not. */
  tasksEver(): readonly Task<unknown>[] {
    return this.tasks;
  }

  taskById(id: number): Task<unknown> | undefined {
    return this.tasks[id];
  }

  enterTask(task: Task<unknown>): void {
    this.current = task;
  }

  leaveTask(_task: Task<unknown>): void {
    this.current = null;
  }

  // ---- running ----------------------------------------------------------------------------

  stop(): void {
    this.stopping = true;
  }

  /** loop.close(): what was queued or scheduled never runs (the tasks behind it stay pending). */
  clearQueues(): void {
    for (let i = this.readyHead; i < this.ready.length; i++) this.ready[i] = undefined as unknown as Handle<never>;
    this.ready = [];
    this.readyHead = 0;
    for (const h of this.scheduled.all()) h.scheduled = false;
    this.scheduled.clear();
    this.timerCancelledCount = 0;
    this.defaultExecutor = null;
  }

  get readyCount(): number {
    return this.ready.length - this.readyHead;
  }

  /** One iteration of the loop: BaseEventLoop._run_once. */
  runOnce(): void {
    const sched = this.scheduled;
    const count = sched.size;
    if (count > MIN_SCHEDULED_TIMER_HANDLES && this.timerCancelledCount / count > MIN_CANCELLED_TIMER_HANDLES_FRACTION) {
      sched.removeWhere(dropCancelled);
      this.timerCancelledCount = 0;
    } else {
      while (sched.size > 0 && sched.peek()!.cancelled) {
        this.timerCancelledCount -= 1;
        sched.pop()!.scheduled = false;
      }
    }

    let timeout: number | null = null;
    const lanes = this.laneWakes;
    const laneWhen = lanes.size > 0 ? lanes.peek()!.when : Infinity;
    if (this.readyCount > 0 || this.stopping) timeout = 0;
    else if (sched.size > 0 && sched.peek()!.when < laneWhen) {
      timeout = Math.min(Math.max(0, sched.peek()!.when - this.clock), MAXIMUM_SELECT_TIMEOUT);
    } else if (lanes.size > 0) {
      // The selector waits until a worker hands something over (call_soon_threadsafe).
      timeout = Math.min(Math.max(0, laneWhen - this.clock), MAXIMUM_SELECT_TIMEOUT);
      if (timeout < MAXIMUM_SELECT_TIMEOUT) timeout = -1;
    }
    if (timeout === null) throw new DeadlockError(this.allTasks());
    // Where a real selector would wait, virtual time jumps. A jump counts as work, so that a
    // sleep of 1e15 s (a day per iteration, nothing run) still meets the run's budget.
    if (timeout > 0) {
      this.clock += timeout;
      this.budgetTick();
    }
    // Workers that wake while the selector waits run before the loop's due timers are queued.
    if (lanes.size > 0) this.runLaneWakes(timeout === -1 ? laneWhen : this.clock + CLOCK_RESOLUTION);

    const endTime = this.clock + CLOCK_RESOLUTION;
    while (sched.size > 0) {
      const h = sched.peek()!;
      if (h.when >= endTime) break;
      sched.pop();
      h.scheduled = false;
      this.ready.push(h);
    }

    this.recorder?.tick(this.ready, this.readyHead, sched, this.timerCancelledCount);

    // Run what is ready now; callbacks they schedule wait for the next iteration.
    const ntodo = this.readyCount;
    for (let i = 0; i < ntodo; i++) {
      const h = this.ready[this.readyHead]!;
      this.ready[this.readyHead] = undefined as unknown as Handle<never>;
      this.readyHead++;
      if (h.cancelled) continue;
      this.budgetTick();
      if (this.recorder !== null) this.recorder.callback(h);
      this.runHandle(h);
    }
    // Compact the queue now and then so it does not grow without bound.
    if (this.readyHead > 1024 && this.readyHead * 2 > this.ready.length) {
      this.ready = this.ready.slice(this.readyHead);
      this.readyHead = 0;
    }
  }

  /** Counts work and polls the stop condition; the interpreter also calls it on loop back-edges. */
  budgetTick(): void {
    if (++this.budgetTicks % this.pollEvery === 0 && this.shouldStop !== null) {
      const reason = this.shouldStop();
      if (reason !== null) throw new BudgetExceeded(reason);
    }
  }

  runForever(): void {
    try {
      for (;;) {
        this.runOnce();
        if (this.stopping) break;
      }
    } finally {
      this.stopping = false;
    }
  }

  /** loop.run_until_complete(future): run until it is done, then return its result or raise. */
  runUntilComplete<T>(fut: Future<T>): T {
    const stopWhenDone: DoneCallback<T> = (): void => {
      // A SystemExit or KeyboardInterrupt already left the loop by raising (bpo-22429); this
      // callback, still queued, must not stop the next run as well.
      if (!fut.cancelled() && isExitError(fut.peekException())) return;
      this.stop();
    };
    stopWhenDone.pyText = '_run_until_complete_cb()';
    // asyncio.run's own stop signal: every run would end on it, and it says nothing about the program.
    (stopWhenDone as { untraced?: boolean }).untraced = true;
    fut.addDoneCallback(stopWhenDone);
    try {
      this.runForever();
    } finally {
      fut.removeDoneCallback(stopWhenDone);
    }
    if (!fut.done()) throw new Error('Event loop stopped before Future completed.');
    return fut.result();
  }
}
