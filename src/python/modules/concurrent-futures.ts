/**
 * `concurrent.futures`: ThreadPoolExecutor on worker lanes (engine/worker-lanes.ts), for
 * `loop.run_in_executor(pool, fn)` and `with ThreadPoolExecutor() as pool:`. Processes stay
 * outside the subset. A Future's result() from the loop's thread blocks it until the job is done.
 */
import * as En from '../../engine/index.ts';
import { typeError, Unsupported, valueError } from '../runtime/errors.ts';
import * as ops from '../runtime/ops.ts';
import { PyModule, type CallSite, type Value } from '../runtime/values.ts';
import { currentRealm, type Realm } from '../runtime/realm.ts';
import { declareEngineType } from '../runtime/types/engine-type.ts';
import { laneBody, type LaneFn, type LaneMethods } from '../compile/threaded.ts';
import type { SyncContextManager } from '../compile/async-protocol.ts';
import { arg, checkKw } from './args.ts';
import { callableName } from './asyncio-threads.ts';

/** A ThreadPoolExecutor as the program holds it. */
export class PyExecutor implements SyncContextManager {
  constructor(readonly pool: En.ThreadPool) {}

  enter(): Value {
    return this;
  }

  exit(): boolean {
    shutdown(this, true, false);
    return false;
  }
}

/** The `concurrent.futures.Future` of a submitted job. */
export class PyConcurrentFuture implements LaneMethods {
  constructor(
    readonly job: En.Job,
    readonly pool: En.ThreadPool,
  ) {}

  /** In a worker, result() blocks the lane until the job (on another lane) is done. */
  laneMethod(name: string): LaneFn | undefined {
    if (name !== 'result' && name !== 'exception') return undefined;
    const self = this;
    return function* (): Generator<En.Yielded, Value, unknown> {
      const job = self.job;
      if (job.state === 'queued' || job.state === 'running') {
        const handed = self.pool.chain(job);
        yield handed;
        // The outcome is read from the job; the future it was handed over by is done with.
        if (!handed.cancelled()) handed.exception();
      }
      return outcome(self, name);
    };
  }
}

/** Blocking on other threads' work from a worker: a lane cannot wait for lanes here. */
function waitFromLoopThread(loop: En.EventLoop, what: string, done: () => boolean): void {
  if (done()) return;
  if (loop.currentLane !== null) throw new Unsupported(`${what} inside a worker thread, waiting for other workers, is not supported by Taskline`);
  loop.waitForLanes(done);
}

function shutdown(ex: PyExecutor, wait: boolean, cancelFutures: boolean): void {
  const pool = ex.pool;
  pool.shutDown = true;
  if (cancelFutures) pool.cancelQueued();
  // shutdown(wait=True) joins the workers: the calling thread (the loop's) is blocked meanwhile.
  if (wait) waitFromLoopThread(pool.loop, '`shutdown(wait=True)`', () => !pool.busy);
}

/** Submit `fn(*args, **kwargs)` to `pool` (executor.submit). */
export function submitTo(pool: En.ThreadPool, fn: Value, args: Value[], kwargs: Map<string, Value> | null, label: string, site: CallSite): En.Job {
  const name = callableName(fn);
  return pool.submitJob(() => laneBody(fn, args, kwargs, site), { fnName: name, label: `${label}(${name})`, ...(site.span ? { call: site.span } : {}) });
}

/** What the executor type needs of each run that imported the module: its loop, and how many pools it named. */
interface FuturesRun {
  readonly loop: En.EventLoop;
  poolCount: number;
}
const runs = new WeakMap<Realm, FuturesRun>();

export function makeConcurrentFuturesModule(loop: En.EventLoop): PyModule {
  runs.set(currentRealm, { loop, poolCount: 0 });
  const d = new Map<string, Value>([
    ['Executor', executorBase],
    ['ThreadPoolExecutor', executorType],
    ['Future', concurrentFutureType],
    ['TimeoutError', En.TimeoutError],
  ]);
  return new PyModule('concurrent.futures', d);
}

