/**
 * Generator objects: what calling a `def` with `yield` returns (PyGen) and what calling an
 * `async def` with `yield` returns (PyAsyncGen), after CPython's Objects/genobject.c.
 *
 * Both run their frame as one JS generator (runFrame). A Python `yield` in it yields a
 * YieldValue; an `await` (async generators only) yields what the engine waits on. A sync
 * generator's send() steps the JS generator once; an async generator's asend() is an awaitable
 * that steps it, passing every engine future out to the task that awaits it, until a
 * YieldValue comes (its result) or the body ends (StopAsyncIteration). So an `await` inside an
 * async generator is awaited by the task that iterates it, as in CPython.
 */
import * as E from '../../engine/exceptions.ts';
import { PyException } from '../../engine/exceptions.ts';
import type { Coro } from '../../engine/coroutine.ts';
import { raise, typeError } from '../runtime/errors.ts';
import { PyIterator } from '../runtime/iter.ts';
import { PyNative } from '../runtime/native.ts';
import { fakeAddress } from '../runtime/repr.ts';
import { registerEngineType } from '../runtime/types.ts';
import type { Value } from '../runtime/values.ts';
import { RETURN, YieldValue, type Frame, type Yielded } from './frame.ts';
import { addTracebackFrame } from './traceback.ts';

/** Run a frame's body as a JS generator: the body of a coroutine, generator or async generator. */
export function* runFrame(frame: Frame): Generator<Yielded, Value, unknown> {
  const body = frame.code.body!;
  let r: Value;
  try {
    let c = body.g !== null ? body.g(frame) : body.s!(frame);
    if (typeof c !== 'number') c = yield* c;
    r = c === RETURN ? frame.ret : null;
  } catch (e) {
    throw addTracebackFrame(e, frame);
  }
  if (frame.code.ownedSlots.length > 0) releaseOwned(frame);
  return r;
}

/**
 * The generator a call or generator expression made last: a local assigned straight from that
 * call holds the only reference to it (see owned-generators.ts). Reset by each run.
 */
export const lastGenerator: { v: object | null } = { v: null };

/** A local that owns generators was assigned `v` (after the old value `old` was replaced). */
export function ownedStore(frame: Frame, old: Value, v: Value): void {
  if (v !== old && (v instanceof PyGen || v instanceof PyAsyncGen) && v === lastGenerator.v && v.owner === null) v.owner = frame;
  if (old !== v) release(old, frame);
}

/** The function returned: the generators its owning locals hold are freed, so finalized. */
export function releaseOwned(frame: Frame): void {
  for (const slot of frame.code.ownedSlots) {
    const v = frame.vars[slot];
    frame.vars[slot] = undefined;
    release(v, frame);
  }
}

function release(v: Value, frame: Frame): void {
  if (!(v instanceof PyGen || v instanceof PyAsyncGen) || v.owner !== frame) return;
  v.owner = null;
  if (v instanceof PyAsyncGen) {
    v.drop();
    return;
  }
  if (v.state !== 'suspended') return;
  try {
    v.close();
  } catch (e) {
    // CPython reports an error from a finalizer as "Exception ignored in: ..." and goes on.
    if (!(e instanceof PyException)) throw e;
  }
}

type GenState = 'created' | 'suspended' | 'running' | 'closed';

const NO_ITEMS: Iterator<Value> = { next: () => ({ done: true, value: undefined }) };

function isStop(e: unknown, cls: E.ExcClass): e is PyException {
  return e instanceof PyException && E.isSubclass(e.cls, cls);
}

/** PEP 479: a StopIteration (or StopAsyncIteration) escaping the body becomes a RuntimeError. */
function leaked(e: unknown, what: string, asyncGen: boolean): unknown {
  let name: string | null = null;
  if (isStop(e, E.StopIteration)) name = 'StopIteration';
  else if (asyncGen && isStop(e, E.StopAsyncIteration)) name = 'StopAsyncIteration';
  if (name === null) return e;
  const r = E.pyErr(E.RuntimeError, `${what} raised ${name}`);
  r.cause = e as PyException;
  r.context = e as PyException;
  r.suppressContext = true;
  return r;
}

// ---- sync generators ---------------------------------------------------------------------------

/**
 * A generator. It is a PyIterator, so `for`, list(), sum(), zip() and next() drive it through
 * the one iteration protocol (runtime/iter.ts); send/throw/close are its methods.
 */
export class PyGen extends PyIterator {
  state: GenState = 'created';
  /** The frame whose local holds the only reference (owned-generators.ts), if any. */
  owner: Frame | null = null;

