/**
 * Worker threads on virtual time: concurrent.futures.ThreadPoolExecutor as asyncio's
 * run_in_executor / to_thread use it. Each worker is a lane beside the loop with a life of its
 * own: a `time.sleep(x)` inside a job blocks that lane for x virtual seconds while the loop
 * goes on, and the job's result reaches the loop through call_soon_threadsafe when the job
 * ends, at the lane's time.
 *
 * The job's Python code is a generator that yields a LaneSleep for each time.sleep; between
 * sleeps it runs at once (code takes no virtual time, on the loop as here), with the GIL as
 * its only lock: nothing else runs while a lane runs. See README, "What runs, and how exactly".
 */
import { RunContext } from './context.ts';
import type { Yielded } from './coroutine.ts';
import { PyException, pyErr, RuntimeError } from './exceptions.ts';
import { Future } from './future.ts';
import type { EventLoop } from './loop.ts';
import type { BlockMeta } from './recorder.ts';
import type { SourceSpan } from '../trace/format.ts';

/** A job's code: yields a LaneSleep for each time.sleep, returns the function's result. */
export type LaneBody = Generator<Yielded, unknown, unknown>;

/**
 * What a job's code yields for `time.sleep(delay)` inside a worker. (It may also yield a plain
 * Future, to block until the loop completes it.)
 */
export class LaneSleep extends Future<unknown> {
  constructor(
    loop: EventLoop,
    readonly delay: number,
    readonly meta: BlockMeta | undefined,
  ) {
    super(loop);
  }
}

export interface JobInfo {
  /** The function the worker runs ("blocking_io"), for the trace and the awaiting task's label. */
  readonly fnName: string;
  /** How the awaiting task's wait reads: "to_thread(blocking_io)". */
  readonly label: string;
  readonly call?: SourceSpan;
  /** The context the function runs in: to_thread's copy of its caller's; else the thread's own. */
  readonly context?: RunContext;
}

export type JobState = 'queued' | 'running' | 'finished' | 'cancelled';

export class Job {
  state: JobState = 'queued';
  lane: WorkerLane | null = null;
  /** Set once the job's code has started: the generator it runs in. */
  gen: LaneBody | null = null;
  /** The function's outcome once the job finished (concurrent.futures.Future.result()). */
  result: unknown = undefined;
  exception: PyException | null = null;

  /** The asyncio future the loop sees (run_in_executor's result, wrap_future's), once asked for. */
  dest: Future<unknown> | null = null;

  constructor(
    /** Loop-wide job number (0-based), as the trace names it. */
    readonly id: number,
    readonly start: () => LaneBody,
    readonly info: JobInfo,
    /** The task that submitted it (null: loop code outside any task). */
    readonly by: number | null,
  ) {}
}

export class WorkerLane {
  job: Job | null = null;
  /** A thread's own contextvars context (a new thread starts with an empty one). */
  readonly context = new RunContext();

  constructor(
    /** Loop-wide lane number (0-based), as the trace names it. */
    readonly id: number,
    /** The thread's name: `asyncio_0` for the default executor's first worker. */
    readonly name: string,
    readonly pool: ThreadPool,
  ) {}
}

/**
 * ThreadPoolExecutor: up to `maxWorkers` lanes, made one by one as jobs arrive while no lane is
 * idle (CPython's `_adjust_thread_count`); jobs beyond that wait in FIFO order. A free lane
 * takes the next queued job at once. Of several idle lanes the lowest-numbered takes a job
 * (which idle thread wakes in CPython is up to the OS).
 */
export class ThreadPool {
  readonly lanes: WorkerLane[] = [];
  private readonly queue: Job[] = [];
  private idleWaiters: (() => void)[] = [];
  shutDown = false;

  constructor(
    readonly loop: EventLoop,
    readonly maxWorkers: number,
    readonly namePrefix: string,
  ) {}

  /** run_in_executor: executor.submit(fn) chained to an asyncio future (futures.wrap_future). */
  submit(start: () => LaneBody, info: JobInfo): Future<unknown> {
    const job = this.makeJob(start, info);
    const dest = this.chain(job);
    this.start(job);
    return dest;
  }

  /** executor.submit(fn): the job itself stands for the concurrent.futures.Future. */
  submitJob(start: () => LaneBody, info: JobInfo): Job {
    const job = this.makeJob(start, info);
    this.start(job);
    return job;
  }

  private makeJob(start: () => LaneBody, info: JobInfo): Job {
    if (this.shutDown) throw pyErr(RuntimeError, 'cannot schedule new futures after shutdown');
    const loop = this.loop;
    const by = loop.current !== null && !loop.current.internal ? loop.current.id : null;
    return new Job(loop.nextJobNumber(), start, info, by);
  }

