import { describe, expect, it } from 'vitest';
import { asyncWith } from '../../src/engine/async-context.ts';
import type { Coro } from '../../src/engine/coroutine.ts';
import { CancelledError, isInstance, PyException, RuntimeError, TimeoutError, ValueError } from '../../src/engine/exceptions.ts';
import type { Future } from '../../src/engine/future.ts';
import { gather } from '../../src/engine/gather.ts';
import { Event } from '../../src/engine/event.ts';
import { BoundedSemaphore, Condition, Lock, Semaphore } from '../../src/engine/locks.ts';
import { sleep } from '../../src/engine/sleep.ts';
import type { Task } from '../../src/engine/task.ts';
import { waitFor } from '../../src/engine/wait-for.ts';
import { run, str, typeName } from './harness.ts';

const all = <T>(ts: Task<T>[]): Future<unknown>[] => ts as unknown as Future<unknown>[];

describe('asyncio.Lock', () => {
  it('the shared conformance program sync_lock_fifo', () => {
    const out = run(function* (p) {
      const { loop } = p;
      const lock = new Lock(loop);
      function* usePrinter(name: string, pages: number): Coro<void> {
        p.print(`${p.now()} ${name} wants the printer (locked=${str(lock.locked())})`);
        yield* asyncWith(lock, function* () {
          p.print(`${p.now()} ${name} printing ${pages} pages`);
          yield* sleep(loop, pages * 0.5, null);
        });
        p.print(`${p.now()} ${name} released the printer`);
      }
      const jobs: [string, number][] = [
        ['ann', 2],
        ['bob', 1],
        ['cat', 3],
      ];
      yield* gather(
        loop,
        jobs.map(([n, pg]) => usePrinter(n, pg)),
      );
      yield* lock.acquire();
      p.print(`${p.now()} main holds the lock: ${str(lock.locked())}`);
      lock.release();
      p.print(`${p.now()} main released it: ${str(lock.locked())}`);
    });
    expect(out.stdout).toBe(`0.0 ann wants the printer (locked=False)
0.0 ann printing 2 pages
0.0 bob wants the printer (locked=True)
0.0 cat wants the printer (locked=True)
1.0 ann released the printer
1.0 bob printing 1 pages
1.5 bob released the printer
1.5 cat printing 3 pages
3.0 cat released the printer
3.0 main holds the lock: True
3.0 main released it: False
`);
  });

  it('cancelled waiters, a woken waiter cancelled before it runs, no barging (programs/lock_edges.py)', () => {
    const out = run(function* (p) {
      const { loop } = p;
      const lock = new Lock(loop);
      try {
        lock.release();
      } catch (e) {
        if (!isInstance(e, RuntimeError)) throw e;
        p.print('RuntimeError:', e);
      }
      function* user(name: string, hold: number): Coro<void> {
        try {
          yield* asyncWith(lock, function* () {
            p.print(`${p.now()} ${name} has the lock`);
            yield* sleep(loop, hold, null);
          });
          p.print(`${p.now()} ${name} released`);
        } catch (e) {
          if (isInstance(e, CancelledError)) p.print(`${p.now()} ${name} cancelled while waiting (locked=${str(lock.locked())})`);
          throw e;
        }
      }
      let ts = new Map(['ann', 'bob', 'cat', 'dan'].map((n) => [n, loop.createTask(user(n, 1))]));
      yield* sleep(loop, 0.5, null);
      ts.get('bob')!.cancel();
      yield* gather(loop, all([...ts.values()]), true);

      ts = new Map(['eve', 'fay', 'gus'].map((n) => [n, loop.createTask(user(n, 1))]));
      yield* sleep(loop, 0.5, null);
      const fay = ts.get('fay')!;
      loop.createTask(
        (function* () {
          yield* sleep(loop, 0.5, null);
          p.print(`${p.now()} cancelling fay, locked=${str(lock.locked())}`);
          fay.cancel();
        })(),
      );
      yield* gather(loop, all([...ts.values()]), true);

      function* holder(): Coro<void> {
        yield* asyncWith(lock, () => sleep(loop, 1, null));
      }
      function* queued(): Coro<void> {
        yield* lock.acquire();
        p.print(`${p.now()} queued got it`);
        lock.release();
      }
      function* barger(): Coro<void> {
        yield* sleep(loop, 1, null);
        p.print(`${p.now()} barger tries, locked=${str(lock.locked())}`);
        yield* asyncWith(lock, function* () {
          p.print(`${p.now()} barger got it`);
        });
      }
      yield* gather(loop, [holder(), queued(), barger()]);
      p.print(`${p.now()} end, locked=${str(lock.locked())}`);
    });
    expect(out.error).toBeNull();
    expect(out.stdout).toBe(`RuntimeError: Lock is not acquired.
0.0 ann has the lock
0.5 bob cancelled while waiting (locked=True)
1.0 ann released
1.0 cat has the lock
2.0 cat released
2.0 dan has the lock
3.0 dan released
3.0 eve has the lock
4.0 eve released
4.0 cancelling fay, locked=False
4.0 fay cancelled while waiting (locked=False)
4.0 gus has the lock
5.0 gus released
6.0 barger tries, locked=False
6.0 queued got it
6.0 barger got it
6.0 end, locked=False
`);
  });

  it('is not reentrant: the shared conformance program deadlock_lock_twice deadlocks', () => {
    expect(() =>
      run(function* (p) {
        const lock = new Lock(p.loop);
        yield* asyncWith(lock, function* () {
          p.print(`${p.now()} main: lock acquired, locked=${str(lock.locked())}`);
          yield* sleep(p.loop, 1, null);
          yield* asyncWith(lock, function* () {});
        });
      }),
    ).toThrow(/event loop idle/);
  });
});

