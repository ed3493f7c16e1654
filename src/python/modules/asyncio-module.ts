/**
 * The `asyncio` module a program imports: Python-facing wrappers over the engine. Functions
 * that are coroutines in CPython return coroutine objects here too (so `create_task(asyncio.
 * sleep(1))` works), and every wrapper forwards source locations into the trace.
 */
import { callbackSource } from './callback-source.ts';
import * as En from '../../engine/index.ts';
// anext(), asend(), aclose(): awaitables that are coroutines to the engine.
import { NativeAwaitable } from '../compile/async-generator.ts';
import { CancelledError, PyException, pyErr } from '../../engine/exceptions.ts';
import type { Coro } from '../../engine/coroutine.ts';
import { attributeError, raise, typeError, Unsupported } from '../runtime/errors.ts';
import { makeIterator } from '../runtime/iter.ts';
import { interp } from '../runtime/hooks.ts';
import * as ops from '../runtime/ops.ts';
import { fakeAddress, repr, str } from '../runtime/repr.ts';
import { builtinExcClasses, isExcClass, typeName } from '../runtime/types.ts';
import {
  BoundMethod,
  PyBuiltin,
  PyInstance,
  PyCoroutine,
  PyDict,
  PyFloat,
  PyList,
  PyModule,
  PySet,
  PyTuple,
  type CallSite,
  type NativeFn,
  type Value,
} from '../runtime/values.ts';
import type { Method } from '../runtime/method.ts';
import { awaitValue, markAwaited } from '../compile/await-expr.ts';
import { AwaitIterator } from '../compile/await-protocol.ts';
import { callValue, getattr } from '../compile/objects.ts';
import { heldByTraceback } from '../compile/traceback.ts';
import { PyFunction } from '../compile/frame.ts';
import { roundFloat } from '../format/numeric.ts';
import { arg, checkKw, literalOf, maxArgs, maxPositional, optSeconds, seconds, type Kw } from './args.ts';
import { makeToThread, runCoroutineThreadsafe, runInExecutor, setDefaultExecutor, ThreadsafeFuture, wrapFuture, type ThreadsHost } from './asyncio-threads.ts';
import { addAsyncioSubmodules } from './asyncio-submodules.ts';
import { isCallable } from '../runtime/builtin-types.ts';
import { declareEngineType, engineTypeOf, registerBinding, type EngineMethod, type EngineType } from '../runtime/types/engine-type.ts';
import { runContextOf } from './contextvars-module.ts';
import { futureRepr, taskRepr } from './asyncio-future-repr.ts';
import { concurrentFutureType } from './concurrent-futures.ts';

/** call_soon(..., context=ctx) and friends: the callback runs inside ctx itself, as ctx.run would run it. A bad context schedules nothing. */
function inContext<H extends En.Handle<null>>(kw: Kw, fn: string, schedule: () => H): H {
  const rc = runContextOf(kw?.get('context') ?? null, fn);
  const h = schedule();
  if (rc !== undefined) h.context = rc;
  return h;
}
import { Loops, PyLoop, PyPolicy, PyRunner, type LoopOps, type LoopsHost } from './asyncio-loops.ts';
import { currentRealm, type Realm } from '../runtime/realm.ts';

export interface AsyncioHost {
  readonly loop: En.EventLoop;
  /** Writes to stderr (loop exception handler messages). */
  readonly stderr: (text: string) => void;
  /** loop.call_exception_handler for what asyncio.run's shutdown finds (printed with its traceback). */
  readonly reportException: (message: string, exc: PyException) => void;
  /** loop.shutdown_asyncgens(), run by asyncio.run and Runner.close before the executor's shutdown. */
  readonly shutdownAsyncgens: () => En.Coro<void>;
  /** The run's `logging` module if the program imported it (asyncio's reports go to its 'asyncio' logger). */
  readonly logging?: () => PyModule | undefined;
}

/**
 * One of asyncio's own coroutines (`sleep`, `Event.wait`, ...), named by its qualname. Like an
 * `async def`'s, it is "never awaited" if it is freed unstarted; `tracked` is false for those
 * asyncio makes and drops itself (as_completed's `_wait_for_one`).
 */
const coro = (gen: Coro<unknown>, name: string, site?: CallSite, tracked = true): PyCoroutine => {
  const c = new PyCoroutine(gen as Generator<unknown, Value, unknown>, name, site?.span);
  if (tracked) currentRealm.unstartedCoroutines.add(c);
  return c;
};

/** A coroutine whose first step raises what `check` raises (a bad argument of a coroutine function). */
function* failOnStart(check: () => unknown): Coro<never> {
  check();
  throw new Error('failOnStart: the check did not raise');
}

function fn(name: string, f: NativeFn): PyBuiltin {
  return new PyBuiltin(name, f);
}

function isAwaitable(v: Value): boolean {
  return v instanceof PyCoroutine || v instanceof En.Future || v instanceof NativeAwaitable;
}

/** What the engine awaits for a Python awaitable; a coroutine handed over is consumed. */
function toAwaitable(v: Value, what: string): En.Awaitable<unknown> {
  if (v instanceof PyCoroutine) {
    markAwaited(v);
    return v;
  }
  if (v instanceof En.Future || v instanceof NativeAwaitable) return v;
  // An object with __await__: ensure_future wraps it in a coroutine (tasks._wrap_awaitable).
  if (v instanceof PyInstance && ops.findMethod(v, '__await__') !== undefined) {
    return new NativeAwaitable('coroutine', () => awaitValue(v, 0), 'cannot reuse already awaited coroutine');
  }
  return typeError(what);
}

function pyList(v: Value): Value[] {
  if (v instanceof PyList || v instanceof PyTuple) return [...v.items];
  if (v instanceof PySet) return [...v.map.values()];
  return [...interp.iterate(v)];
}

/**
 * What the asyncio type objects, made once for every run, need of the run that calls them:
 * `asyncio.Lock()` makes a lock on the calling run's loop.
 */
interface AsyncioRun {
  readonly loop: En.EventLoop;
  readonly loops: Loops;
  readonly loopsHost: LoopsHost;
  readonly stderr: (text: string) => void;
  /** TaskGroup.create_task: asyncio.create_task's checks, for the group. */
  readonly createTask: (args: Value[], kw: Kw, site: CallSite, group: En.TaskGroup | null) => Value;
}
const runs = new WeakMap<Realm, AsyncioRun>();