  constructor(
    private readonly body: Generator<Yielded, Value, unknown>,
    readonly frame: Frame | null,
    readonly genName: string,
    readonly qualName: string,
    /** A generator expression's body yields its items as they are, without YieldValue boxes. */
    private readonly raw = false,
  ) {
    super(NO_ITEMS, 'generator');
  }

  /**
   * One step: resume with a sent value or a thrown exception. Gives the yielded value, or
   * `done` with the return value; an exception from the body propagates (PEP 479 applied).
   */
  resume(thrown: boolean, arg: Value): IteratorResult<Value, Value> {
    if (this.state === 'running') raise(E.ValueError, 'generator already executing');
    if (this.state === 'closed') {
      if (thrown) throw arg;
      return { done: true, value: null };
    }
    if (this.state === 'created' && !thrown && arg !== null) typeError("can't send non-None value to a just-started generator");
    this.state = 'running';
    let r: IteratorResult<Yielded, Value>;
    try {
      r = thrown ? this.body.throw(arg) : this.body.next(arg);
    } catch (e) {
      this.state = 'closed';
      throw leaked(e, 'generator', false);
    }
    if (r.done) {
      this.state = 'closed';
      return { done: true, value: r.value };
    }
    this.state = 'suspended';
    const y = r.value;
    if (this.raw) return { done: false, value: y };
    if (!(y instanceof YieldValue)) throw new Error('internal: a generator awaited');
    return { done: false, value: y.value };
  }

  /** The iteration protocol: exhaustion ends the loop; `value` keeps the return value for next(). */
  override next(): IteratorResult<Value> {
    return this.resume(false, null);
  }

  /** gen.send(v) / next(gen): the yielded value, or StopIteration carrying the return value. */
  send(v: Value): Value {
    const r = this.resume(false, v);
    if (r.done) throw stopIteration(r.value);
    return r.value;
  }

  throwIn(exc: PyException): Value {
    const r = this.resume(true, exc);
    if (r.done) throw stopIteration(r.value);
    return r.value;
  }

  /** gen.close(): GeneratorExit at the paused yield; the generator must not yield again. */
  close(): Value {
    if (this.state === 'created') {
      this.state = 'closed';
      return null;
    }
    if (this.state === 'closed') return null;
    let r: IteratorResult<Value, Value>;
    try {
      r = this.resume(true, E.pyErr(E.GeneratorExit));
    } catch (e) {
      if (isStop(e, E.GeneratorExit) || isStop(e, E.StopIteration)) return null;
      throw e;
    }
    if (!r.done) raise(E.RuntimeError, 'generator ignored GeneratorExit');
    return null;
  }

  get running(): boolean {
    return this.state === 'running';
  }

  override pyRepr(): string {
    return `<generator object ${this.qualName} at ${fakeAddress(this)}>`;
  }
}
registerEngineType(PyGen, 'generator');

export function stopIteration(value: Value): PyException {
  return value === null || value === undefined ? E.pyErr(E.StopIteration) : E.pyErr(E.StopIteration, value);
}

// ---- async generators --------------------------------------------------------------------------

/**
 * sys.set_asyncgen_hooks as the running loop installs them: firstiter when an async generator is
 * first iterated (the loop remembers it for shutdown_asyncgens), finalizer when one that is not
 * finished is dropped (the loop schedules its aclose()).
 */
export interface AsyncGenHooks {
  /** Returns the finalizer to call if the generator is dropped unfinished, or null for none. */
  firstiter(agen: PyAsyncGen): ((agen: PyAsyncGen) => void) | null;
}

/** The hooks in force (a run sets them for its loop, as asyncio's run_forever does). */
export const asyncgenHooks: { current: AsyncGenHooks | null } = { current: null };

export class PyAsyncGen extends PyNative {
  readonly pyTypeName = 'async_generator';
  state: GenState = 'created';
  /** The frame whose local holds the only reference (owned-generators.ts), if any. */
  owner: Frame | null = null;
  /** An asend/athrow of it is being awaited (ag_running_async). */
  runningAsync = false;
  /** Whether the loop's firstiter hook has seen it, and the finalizer hook to call when dropped. */
  hooked = false;
  finalizer: ((agen: PyAsyncGen) => void) | null = null;

  constructor(
    readonly body: Generator<Yielded, Value, unknown>,
    readonly frame: Frame | null,
    readonly genName: string,
    readonly qualName: string,
  ) {
    super();
  }

  /** CPython calls the hooks when asend/athrow/__anext__ is called, before anything is awaited. */
  initHooks(): void {
    if (this.hooked) return;
    this.hooked = true;
    this.finalizer = asyncgenHooks.current?.firstiter(this) ?? null;
  }

  asend(v: Value): AsyncGenOp {
    this.initHooks();
    return new AsyncGenOp(this, 'send', v);
  }

