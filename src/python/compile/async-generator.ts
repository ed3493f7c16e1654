/**
 * Async generators (PyAsyncGen) and the awaitables their methods return: asend()/__anext__()
 * and athrow()/aclose() step the body, passing every engine future it awaits out to the task
 * that awaits them, until a YieldValue comes (the result) or the body ends.
 */
import * as E from '../../engine/exceptions.ts';
import type { PyException } from '../../engine/exceptions.ts';
import type { Coro } from '../../engine/coroutine.ts';
import { raise, typeError } from '../runtime/errors.ts';
import { PyNative } from '../runtime/native.ts';
import { fakeAddress } from '../runtime/repr.ts';
import type { Value } from '../runtime/values.ts';
import { YieldValue, type Frame, type Yielded } from './frame.ts';
import { isStop, leaked, type GenState } from './generator.ts';
import { currentRealm } from '../runtime/realm.ts';

/**
 * sys.set_asyncgen_hooks as the running loop installs them: firstiter when an async generator is
 * first iterated (the loop remembers it for shutdown_asyncgens), finalizer when one that is not
 * finished is dropped (the loop schedules its aclose()).
 */
export interface AsyncGenHooks {
  /** Returns the finalizer to call if the generator is dropped unfinished, or null for none. */
  firstiter(agen: PyAsyncGen): ((agen: PyAsyncGen) => void) | null;
}

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
    this.finalizer = currentRealm.asyncgenHooks?.firstiter(this) ?? null;
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

  /** Called once when the await of this object ends (`await anext(agen())` frees the generator then). */
  onSettled: (() => void) | null = null;

  /** A finished step: awaiting this object again is the reuse error. */
  private settle(step: () => IteratorResult<Yielded, Value>): IteratorResult<never, Value> {
    let r: IteratorResult<Yielded, Value>;
    try {
      r = step();
    } catch (e) {
      this.gen = null;
      this.settled();
      throw e;
    }
    if (r.done) {
      this.gen = null;
      this.settled();
    }
    return r as IteratorResult<never, Value>;
  }

  private settled(): void {
    const f = this.onSettled;
    this.onSettled = null;
    f?.();
  }

  /**
   * CPython's aclose() object stays in its initial state when it is thrown into first, so the
   * next send() starts it over: GeneratorExit is thrown in wherever the generator now waits.
   */
  protected restartOnSend = false;

  next(v?: unknown): IteratorResult<never, Value> {
    if (this.restartOnSend) {
      this.restartOnSend = false;
      const fresh = (this.gen = this.start());
      return this.settle(() => fresh.next());
    }
    const g = this.started();
    return this.settle(() => g.next(v));
  }
  throw(e: unknown): IteratorResult<never, Value> {
    const g = this.started({ e });
    if (this.thrownAtStart) {
      this.thrownAtStart = false;
      const r = this.settle(() => g.next());
      if (!r.done) this.restartOnSend = this.restartsAfterThrow;
      return r;
    }
    return this.settle(() => g.throw(e));
  }

  /** Whether a send() after a first throw() starts over (aclose() objects). */
  protected get restartsAfterThrow(): boolean {
    return false;
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
      (e) => (kind === 'close' ? closeAgen(agen, e) : stepAgen(agen, true, e, true)),
    );
  }

  protected override get restartsAfterThrow(): boolean {
    return this.kind === 'close';
  }
}

/**
 * Drive the body from where it is paused until it yields a value (the result) or ends. `first`
 * is the first resumption; every engine future the body awaits is passed out to our awaiter,
 * and what the awaiter is resumed with (or the exception thrown at it) goes back in.
 */
function* driveAgen(agen: PyAsyncGen, first: () => IteratorResult<Yielded, Value>, markRunning = true): Generator<Yielded, IteratorResult<Value, Value>, unknown> {
  // An athrow()/aclose() thrown into before its first step (its task was cancelled) drives the
  // frame without marking the generator as running, as CPython's athrow throw() does.
  if (markRunning) agen.runningAsync = true;
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

function* stepAgen(agen: PyAsyncGen, thrown: boolean, arg: Value, atStart = false): Generator<Yielded, Value, unknown> {
  if (!atStart) checkNotRunning(agen, thrown ? 'athrow()' : 'anext()');
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
  const r = yield* driveAgen(agen, () => (thrown ? agen.body.throw(arg) : agen.body.next(arg)), !atStart);
  if (r.done) throw E.pyErr(E.StopAsyncIteration);
  return r.value;
}

function* closeAgen(agen: PyAsyncGen, thrown?: unknown): Generator<Yielded, Value, unknown> {
  if (thrown === undefined) checkNotRunning(agen, 'aclose()');
  if (agen.state === 'created' || agen.state === 'closed') {
    agen.state = 'closed';
    if (thrown !== undefined) throw thrown;
    return null;
  }
  let r: IteratorResult<Value, Value>;
  try {
    r = yield* driveAgen(agen, () => agen.body.throw(thrown ?? E.pyErr(E.GeneratorExit)), thrown === undefined);
  } catch (e) {
    if (isStop(e, E.GeneratorExit) || isStop(e, E.StopAsyncIteration)) return null;
    throw e;
  }
  if (!r.done) raise(E.RuntimeError, 'async generator ignored GeneratorExit');
  return null;
}