function thisRun(): AsyncioRun {
  const run = runs.get(currentRealm);
  if (run === undefined) throw new Error('internal: asyncio used by a run that has not imported it');
  return run;
}

export function makeAsyncioModule(host: AsyncioHost): PyModule {
  const loop = host.loop;
  const d = new Map<string, Value>();
  const running = (): En.EventLoop => {
    // A worker thread has no running loop, even while the loop runs.
    if ((loop.current === null && loops.running === null) || loop.currentLane !== null) raise(En.RuntimeError, 'no running event loop');
    return loop;
  };
  const loopsHost: LoopsHost = {
    loop,
    reportException: host.reportException,
    shutdownAsyncgens: host.shutdownAsyncgens,
    ops: () => loopOps,
    toAwaitable: (v) => toAwaitable(v, 'An asyncio.Future, a coroutine or an awaitable is required'),
    adaptResult,
  };
  const loops = new Loops(loopsHost);
  loopsOf.set(loop, loops);

  /** loop.call_exception_handler: the program's handler if it set one, else the default report. */
  const callExceptionHandler = (l: PyLoop, context: PyDict): void => {
    if (l.exceptionHandler === null) {
      defaultExceptionHandler(context);
      return;
    }
    try {
      callValue(l.exceptionHandler, [l, context], null);
    } catch (e) {
      if (!(e instanceof PyException) || En.isExitError(e)) throw e;
      host.reportException('Unhandled error in exception handler', e);
    }
  };
  /** BaseEventLoop.default_exception_handler: the message, the other keys, then the traceback. */
  const defaultExceptionHandler = (context: PyDict): void => {
    const get = (k: string): Value => context.map.get(ops.keyOf(k))?.v;
    const lines = [ops.truthy(get('message') ?? null) ? str(get('message')) : 'Unhandled exception in event loop'];
    const keys = [...context.map.values()].map((e) => e.k).filter((k) => k !== 'message' && k !== 'exception');
    for (const k of keys.sort()) lines.push(`${str(k)}: ${repr(get(str(k)))}`);
    const exc = get('exception');
    if (logToAsyncioLogger(lines.join('\n'), exc instanceof PyException ? exc : null)) return;
    if (exc instanceof PyException) host.reportException(lines.join('\n'), exc);
    else host.stderr(lines.join('\n') + '\n');
  };
  const contextDict = (entries: [string, Value][]): PyDict => {
    const d = new PyDict();
    for (const [k, v] of entries) ops.dictSet(d, k, v);
    return d;
  };
  /**
   * The default handler's report through asyncio's logger, once the program has imported
   * logging (it may have sent records to stdout); false when the plain stderr text will do.
   */
  const logToAsyncioLogger = (message: string, exc: PyException | null): boolean => {
    const logging = host.logging?.();
    if (logging === undefined) return false;
    const logger = callValue(logging.dict.get('getLogger'), ['asyncio'], null);
    callValue(getattr(logger, 'error'), [message], exc === null ? null : new Map([['exc_info', exc]]));
    return true;
  };
  loop.unretrievedHook = (fut) => {
    const l = loops.running ?? loops.lastRun;
    const what = fut instanceof En.Task ? 'Task' : 'Future';
    const message = `${what} exception was never retrieved`;
    const exc = fut.peekException();
    if (exc === null) return false;
    if (l === null || l.exceptionHandler === null) return logToAsyncioLogger(`${message}\nfuture: ${repr(fut)}`, exc);
    callExceptionHandler(l, contextDict([['message', message], ['exception', exc], ['future', fut]]));
    return true;
  };
  const reportCallbackError = (e: unknown, what: string): void => {
    if (!(e instanceof PyException) || En.isExitError(e)) throw e;
    const l = loops.running;
    if (l !== null && l.exceptionHandler !== null) {
      callExceptionHandler(l, contextDict([['message', `Exception in callback ${what}`], ['exception', e], ['handle', loop.currentHandle]]));
      return;
    }
    host.stderr(`Exception in callback ${what}\n${e.qualifiedName}${e.args.length ? ': ' + str(e) : ''}\n`);
  };
  /** A Python callable run by the loop: exceptions are reported, never propagated (Handle._run). */
  const pyCallback = (f: Value, args: Value[], what: string) => (): void => {
    try {
      callValue(f, args, null);
    } catch (e) {
      reportCallbackError(e, what);
    }
  };

  d.set(
    'run',
    fn('run', (args, kw, site) => {
      checkKw('run', kw, ['debug']);
      return loops.asyncioRun(arg('run', args, kw, 0, 'main'), site, kw?.get('debug') ?? null);
    }),
  );

  /** asyncio.create_task and TaskGroup.create_task need a running loop; loop.create_task does not. */
  const createTask = (args: Value[], kw: Kw, site: CallSite, group: En.TaskGroup | null, needsRunning = true): Value => {
    checkKw('create_task', kw, ['name', 'context']);
    const c = arg('create_task', args, kw, 0, 'coro');
    const name = arg('create_task', args, kw, 1, 'name', null);
    const context = runContextOf(kw?.get('context') ?? null, 'create_task');
    // anext(g), g.asend(v), g.aclose() are coroutines to CPython's Task too.
    const native = c instanceof NativeAwaitable;
    if (!native && !(c instanceof PyCoroutine)) typeError(`a coroutine was expected, got ${repr(c)}`);
    const l = needsRunning ? running() : loop;
    if (!native) markAwaited(c as PyCoroutine);
    const lit = literalOf(site, 1, 'name');
    const opts: En.TaskOptions = {
      coroName: native ? (c as NativeAwaitable).pyTypeName : (c as PyCoroutine).coroName,
      ...(name !== null ? { name: str(name) } : {}),
      ...(context !== undefined ? { context } : {}),
      ...(site.span ? { call: site.span } : {}),
      ...(lit && typeof name === 'string' ? { nameLiteral: lit } : {}),
    };
    if (native) return group === null ? l.createTask(c as NativeAwaitable, opts) : group.createTask(c as NativeAwaitable, opts);
    if (group === null) return l.createTask(c as PyCoroutine, opts);
    try {
      return group.createTask(c as PyCoroutine, opts);
    } catch (e) {
      // TaskGroup.create_task refused the coroutine before wrapping it: it stays unawaited, held
      // by that method's frame in the traceback until exit.
      if (e instanceof PyException) {
        (c as PyCoroutine).awaited = false;
        heldByTraceback.set(e, [c]);
      }
      throw e;
    }
  };
  d.set('create_task', fn('create_task', (args, kw, site) => createTask(args, kw, site, null)));
  d.set(
    'ensure_future',
    fn('ensure_future', (args, kw) => {
      const a = arg('ensure_future', args, kw, 0, 'coro_or_future');
      return En.ensureFuture(loop, toAwaitable(a, 'An asyncio.Future, a coroutine or an awaitable is required'));
    }),
  );

  d.set(
    'sleep',
    fn('sleep', (args, kw, site) => {
      checkKw('sleep', kw, ['delay', 'result']);
      maxPositional('sleep', args.length, 1, 2);
      const delay = arg('sleep', args, kw, 0, 'delay');
      const result = arg('sleep', args, kw, 1, 'result', null);
      // sleep() is a coroutine: a bad delay fails when it runs, at `if delay <= 0`.
      if (!ops.isNumber(delay)) return coro(failOnStart(() => seconds(delay, 'compared')), 'sleep', site);
      const secs = ops.num(delay);
      // Where the sleep came from only matters to a traced run: untraced runs skip describing it.
      const meta: En.SleepMeta | undefined =
        loop.recorder === null ? undefined : { delayText: repr(delay), call: site.span, literal: literalOf(site, 0, 'delay') };
      return coro(En.sleep(loop, secs, result, meta), 'sleep', site);
    }),
  );

  d.set(
    'gather',
    fn('gather', (args, kw) => {
      checkKw('gather', kw, ['return_exceptions']);
      // gather dedups its arguments in a dict first, so an unhashable one (a list passed
      // without `*`) fails with that before anything else.
      for (const a of args) ops.keyOf(a);
      const aws: En.Awaitable<unknown>[] = [];
      for (const a of args) {
        try {
          aws.push(toAwaitable(a, 'An asyncio.Future, a coroutine or an awaitable is required'));
        } catch (e) {
          // gather wraps its arguments one by one: those before the bad one already are tasks, scheduled to run.
          for (const aw of new Set(aws)) if (aw instanceof PyCoroutine) En.ensureFuture(loop, aw);
          throw e;
        }
      }
      const fut = En.gather(loop, aws, ops.truthy(kw?.get('return_exceptions') ?? false), (results) => new PyList(results as Value[]));
      return fut;
    }),
  );

  d.set(
    'wait',
    fn('wait', (args, kw, site) => {
      checkKw('wait', kw, ['fs', 'timeout', 'return_when']);
      const fs = arg('wait', args, kw, 0, 'fs');
      const rawTimeout = arg('wait', args, kw, 1, 'timeout', null);
      const rawReturnWhen = arg('wait', args, kw, 2, 'return_when', En.ALL_COMPLETED);
      const timeoutText = rawTimeout === null ? undefined : repr(rawTimeout);
      const gen = (function* () {
        // wait is an async def: its arguments are read when it runs (`set(fs)` of a non-iterable
        // fails on the await, not the call), and the timeout where _wait's call_later adds it.
        const returnWhen = str(rawReturnWhen) as En.ReturnWhen;
        const list = fs instanceof PyCoroutine || fs instanceof En.Future ? fs : (pyList(fs) as En.Awaitable<unknown>[]);
        const timeout = optSeconds(rawTimeout, 'added');
        // _wait calls add_done_callback on each one (after the check for coroutines).
        if (Array.isArray(list) && !list.some((f) => f instanceof PyCoroutine)) {
          const bad = list.find((f) => !(f instanceof En.Future));
          if (bad !== undefined) attributeError(`'${typeName(bad as Value)}' object has no attribute 'add_done_callback'`);
        }
        try {
          const [done, pending] = yield* En.wait(loop, list as En.Awaitable<unknown>[], { timeout, returnWhen, ...(timeoutText ? { timeoutText } : {}) });
          return new PyTuple([toSet(done), toSet(pending)]);
        } catch (e) {
          // wait's frame, in the traceback, holds `fs` (and the coroutines a 3.11 wait refuses)
          // until exit: they are freed, and reported, after the traceback.
          if (e instanceof PyException && !heldByTraceback.has(e)) heldByTraceback.set(e, [fs]);
          throw e;
        }
      })();
      return coro(gen, 'wait', site);
    }),
  );
  for (const w of [En.FIRST_COMPLETED, En.FIRST_EXCEPTION, En.ALL_COMPLETED]) d.set(w, w);

  d.set(
    'wait_for',
    fn('wait_for', (args, kw, site) => {
      checkKw('wait_for', kw, ['fut', 'timeout']);
      const fut = arg('wait_for', args, kw, 0, 'fut');
      const t = arg('wait_for', args, kw, 1, 'timeout');
      // wait_for is an `async def`: its arguments are looked at only when it runs, in its order
      // (`await fut` for no timeout, then `timeout <= 0`, then ensure_future(fut)); until
      // then a coroutine given to it is not awaited.
      function* run(): Coro<unknown> {
        if (t === null && !isAwaitable(fut)) typeError(`object ${typeName(fut)} can't be used in 'await' expression`);
        if (t !== null && !ops.isNumber(t)) seconds(t, 'compared');
        const aw = toAwaitable(fut, 'An asyncio.Future, a coroutine or an awaitable is required');
        return yield* En.waitFor(loop, aw, optSeconds(t, 'compared'), { timeoutText: repr(t) });
      }
      return coro(run(), 'wait_for', site);
    }),
  );

  d.set(
    'as_completed',
    fn('as_completed', (args, kw) => {
      checkKw('as_completed', kw, ['fs', 'timeout']);
      const fs = arg('as_completed', args, kw, 0, 'fs');
      const timeout = optSeconds(arg('as_completed', args, kw, 1, 'timeout', null), 'added');
      const list = fs instanceof PyCoroutine || fs instanceof En.Future ? fs : pyList(fs).map((x) => toAwaitable(x, 'expect an iterable of futures'));
      const it = En.asCompleted(loop, list as En.Awaitable<unknown>[], { timeout });
      return makeIterator(
        'generator',
        (function* () {
          for (const c of it) yield coro(c, '_wait_for_one', undefined, false);
        })(),
      );
    }),
  );

  d.set('shield', fn('shield', (args, kw) => checkKw('shield', kw, ['arg']) ?? En.shield(loop, toAwaitable(arg('shield', args, kw, 0, 'arg'), 'An asyncio.Future, a coroutine or an awaitable is required'))));
  // timeout() reads the running loop's clock at once; timeout_at() only when entered.
  d.set('timeout', fn('timeout', (args, kw) => checkKw('timeout', kw, ['delay']) ?? En.timeout(running(), optSeconds(arg('timeout', args, kw, 0, 'delay'), 'added'))));
  d.set('timeout_at', fn('timeout_at', (args, kw) => checkKw('timeout_at', kw, ['when']) ?? En.timeoutAt(loop, optSeconds(arg('timeout_at', args, kw, 0, 'when'), 'deadline'))));
  d.set(
    'current_task',
    fn('current_task', () => {
      running();
      return loop.current;
    }),
  );
  d.set(
    'all_tasks',
    fn('all_tasks', (a, kw) => {
      // all_tasks(loop) names its loop; with none it needs a running one.
      if ((arg('all_tasks', a, kw, 0, 'loop', null) ?? null) === null) running();
      return toSet(loop.allTasks());
    }),
  );
  d.set('iscoroutine', fn('iscoroutine', (args) => args[0] instanceof PyCoroutine));
  d.set('isfuture', fn('isfuture', (args) => args[0] instanceof En.Future));
  d.set('iscoroutinefunction', fn('iscoroutinefunction', (args) => isCoroutineFunction(args[0])));

  const threads: ThreadsHost = { loop, running, isClosed: () => (loops.running ?? loops.lastRun)?.closed ?? false, coro: (g, name, site) => coro(g, name, site) };
  d.set('to_thread', makeToThread(threads));
  d.set(
    'run_coroutine_threadsafe',
    fn('run_coroutine_threadsafe', (a, kw) => runCoroutineThreadsafe(loop, arg('run_coroutine_threadsafe', a, kw, 0, 'coro'), arg('run_coroutine_threadsafe', a, kw, 1, 'loop', null))),
  );
  d.set('wrap_future', fn('wrap_future', (a, kw) => checkKw('wrap_future', kw, ['future', 'loop']) ?? wrapFuture(arg('wrap_future', a, kw, 0, 'future'))));
  const loopOps: LoopOps = {
    threads,
    callback: pyCallback,
    callExceptionHandler,
    defaultExceptionHandler,
    createTask: (args, kw, site) => createTask(args, kw, site, null, false),
    loops,
    shutdownAsyncgens: () =>
      new NativeAwaitable(
        'coroutine',
        function* () {
          yield* host.shutdownAsyncgens();
          return null;
        },
        'cannot reuse already awaited coroutine',
      ),
  };
  d.set('new_event_loop', fn('new_event_loop', (a) => (maxArgs('new_event_loop', a, 0), loops.newLoop())));
  d.set('set_event_loop', fn('set_event_loop', (a, kw) => none(() => loops.setEventLoop(arg('set_event_loop', a, kw, 0, 'loop')))));
  d.set('get_running_loop', fn('get_running_loop', () => (running(), loops.running)));
  d.set('get_event_loop', fn('get_event_loop', () => loops.getEventLoop()));
  d.set('get_event_loop_policy', fn('get_event_loop_policy', () => loops.policy));
  d.set('set_event_loop_policy', fn('set_event_loop_policy', (a, kw) => none(() => loops.setPolicy(arg('set_event_loop_policy', a, kw, 0, 'policy')))));
  for (const t of ASYNCIO_TYPES) d.set(t.name, t);
  d.set('DefaultEventLoopPolicy', policyType);
  d.set('AbstractEventLoopPolicy', abstractPolicyType);
  d.set('AbstractEventLoop', abstractLoopType);
  d.set('BaseEventLoop', baseLoopType);
  d.set('SelectorEventLoop', loopType);

  for (const e of [En.CancelledError, En.InvalidStateError, En.QueueEmpty, En.QueueFull, En.BrokenBarrierError]) d.set(e.name, e);
  d.set('TimeoutError', En.TimeoutError);

  runs.set(currentRealm, { loop, loops, loopsHost, stderr: host.stderr, createTask });
  const asyncio = new PyModule('asyncio', d);
  addAsyncioSubmodules(asyncio);
  return asyncio;
}