const none = (f: () => void): Value => {
  f();
  return null;
};

const executorBase = declareEngineType({ name: 'Executor', module: 'concurrent.futures._base' });
const executorType = declareEngineType({
  cls: PyExecutor,
  name: 'ThreadPoolExecutor',
  module: 'concurrent.futures.thread',
  bases: [executorBase],
  construct: (a, kw) => {
    checkKw('ThreadPoolExecutor.__init__', kw, ['max_workers', 'thread_name_prefix', 'initializer', 'initargs']);
    const max = arg('ThreadPoolExecutor.__init__', a, kw, 0, 'max_workers', null);
    const prefix = arg('ThreadPoolExecutor.__init__', a, kw, 1, 'thread_name_prefix', '');
    if ((kw?.get('initializer') ?? null) !== null || a.length > 2) throw new Unsupported('`ThreadPoolExecutor(initializer=...)` is not supported by Taskline');
    let workers = En.DEFAULT_MAX_WORKERS;
    if (max !== null) {
      workers = ops.num(max as number);
      if (workers <= 0) valueError('max_workers must be greater than 0');
    }
    const run = runs.get(currentRealm);
    if (run === undefined) throw new Error('internal: concurrent.futures used by a run that has not imported it');
    // Only an executor without a prefix takes a number (ThreadPoolExecutor-0, -1, ...).
    const name = typeof prefix === 'string' && prefix !== '' ? prefix : `ThreadPoolExecutor-${run.poolCount++}`;
    return new PyExecutor(new En.ThreadPool(run.loop, workers, name));
  },
  methods: [
    [
      'submit',
      (self, a, kw, site) => {
        if (a.length === 0) typeError("ThreadPoolExecutor.submit() missing 1 required positional argument: 'fn'");
        const [fn, ...rest] = a;
        return new PyConcurrentFuture(submitTo(self.pool, fn, rest, kw !== null && kw.size > 0 ? kw : null, 'submit', site ?? { span: undefined }), self.pool);
      },
    ],
    [
      'shutdown',
      (self, a, kw) => {
        checkKw('ThreadPoolExecutor.shutdown', kw, ['wait', 'cancel_futures']);
        return none(() => shutdown(self, ops.truthy(arg('ThreadPoolExecutor.shutdown', a, kw, 0, 'wait', true)), ops.truthy(kw?.get('cancel_futures') ?? false)));
      },
    ],
    [
      'map',
      () => {
        throw new Unsupported('`Executor.map` is not supported by Taskline: submit each call, or use loop.run_in_executor');
      },
    ],
  ],
  props: [['_max_workers', (self) => self.pool.maxWorkers]],
});

function outcome(f: PyConcurrentFuture, what: 'result' | 'exception'): Value {
  const job = f.job;
  // Called from the loop's thread, result() blocks it until a worker has finished the job.
  waitFromLoopThread(f.pool.loop, '`Future.result()`', () => job.state === 'finished' || job.state === 'cancelled');
  if (job.state === 'cancelled') throw new Unsupported('the result of a cancelled concurrent.futures.Future (its CancelledError) is not supported by Taskline');
  if (what === 'exception') return job.exception;
  if (job.exception !== null) throw job.exception;
  return job.result as Value;
}

/** concurrent.futures.Future; run_coroutine_threadsafe's futures are of it too (asyncio-module.ts). */
export const concurrentFutureType = declareEngineType({
  cls: PyConcurrentFuture,
  name: 'Future',
  module: 'concurrent.futures._base',
  construct: () => typeError('Future objects come from Executor.submit() here'),
  methods: [
    ['done', (self) => self.job.state === 'finished' || self.job.state === 'cancelled'],
    ['running', (self) => self.job.state === 'running'],
    ['cancelled', (self) => self.job.state === 'cancelled'],
    ['cancel', (self) => self.pool.cancel(self.job)],
    ['result', (self) => outcome(self, 'result')],
    ['exception', (self) => outcome(self, 'exception')],
  ],
});
