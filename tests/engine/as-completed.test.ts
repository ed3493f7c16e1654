import { describe, expect, it } from 'vitest';
import { asCompleted } from '../../src/engine/as-completed.ts';
import type { Coro } from '../../src/engine/coroutine.ts';
import { isInstance, pyErr, TimeoutError, TypeError, ValueError } from '../../src/engine/exceptions.ts';
import { sleep } from '../../src/engine/sleep.ts';
import { run, type Program } from './harness.ts';

function* job(p: Program, name: string, secs: number, fail = false): Coro<string> {
  p.print(`${p.now()} ${name} start`);
  yield* sleep(p.loop, secs, null);
  if (fail) throw pyErr(ValueError, name);
  return name;
}

describe('asyncio.as_completed (3.11: a plain generator)', () => {
  it('the shared conformance program wait_as_completed', () => {
    const out = run(function* (p) {
      const { loop } = p;
      function* lookup(city: string, secs: number): Coro<string> {
        yield* sleep(loop, secs, null);
        return `${city} answered after ${secs}s`;
      }
      const plan: [string, number][] = [
        ['Oslo', 0.3],
        ['Lima', 0.1],
        ['Rome', 0.2],
        ['Pune', 0.4],
      ];
      let tasks = plan.map(([c, s]) => loop.createTask(lookup(c, s)));
      let i = 0;
      for (const next of asCompleted(loop, tasks)) {
        const result = yield* next;
        p.print(`${p.now()} #${++i} ${result}`);
      }
      tasks = [loop.createTask(lookup('Kyiv', 0.5)), loop.createTask(lookup('Baku', 2))];
      try {
        for (const fut of asCompleted(loop, tasks, { timeout: 1.0 })) {
          const result = yield* fut;
          p.print(`${p.now()} ${result}`);
        }
      } catch (e) {
        if (!isInstance(e, TimeoutError)) throw e;
        p.print(`${p.now()} gave up waiting`);
      }
      p.print('Baku still running?', !tasks[1]!.done());
    });
    expect(out.stdout).toBe(`0.1 #1 Lima answered after 0.1s
0.2 #2 Rome answered after 0.2s
0.3 #3 Oslo answered after 0.3s
0.4 #4 Pune answered after 0.4s
0.9 Kyiv answered after 0.5s
1.4 gave up waiting
Baku still running? True
`);
  });

  it('laziness, errors, duplicates, timeouts (programs/as_completed_edges.py)', () => {
    const out = run(function* (p) {
      const { loop } = p;
      const it = asCompleted(
        loop,
        ([['a', 0.2], ['b', 0.1], ['c', 0.1]] as const).map(([n, s]) => loop.createTask(job(p, n, s))),
      );
      p.print(p.now(), 'tasks so far:', loop.allTasks().length);
      for (const f of it) {
        const t = p.now();
        p.print(t, 'got', yield* f);
      }
      p.print(p.now(), 'tasks now:', loop.allTasks().length);

      const t = loop.createTask(job(p, 'd', 0.1));
      for (const f of asCompleted(loop, [job(p, 'bad', 0.05, true), t, t])) {
        try {
          const now = p.now();
          p.print(now, 'got', yield* f);
        } catch (e) {
          if (!isInstance(e, ValueError)) throw e;
          p.print(p.now(), 'error', e);
        }
      }

      let n = 0;
      const three = ([['e', 0.5], ['f', 3], ['g', 4]] as const).map(([nm, s]) => loop.createTask(job(p, nm, s)));
      for (const f of asCompleted(loop, three, { timeout: 1 })) {
        try {
          const now = p.now();
          p.print(now, 'got', yield* f);
        } catch (e) {
          if (!isInstance(e, TimeoutError)) throw e;
          p.print(p.now(), 'timeout', ++n);
        }
      }
      try {
        for (const f of asCompleted(loop, job(p, 'h', 1))) void f;
      } catch (e) {
        if (!isInstance(e, TypeError)) throw e;
        p.print('TypeError:', e);
      }
      yield* sleep(loop, 5, null);
      p.print(p.now(), 'end');
    });
    expect(out.error).toBeNull();
    expect(out.stdout).toBe(`0.0 tasks so far: 4
0.0 a start
0.0 b start
0.0 c start
0.0 got b
0.1 got c
0.1 got a
0.2 tasks now: 1
0.2 d start
0.2 bad start
0.2 error bad
0.2 got d
0.3 e start
0.3 f start
0.3 g start
0.3 got e
1.3 timeout 1
1.3 timeout 2
TypeError: expect an iterable of futures, not coroutine
6.3 end
`);
  });

  it('wraps bare coroutines in tasks lazily, in the order given (CPython: set order)', () => {
    const out = run(function* (p) {
      const { loop } = p;
      const it = asCompleted(loop, [job(p, 'a', 0.2), job(p, 'b', 0.1), job(p, 'c', 0.1)]);
      p.print('tasks before iterating:', loop.allTasks().length);
      const first = it.next();
      p.print('tasks after the first next():', loop.allTasks().length);
      if (!first.done) p.print('got', yield* first.value);
      for (const f of it) p.print('got', yield* f);
    });
    expect(out.stdout).toBe(`tasks before iterating: 1
tasks after the first next(): 4
0.0 a start
0.0 b start
0.0 c start
got b
got c
got a
`);
  });
});