function toSet(fs: readonly Value[]): PySet {
  const s = new PySet();
  for (const f of fs) s.map.set(f, f);
  return s;
}

/** Engine results reach Python in Python's shapes: gather's JS array becomes a list. */
export function adaptResult(v: Value): Value {
  return Array.isArray(v) ? new PyList(v) : v;
}

/** The loops of each engine loop, so `fut.get_loop()` can name the loop that ran it. */
const loopsOf = new WeakMap<En.EventLoop, Loops>();

// ---- the types of engine objects: each declared once, with its methods -------------------

const none = (f: () => void): Value => {
  f();
  return null;
};

const futureMethods: [string, EngineMethod<En.Future<unknown>>][] = [
  ['done', (self: En.Future<unknown>) => self.done()],
  ['cancelled', (self: En.Future<unknown>) => self.cancelled()],
  ['result', (self: En.Future<unknown>) => adaptResult(self.result())],
  ['exception', (self: En.Future<unknown>) => self.exception()],
  ['set_result', (self: En.Future<unknown>, a) => none(() => self.setResult(a[0]))],
  ['set_exception', (self: En.Future<unknown>, a) => none(() => self.setException(exceptionForFuture(self, a[0])))],
  ['cancel', (self: En.Future<unknown>, a, kw) => self.cancel(cancelMsg(a, kw))],
  [
    'add_done_callback',
    (self: En.Future<unknown>, a) => {
      const callback = a[0];
      const run = ((f: En.Future<unknown>) => {
        try {
          callValue(callback, [f], null);
        } catch (e) {
          if (!(e instanceof PyException) || En.isExitError(e)) throw e;
          currentRealm.reportCallbackError(e);
        }
      }) as En.DoneCallback<unknown> & { pyCallback: Value };
      run.pyCallback = callback;
      run.pyText = callbackText(callback);
      self.addDoneCallback(run);
      return null;
    },
  ],
  [
    'remove_done_callback',
    (self: En.Future<unknown>, a) =>
      self.removeDoneCallbacksWhere((cb) => {
        const py = (cb as { pyCallback?: Value }).pyCallback;
        return py !== undefined && ops.eq(py, a[0]);
      }),
  ],
  ['get_loop', (self: En.Future<unknown>) => loopsOf.get(self.loop)?.lastRun ?? null],
];

