import { describe, expect, it } from 'vitest';
import { EventLoop } from '../../src/engine/loop.ts';
import { asyncioRun } from '../../src/engine/run.ts';
import { sleep } from '../../src/engine/sleep.ts';
import type { Coro } from '../../src/engine/coroutine.ts';
import { TraceRecorder } from '../../src/engine/recorder.ts';
import { readFileSync } from 'node:fs';

const expectedOut = (name: string) => readFileSync(new URL(`../fixtures/seeds/${name}.out`, import.meta.url), 'utf8');

describe('the tutorial programs as TypeScript coroutines', () => {
  it('seed1: two tasks sleeping 3 s and 2 s finish together at t = 3.0, not 5', () => {
    const rec = new TraceRecorder();
    const loop = new EventLoop({ recorder: rec });
    const out: string[] = [];
    function* longOperation(message: string, delay: number): Coro<string> {
      out.push(message);
      yield* sleep(loop, delay, null);
      return `Done after ${delay} seconds`;
    }
    function* main(): Coro<void> {
      const start = loop.time();
      const task1 = loop.createTask(longOperation('Task 1 started', 3));
      const task2 = loop.createTask(longOperation('Task 2 started', 2));
      const result1 = yield* task1;
      const result2 = yield* task2;
      out.push(result1, result2);
      out.push(`Finished in ${(loop.time() - start).toFixed(2)} seconds`);
    }
    asyncioRun(loop, main());
    expect(out.join('\n') + '\n').toBe(expectedOut('seed1'));
    expect(loop.time()).toBe(3);
    const names = rec.events.filter((e) => e.type === 'create').map((e) => (e.type === 'create' ? e.name : ''));
    expect(names).toEqual(['Task-1', 'Task-2', 'Task-3']);
  });

  it('seed2: a 5-tick timer and 2 s of work interleave', () => {
    const loop = new EventLoop();
    const out: string[] = [];
    function* timer(duration: number): Coro<string> {
      for (let i = 0; i < duration; i++) {
        out.push(`Timer: ${i + 1} second(s) passed`);
        yield* sleep(loop, 1, null);
      }
      return 'Timer: done';
    }
    function* work(): Coro<string> {
      out.push('Work: started');
      yield* sleep(loop, 2, null);
      return 'Work: done';
    }
    function* main(): Coro<void> {
      const timerTask = loop.createTask(timer(5));
      const workTask = loop.createTask(work());
      const a = yield* timerTask;
      const b = yield* workTask;
      out.push(a, b);
    }
    asyncioRun(loop, main());
    expect(out.join('\n') + '\n').toBe(expectedOut('seed2'));
    expect(loop.time()).toBe(5);
  });
});
