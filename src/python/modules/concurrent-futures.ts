/**
 * `concurrent.futures`: ThreadPoolExecutor on worker lanes (engine/worker-lanes.ts), for
 * `loop.run_in_executor(pool, fn)` and `with ThreadPoolExecutor() as pool:`. Processes stay
 * outside the subset. A Future's result() from the loop's thread blocks it until the job is done.
 */
import * as En from '../../engine/index.ts';
import { typeError, Unsupported, valueError } from '../runtime/errors.ts';
import * as ops from '../runtime/ops.ts';
import { registerEngineType } from '../runtime/types.ts';
import { PyModule, PyType, type CallSite, type Value } from '../runtime/values.ts';
import type { Method } from '../runtime/method.ts';
import { registerBinding } from '../compile/objects.ts';
import { laneBody, type LaneFn, type LaneMethods } from '../compile/threaded.ts';
import type { SyncContextManager } from '../compile/async-protocol.ts';
import { arg, checkKw, type Kw } from './args.ts';
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

export function makeConcurrentFuturesModule(loop: En.EventLoop): PyModule {
  const d = new Map<string, Value>();
  let poolCount = 0;
  d.set(
    'ThreadPoolExecutor',
    new PyType(
      'ThreadPoolExecutor',
      (a, kw) => {
        checkKw('ThreadPoolExecutor.__init__', kw, ['max_workers', 'thread_name_prefix', 'initializer', 'initargs']);
        const max = arg('ThreadPoolExecutor.__init__', a, kw, 0, 'max_workers', null);
        const prefix = arg('ThreadPoolExecutor.__init__', a, kw, 1, 'thread_name_prefix', '');
        if ((kw?.get('initializer') ?? null) !== null || a.length > 2) throw new Unsupported('`ThreadPoolExecutor(initializer=...)` is not supported by Taskline');
        let workers = En.DEFAULT_MAX_WORKERS;
        if (max !== null) {
          workers = ops.num(max as number);
          if (workers <= 0) valueError('max_workers must be greater than 0');
        }
        // Only an executor without a prefix takes a number (ThreadPoolExecutor-0, -1, ...).
        const name = typeof prefix === 'string' && prefix !== '' ? prefix : `ThreadPoolExecutor-${poolCount++}`;
        return new PyExecutor(new En.ThreadPool(loop, workers, name));
      },
      (v) => v instanceof PyExecutor,
    ),
  );
  d.set('Future', new PyType('Future', () => typeError('Future objects come from Executor.submit() here'), (v) => v instanceof PyConcurrentFuture));
  d.set('TimeoutError', En.TimeoutError);
  return new PyModule('concurrent.futures', d);
}

const none = (f: () => void): Value => {
  f();
  return null;
};

registerEngineType(PyExecutor, 'ThreadPoolExecutor');
registerBinding(PyExecutor, {
  methods: new Map<string, Method>([
    [
      'submit',
      ((self: PyExecutor, a: Value[], kw: Kw, site?: CallSite) => {
        if (a.length === 0) typeError("ThreadPoolExecutor.submit() missing 1 required positional argument: 'fn'");
        const [fn, ...rest] = a;
        return new PyConcurrentFuture(submitTo(self.pool, fn, rest, kw !== null && kw.size > 0 ? kw : null, 'submit', site ?? { span: undefined }), self.pool);
      }) as Method,
    ],
    [
      'shutdown',
      (self: PyExecutor, a, kw) => {
        checkKw('ThreadPoolExecutor.shutdown', kw, ['wait', 'cancel_futures']);
        return none(() => shutdown(self, ops.truthy(arg('ThreadPoolExecutor.shutdown', a, kw, 0, 'wait', true)), ops.truthy(kw?.get('cancel_futures') ?? false)));
      },
    ],
    ['map', () => {
      throw new Unsupported('`Executor.map` is not supported by Taskline: submit each call, or use loop.run_in_executor');
    }],
  ]),
  props: new Map([['_max_workers', (self: PyExecutor) => self.pool.maxWorkers]]),
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

registerEngineType(PyConcurrentFuture, 'Future');
registerBinding(PyConcurrentFuture, {
  methods: new Map<string, Method>([
    ['done', (self: PyConcurrentFuture) => self.job.state === 'finished' || self.job.state === 'cancelled'],
    ['running', (self: PyConcurrentFuture) => self.job.state === 'running'],
    ['cancelled', (self: PyConcurrentFuture) => self.job.state === 'cancelled'],
    ['cancel', (self: PyConcurrentFuture) => self.pool.cancel(self.job)],
    ['result', (self: PyConcurrentFuture) => outcome(self, 'result')],
    ['exception', (self: PyConcurrentFuture) => outcome(self, 'exception')],
  ]),
});