/** format_helpers._format_callback_source with no arguments: `report() at prog.py:7`, `print()`. */
function callbackText(f: Value): string {
  return callbackSource(f, []);
}

/** Future.set_exception's checks, in the C implementation's order: state, then the object. */
function exceptionForFuture(fut: En.Future<unknown>, v: Value): PyException {
  if (fut.done()) raise(En.InvalidStateError, 'invalid state');
  const exc = isExcClass(v) ? callValue(v, [], null) : v;
  if (!(exc instanceof PyException)) return typeError('invalid exception object');
  if (exc.cls === En.StopIteration) typeError('StopIteration interacts badly with generators and cannot be raised into a Future');
  return exc;
}

function cancelMsg(a: Value[], kw: Kw): string | null {
  const msg = a.length > 0 ? a[0] : (kw?.get('msg') ?? null);
  return msg === null ? null : str(msg);
}

futureMethods.push(['__await__', (self: En.Future<unknown>) => new AwaitIterator(awaitValue(self, 0), 'FutureIter')]);
/** Future._state, which tutorials print to show the states: PENDING, CANCELLED, FINISHED. */
const futureProps: [string, (self: En.Future<unknown>) => Value][] = [['_state', (self) => self.state.toUpperCase()]];
const futureType = declareEngineType<En.Future<unknown>>({
  cls: En.Future,
  name: 'Future',
  module: '_asyncio',
  construct: (a, kw) => (checkKw('Future.__init__', kw, ['loop']), maxArgs('Future', a, 0), thisRun().loop.createFuture()),
  methods: futureMethods,
  props: futureProps,
  repr: futureRepr,
});
const taskType = declareEngineType<En.Task<unknown>>({
  cls: En.Task,
  name: 'Task',
  module: '_asyncio',
  bases: [futureType],
  construct: () => typeError('use asyncio.create_task() to make a Task'),
  repr: taskRepr,
  methods: [
    // A task's outcome is its coroutine's: Task overrides these two to refuse.
    ['set_result', () => raise(En.RuntimeError, 'Task does not support set_result operation')],
    ['set_exception', () => raise(En.RuntimeError, 'Task does not support set_exception operation')],
    ['get_name', (self: En.Task<unknown>) => self.getName()],
    ['set_name', (self: En.Task<unknown>, a) => none(() => self.setName(str(a[0])))],
    ['get_coro', (self: En.Task<unknown>) => self.getCoro() as Value],
    ['cancelling', (self: En.Task<unknown>) => self.cancelling()],
    ['uncancel', (self: En.Task<unknown>) => self.uncancel()],
  ],
});
declareEngineType<En.GatheringFuture>({ cls: En.GatheringFuture, name: '_GatheringFuture', module: 'asyncio.tasks', bases: [futureType] });