describe('asyncio.Event and asyncio.Condition', () => {
  it('the shared conformance program sync_event_waiters', () => {
    const out = run(function* (p) {
      const { loop } = p;
      const ev = new Event(loop);
      function* waiter(name: string): Coro<void> {
        p.print(`${p.now()} ${name} waiting`);
        yield* ev.wait();
        p.print(`${p.now()} ${name} saw the event`);
      }
      const tasks = [0, 1, 2].map((i) => loop.createTask(waiter(`w${i}`)));
      yield* sleep(loop, 1, null);
      p.print(`${p.now()} setting the event (is_set=${str(ev.isSet())})`);
      ev.set();
      p.print(`${p.now()} set done (is_set=${str(ev.isSet())})`);
      yield* gather(loop, all(tasks));
      yield* waiter('already-set');
      ev.clear();
      loop.callLater(0.5, () => ev.set(), undefined);
      yield* waiter('after-clear');
    });
    expect(out.stdout).toBe(`0.0 w0 waiting
0.0 w1 waiting
0.0 w2 waiting
1.0 setting the event (is_set=False)
1.0 set done (is_set=True)
1.0 w0 saw the event
1.0 w1 saw the event
1.0 w2 saw the event
1.0 already-set waiting
1.0 already-set saw the event
1.0 after-clear waiting
1.5 after-clear saw the event
`);
  });

  it('the shared conformance program sync_condition_notify', () => {
    const out = run(function* (p) {
      const { loop } = p;
      const cond = new Condition(loop);
      const box: string[] = [];
      function* consumer(name: string): Coro<void> {
        yield* asyncWith(cond, function* () {
          p.print(`${p.now()} ${name} waiting for an item`);
          yield* cond.waitFor(() => box.length > 0);
          const item = box.shift();
          p.print(`${p.now()} ${name} got ${item}`);
        });
      }
      const consumers = [0, 1, 2].map((i) => loop.createTask(consumer(`c${i}`)));
      yield* sleep(loop, 1, null);
      yield* asyncWith(cond, function* () {
        box.push('apple');
        p.print(`${p.now()} main notifies one`);
        cond.notify();
      });
      yield* sleep(loop, 1, null);
      yield* asyncWith(cond, function* () {
        box.push('pear', 'plum');
        p.print(`${p.now()} main notifies all`);
        cond.notifyAll();
      });
      yield* gather(loop, all(consumers));
      p.print(`${p.now()} box is now ${str(box)}`);
    });
    expect(out.stdout).toBe(`0.0 c0 waiting for an item
0.0 c1 waiting for an item
0.0 c2 waiting for an item
1.0 main notifies one
1.0 c0 got apple
2.0 main notifies all
2.0 c1 got pear
2.0 c2 got plum
2.0 box is now []
`);
  });

  it('cancelled waiters, notify(n), re-acquiring after cancel, wait_for values (programs/event_condition_edges.py)', () => {
    const out = run(function* (p) {
      const { loop } = p;
      const ev = new Event(loop);
      function* w(name: string): Coro<void> {
        try {
          const r = yield* ev.wait();
          p.print(`${p.now()} ${name} woke: ${str(r)}`);
        } catch (e) {
          if (!isInstance(e, CancelledError)) throw e;
          p.print(`${p.now()} ${name} cancelled`);
        }
      }
      let ts: Task<void>[] = ['a', 'b', 'c'].map((n) => loop.createTask(w(n)));
      yield* sleep(loop, 1, null);
      ts[1]!.cancel();
      ev.set();
      ev.clear();
      p.print(`${p.now()} set and cleared at once, is_set=${str(ev.isSet())}`);
      yield* gather(loop, all(ts));
      try {
        yield* waitFor(loop, ev.wait(), 0.5);
      } catch (e) {
        if (!isInstance(e, TimeoutError)) throw e;
        p.print(`${p.now()} event wait timed out`);
      }

      const cond = new Condition(loop);
      const calls: (() => Coro<boolean> | null)[] = [() => (cond.notify(), null), () => cond.wait()];
      for (const bad of calls) {
        try {
          const r = bad();
          if (r !== null) yield* r;
        } catch (e) {
          if (!isInstance(e, RuntimeError)) throw e;
          p.print('RuntimeError:', e);
        }
      }
      function* cw(name: string): Coro<void> {
        yield* asyncWith(cond, function* () {
          p.print(`${p.now()} ${name} waits`);
          try {
            const r = yield* cond.wait();
            p.print(`${p.now()} ${name} notified: ${str(r)}, locked=${str(cond.locked())}`);
          } catch (e) {
            if (isInstance(e, CancelledError)) p.print(`${p.now()} ${name} cancelled, but holds the lock again: ${str(cond.locked())}`);
            throw e;
          }
        });
      }
      ts = [0, 1, 2, 3, 4].map((i) => loop.createTask(cw(`c${i}`)));
      yield* sleep(loop, 1, null);
      yield* asyncWith(cond, function* () {
        cond.notify(2);
        p.print(`${p.now()} notified 2`);
        yield* sleep(loop, 1, null);
        p.print(`${p.now()} main releases after holding`);
      });
      yield* sleep(loop, 0, null);
      ts[3]!.cancel();
      yield* sleep(loop, 0.5, null);
      yield* asyncWith(cond, function* () {
        cond.notifyAll();
      });
      const res = yield* gather(loop, all(ts), true);
      p.print(p.now(), res.map((r) => (r instanceof PyException ? typeName(r) : 'NoneType')));

      const state = { n: 0 };
      const b = loop.createTask(
        (function* () {
          for (let i = 0; i < 3; i++) {
            yield* sleep(loop, 1, null);
            yield* asyncWith(cond, function* () {
              state.n += 1;
              p.print(`${p.now()} bump to ${state.n}`);
              cond.notifyAll();
            });
          }
        })(),
      );
      yield* asyncWith(cond, function* () {
        const v = yield* cond.waitFor(() => state.n >= 2 && state.n * 10);
        p.print(`${p.now()} predicate value ${str(v)}`);
      });
      yield* b;

      const lock = new Lock(loop);
      const cond2 = new Condition(loop, lock);
      yield* asyncWith(lock, function* () {
        p.print('shared lock:', cond2.locked());
      });
    });
    expect(out.error).toBeNull();
    expect(out.stdout).toBe(`1.0 set and cleared at once, is_set=False
1.0 b cancelled
1.0 a woke: True
1.0 c woke: True
1.5 event wait timed out
RuntimeError: cannot notify on un-acquired lock
RuntimeError: cannot wait on un-acquired lock
1.5 c0 waits
1.5 c1 waits
1.5 c2 waits
1.5 c3 waits
1.5 c4 waits
2.5 notified 2
3.5 main releases after holding
3.5 c0 notified: True, locked=True
3.5 c1 notified: True, locked=True
3.5 c3 cancelled, but holds the lock again: True
4.0 c2 notified: True, locked=True
4.0 c4 notified: True, locked=True
4.0 ['NoneType', 'NoneType', 'NoneType', 'CancelledError', 'NoneType']
5.0 bump to 1
6.0 bump to 2
6.0 predicate value 20
7.0 bump to 3
shared lock: True
`);
  });
});