  private start(job: Job): void {
    let lane = this.lanes.find((l) => l.job === null);
    if (lane === undefined && this.lanes.length < this.maxWorkers) {
      lane = new WorkerLane(this.loop.nextLaneNumber(), `${this.namePrefix}_${this.lanes.length}`, this);
      this.lanes.push(lane);
    }
    if (lane === undefined) this.queue.push(job);
    else this.run(lane, job);
  }

  /** futures.wrap_future / _chain_future: the asyncio future the loop sees for a job. */
  chain(job: Job): Future<unknown> {
    if (job.dest !== null) return job.dest;
    const dest = (job.dest = this.loop.createFuture<unknown>());
    dest.waitTarget = { kind: 'thread', label: job.info.label, job: job.id };
    // Cancelling the asyncio future cancels the job if it has not started.
    const checkCancel = (f: Future<unknown>): void => {
      if (f.cancelled()) this.cancel(job);
    };
    dest.addDoneCallback(Object.assign(checkCancel, { pyText: '_chain_future._call_check_cancel()' }));
    if (job.state === 'finished' || job.state === 'cancelled') this.handOver(job);
    return dest;
  }

  /** concurrent.futures.Future.cancel(): only a job still queued can be. */
  cancel(job: Job): boolean {
    if (job.state === 'cancelled') return true;
    if (job.state !== 'queued') return false;
    job.state = 'cancelled';
    const i = this.queue.indexOf(job);
    if (i >= 0) this.queue.splice(i, 1);
    if (job.dest !== null && !job.dest.done()) this.handOver(job);
    return true;
  }

  /** shutdown(cancel_futures=True): jobs not started are cancelled. */
  cancelQueued(): void {
    for (const job of [...this.queue]) this.cancel(job);
  }

  /** _call_set_state → call_soon_threadsafe(_set_state): copy the job's outcome unless cancelled meanwhile. */
  private handOver(job: Job): void {
    const dest = job.dest!;
    this.loop.callSoon(
      () => {
        if (dest.cancelled()) return;
        if (job.state === 'cancelled') dest.cancel();
        else if (job.exception !== null) dest.setException(job.exception);
        else dest.setResult(job.result);
      },
      null,
      `${job.info.fnName} result`,
    );
  }

  /** Jobs not finished yet (running or queued): what shutdown(wait=True) waits for. */
  get busy(): boolean {
    return this.queue.length > 0 || this.lanes.some((l) => l.job !== null);
  }

  /** Call `f` (in the lane that finishes last, or now) once no job is left. */
  whenIdle(f: () => void): void {
    if (!this.busy) f();
    else this.idleWaiters.push(f);
  }

  private run(lane: WorkerLane, job: Job): void {
    lane.job = job;
    job.lane = lane;
    job.state = 'running';
    this.loop.recorder?.laneStart(lane, job);
    this.loop.runInLane(lane, () => {
      job.gen = job.start();
      this.advance(lane, job);
    });
  }

  /** Run the job's code until it sleeps or ends. Called in the lane (loop.runInLane). */
  private advance(lane: WorkerLane, job: Job): void {
    const gen = job.gen!;
    for (;;) {
      let r: IteratorResult<Yielded, unknown>;
      try {
        r = gen.next();
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        this.finish(lane, job, null, e);
        return;
      }
      if (r.done) {
        this.finish(lane, job, r.value, null);
        return;
      }
      const y = r.value;
      if (y === null) throw new Error('internal: a worker yielded a bare yield');
      if (!(y instanceof LaneSleep)) {
        // Blocked on a future (run_coroutine_threadsafe(...).result()): the loop completes it,
        // and the thread wakes as soon as it is done, before the loop's next timers.
        if (y.done()) continue;
        y.addDoneCallback(() => this.loop.callInLaneLater(0, () => this.loop.runInLane(lane, () => this.advance(lane, job))));
        return;
      }
      if (y.delay <= 0) continue;
      this.loop.recorder?.laneBlock(lane, y.delay, y.meta);
      this.loop.callInLaneLater(y.delay, () => this.loop.runInLane(lane, () => this.advance(lane, job)));
      return;
    }
  }

  private finish(lane: WorkerLane, job: Job, result: unknown, exc: PyException | null): void {
    job.state = 'finished';
    job.result = result;
    job.exception = exc;
    this.loop.recorder?.laneEnd(lane, job, exc);
    lane.job = null;
    job.lane = null;
    if (job.dest !== null) this.handOver(job);
    const next = this.queue.shift();
    if (next !== undefined) this.run(lane, next);
    else if (!this.busy && this.idleWaiters.length > 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of waiters) w();
    }
  }
}

/** os.cpu_count() as Taskline assumes it, so that runs do not depend on the machine. */
export const VIRTUAL_CPU_COUNT = 4;
/** ThreadPoolExecutor's default max_workers: min(32, os.cpu_count() + 4). */
export const DEFAULT_MAX_WORKERS = Math.min(32, VIRTUAL_CPU_COUNT + 4);