/**
 * coroutine.close(): one never started is simply finished (a later await fails as for a reused
 * coroutine); a suspended one gets GeneratorExit thrown in, so its finally blocks run.
 */
function closeCoroutine(c: PyCoroutine): void {
  c.awaited = true;
  if (!c.started) {
    c.return(null);
    return;
  }
  try {
    if (!c.throw(pyErr(En.GeneratorExit)).done) raise(En.RuntimeError, 'coroutine ignored GeneratorExit');
  } catch (e) {
    if (!En.isInstance(e, En.GeneratorExit)) throw e;
  }
}
// The coroutine type itself is types.CoroutineType (types-module.ts); these are its methods.
registerBinding(PyCoroutine, {
  methods: new Map<string, Method>([
    ['close', (self: PyCoroutine) => none(() => closeCoroutine(self))],
    ['__await__', (self: PyCoroutine) => new AwaitIterator(awaitValue(self, 0), 'coroutine_wrapper')],
  ]),
});

/** What Lock, Semaphore and Condition share: `async with` runs acquire and release. */
interface Acquirable {
  acquire(): En.Coro<unknown>;
  release(): void;
  locked(): boolean;
}
const acquireRelease = (owner: string): [string, EngineMethod<Acquirable>][] => [
  ['acquire', (self, a) => maxPositional(`${owner}.acquire`, a.length + 1, 1, 1) ?? coro(self.acquire(), `${owner}.acquire`)],
  ['release', (self) => none(() => self.release())],
  ['locked', (self) => self.locked()],
];
/** `<asyncio.locks.Lock object at 0x... [locked, waiters:2]>`: the state, and waiters if any. */
function lockRepr(o: object, extra: string, waiters: number): string {
  const t = engineTypeOf(o)!;
  return `<${t.module}.${t.name} object at ${fakeAddress(o)} [${waiters > 0 ? `${extra}, waiters:${waiters}` : extra}]>`;
}
/** Since 3.10 the primitives take no `loop=`: any keyword but theirs is the __init__'s TypeError. */
function initKw(name: string, kw: Kw, allowed: readonly string[]): void {
  checkKw(`${name}.__init__`, kw, allowed);
}
/** A count the constructor checks with `value < bound`: a non-number fails that comparison. */
function count(v: Value, bound: number): number {
  if (!ops.isNumber(v)) ops.order('<', v, bound);
  return ops.num(v as number);
}

// Bases CPython's primitives share; no object is of these alone.
const loopBoundMixin = declareEngineType({ name: '_LoopBoundMixin', module: 'asyncio.mixins' });
const contextManagerMixin = declareEngineType({ name: '_ContextManagerMixin', module: 'asyncio.locks' });

