import { describe, expect, it } from 'vitest';
import type { Coro } from '../../src/engine/coroutine.ts';
import { CancelledError, isInstance, QueueEmpty, QueueFull, ValueError } from '../../src/engine/exceptions.ts';
import type { Future } from '../../src/engine/future.ts';
import { gather } from '../../src/engine/gather.ts';
import { LifoQueue, PriorityQueue, Queue } from '../../src/engine/queues.ts';
import { sleep } from '../../src/engine/sleep.ts';
import type { Task } from '../../src/engine/task.ts';
import { repr, run, str } from './harness.ts';

const all = <T>(ts: Task<T>[]): Future<unknown>[] => ts as unknown as Future<unknown>[];

describe('asyncio.Queue', () => {
  it('the shared conformance program sync_queue_maxsize', () => {
    const out = run(function* (p) {
      const { loop } = p;
      const q = new Queue<string>(loop, 2);
      function* producer(): Coro<void> {
        for (let i = 1; i < 7; i++) {
          yield* q.put(`job${i}`);
          p.print(`${p.now()} producer queued job${i}, size=${q.qsize()} full=${str(q.full())}`);
        }
        p.print(`${p.now()} producer done`);
      }
      function* worker(name: string): Coro<void> {
        for (;;) {
          const job = yield* q.get();
          p.print(`${p.now()} ${name} took ${job}`);
          yield* sleep(loop, 1, null);
          q.taskDone();
        }
      }
      const workers = [1, 2].map((i) => loop.createTask(worker(`w${i}`)));
      yield* producer();
      yield* q.join();
      p.print(`${p.now()} all jobs processed, empty=${str(q.empty())}, maxsize=${q.maxsize}`);
      for (const w of workers) w.cancel();
    });
    expect(out.stdout).toBe(`0.0 producer queued job1, size=1 full=False
0.0 producer queued job2, size=2 full=True
0.0 w1 took job1
0.0 w2 took job2
0.0 producer queued job3, size=1 full=False
0.0 producer queued job4, size=2 full=True
1.0 w1 took job3
1.0 w2 took job4
1.0 producer queued job5, size=1 full=False
1.0 producer queued job6, size=2 full=True
1.0 producer done
2.0 w1 took job5
2.0 w2 took job6
3.0 all jobs processed, empty=True, maxsize=2
`);
  });

  it('nowait errors, blocked putters, a cancelled woken getter, join, Lifo and Priority (programs/queue_edges.py)', () => {
    const out = run(function* (p) {
      const { loop } = p;
      const q = new Queue<string>(loop, 1);
      try {
        q.getNowait();
      } catch (e) {
        if (!isInstance(e, QueueEmpty)) throw e;
        p.print('QueueEmpty', repr(e));
      }
      q.putNowait('x');
      try {
        q.putNowait('y');
      } catch (e) {
        if (!isInstance(e, QueueFull)) throw e;
        p.print('QueueFull; full:', q.full(), 'qsize:', q.qsize());
      }
      q.getNowait();
      q.taskDone();
      try {
        q.taskDone();
      } catch (e) {
        if (!isInstance(e, ValueError)) throw e;
        p.print('ValueError:', e);
      }

      function* putter(name: string): Coro<void> {
        try {
          yield* q.put(name);
          p.print(`${p.now()} ${name} put`);
        } catch (e) {
          if (isInstance(e, CancelledError)) p.print(`${p.now()} ${name} put cancelled`);
          throw e;
        }
      }
      q.putNowait('first');
      const ps = ['p1', 'p2', 'p3'].map((n) => loop.createTask(putter(n)));
      yield* sleep(loop, 0, null);
      ps[1]!.cancel();
      yield* sleep(loop, 1, null);
      for (let i = 0; i < 3; i++) {
        p.print(`${p.now()} got ${q.getNowait()}`);
        yield* sleep(loop, 0, null);
      }
      yield* gather(loop, all(ps), true);
      p.print(`${p.now()} left: ${q.qsize()}`);

      function* getter(name: string): Coro<void> {
        try {
          const item = yield* q.get();
          p.print(`${p.now()} ${name} got ${item}`);
        } catch (e) {
          if (isInstance(e, CancelledError)) p.print(`${p.now()} ${name} get cancelled`);
          throw e;
        }
      }
      const gs = ['g1', 'g2'].map((n) => loop.createTask(getter(n)));
      yield* sleep(loop, 0, null);
      q.putNowait('item');
      gs[0]!.cancel();
      yield* gather(loop, all(gs), true);

      const q2 = new Queue<number>(loop);
      const w = loop.createTask(
        (function* () {
          for (;;) {
            const item = yield* q2.get();
            yield* sleep(loop, item, null);
            p.print(`${p.now()} processed ${item}`);
            q2.taskDone();
          }
        })(),
      );
      for (const item of [0.5, 1, 0.25]) q2.putNowait(item);
      yield* q2.join();
      p.print(`${p.now()} joined; unfinished zero, empty=${str(q2.empty())}`);
      yield* q2.join();
      p.print(`${p.now()} second join returns at once`);
      w.cancel();

      type Pair = [number, string];
      const lq = new LifoQueue<number>(loop);
      const pq = new PriorityQueue<Pair>(loop, 0, (a, b) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]));
      for (const x of [3, 1, 4, 1, 5, 9, 2, 6]) {
        lq.putNowait(x);
        pq.putNowait([x, `job${x}`]);
      }
      p.print('lifo:', Array.from({ length: 8 }, () => lq.getNowait()));
      const pairs = Array.from({ length: 8 }, () => pq.getNowait());
      p.print(`priority: [${pairs.map(([n, s]) => `(${n}, ${repr(s)})`).join(', ')}]`);

      type Job = { prio: number; name: string };
      const jq = new PriorityQueue<Job>(loop, 0, (a, b) => a.prio < b.prio);
      for (const [prio, name] of [
        [2, 'a'],
        [1, 'b'],
        [2, 'c'],
        [1, 'd'],
        [2, 'e'],
        [1, 'f'],
        [3, 'g'],
        [2, 'h'],
        [1, 'i'],
      ] as const) {
        jq.putNowait({ prio, name });
      }
      const jobs = Array.from({ length: 9 }, () => jq.getNowait());
      p.print('ties:', jobs.map((j) => `${j.prio}${j.name}`).join(' '));
      p.print('maxsize:', new Queue(loop).maxsize, new Queue(loop, 3).maxsize);
    });
    expect(out.error).toBeNull();
    expect(out.stdout).toBe(`QueueEmpty QueueEmpty()
QueueFull; full: True qsize: 1
ValueError: task_done() called too many times
0.0 p2 put cancelled
1.0 got first
1.0 p1 put
1.0 got p1
1.0 p3 put
1.0 got p3
1.0 left: 0
1.0 g1 get cancelled
1.0 g2 got item
1.5 processed 0.5
2.5 processed 1
2.8 processed 0.25
2.8 joined; unfinished zero, empty=True
2.8 second join returns at once
lifo: [6, 2, 9, 5, 1, 4, 1, 3]
priority: [(1, 'job1'), (1, 'job1'), (2, 'job2'), (3, 'job3'), (4, 'job4'), (5, 'job5'), (6, 'job6'), (9, 'job9')]
ties: 1b 1f 1d 1i 2c 2a 2e 2h 3g
maxsize: 0 3
`);
  });
});
