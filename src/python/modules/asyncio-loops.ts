/**
 * Event loop objects and the ways in: asyncio.run, asyncio.Runner, the policy's
 * get_event_loop / set_event_loop / new_event_loop, and loop.run_until_complete /
 * run_forever / close. Every loop object is a view of the run's one engine loop (so they share
 * its clock, as loops on one machine share the monotonic clock); each has its own closed state.
 */
import * as En from '../../engine/index.ts';
import { raise, typeError, Unsupported, valueError } from '../runtime/errors.ts';
import { repr } from '../runtime/repr.ts';
import { truthy } from '../runtime/ops.ts';
import { typeName } from '../runtime/types.ts';
import { PyCoroutine, PyDict, PyFloat, type CallSite, type NativeFn, type Value } from '../runtime/values.ts';
import { markAwaited } from '../compile/await-expr.ts';
import { heldByTraceback } from '../compile/traceback.ts';
import type { SyncContextManager } from '../compile/async-protocol.ts';
import type { ThreadsHost } from './asyncio-threads.ts';

/** asyncio's event loop object as a program sees it (get_running_loop()). */
export class PyLoop {
  closed = false;
  /** Debug mode changes only what CPython logs about slow callbacks, which never are slow here. */
  debug = false;
  slowCallbackDuration: Value = new PyFloat(0.1);
  /** loop.set_exception_handler's callable, or None for the default (a report on stderr). */
  exceptionHandler: Value = null;

  constructor(
    readonly loop: En.EventLoop,
    readonly ops: LoopOps,
  ) {}
}

/** asyncio.DefaultEventLoopPolicy: the main thread's current loop. */
export class PyPolicy {
  loop: PyLoop | null = null;
  setCalled = false;
}

/** What a loop object does that needs the module's state (which loop runs?). */
export interface LoopOps {
  readonly threads: ThreadsHost;
  /** Wraps a Python callable as a loop callback whose errors are reported, not raised. */
  readonly callback: (f: Value, args: Value[], what: string) => () => void;
  /** loop.call_exception_handler and loop.default_exception_handler with a context dict. */
  readonly callExceptionHandler: (l: PyLoop, context: PyDict) => void;
  readonly defaultExceptionHandler: (context: PyDict) => void;
  readonly createTask: NativeFn;
  readonly loops: Loops;
  /** loop.shutdown_asyncgens(): an awaitable that closes the async generators left unfinished. */
  readonly shutdownAsyncgens: () => Value;
}

export interface LoopsHost {
  readonly loop: En.EventLoop;
  readonly reportException: (message: string, exc: En.PyException) => void;
  /** loop.shutdown_asyncgens(): closes the async generators still unfinished. */
  readonly shutdownAsyncgens: () => En.Coro<void>;
  /** Ops shared by every loop object. */
  readonly ops: () => LoopOps;
  /** Wraps an engine coroutine as a Python awaitable for ensure_future. */
  readonly toAwaitable: (v: Value) => En.Awaitable<unknown>;
  readonly adaptResult: (v: Value) => Value;
}

/** The run's loops: which one runs, and the event loop policy's current loop. */
export class Loops {
  running: PyLoop | null = null;
  /** The event loop policy: which loop get_event_loop() returns in the main thread. */
  policy = new PyPolicy();
  /** The loop futures name in `get_loop()`: the last one that ran. */
  lastRun: PyLoop | null = null;

  constructor(private readonly host: LoopsHost) {}

  newLoop(): PyLoop {
    return new PyLoop(this.host.loop, this.host.ops());
  }

  /** BaseEventLoop._check_closed and _check_running. */
  checkCanRun(l: PyLoop): void {
    this.notInWorker();
    if (l.closed) raise(En.RuntimeError, 'Event loop is closed');
    if (this.running === l) raise(En.RuntimeError, 'This event loop is already running');
    if (this.running !== null) raise(En.RuntimeError, 'Cannot run the event loop while another loop is running');
  }

  runAs<T>(l: PyLoop, f: () => T): T {
    this.running = l;
    this.lastRun = l;
    try {
      return f();
    } finally {
      this.running = null;
    }
  }

  /** loop.run_until_complete(aw): run until `aw` is done; what is still pending stays pending. */
  runUntilComplete(l: PyLoop, aw: Value, site: CallSite): Value {
    this.notInWorker(site);
    this.checkCanRun(l);
    const fut = En.ensureFuture(this.host.loop, this.host.toAwaitable(aw), site.span ? { call: site.span } : {});
    return this.runAs(l, () => this.host.adaptResult(this.host.loop.runUntilComplete(fut) as Value));
  }

  runForever(l: PyLoop): void {
    this.checkCanRun(l);
    this.runAs(l, () => this.host.loop.runForever());
  }

  /** loop.close(): queued callbacks and timers are dropped; a running loop cannot close. */
  close(l: PyLoop): void {
    if (this.running === l) raise(En.RuntimeError, 'Cannot close a running event loop');
    if (l.closed) return;
    l.closed = true;
    this.host.loop.clearQueues();
  }