const lockType = declareEngineType({
  cls: En.Lock,
  name: 'Lock',
  module: 'asyncio.locks',
  bases: [contextManagerMixin, loopBoundMixin],
  construct: (a, kw) => (initKw('Lock', kw, []), maxArgs('Lock', a, 0), new En.Lock(thisRun().loop)),
  methods: acquireRelease('Lock'),
  repr: (l) => lockRepr(l, l.locked() ? 'locked' : 'unlocked', l.waiterCount),
});
const semaphoreType = declareEngineType({
  cls: En.Semaphore,
  name: 'Semaphore',
  module: 'asyncio.locks',
  bases: [contextManagerMixin, loopBoundMixin],
  construct: (a, kw) => initKw('Semaphore', kw, ['value']) ?? new En.Semaphore(thisRun().loop, count(arg('Semaphore.__init__', a, kw, 0, 'value', 1), 0)),
  methods: acquireRelease('Semaphore'),
  // Private in CPython, but tutorials print `sem._value` to show how many slots are free.
  props: [['_value', (self) => self.currentValue]],
  repr: (s) => lockRepr(s, s.locked() ? 'locked' : `unlocked, value:${s.currentValue}`, s.waiterCount),
});
const boundedSemaphoreType = declareEngineType({
  cls: En.BoundedSemaphore,
  name: 'BoundedSemaphore',
  module: 'asyncio.locks',
  bases: [semaphoreType],
  construct: (a, kw) => initKw('BoundedSemaphore', kw, ['value']) ?? new En.BoundedSemaphore(thisRun().loop, count(arg('BoundedSemaphore.__init__', a, kw, 0, 'value', 1), 0)),
});
const eventType = declareEngineType({
  cls: En.Event,
  name: 'Event',
  module: 'asyncio.locks',
  bases: [loopBoundMixin],
  construct: (a, kw) => (initKw('Event', kw, []), maxArgs('Event', a, 0), new En.Event(thisRun().loop)),
  methods: [
    ['set', (self) => none(() => self.set())],
    ['clear', (self) => none(() => self.clear())],
    ['is_set', (self) => self.isSet()],
    ['wait', (self, a) => maxPositional('Event.wait', a.length + 1, 1, 1) ?? coro(self.wait(), 'Event.wait')],
  ],
  repr: (e) => lockRepr(e, e.isSet() ? 'set' : 'unset', e.waiterCount),
});
const conditionType = declareEngineType({
  cls: En.Condition,
  name: 'Condition',
  module: 'asyncio.locks',
  bases: [contextManagerMixin, loopBoundMixin],
  construct: (a, kw) => initKw('Condition', kw, ['lock']) ?? new En.Condition(thisRun().loop, (arg('Condition', a, kw, 0, 'lock', null) as En.Lock | null) ?? null),
  methods: [
    // Condition binds its lock's methods: `cond.acquire` is `Lock.acquire`.
    ...acquireRelease('Lock'),
    ['wait', (self, a) => maxPositional('Condition.wait', a.length + 1, 1, 1) ?? coro(self.wait(), 'Condition.wait')],
    ['wait_for', (self, a) => coro(self.waitFor(() => callValue(a[0], [], null), ops.truthy), 'Condition.wait_for')],
    ['notify', (self, a, kw) => none(() => self.notify(ops.num(arg('Condition.notify', a, kw, 0, 'n', 1) as number)))],
    ['notify_all', (self) => none(() => self.notifyAll())],
  ],
  repr: (c) => lockRepr(c, c.locked() ? 'locked' : 'unlocked', c.waiterCount),
});
const barrierType = declareEngineType({
  cls: En.Barrier,
  name: 'Barrier',
  module: 'asyncio.locks',
  bases: [loopBoundMixin],
  construct: (a, kw) => initKw('Barrier', kw, ['parties']) ?? new En.Barrier(thisRun().loop, count(arg('Barrier.__init__', a, kw, 0, 'parties'), 1)),
  methods: [
    ['wait', (self) => coro(self.wait(), 'Barrier.wait')],
    ['reset', (self) => coro(self.reset(), 'Barrier.reset')],
    ['abort', (self) => coro(self.abort(), 'Barrier.abort')],
  ],
  props: [
    ['parties', (self) => self.parties],
    ['n_waiting', (self) => self.nWaiting],
    ['broken', (self) => self.broken],
  ],
  repr: (b) => `<asyncio.locks.Barrier object at ${fakeAddress(b)} [${b.stateName}${b.broken ? '' : `, waiters:${b.nWaiting}/${b.parties}`}]>`,
});
// LifoQueue and PriorityQueue inherit Queue.__init__, which names itself in the message.
const maxsize = (name: string, a: Value[], kw: Kw): number => (initKw('Queue', kw, ['maxsize']), ops.num(arg(name, a, kw, 0, 'maxsize', 0) as number));
const queueType = declareEngineType<En.Queue<unknown>>({
  cls: En.Queue,
  name: 'Queue',
  module: 'asyncio.queues',
  bases: [loopBoundMixin],
  construct: (a, kw) => new En.Queue(thisRun().loop, maxsize('Queue', a, kw)),
  methods: [
    ['put', (self, a, kw) => maxPositional('Queue.put', a.length + 1, 2, 2) ?? coro(self.put(arg('Queue.put', a, kw, 0, 'item')), 'Queue.put')],
    ['get', (self, a) => maxPositional('Queue.get', a.length + 1, 1, 1) ?? coro(self.get(), 'Queue.get')],
    ['put_nowait', (self, a, kw) => none(() => self.putNowait(arg('Queue.put_nowait', a, kw, 0, 'item')))],
    ['get_nowait', (self) => self.getNowait()],
    ['task_done', (self) => none(() => self.taskDone())],
    ['join', (self, a) => maxPositional('Queue.join', a.length + 1, 1, 1) ?? coro(self.join(), 'Queue.join')],
    ['qsize', (self) => self.qsize()],
    ['empty', (self) => self.empty()],
    ['full', (self) => self.full()],
  ],
  props: [['maxsize', (self) => self.maxsize]],
  repr: (q) => `<${typeName(q)} at ${fakeAddress(q)} ${queueFormat(q)}>`,
  str: (q) => `<${typeName(q)} ${queueFormat(q)}>`,
});
const lifoQueueType = declareEngineType({
  cls: En.LifoQueue,
  name: 'LifoQueue',
  module: 'asyncio.queues',
  bases: [queueType],
  construct: (a, kw) => new En.LifoQueue(thisRun().loop, maxsize('LifoQueue', a, kw)),
});
const priorityQueueType = declareEngineType({
  cls: En.PriorityQueue,
  name: 'PriorityQueue',
  module: 'asyncio.queues',
  bases: [queueType],
  construct: (a, kw) => new En.PriorityQueue(thisRun().loop, maxsize('PriorityQueue', a, kw), (x, y) => ops.order('<', x, y)),
});
const timeoutType = declareEngineType({
  cls: En.Timeout,
  name: 'Timeout',
  module: 'asyncio.timeouts',
  construct: () => typeError('use asyncio.timeout() to make a Timeout'),
  methods: [
    ['when', (self) => floatOrNone(self.when())],
    ['reschedule', (self, a) => none(() => self.reschedule(optSeconds(a[0] ?? null, 'deadline')))],
    ['expired', (self) => self.expired()],
  ],
  repr: (t) => t.repr((when) => repr(new PyFloat(roundFloat(when, 3)))),
});
const taskGroupType = declareEngineType({
  cls: En.TaskGroup,
  name: 'TaskGroup',
  module: 'asyncio.taskgroups',
  construct: (_a, kw) => {
    initKw('TaskGroup', kw, []);
    const run = thisRun();
    return new En.TaskGroup(run.loop, (message, exc, task) => {
      run.stderr(`${message}\ntask: ${repr(task)}\n${exc.qualifiedName}: ${str(exc)}\n`);
    });
  },
  methods: [['create_task', (self, a, kw, site) => thisRun().createTask(a, kw, site ?? { span: undefined }, self)]],
  repr: (tg) => tg.repr(),
});

