/**
 * The iterator protocol under `await` (PEP 492): `coro.__await__()` and `fut.__await__()`
 * give an iterator that yields what the task waits on, and an object whose own `__await__`
 * returns such an iterator, or a generator that `yield from`s one, can be awaited. Tutorials
 * write awaitable classes this way.
 */
import * as E from '../../engine/exceptions.ts';
import { Future } from '../../engine/future.ts';
import { typeError } from '../runtime/errors.ts';
import { PyIterator } from '../runtime/iter.ts';
import { repr } from '../runtime/repr.ts';
import { typeName } from '../runtime/types.ts';
import type { Value } from '../runtime/values.ts';
import type { Yielded } from './frame.ts';
import { PyGen } from './generator.ts';

/** What `__await__()` of a coroutine (coroutine_wrapper) or a Future (FutureIter) returns. */
export class AwaitIterator extends PyIterator {
  constructor(
    readonly gen: Generator<Yielded, Value, unknown>,
    kind: string,
  ) {
    super(gen as Iterator<Value>, kind);
  }
}

/** `await x` where x's class defines `__await__`: drive the iterator it returned. */
export function* awaitIterator(it: Value): Generator<Yielded, Value, unknown> {
  if (it instanceof AwaitIterator) return yield* it.gen;
  if (!(it instanceof PyGen)) return typeError(`__await__() returned non-iterator of type '${typeName(it)}'`);
  let r = it.resume(false, null);
  for (;;) {
    if (r.done) return r.value;
    const y = r.value;
    let sent: unknown;
    let error: unknown;
    let thrown = false;
    if (y !== null && !(y instanceof Future)) {
      // What a Task does with a yield that is not a future: it throws the complaint back in.
      thrown = true;
      error = E.pyErr(E.RuntimeError, `Task got bad yield: ${repr(y)}`);
    } else {
      try {
        sent = yield y;
      } catch (e) {
        thrown = true;
        error = e;
      }
    }
    r = thrown ? it.resume(true, error) : it.resume(false, sent ?? null);
  }
}
