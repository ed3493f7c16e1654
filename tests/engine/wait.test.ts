import { describe, expect, it } from 'vitest';
import type { Coro } from '../../src/engine/coroutine.ts';
import { CancelledError, isInstance, pyErr, TypeError, ValueError } from '../../src/engine/exceptions.ts';
import type { Future } from '../../src/engine/future.ts';
import { gather } from '../../src/engine/gather.ts';
import { sleep } from '../../src/engine/sleep.ts';
import type { Task } from '../../src/engine/task.ts';
import { ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, wait } from '../../src/engine/wait.ts';
import { repr, run, type Program } from './harness.ts';

const names = <T>(fs: Future<T>[]): string[] => fs.map((f) => (f as Task<T>).getName()).sort();

function* work(p: Program, name: string, secs: number, fail = false): Coro<string> {
  yield* sleep(p.loop, secs, null);
  p.print(`${p.now()} ${name} finished`);
  if (fail) throw pyErr(ValueError, name);
  return name;
}

describe('asyncio.wait', () => {
  it('FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION and timeout (programs/wait_modes.py)', () => {
    const out = run(function* (p) {
      const { loop } = p;
      let ts: Task<string>[] = [
        ['c', 3],
        ['a', 1],
        ['b', 2],
      ].map(([n, s]) => loop.createTask(work(p, n as string, s as number), { name: n as string }));
      let [done, pending] = yield* wait(loop, ts, { returnWhen: FIRST_COMPLETED });
      p.print(p.now(), 'first:', names(done), 'pending:', names(pending));
      [done, pending] = yield* wait(loop, pending);
      p.print(p.now(), 'all:', names(done), 'pending:', names(pending));

      ts = [
        ['x', 1],
        ['y', 2],
        ['z', 3],
      ].map(([n, s]) => loop.createTask(work(p, n as string, s as number, n === 'y'), { name: n as string }));
      [done, pending] = yield* wait(loop, ts, { returnWhen: FIRST_EXCEPTION });
      p.print(p.now(), 'first exception:', names(done), 'pending:', names(pending));
      for (const t of ts) if (t.done()) p.print(t.getName(), 'exception:', repr(t.exception()));
      [done, pending] = yield* wait(loop, ts, { timeout: 0.5 });
      p.print(p.now(), 'timeout 0.5:', names(done), 'pending:', names(pending));
      [done, pending] = yield* wait(loop, ts, { returnWhen: FIRST_EXCEPTION });
      p.print(p.now(), 'no new exception:', names(done), 'pending:', names(pending));
    });
    expect(out.stdout).toBe(`1.0 a finished
1.0 first: ['a'] pending: ['b', 'c']
2.0 b finished
3.0 c finished
3.0 all: ['b', 'c'] pending: []
4.0 x finished
5.0 y finished
5.0 first exception: ['x', 'y'] pending: ['z']
x exception: None
y exception: ValueError('y')
5.5 timeout 0.5: ['x', 'y'] pending: ['z']
5.5 no new exception: ['x', 'y'] pending: ['z']
`);
  });

  it('argument errors, a timeout tied with the task, done futures, cancellation (programs/wait_edges.py)', () => {
    const out = run(function* (p) {
      const { loop } = p;
      for (const bad of ['empty', 'return_when']) {
        try {
          if (bad === 'empty') yield* wait(loop, []);
          else {
            const t = loop.createTask(work(p, 't', 0));
            yield* wait(loop, [t], { returnWhen: 'SOMETIMES' });
          }
        } catch (e) {
          if (!isInstance(e, ValueError)) throw e;
          p.print('ValueError:', e);
        }
      }
      const single = loop.createTask(work(p, 'single', 0));
      try {
        yield* wait(loop, single);
      } catch (e) {
        if (!isInstance(e, TypeError)) throw e;
        p.print('TypeError:', e);
      }
      try {
        yield* wait(loop, [work(p, 'coro', 0)]);
      } catch (e) {
        if (!isInstance(e, TypeError)) throw e;
        p.print('TypeError:', e);
      }
      yield* sleep(loop, 0.1, null);

      const tie = loop.createTask(work(p, 'tie', 1), { name: 'tie' });
      const [done, pending] = yield* wait(loop, [tie], { timeout: 1 });
      p.print(p.now(), 'tie: done', done.length, 'pending', pending.length, 'task done:', tie.done());
      yield* tie;

      const fut = loop.createFuture<number>();
      fut.setResult(5);
      const ch = loop.createTask(
        (function* () {
          for (let i = 0; i < 3; i++) {
            p.print(`${p.now()} chatter ${i}`);
            yield* sleep(loop, 0, null);
          }
        })(),
      );
      yield* sleep(loop, 0, null);
      p.print(p.now(), 'waiting on a done future');
      const [d2, p2] = yield* wait(loop, [fut, fut], { returnWhen: ALL_COMPLETED });
      p.print(p.now(), 'done', d2.length, 'pending', p2.length);
      yield* ch;

      const ts = ['p', 'q'].map((n) => loop.createTask(work(p, n, 2), { name: n }));
      const w = loop.createTask(
        (function* () {
          try {
            yield* wait(loop, ts);
          } catch (e) {
            if (isInstance(e, CancelledError)) p.print(p.now(), 'waiter cancelled');
            throw e;
          }
        })(),
      );
      yield* sleep(loop, 1, null);
      w.cancel();
      yield* sleep(loop, 0, null);
      p.print(p.now(), 'p done?', ts[0]!.done(), 'w cancelled?', w.cancelled());
      yield* gather(loop, ts as Future<unknown>[]);
      p.print(p.now(), 'end');
    });
    expect(out.error).toBeNull();
    expect(out.stdout).toBe(`ValueError: Set of Tasks/Futures is empty.
ValueError: Invalid return_when value: SOMETIMES
TypeError: expect a list of futures, not Task
TypeError: Passing coroutines is forbidden, use tasks explicitly.
0.0 t finished
0.0 single finished
1.1 tie: done 0 pending 1 task done: False
1.1 tie finished
1.1 chatter 0
1.1 waiting on a done future
1.1 chatter 1
1.1 chatter 2
1.1 done 1 pending 0
2.1 waiter cancelled
2.1 p done? False w cancelled? True
3.1 p finished
3.1 q finished
3.1 end
`);
  });

  it('returns done and pending in creation order, whatever order they were passed in', () => {
    const out = run(function* (p) {
      const { loop } = p;
      const ts = [3, 1, 2].map((s) => loop.createTask(sleep(loop, s, s)));
      const it = wait(loop, [ts[2]!, ts[0]!, ts[1]!], { timeout: 2.5 });
      const [done, pending] = yield* it;
      p.print(done.map((t) => (t as Task<unknown>).getName()), pending.map((t) => (t as Task<unknown>).getName()));
    });
    expect(out.stdout).toBe("['Task-3', 'Task-4'] ['Task-2']\n");
  });
});