/** queues.py's _format: what str() and repr() of a queue show after its name. */
function queueFormat(q: En.Queue): string {
  let s = `maxsize=${repr(q.maxsize)}`;
  const items = q.snapshot();
  if (items.length > 0) s += ` _queue=${repr(new PyList([...items] as Value[]))}`;
  if (q.getterCount > 0) s += ` _getters[${q.getterCount}]`;
  if (q.putterCount > 0) s += ` _putters[${q.putterCount}]`;
  if (q.unfinished > 0) s += ` tasks=${q.unfinished}`;
  return s;
}
/** What a Handle's repr names: the callback and its arguments, by the handles Python scheduled. */
const handleSources = new WeakMap<En.Handle<null>, string>();

/** loop.call_soon and friends: schedules `f(*args)`, remembering its text for the handle's repr. */
function scheduleCallback<H extends En.Handle<null>>(self: PyLoop, kw: Kw, fn: string, f: Value, args: Value[], schedule: (cb: () => void, text: string) => H): H {
  const source = callbackSource(f, args);
  return inContext(kw, fn, () => {
    const h = schedule(self.ops.callback(f, args, source), callbackText(f));
    handleSources.set(h, source);
    return h;
  });
}

/** events.Handle.__repr__: a cancelled handle has dropped its callback; a timer shows its deadline. */
function handleRepr(h: En.Handle<null>): string {
  const info = [typeName(h)];
  if (h.cancelled) info.push('cancelled');
  if (h instanceof En.TimerHandle) info.push(`when=${repr(new PyFloat(h.when))}`);
  const source = h.cancelled ? undefined : handleSources.get(h);
  if (source !== undefined) info.push(source);
  return `<${info.join(' ')}>`;
}

function setExceptionHandler(l: PyLoop, a: Value[]): void {
  maxPositional('BaseEventLoop.set_exception_handler', a.length, 1, 1);
  const h = a[0];
  if (h !== null && !isCallable(h)) typeError(`A callable object or None is expected, got ${repr(h)}`);
  l.exceptionHandler = h;
}

function contextArg(a: Value[]): PyDict {
  if (!(a[0] instanceof PyDict)) return typeError(`context must be a dict, not ${typeName(a[0])}`);
  return a[0];
}

function floatOrNone(x: number | null): Value {
  return x === null ? null : new PyFloat(x);
}

const abstractLoopType = declareEngineType({ name: 'AbstractEventLoop', module: 'asyncio.events' });
const baseLoopType = declareEngineType({ name: 'BaseEventLoop', module: 'asyncio.base_events', bases: [abstractLoopType] });
const selectorLoopType = declareEngineType({ name: 'BaseSelectorEventLoop', module: 'asyncio.selector_events', bases: [baseLoopType] });
/** The loop a Unix CPython runs: asyncio.SelectorEventLoop is this class. */
const loopType = declareEngineType({
  cls: PyLoop,
  name: '_UnixSelectorEventLoop',
  module: 'asyncio.unix_events',
  bases: [selectorLoopType],
  construct: (a) => (maxArgs('_UnixSelectorEventLoop', a, 0), thisRun().loops.newLoop()),
  methods: [
    ['time', (self: PyLoop) => new PyFloat(self.loop.time())],
    ['run_until_complete', (self, a, kw, site) => self.ops.loops.runUntilComplete(self, arg('BaseEventLoop.run_until_complete', a, kw, 0, 'future'), site ?? { span: undefined })],
    ['close', (self: PyLoop) => none(() => self.ops.loops.close(self))],
    ['run_forever', (self: PyLoop) => none(() => self.ops.loops.runForever(self))],
    ['stop', (self: PyLoop) => none(() => self.loop.stop())],
    ['get_debug', (self: PyLoop) => self.debug],
    ['set_debug', (self: PyLoop, a) => none(() => void (self.debug = ops.truthy(a[0])))],
    ['is_closed', (self: PyLoop) => self.closed],
    ['is_running', (self: PyLoop) => self.ops.loops.running === self],
    ['shutdown_asyncgens', (self: PyLoop) => self.ops.shutdownAsyncgens()],
    ['create_task', (self, a, kw, site) => self.ops.createTask(a, kw, site ?? { span: undefined })],
    ['create_future', (self: PyLoop) => self.loop.createFuture()],
    ['set_exception_handler', (self: PyLoop, a) => none(() => setExceptionHandler(self, a))],
    ['get_exception_handler', (self: PyLoop) => self.exceptionHandler],
    ['call_exception_handler', (self: PyLoop, a) => none(() => self.ops.callExceptionHandler(self, contextArg(a)))],
    ['default_exception_handler', (self: PyLoop, a) => none(() => self.ops.defaultExceptionHandler(contextArg(a)))],
    ['set_default_executor', (self: PyLoop, a) => none(() => setDefaultExecutor(self.ops.threads, a[0]))],
    ['run_in_executor', (self, a, kw, site) => runInExecutor(self.ops.threads, a, kw, site ?? { span: undefined })],
    [
      'call_soon',
      (self: PyLoop, a, kw) => checkKw('BaseEventLoop.call_soon', kw, ['context']) ?? scheduleCallback(self, kw, 'call_soon', a[0], a.slice(1), (cb, text) => self.loop.callSoon(cb, null, text)),
    ],
    // One thread: the thread-safe variant only differs in waking the selector, which never sleeps here.
    [
      'call_soon_threadsafe',
      (self: PyLoop, a, kw) => checkKw('BaseEventLoop.call_soon_threadsafe', kw, ['context']) ?? scheduleCallback(self, kw, 'call_soon_threadsafe', a[0], a.slice(1), (cb, text) => self.loop.callSoon(cb, null, text)),
    ],
    [
      'call_later',
      (self: PyLoop, a, kw) => checkKw('BaseEventLoop.call_later', kw, ['context']) ?? scheduleCallback(self, kw, 'call_later', a[1], a.slice(2), (cb, text) => self.loop.callLater(seconds(a[0], 'added'), cb, null, text)),
    ],
    [
      'call_at',
      (self: PyLoop, a, kw) => checkKw('BaseEventLoop.call_at', kw, ['context']) ?? scheduleCallback(self, kw, 'call_at', a[1], a.slice(2), (cb, text) => self.loop.callAt(seconds(a[0], 'deadline'), cb, null, text)),
    ],
  ],
  props: [['slow_callback_duration', (self) => self.slowCallbackDuration]],
  setters: [['slow_callback_duration', (self, v) => void (self.slowCallbackDuration = v)]],
});