describe('asyncio.Semaphore and BoundedSemaphore', () => {
  it('the shared conformance program sync_semaphore_batches', () => {
    const out = run(function* (p) {
      const { loop } = p;
      const sem = new Semaphore(loop, 2);
      function* callApi(i: number): Coro<number> {
        yield* asyncWith(sem, function* () {
          p.print(`${p.now()} request ${i} start`);
          yield* sleep(loop, 1 + (i % 2) * 0.5, null);
          p.print(`${p.now()} request ${i} end`);
        });
        return i * i;
      }
      const results = yield* gather(
        loop,
        [0, 1, 2, 3, 4].map((i) => callApi(i)),
      );
      p.print(results);
      p.print('semaphore locked at the end?', sem.locked());
    });
    expect(out.stdout).toBe(`0.0 request 0 start
0.0 request 1 start
1.0 request 0 end
1.0 request 2 start
1.5 request 1 end
1.5 request 3 start
2.0 request 2 end
2.0 request 4 start
3.0 request 3 end
3.0 request 4 end
[0, 1, 4, 9, 16]
semaphore locked at the end? False
`);
  });

  it('errors, handing a slot back on cancel, fairness (programs/semaphore_edges.py)', () => {
    const out = run(function* (p) {
      const { loop } = p;
      try {
        new Semaphore(loop, -1);
      } catch (e) {
        if (!isInstance(e, ValueError)) throw e;
        p.print('ValueError:', e);
      }
      const sem = new BoundedSemaphore(loop, 2);
      try {
        sem.release();
      } catch (e) {
        if (!isInstance(e, ValueError)) throw e;
        p.print('ValueError:', e);
      }
      function* job(name: string, secs: number): Coro<void> {
        try {
          yield* asyncWith(sem, function* () {
            p.print(`${p.now()} ${name} in`);
            yield* sleep(loop, secs, null);
          });
          p.print(`${p.now()} ${name} out`);
        } catch (e) {
          if (isInstance(e, CancelledError)) p.print(`${p.now()} ${name} cancelled`);
          throw e;
        }
      }
      const ts = new Map(['a', 'b', 'c', 'd', 'e'].map((n) => [n, loop.createTask(job(n, 1))]));
      yield* sleep(loop, 0.5, null);
      p.print(`${p.now()} locked=${str(sem.locked())}`);
      ts.get('c')!.cancel();
      yield* sleep(loop, 0.5, null);
      ts.get('d')!.cancel();
      yield* gather(loop, all([...ts.values()]), true);
      p.print(`${p.now()} locked=${str(sem.locked())}`);
      yield* sem.acquire();
      p.print(`${p.now()} one taken, locked=${str(sem.locked())}`);
      yield* sem.acquire();
      p.print(`${p.now()} two taken, locked=${str(sem.locked())}`);
      sem.release();
      sem.release();

      const s = new Semaphore(loop, 0);
      function* taker(name: string): Coro<void> {
        yield* s.acquire();
        p.print(`${p.now()} ${name} acquired`);
      }
      const t1 = loop.createTask(taker('t1'));
      yield* sleep(loop, 0, null);
      s.release();
      p.print(`${p.now()} released once, locked=${str(s.locked())}`);
      const t2 = loop.createTask(taker('t2'));
      yield* sleep(loop, 0, null);
      s.release();
      yield* gather(loop, all([t1, t2]));
      s.release();
      s.release();
      p.print(`${p.now()} value grows unbounded: locked=${str(s.locked())}`);
      yield* s.acquire();
      yield* s.acquire();
      p.print(`${p.now()} locked=${str(s.locked())}`);
    });
    expect(out.error).toBeNull();
    expect(out.stdout).toBe(`ValueError: Semaphore initial value must be >= 0
ValueError: BoundedSemaphore released too many times
0.0 a in
0.0 b in
0.5 locked=True
0.5 c cancelled
1.0 a out
1.0 b out
1.0 d cancelled
1.0 e in
2.0 e out
2.0 locked=False
2.0 one taken, locked=False
2.0 two taken, locked=True
2.0 released once, locked=True
2.0 t1 acquired
2.0 t2 acquired
2.0 value grows unbounded: locked=False
2.0 locked=True
`);
  });
});
