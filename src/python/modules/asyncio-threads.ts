/**
 * asyncio.to_thread and loop.run_in_executor: the function runs on a worker lane of the
 * default executor (engine/worker-lanes.ts), and the caller gets an asyncio future that the
 * worker completes through call_soon_threadsafe.
 */
import * as En from '../../engine/index.ts';
import { raise, typeError, Unsupported } from '../runtime/errors.ts';
import { typeName } from '../runtime/types.ts';
import { BoundMethod, PyBuiltin, PyCoroutine, PyList, type CallSite, type Value } from '../runtime/values.ts';
import { PyFunction } from '../compile/frame.ts';
import { laneBody, type LaneFn, type LaneMethods } from '../compile/threaded.ts';
import { markAwaited } from '../compile/await-expr.ts';
import { checkKw, type Kw } from './args.ts';
import { PyConcurrentFuture, PyExecutor, submitTo } from './concurrent-futures.ts';
import { repr } from '../runtime/repr.ts';

/** The function's name as labels show it ("blocking_io"). */
export function callableName(fn: Value): string {
  if (fn instanceof BoundMethod) return callableName(fn.fn);
  if (fn instanceof PyFunction) return fn.code.name;
  if (fn instanceof PyBuiltin) return fn.name;
  return typeName(fn);
}

export interface ThreadsHost {
  readonly loop: En.EventLoop;
  /** get_running_loop(): raises RuntimeError outside a running loop (and in a worker). */
  readonly running: () => En.EventLoop;
  readonly isClosed: () => boolean;
  readonly coro: (gen: En.Coro<unknown>, name: string, site?: CallSite) => PyCoroutine;
}

/** BaseEventLoop.run_in_executor(None, func, *args) with the default executor. */
export function submitToDefault(
  host: ThreadsHost,
  fn: Value,
  args: Value[],
  kwargs: Map<string, Value> | null,
  label: string,
  site: CallSite,
  context?: En.RunContext,
): En.Future<unknown> {
  const loop = host.loop;
  if (host.isClosed()) raise(En.RuntimeError, 'Event loop is closed');
  let pool = loop.defaultExecutor;
  if (pool === null) pool = loop.defaultExecutor = new En.ThreadPool(loop, En.DEFAULT_MAX_WORKERS, 'asyncio');
  else if (pool.shutDown) raise(En.RuntimeError, 'Executor shutdown has been called');
  const name = callableName(fn);
  return pool.submit(() => laneBody(fn, args, kwargs, site), {
    fnName: name,
    label: `${label}(${name})`,
    ...(site.span ? { call: site.span } : {}),
    ...(context ? { context } : {}),
  });
}

/** asyncio.to_thread(func, /, *args, **kwargs): a coroutine that submits when it first runs. */
export function makeToThread(host: ThreadsHost): PyBuiltin {
  return new PyBuiltin('to_thread', (args, kw, site) => {
    if (args.length === 0) typeError("to_thread() missing 1 required positional argument: 'func'");
    const [fn, ...rest] = args;
    const gen = (function* (): En.Coro<unknown> {
      host.running();
      // to_thread runs the function in a copy of the calling task's context (contextvars).
      const fut = submitToDefault(host, fn, rest, kw !== null && kw.size > 0 ? kw : null, 'to_thread', site, host.loop.context.copy());
      return yield* fut;
    })();
    return host.coro(gen, 'to_thread', site);
  });
}

/** loop.run_in_executor(executor, func, *args): submits at once; only the default executor is available. */
export function runInExecutor(host: ThreadsHost, a: Value[], kw: Kw, site: CallSite): Value {
  checkKw('BaseEventLoop.run_in_executor', kw, []);
  if (a.length < 2) {
    typeError(`BaseEventLoop.run_in_executor() missing ${2 - a.length} required positional argument${a.length === 0 ? 's' : ''}: ${a.length === 0 ? "'executor' and 'func'" : "'func'"}`);
  }
  const [executor, fn, ...rest] = a;
  if (executor === null) return submitToDefault(host, fn, rest, null, 'run_in_executor', site);
  if (!(executor instanceof PyExecutor)) {
    throw new Unsupported(`\`run_in_executor\` with a ${typeName(executor)} is not supported by Taskline: pass None or a concurrent.futures.ThreadPoolExecutor`, site.span?.line ?? null);
  }
  if (host.isClosed()) raise(En.RuntimeError, 'Event loop is closed');
  const job = submitTo(executor.pool, fn, rest, null, 'run_in_executor', site);
  return executor.pool.chain(job);
}

/** asyncio.wrap_future(f): an asyncio future stays itself; a concurrent one is chained to one. */
export function wrapFuture(v: Value): Value {
  if (v instanceof En.Future) return v;
  if (v instanceof PyConcurrentFuture) return v.pool.chain(v.job);
  return typeError(`concurrent.futures.Future is expected, got ${repr(v)}`);
}

/** loop.set_default_executor(executor): only a ThreadPoolExecutor. */
export function setDefaultExecutor(host: ThreadsHost, v: Value): void {
  if (!(v instanceof PyExecutor)) typeError('executor must be ThreadPoolExecutor');
  host.loop.defaultExecutor = (v as PyExecutor).pool;
}

/**
 * The concurrent.futures.Future of asyncio.run_coroutine_threadsafe: completed by the loop when
 * the coroutine's task ends. A worker's `result()` blocks its lane until then; the loop's own
 * thread cannot wait for it (in CPython that hangs the loop), which is refused.
 */
export class ThreadsafeFuture implements LaneMethods {
  constructor(readonly inner: En.Future<unknown>) {
    // Its exception is the waiting thread's to read: no "never retrieved" report for it.
    inner.logTraceback = false;
  }

  laneMethod(name: string): LaneFn | undefined {
    if (name !== 'result' && name !== 'exception') return undefined;
    const inner = this.inner;
    return function* (): Generator<En.Yielded, Value, unknown> {
      if (!inner.done()) yield inner;
      if (name === 'exception') return inner.cancelled() ? null : inner.exception();
      return adaptResult(inner.result() as Value);
    };
  }
}

/** asyncio.run_coroutine_threadsafe(coro, loop): the loop runs it as a task, soon. */
export function runCoroutineThreadsafe(loop: En.EventLoop, coro: Value, loopArg: Value): ThreadsafeFuture {
  if (!(coro instanceof PyCoroutine)) typeError('A coroutine object is required');
  if (loopArg === null || loopArg === undefined) typeError("run_coroutine_threadsafe() missing 1 required positional argument: 'loop'");
  markAwaited(coro as PyCoroutine);
  const state = loop.createFuture<unknown>();
  const result = new ThreadsafeFuture(state);
  loop.callSoon(
    () => {
      const task = En.ensureFuture(loop, coro as PyCoroutine);
      // _chain_future into a concurrent future: its state is set the moment the task ends.
      task.addDoneCallback((t) => {
        if (t.cancelled()) state.cancel();
        else if (t.peekException() !== null) {
          state.setException(t.exception()!);
          state.logTraceback = false;
        } else state.setResult(t.result());
      });
    },
    null,
    'run_coroutine_threadsafe',
  );
  return result;
}

function adaptResult(v: Value): Value {
  return Array.isArray(v) ? new PyList(v) : v;
}