  /** asyncio.get_event_loop() in 3.11: the running loop, else the policy's (made on first use in the main thread). */
  getEventLoop(): PyLoop {
    // The policy keeps a loop per thread, and makes one only in the main thread.
    const lane = this.host.loop.currentLane;
    if (lane !== null) raise(En.RuntimeError, `There is no current event loop in thread '${lane.name}'.`);
    if (this.running !== null) return this.running;
    return this.policyGetEventLoop(this.policy);
  }

  /** BaseDefaultEventLoopPolicy.get_event_loop: the loop set, made on first use in the main thread. */
  policyGetEventLoop(p: PyPolicy): PyLoop {
    const lane = this.host.loop.currentLane;
    if (lane !== null) raise(En.RuntimeError, `There is no current event loop in thread '${lane.name}'.`);
    if (p.loop === null && !p.setCalled) this.policySetEventLoop(p, this.newLoop());
    if (p.loop === null) raise(En.RuntimeError, "There is no current event loop in thread 'MainThread'.");
    return p.loop!;
  }

  setEventLoop(v: Value): void {
    this.policySetEventLoop(this.policy, v);
  }

  policySetEventLoop(p: PyPolicy, v: Value): void {
    if (v !== null && !(v instanceof PyLoop)) typeError(`loop must be an instance of AbstractEventLoop or None, not '${typeName(v)}'`);
    p.setCalled = true;
    p.loop = v as PyLoop | null;
  }

  /** asyncio.set_event_loop_policy(policy): None puts a fresh default policy back. */
  setPolicy(v: Value): void {
    if (v !== null && !(v instanceof PyPolicy)) typeError(`policy must be an instance of AbstractEventLoopPolicy or None, not '${typeName(v)}'`);
    this.policy = (v as PyPolicy | null) ?? new PyPolicy();
  }

  /** A worker thread would run a loop of its own: outside the subset. */
  notInWorker(site?: CallSite): void {
    if (this.host.loop.currentLane !== null) throw new Unsupported('running an event loop inside a worker thread (to_thread, run_in_executor) is not supported by Taskline', site?.span?.line ?? null);
  }

  /** asyncio.run(main): `with Runner() as runner: return runner.run(main)`. */
  asyncioRun(main: Value, site: CallSite, debug: Value = null): Value {
    this.notInWorker(site);
    if (this.running !== null) {
      // runners.run's frame, kept by the traceback, still holds the coroutine it refused.
      const e = En.pyErr(En.RuntimeError, 'asyncio.run() cannot be called from a running event loop');
      heldByTraceback.set(e, [main]);
      throw e;
    }
    if (!(main instanceof PyCoroutine)) valueError(`a coroutine was expected, got ${repr(main)}`);
    const runner = new PyRunner(this, this.host);
    runner.debug = debug;
    return withRunner(runner, () => runner.run(main, site));
  }
}

/** Runner.__exit__ runs close() however the body ends, but not past a deadlock or a budget. */
function withRunner<T>(runner: PyRunner, f: () => T): T {
  runner.enter();
  let result: T;
  try {
    result = f();
  } catch (e) {
    if (e instanceof En.PyException) runner.close();
    throw e;
  }
  runner.close();
  return result;
}

type RunnerState = 'created' | 'initialized' | 'closed';

/** asyncio.Runner: one loop for several run() calls, shut down by close() or the with-block's end. */
export class PyRunner implements SyncContextManager {
  state: RunnerState = 'created';
  loop: PyLoop | null = null;
  private setEventLoop = false;
  debug: Value = null;

  constructor(
    private readonly loops: Loops,
    private readonly host: LoopsHost,
  ) {}

  private lazyInit(): PyLoop {
    if (this.state === 'closed') raise(En.RuntimeError, 'Runner is closed');
    if (this.state === 'initialized') return this.loop!;
    this.loop = this.loops.newLoop();
    if (!this.setEventLoop) {
      this.loops.setEventLoop(this.loop);
      this.setEventLoop = true;
    }
    if (this.debug !== null) this.loop.debug = truthy(this.debug);
    this.state = 'initialized';
    return this.loop;
  }

  getLoop(): PyLoop {
    return this.lazyInit();
  }

  run(coro: Value, site: CallSite): Value {
    if (!(coro instanceof PyCoroutine)) valueError(`a coroutine was expected, got ${repr(coro)}`);
    this.loops.notInWorker(site);
    if (this.loops.running !== null) raise(En.RuntimeError, 'Runner.run() cannot be called from a running event loop');
    const l = this.lazyInit();
    markAwaited(coro as PyCoroutine);
    const main = coro as PyCoroutine;
    const task = this.host.loop.createTask(main, { coroName: main.coroName, ...(site.span ? { call: site.span } : {}) });
    return this.loops.runUntilComplete(l, task, site);
  }

  close(): void {
    if (this.state !== 'initialized') return;
    const l = this.loop!;
    try {
      // Each shutdown step is a run_until_complete: not while another loop runs.
      this.loops.checkCanRun(l);
      this.loops.runAs(l, () => En.shutdownLoop(this.host.loop, { reportException: this.host.reportException, shutdownAsyncgens: this.host.shutdownAsyncgens }));
    } finally {
      if (this.setEventLoop) this.loops.setEventLoop(null);
      this.loops.close(l);
      this.loop = null;
      this.state = 'closed';
    }
  }

  enter(): Value {
    this.lazyInit();
    return this;
  }

  exit(): boolean {
    this.close();
    return false;
  }
}
