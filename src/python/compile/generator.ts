/**
 * Generator objects: what calling a `def` with `yield` returns (PyGen here) and what calling an
 * `async def` with `yield` returns (PyAsyncGen, async-generator.ts), after CPython's
 * Objects/genobject.c.
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
import { Future } from '../../engine/future.ts';
import { attributeError, raise, typeError } from '../runtime/errors.ts';
import { PyIterator } from '../runtime/iter.ts';
import { fakeAddress } from '../runtime/repr.ts';
import { typeName } from '../runtime/types.ts';
import type { Value } from '../runtime/values.ts';
import { RETURN, YieldValue, type Frame, type Yielded } from './frame.ts';
import { addTracebackFrame } from './traceback.ts';
import { AwaitIterator } from './await-protocol.ts';
import { releaseOwned } from './generator-lifetime.ts';
import { currentRealm } from '../runtime/realm.ts';

/** Run a frame's body as a JS generator: the body of a coroutine, generator or async generator. */
export function* runFrame(frame: Frame): Generator<Yielded, Value, unknown> {
  const body = frame.code.body!;
  let r: Value;
  try {
    let c = body.g !== null ? body.g(frame) : body.s!(frame);
    if (typeof c !== 'number') c = yield* c;
    r = c === RETURN ? frame.ret : null;
  } catch (e) {
    // Closed (GeneratorExit): close() drops the exception, so the frame and its locals go now.
    if (frame.code.ownedSlots.length > 0 && isStop(e, E.GeneratorExit)) releaseOwned(frame);
    throw addTracebackFrame(e, frame);
  }
  if (frame.code.ownedSlots.length > 0) releaseOwned(frame);
  if (r === currentRealm.lastGenerator && r !== null) currentRealm.lastGenerator = null;
  return r;
}

export type GenState = 'created' | 'suspended' | 'running' | 'closed';

const NO_ITEMS: Iterator<Value> = { next: () => ({ done: true, value: undefined }) };

export function isStop(e: unknown, cls: E.ExcClass): e is PyException {
  return e instanceof PyException && E.isSubclass(e.cls, cls);
}

/** PEP 479: a StopIteration (or StopAsyncIteration) escaping the body becomes a RuntimeError. */
export function leaked(e: unknown, what: string, asyncGen: boolean): unknown {
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
  /** Creation order in the realm (what CPython's collector finalizes generators by at exit). */
  readonly serial = currentRealm.generatorSerial++;
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
    const r = this.resumeRaw(thrown, arg);
    if (r.done) return r;
    const y = r.value;
    if (this.raw) return { done: false, value: y as Value };
    if (!(y instanceof YieldValue)) throw new Error('internal: a generator awaited');
    return { done: false, value: y.value };
  }

  /** One step, giving what the body yielded as it is (a YieldValue unless the body is raw). */
  resumeRaw(thrown: boolean, arg: Value): IteratorResult<Yielded, Value> {
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
    if (r.done === false && currentRealm.lastGenerator !== null && (y === currentRealm.lastGenerator || (y instanceof YieldValue && y.value === currentRealm.lastGenerator))) currentRealm.lastGenerator = null;
    return { done: false, value: y };
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

  /**
   * A generator expression's first iterable, when the expression made it (`(x for x in gen())`):
   * only the expression holds it, so closing the expression frees it too.
   */
  inner: PyGen | null = null;

  /** gen.close(): GeneratorExit at the paused yield; the generator must not yield again. */
  close(): Value {
    try {
      return this.closeSelf();
    } finally {
      const inner = this.inner;
      this.inner = null;
      if (inner !== null && inner.state === 'suspended') {
        try {
          inner.close();
        } catch (e) {
          if (!(e instanceof PyException)) throw e;
        }
      }
    }
  }

  private closeSelf(): Value {
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

export function stopIteration(value: Value): PyException {
  return value === null || value === undefined ? E.pyErr(E.StopIteration) : E.pyErr(E.StopIteration, value);
}

// ---- yield from ---------------------------------------------------------------------------------

/**
 * `yield from src` in a generator (PEP 380): next/send/throw/close pass through to `src` until
 * it finishes, and its return value (StopIteration.value) is the expression's value.
 */
export function* yieldFrom(src: Value, iterOf: (v: Value) => Value, callNext: (it: Value) => Value): Generator<Yielded, Value, unknown> {
  // `yield from coro.__await__()` in an `__await__` generator, or `yield from fut` in a
  // `@types.coroutine` generator (a Future's __iter__ is its __await__): sends and throws pass through.
  const awaiting = src instanceof AwaitIterator ? src.gen : src instanceof Future ? (src as Future<Value>)[Symbol.iterator]() : null;
  if (awaiting !== null) {
    const g = awaiting;
    let r = g.next();
    for (;;) {
      if (r.done) return r.value;
      let sent: unknown;
      let error: unknown;
      let thrown = false;
      try {
        sent = yield new YieldValue(r.value as Value);
      } catch (e) {
        thrown = true;
        error = e;
      }
      r = thrown ? g.throw(error) : g.next(sent);
    }
  }
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
    if (sent !== null && sent !== undefined) attributeError(`'${typeName(it)}' object has no attribute 'send'`);
  }
}