const abstractPolicyType = declareEngineType({
  name: 'AbstractEventLoopPolicy',
  module: 'asyncio.events',
  construct: () => typeError('AbstractEventLoopPolicy is abstract here'),
});
const basePolicyType = declareEngineType({ name: 'BaseDefaultEventLoopPolicy', module: 'asyncio.events', bases: [abstractPolicyType] });
/** asyncio.DefaultEventLoopPolicy on Unix. */
const policyType = declareEngineType({
  cls: PyPolicy,
  name: '_UnixDefaultEventLoopPolicy',
  module: 'asyncio.unix_events',
  bases: [basePolicyType],
  construct: (a) => (maxArgs('DefaultEventLoopPolicy', a, 0), new PyPolicy()),
  methods: [
    ['get_event_loop', (self) => thisRun().loops.policyGetEventLoop(self)],
    ['set_event_loop', (self, a) => none(() => thisRun().loops.policySetEventLoop(self, a[0] ?? null))],
    ['new_event_loop', () => thisRun().loops.newLoop()],
  ],
});

/** From the loop's own thread a run_coroutine_threadsafe future can only be looked at, not waited for. */
const threadsafeOutcome = (self: ThreadsafeFuture, what: 'result' | 'exception'): Value => {
  if (!self.inner.done()) throw new Unsupported(`waiting in \`Future.${what}()\` for run_coroutine_threadsafe from the event loop's own thread is not supported by Taskline: it would block the loop forever`);
  if (what === 'exception') return self.inner.cancelled() ? null : self.inner.exception();
  return adaptResult(self.inner.result() as Value);
};
// What run_coroutine_threadsafe returns: a concurrent.futures.Future, looked at through its own methods.
registerBinding(ThreadsafeFuture, {
  type: concurrentFutureType as EngineType,
  methods: new Map<string, Method>([
    ['done', (self: ThreadsafeFuture) => self.inner.done()],
    ['cancelled', (self: ThreadsafeFuture) => self.inner.cancelled()],
    ['result', (self: ThreadsafeFuture) => threadsafeOutcome(self, 'result')],
    ['exception', (self: ThreadsafeFuture) => threadsafeOutcome(self, 'exception')],
  ]),
});
const runnerType = declareEngineType({
  cls: PyRunner,
  name: 'Runner',
  module: 'asyncio.runners',
  construct: (a, kw) => {
    checkKw('Runner.__init__', kw, ['debug', 'loop_factory']);
    if (a.length > 0) typeError(`Runner.__init__() takes 1 positional argument but ${a.length + 1} were given`);
    if ((kw?.get('loop_factory') ?? null) !== null) throw new Unsupported('`asyncio.Runner(loop_factory=...)` is not supported by Taskline: it has one kind of loop');
    const run = thisRun();
    const r = new PyRunner(run.loops, run.loopsHost);
    r.debug = kw?.get('debug') ?? null;
    return r;
  },
  methods: [
    ['run', (self, a, kw, site) => checkKw('Runner.run', kw, ['coro', 'context']) ?? self.run(arg('Runner.run', a, kw, 0, 'coro'), site ?? { span: undefined })],
    ['close', (self) => none(() => self.close())],
    ['get_loop', (self) => self.getLoop()],
  ],
});
const handleType = declareEngineType({
  cls: En.Handle<null>,
  name: 'Handle',
  module: 'asyncio.events',
  construct: () => typeError('Handle objects come from loop.call_soon()'),
  methods: [
    ['cancel', (self) => none(() => self.cancel())],
    ['cancelled', (self) => self.cancelled],
  ],
  repr: handleRepr,
});
const timerHandleType = declareEngineType({
  cls: En.TimerHandle<null>,
  name: 'TimerHandle',
  module: 'asyncio.events',
  bases: [handleType],
  construct: () => typeError('TimerHandle objects come from loop.call_later()'),
  methods: [['when', (self) => new PyFloat(self.when)]],
});

/** The classes the asyncio module exports under their own names. */
const ASYNCIO_TYPES: readonly EngineType[] = [
  futureType,
  taskType,
  lockType,
  eventType,
  conditionType,
  semaphoreType,
  boundedSemaphoreType,
  barrierType,
  queueType,
  lifoQueueType,
  priorityQueueType,
  timeoutType,
  taskGroupType,
  runnerType,
  handleType,
  timerHandleType,
] as EngineType[];

export { builtinExcClasses, CancelledError, pyErr, isAwaitable, typeName };

/** inspect.iscoroutinefunction: through bound methods and functools.partial, to an `async def`. */
function isCoroutineFunction(f: Value): boolean {
  for (;;) {
    if (f instanceof BoundMethod) f = f.fn;
    else if (f instanceof PyInstance && f.cls.module === 'functools' && f.cls.name === 'partial') f = f.dict.get('func');
    else return f instanceof PyFunction && f.code.isAsync && !f.code.isGenerator;
  }
}
