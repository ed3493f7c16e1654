import { describe, expect, it } from 'vitest';
import { asyncWith } from '../../src/engine/async-context.ts';
import type { Coro } from '../../src/engine/coroutine.ts';
import { CancelledError, isInstance, RuntimeError, TimeoutError } from '../../src/engine/exceptions.ts';
import type { Future } from '../../src/engine/future.ts';
import { gather } from '../../src/engine/gather.ts';
import { sleep } from '../../src/engine/sleep.ts';
import { timeout, timeoutAt, type Timeout } from '../../src/engine/timeout.ts';
import { floatRepr } from '../../src/python/format/float-repr.ts';
import { run, typeName } from './harness.ts';

const fr = (x: number | null): string => (x === null ? 'None' : floatRepr(x));

describe('asyncio.timeout / timeout_at (3.11)', () => {
  it('the shared conformance program wait_timeout_block', () => {
    const out = run(function* (p) {
      const { loop } = p;
      const now = () => p.now(3);
      try {
        yield* asyncWith(timeout(loop, 1.5), function* () {
          for (let i = 0; i < 5; i++) {
            yield* sleep(loop, 0.4, null);
            p.print(`${now()} tick ${i}`);
          }
        });
      } catch (e) {
        if (!isInstance(e, TimeoutError)) throw e;
        p.print(`${now()} block timed out`);
      }
      yield* asyncWith(timeout(loop, 10), function* () {
        yield* sleep(loop, 1, null);
        p.print(`${now()} finished well within the deadline`);
      });
      try {
        yield* asyncWith(timeout(loop, 0.5), function* () {
          yield* sleep(loop, 0.5, null);
          p.print('not printed: the timeout fires first on a tie');
        });
      } catch (e) {
        if (!isInstance(e, TimeoutError)) throw e;
        p.print(`${now()} tie goes to the timeout`);
      }
      yield* asyncWith(timeout(loop, null), function* () {
        yield* sleep(loop, 2, null);
      });
      p.print(`${now()} no deadline at all`);
    });
    expect(out.stdout).toBe(`0.400 tick 0
0.800 tick 1
1.200 tick 2
1.500 block timed out
2.500 finished well within the deadline
3.000 tie goes to the timeout
5.000 no deadline at all
`);
  });

  it('reschedule, state errors, past deadlines, nesting, outside cancels (programs/timeout_edges.py)', () => {
    const out = run(function* (p) {
      const { loop } = p;
      const catchRuntime = (f: () => void): void => {
        try {
          f();
        } catch (e) {
          if (!isInstance(e, RuntimeError)) throw e;
          p.print('RuntimeError:', e);
        }
      };
      let cm: Timeout = timeout(loop, 1);
      catchRuntime(() => cm.reschedule(3));
      p.print('when:', fr(cm.when()), 'expired:', cm.expired());
      try {
        yield* asyncWith(cm, function* () {
          cm.reschedule(loop.time() + 2);
          p.print('when after reschedule:', fr(cm.when()));
          yield* sleep(loop, 5, null);
        });
      } catch (e) {
        if (!isInstance(e, TimeoutError)) throw e;
        p.print(p.now(), 'expired:', cm.expired(), 'cause:', typeName(e.cause));
      }
      catchRuntime(() => cm.reschedule(null));
      try {
        yield* asyncWith(cm, function* () {});
      } catch (e) {
        if (!isInstance(e, RuntimeError)) throw e;
        p.print('RuntimeError:', e);
      }

      try {
        yield* asyncWith(timeoutAt(loop, loop.time() - 1), function* () {
          p.print(p.now(), 'inside a past deadline');
          yield* sleep(loop, 0, null);
          p.print('not printed');
        });
      } catch (e) {
        if (!isInstance(e, TimeoutError)) throw e;
        p.print(p.now(), 'past deadline');
      }
      try {
        yield* asyncWith(timeout(loop, 0), function* () {
          yield* sleep(loop, 1, null);
        });
      } catch (e) {
        if (!isInstance(e, TimeoutError)) throw e;
        p.print(p.now(), 'zero delay');
      }

      cm = timeout(loop, 1);
      yield* asyncWith(cm, function* () {
        yield* sleep(loop, 0.5, null);
        cm.reschedule(loop.time() + 1);
        yield* sleep(loop, 0.8, null);
        cm.reschedule(null);
        yield* sleep(loop, 3, null);
      });
      p.print(p.now(), 'survived; expired:', cm.expired());

      try {
        yield* asyncWith(timeout(loop, 3), function* () {
          try {
            yield* asyncWith(timeout(loop, 1), function* () {
              yield* sleep(loop, 2, null);
            });
          } catch (e) {
            if (!isInstance(e, TimeoutError)) throw e;
            p.print(p.now(), 'inner timed out');
          }
          yield* sleep(loop, 5, null);
        });
      } catch (e) {
        if (!isInstance(e, TimeoutError)) throw e;
        p.print(p.now(), 'outer timed out');
      }

      const outer = timeout(loop, 1);
      const inner = timeout(loop, 1);
      try {
        yield* asyncWith(outer, function* () {
          yield* asyncWith(inner, function* () {
            yield* sleep(loop, 2, null);
          });
        });
      } catch (e) {
        if (!isInstance(e, TimeoutError)) throw e;
        p.print(p.now(), 'tie: inner expired', inner.expired(), 'outer expired', outer.expired());
      }

      function* guarded(): Coro<void> {
        try {
          yield* asyncWith(timeout(loop, 5), function* () {
            yield* sleep(loop, 10, null);
          });
        } catch (e) {
          if (isInstance(e, CancelledError)) p.print(p.now(), 'guarded got CancelledError');
          throw e;
        }
      }
      let t = loop.createTask(guarded());
      yield* sleep(loop, 1, null);
      t.cancel();
      yield* gather(loop, [t as Future<unknown>], true);
      p.print(p.now(), 'guarded cancelled:', t.cancelled());

      function* doubly(): Coro<void> {
        try {
          yield* asyncWith(timeout(loop, 1), function* () {
            yield* sleep(loop, 10, null);
          });
        } catch (e) {
          if (isInstance(e, TimeoutError)) p.print('not printed: a second cancel is pending');
          else if (isInstance(e, CancelledError)) {
            p.print(p.now(), 'doubly got CancelledError');
            throw e;
          } else throw e;
        }
      }
      t = loop.createTask(doubly());
      yield* sleep(loop, 1, null);
      t.cancel();
      yield* gather(loop, [t as Future<unknown>], true);
      p.print(p.now(), 'doubly cancelled:', t.cancelled());

      cm = timeout(loop, 1);
      yield* asyncWith(cm, function* () {
        try {
          yield* sleep(loop, 2, null);
        } catch (e) {
          if (!isInstance(e, CancelledError)) throw e;
          p.print(p.now(), 'caught the cancel inside');
        }
      });
      p.print(p.now(), 'after swallowed cancel, expired:', cm.expired());
    });
    expect(out.error).toBeNull();
    expect(out.stdout).toBe(`RuntimeError: Timeout has not been entered
when: 1.0 expired: False
when after reschedule: 2.0
2.0 expired: True cause: CancelledError
RuntimeError: Cannot change state of expired Timeout
RuntimeError: Timeout has already been entered
2.0 inside a past deadline
2.0 past deadline
2.0 zero delay
6.3 survived; expired: False
7.3 inner timed out
9.3 outer timed out
10.3 tie: inner expired True outer expired True
11.3 guarded got CancelledError
11.3 guarded cancelled: True
12.3 doubly got CancelledError
12.3 doubly cancelled: True
13.3 caught the cancel inside
13.3 after swallowed cancel, expired: True
`);
  });

  it('reprs like CPython in each state', () => {
    const out = run(function* (p) {
      const cm = timeoutAt(p.loop, 2.5);
      p.print(cm.repr(floatRepr));
      yield* asyncWith(cm, function* () {
        p.print(cm.repr(floatRepr));
      });
      p.print(cm.repr(floatRepr));
    });
    expect(out.stdout).toBe('<Timeout [created]>\n<Timeout [active] when=2.5>\n<Timeout [finished]>\n');
  });
});
