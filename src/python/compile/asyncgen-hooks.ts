/**
 * What asyncio's event loop does with async generators (base_events.py): the firstiter hook
 * remembers each one first iterated while the loop runs, so that asyncio.run can close the
 * unfinished ones at the end (shutdown_asyncgens); the finalizer hook, called when one is
 * dropped unfinished, schedules its aclose() as a new task with call_soon.
 *
 * CPython keeps the remembered ones in a WeakSet, so one that was freed is no longer there, and
 * the WeakSet's order follows memory addresses: here they are closed in first-iteration order.
 */
import type { Coro } from '../../engine/coroutine.ts';
import { PyException } from '../../engine/exceptions.ts';
import * as E from '../../engine/exceptions.ts';
import { gather } from '../../engine/gather.ts';
import type { EventLoop } from '../../engine/loop.ts';
import { repr } from '../runtime/repr.ts';
import type { AsyncGenHooks, PyAsyncGen } from './async-generator.ts';

export interface LoopAsyncgens {
  readonly hooks: AsyncGenHooks;
  /** loop.shutdown_asyncgens(): aclose() every remembered generator, concurrently. */
  shutdown(report: (message: string, exc: PyException) => void): Coro<void>;
}

export function loopAsyncgens(loop: EventLoop): LoopAsyncgens {
  const agens = new Set<PyAsyncGen>();
  // The aclose() it schedules keeps the generator alive, so it stays in the WeakSet as well.
  const finalizer = (agen: PyAsyncGen): void => {
    const close = agen.aclose();
    loop.callSoon(() => loop.createTask(close, { coroName: 'aclose' }), undefined, 'asyncgen finalizer');
  };
  const hooks: AsyncGenHooks = {
    firstiter(agen) {
      // The hooks are installed only while the loop runs (run_forever sets them).
      if (loop.current === null) return null;
      agens.add(agen);
      return finalizer;
    },
  };
  function* shutdown(report: (message: string, exc: PyException) => void): Coro<void> {
    const closing = [...agens].filter((a) => a.state !== 'closed');
    agens.clear();
    if (closing.length === 0) return;
    const results = yield* gather(
      loop,
      closing.map((a) => a.aclose()),
      true,
    );
    results.forEach((r, i) => {
      if (r instanceof PyException && E.isSubclass(r.cls, E.Exception)) {
        report(`an error occurred during closing of asynchronous generator ${repr(closing[i])}`, r);
      }
    });
  }
  return { hooks, shutdown };
}
