/** The engine's worker lanes: jobs that sleep on their own lane while the loop runs on. */
import { describe, expect, it } from 'vitest';
import type { Coro, Yielded } from '../../src/engine/coroutine.ts';
import { PyException, pyErr, ValueError } from '../../src/engine/exceptions.ts';
import { EventLoop } from '../../src/engine/loop.ts';
import { TraceRecorder } from '../../src/engine/recorder.ts';
import { asyncioRun } from '../../src/engine/run.ts';
import { sleep } from '../../src/engine/sleep.ts';
import { LaneSleep, ThreadPool, type LaneBody } from '../../src/engine/worker-lanes.ts';

/** A job: print, sleep on the lane for each delay, print again; returns `result`. */
function job(loop: EventLoop, log: string[], name: string, delays: number[], result: unknown, fail = false): () => LaneBody {
  return function* (): Generator<Yielded, unknown, unknown> {
    log.push(`${loop.time()} ${name} start`);
    for (const d of delays) {
      yield new LaneSleep(loop, d, undefined);
      log.push(`${loop.time()} ${name} woke`);
    }
    if (fail) throw pyErr(ValueError, `${name} failed`);
    return result;
  };
}

function setup(maxWorkers = 4) {
  const recorder = new TraceRecorder();
  const loop = new EventLoop({ recorder });
  const pool = new ThreadPool(loop, maxWorkers, 'asyncio');
  loop.defaultExecutor = pool;
  const log: string[] = [];
  return { loop, pool, log, recorder };
}

describe('worker lanes', () => {
  it('a job sleeps on its lane while a task keeps its timers', () => {
    const { loop, pool, log } = setup();
    function* main(): Coro<void> {
      const fut = pool.submit(job(loop, log, 'job', [1, 1], 'r'), { fnName: 'job', label: 'to_thread(job)' });
      for (let i = 0; i < 3; i++) {
        yield* sleep(loop, 0.75, null);
        log.push(`${loop.time()} tick`);
      }
      log.push(`${loop.time()} result ${String(yield* fut)}`);
    }
    asyncioRun(loop, main());
    expect(log).toEqual(['0 job start', '0.75 tick', '1 job woke', '1.5 tick', '2 job woke', '2.25 tick', '2.25 result r']);
  });

  it("hands the result over through the ready queue, at the lane's time, before timers due then", () => {
    const { loop, pool, log } = setup();
    function* waiter(): Coro<void> {
      yield* sleep(loop, 1, null);
      log.push(`${loop.time()} timer`);
    }
    function* main(): Coro<void> {
      const fut = pool.submit(job(loop, log, 'job', [1], 7), { fnName: 'job', label: 'to_thread(job)' });
      const t = loop.createTask(waiter());
      const got = yield* fut;
      log.push(`${loop.time()} got ${String(got)}`);
      yield* t;
    }
    asyncioRun(loop, main());
    // The result's handover was queued before the due timer, so main wakes before the waiter.
    expect(log).toEqual(['0 job start', '1 job woke', '1 got 7', '1 timer']);
  });

  it('queues jobs beyond max_workers and runs each on the first lane to free up', () => {
    const { loop, pool, log } = setup(2);
    function* main(): Coro<unknown> {
      const futs = [3, 1, 1].map((d, i) => pool.submit(job(loop, log, `j${i}`, [d], i), { fnName: 'j', label: 'j' }));
      const out: unknown[] = [];
      for (const f of futs) out.push(yield* f);
      return out;
    }
    expect(asyncioRun(loop, main())).toEqual([0, 1, 2]);
    expect(log).toEqual(['0 j0 start', '0 j1 start', '1 j1 woke', '1 j2 start', '2 j2 woke', '3 j0 woke']);
    expect(pool.lanes.map((l) => l.name)).toEqual(['asyncio_0', 'asyncio_1']);
  });

  it('an exception in a job fails its future', () => {
    const { loop, pool, log } = setup();
    function* main(): Coro<string> {
      try {
        yield* pool.submit(job(loop, log, 'bad', [0.5], null, true), { fnName: 'bad', label: 'bad' });
        return 'no error';
      } catch (e) {
        return `${(e as PyException).cls.name} at ${loop.time()}`;
      }
    }
    expect(asyncioRun(loop, main())).toBe('ValueError at 0.5');
  });

  it("a blocking sleep on the loop lets lanes run at their times; the loop's clock ends where the sleep does", () => {
    const { loop, pool, log } = setup();
    function* main(): Coro<void> {
      const fut = pool.submit(job(loop, log, 'job', [0.25, 0.25], 1), { fnName: 'job', label: 'job' });
      loop.blockingSleep(1);
      log.push(`${loop.time()} loop free`);
      yield* fut;
      log.push(`${loop.time()} done`);
    }
    asyncioRun(loop, main());
    expect(log).toEqual(['0 job start', '0.25 job woke', '0.5 job woke', '1 loop free', '1 done']);
  });

  it('asyncio.run waits for a job nobody awaits any more (shutdown_default_executor)', () => {
    const { loop, pool, log } = setup();
    function* main(): Coro<void> {
      const fut = pool.submit(job(loop, log, 'job', [5], 1), { fnName: 'job', label: 'job' });
      fut.cancel();
      log.push(`${loop.time()} main done`);
    }
    asyncioRun(loop, main());
    expect(log).toEqual(['0 job start', '0 main done', '5 job woke']);
    expect(loop.time()).toBe(5);
  });

  it('cancelling a queued job drops it before it starts', () => {
    const { loop, pool, log } = setup(1);
    function* main(): Coro<void> {
      const a = pool.submit(job(loop, log, 'a', [1], 1), { fnName: 'a', label: 'a' });
      const b = pool.submit(job(loop, log, 'b', [1], 2), { fnName: 'b', label: 'b' });
      b.cancel();
      yield* a;
    }
    asyncioRun(loop, main());
    expect(log).toEqual(['0 a start', '1 a woke']);
  });

  it('records lane events for the trace', () => {
    const { loop, pool, recorder } = setup();
    function* main(): Coro<void> {
      yield* pool.submit(job(loop, [], 'job', [2], 1), { fnName: 'fetch', label: 'to_thread(fetch)' });
    }
    asyncioRun(loop, main());
    const lanes = recorder.events.filter((e) => e.type.startsWith('lane'));
    expect(lanes).toEqual([
      { type: 'lane-start', t: 0, lane: 0, name: 'asyncio_0', job: 0, fn: 'fetch', by: 0 },
      { type: 'lane-block', t: 0, lane: 0, delay: 2 },
      { type: 'lane-end', t: 2, lane: 0, job: 0 },
    ]);
    expect(recorder.events.find((e) => e.type === 'suspend')).toMatchObject({ on: { kind: 'thread', label: 'to_thread(fetch)', job: 0 } });
  });
});