  athrow(exc: PyException): AsyncGenOp {
    this.initHooks();
    return new AsyncGenOp(this, 'throw', exc);
  }

  aclose(): AsyncGenOp {
    this.initHooks();
    return new AsyncGenOp(this, 'close', null);
  }

  /** Dropped while unfinished (an `async for` over a temporary left early): CPython's GC calls the finalizer. */
  drop(): void {
    if (this.state === 'closed' || this.state === 'created' || this.finalizer === null) return;
    const f = this.finalizer;
    this.finalizer = null;
    f(this);
  }

  pyRepr(): string {
    return `<async_generator object ${this.qualName} at ${fakeAddress(this)}>`;
  }
}
registerEngineType(PyAsyncGen, 'async_generator');

/**
 * An awaitable made by the runtime rather than by an `async def`: a coroutine to the engine (so
 * a task or gather can run it), awaited at most once.
 */
export class NativeAwaitable extends PyNative implements Coro<Value> {
  private gen: Generator<Yielded, Value, unknown> | null = null;
  private used = false;

  constructor(
    readonly pyTypeName: string,
    private readonly start: () => Generator<Yielded, Value, unknown>,
    private readonly reuseMessage: string,
    /** What an exception thrown in before the first step does (by default: it is raised at once). */
    private readonly startThrown: ((e: unknown) => Generator<Yielded, Value, unknown>) | null = null,
  ) {
    super();
  }

  private started(thrown?: { e: unknown }): Generator<Yielded, Value, unknown> {
    if (this.gen === null) {
      if (this.used) raise(E.RuntimeError, this.reuseMessage);
      this.used = true;
      if (thrown !== undefined && this.startThrown !== null) {
        this.gen = this.startThrown(thrown.e);
        this.thrownAtStart = true;
      } else this.gen = this.start();
    }
    return this.gen;
  }

  /** The generator from startThrown already holds the thrown exception: it only needs a first next(). */
  private thrownAtStart = false;

  /** A finished step: awaiting this object again is the reuse error. */
  private settle(step: () => IteratorResult<Yielded, Value>): IteratorResult<never, Value> {
    let r: IteratorResult<Yielded, Value>;
    try {
      r = step();
    } catch (e) {
      this.gen = null;
      throw e;
    }
    if (r.done) this.gen = null;
    return r as IteratorResult<never, Value>;
  }

  next(v?: unknown): IteratorResult<never, Value> {
    const g = this.started();
    return this.settle(() => g.next(v));
  }
  throw(e: unknown): IteratorResult<never, Value> {
    const g = this.started({ e });
    if (this.thrownAtStart) {
      this.thrownAtStart = false;
      return this.settle(() => g.next());
    }
    return this.settle(() => g.throw(e));
  }
  return(v: Value): IteratorResult<never, Value> {
    const g = this.started();
    this.gen = null;
    return g.return(v) as IteratorResult<never, Value>;
  }
  [Symbol.iterator](): this {
    return this;
  }
  [Symbol.dispose](): void {}

  pyRepr(): string {
    return `<${this.pyTypeName} object at ${fakeAddress(this)}>`;
  }
}

/** What asend()/__anext__() (async_generator_asend) and athrow()/aclose() (async_generator_athrow) return. */
export class AsyncGenOp extends NativeAwaitable {
  constructor(
    readonly agen: PyAsyncGen,
    readonly kind: 'send' | 'throw' | 'close',
    arg: Value,
  ) {
    super(
      kind === 'send' ? 'async_generator_asend' : 'async_generator_athrow',
      () => (kind === 'close' ? closeAgen(agen) : stepAgen(agen, kind === 'throw', arg)),
      `cannot reuse already awaited ${kind === 'send' ? '__anext__()/asend()' : 'aclose()/athrow()'}`,
      // Thrown into before its first step (a task cancelled before it ran), CPython throws the
      // exception straight into the generator's frame, so its finally blocks still run.
      (e) => (kind === 'close' ? closeAgen(agen, e) : stepAgen(agen, true, e)),
    );
  }
}
registerEngineType(NativeAwaitable, 'awaitable');

/**
 * Drive the body from where it is paused until it yields a value (the result) or ends. `first`
 * is the first resumption; every engine future the body awaits is passed out to our awaiter,
 * and what the awaiter is resumed with (or the exception thrown at it) goes back in.
 */
function* driveAgen(agen: PyAsyncGen, first: () => IteratorResult<Yielded, Value>): Generator<Yielded, IteratorResult<Value, Value>, unknown> {
  agen.runningAsync = true;
  agen.state = 'running';
  let r: IteratorResult<Yielded, Value>;
  try {
    r = first();
    for (;;) {
      if (r.done || r.value instanceof YieldValue) break;
      let sent: unknown;
      let error: unknown;
      let thrown = false;
      try {
        sent = yield r.value;
      } catch (e) {
        thrown = true;
        error = e;
      }
      r = thrown ? agen.body.throw(error) : agen.body.next(sent);
    }
  } catch (e) {
    agen.state = 'closed';
    agen.runningAsync = false;
    throw leaked(e, 'async generator', true);
  }
  agen.runningAsync = false;
  if (r.done) {
    agen.state = 'closed';
    return { done: true, value: r.value };
  }
  agen.state = 'suspended';
  return { done: false, value: (r.value as YieldValue).value };
}

function checkNotRunning(agen: PyAsyncGen, what: string): void {
  if (agen.runningAsync) raise(E.RuntimeError, `${what}: asynchronous generator is already running`);
}

function* stepAgen(agen: PyAsyncGen, thrown: boolean, arg: Value): Generator<Yielded, Value, unknown> {
  checkNotRunning(agen, thrown ? 'athrow()' : 'anext()');
  if (agen.state === 'closed') {
    if (thrown) throw arg;
    throw E.pyErr(E.StopAsyncIteration);
  }
  if (agen.state === 'created' && !thrown && arg !== null) typeError("can't send non-None value to a just-started async generator");
  if (agen.state === 'created' && thrown) {
    // Thrown into a generator that never ran: it is finished, and the exception propagates.
    agen.state = 'closed';
    throw arg;
  }
  const r = yield* driveAgen(agen, () => (thrown ? agen.body.throw(arg) : agen.body.next(arg)));
  if (r.done) throw E.pyErr(E.StopAsyncIteration);
  return r.value;
}

function* closeAgen(agen: PyAsyncGen, thrown?: unknown): Generator<Yielded, Value, unknown> {
  checkNotRunning(agen, 'aclose()');
  if (agen.state === 'created' || agen.state === 'closed') {
    agen.state = 'closed';
    if (thrown !== undefined) throw thrown;
    return null;
  }
  let r: IteratorResult<Value, Value>;
  try {
    r = yield* driveAgen(agen, () => agen.body.throw(thrown ?? E.pyErr(E.GeneratorExit)));
  } catch (e) {
    if (isStop(e, E.GeneratorExit) || isStop(e, E.StopAsyncIteration)) return null;
    throw e;
  }
  if (!r.done) raise(E.RuntimeError, 'async generator ignored GeneratorExit');
  return null;
}

// ---- yield from ---------------------------------------------------------------------------------

/**
 * `yield from src` in a generator (PEP 380): next/send/throw/close pass through to `src` until
 * it finishes, and its return value (StopIteration.value) is the expression's value.
 */
export function* yieldFrom(src: Value, iterOf: (v: Value) => Value, callNext: (it: Value) => Value): Generator<Yielded, Value, unknown> {
  if (src instanceof PyGen) {
    let r = src.resume(false, null);
    for (;;) {
      if (r.done) return r.value;
      let sent: unknown;
      let error: unknown;
      let thrown = false;
      try {
        sent = yield new YieldValue(r.value);
      } catch (e) {
        thrown = true;
        error = e;
      }
      if (thrown && isStop(error, E.GeneratorExit)) {
        src.close();
        throw error;
      }
      r = thrown ? src.resume(true, error) : src.resume(false, sent ?? null);
    }
  }
  // Any other iterator: only next() passes through; a sent value or thrown exception cannot.
  const it = iterOf(src);
  for (;;) {
    let item: Value;
    try {
      item = callNext(it);
    } catch (e) {
      if (isStop(e, E.StopIteration)) return e.args.length > 0 ? e.args[0] : null;
      throw e;
    }
    const sent = yield new YieldValue(item);
    if (sent !== null && sent !== undefined) typeError(`'${(it as PyNative).pyTypeName ?? 'iterator'}' object has no attribute 'send'`);
  }
}

// ---- interpreter exit ----------------------------------------------------------------------------

/**
 * At exit CPython clears the module's globals (names starting with one underscore first, then
 * the rest, in definition order), and a generator that only a global held is closed then: its
 * finally blocks run and print. An exception from that close is "ignored" and only reported.
 */
export function closeGlobalGenerators(globals: ReadonlyMap<string, Value>, ignored: (gen: PyGen, e: PyException) => void): void {
  const names = [...globals.keys()];
  const first = names.filter((n) => n.startsWith('_') && !n.startsWith('__'));
  const rest = names.filter((n) => !(n.startsWith('_') && !n.startsWith('__')));
  for (const n of [...first, ...rest]) {
    const v = globals.get(n);
    if (!(v instanceof PyGen) || v.state !== 'suspended') continue;
    try {
      v.close();
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      ignored(v, e);
    }
  }
}
