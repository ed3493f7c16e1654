import { describe, expect, it } from 'vitest';
import { asCompleted } from '../../src/engine/as-completed.ts';
import { asyncWith } from '../../src/engine/async-context.ts';
import type { Coro } from '../../src/engine/coroutine.ts';
import { Event } from '../../src/engine/event.ts';
import { Condition, Lock, Semaphore } from '../../src/engine/locks.ts';
import { EventLoop } from '../../src/engine/loop.ts';
import { Queue } from '../../src/engine/queues.ts';
import { TraceRecorder } from '../../src/engine/recorder.ts';
import { asyncioRun } from '../../src/engine/run.ts';
import { shield } from '../../src/engine/shield.ts';
import { sleep } from '../../src/engine/sleep.ts';
import { TaskGroup } from '../../src/engine/task-group.ts';
import { wait, FIRST_COMPLETED } from '../../src/engine/wait.ts';
import type { WaitTarget } from '../../src/trace/format.ts';

/** Runs main and returns what task 0 (main) was recorded as waiting on, in order. */
function mainWaits(body: (loop: EventLoop) => Coro<unknown>): WaitTarget[] {
  const rec = new TraceRecorder();
  const loop = new EventLoop({ recorder: rec });
  asyncioRun(loop, body(loop));
  return rec.events.flatMap((e) => (e.type === 'suspend' && e.task === 0 ? [e.on] : []));
}

describe('what a task waits on, as the trace names it', () => {
  it('labels locks, events, conditions, semaphores and queues with their object ids', () => {
    let ids: number[] = [];
    const waits = mainWaits(function* (loop) {
      const lock = new Lock(loop);
      const ev = new Event(loop);
      const cond = new Condition(loop);
      const sem = new Semaphore(loop, 0);
      const q = new Queue<number>(loop, 1);
      q.label = 'jobs';
      ids = [lock.objectId, ev.objectId, cond.objectId, sem.objectId, q.objectId];
      loop.createTask(
        (function* () {
          yield* asyncWith(lock, () => sleep(loop, 1, null));
        })(),
      );
      yield* sleep(loop, 0, null);
      yield* lock.acquire();
      lock.release();
      loop.callLater(1, () => ev.set(), undefined);
      yield* ev.wait();
      loop.createTask(
        (function* () {
          yield* sleep(loop, 1, null);
          yield* asyncWith(cond, function* () {
            cond.notify();
          });
          yield* sleep(loop, 1, null);
          sem.release();
          yield* sleep(loop, 1, null);
          q.putNowait(1);
          yield* sleep(loop, 1, null);
          q.getNowait();
        })(),
      );
      yield* asyncWith(cond, () => cond.wait());
      yield* sem.acquire();
      yield* q.get();
      q.putNowait(2);
      yield* q.put(3);
      loop.callLater(1, () => [1, 2, 3].forEach(() => q.taskDone()), undefined);
      yield* q.join();
    });
    const [lock, ev, cond, sem, q] = ids;
    expect(waits).toEqual([
      { kind: 'yield', label: 'sleep(0)' },
      { kind: 'lock', label: 'lock', object: lock },
      { kind: 'event', label: 'event.wait()', object: ev },
      { kind: 'condition', label: 'condition.wait()', object: cond },
      { kind: 'semaphore', label: 'semaphore', object: sem },
      { kind: 'queue', label: 'jobs.get()', object: q },
      { kind: 'queue', label: 'jobs.put()', object: q },
      { kind: 'queue', label: 'jobs.join()', object: q },
    ]);
  });

  it('labels wait(), shield() and a TaskGroup with the tasks involved', () => {
    const waits = mainWaits(function* (loop) {
      const t = loop.createTask(sleep(loop, 1, null));
      const u = loop.createTask(sleep(loop, 2, null));
      yield* wait(loop, [u, t], { returnWhen: FIRST_COMPLETED, timeout: 5 });
      yield* shield(loop, u);
      const v = loop.createTask(sleep(loop, 1, null));
      for (const f of asCompleted(loop, [v])) yield* f;
      const tg = new TaskGroup(loop);
      yield* asyncWith(tg, function* () {
        tg.createTask(sleep(loop, 1, null));
        tg.createTask(sleep(loop, 2, null));
      });
    });
    expect(waits).toEqual([
      { kind: 'wait', label: 'wait(2, FIRST_COMPLETED, timeout=5)', tasks: [1, 2] },
      { kind: 'task', label: 'shield(Task-3)', task: 2 },
      { kind: 'queue', label: 'as_completed: next to finish', object: expect.any(Number) },
      { kind: 'taskgroup', label: 'TaskGroup: 2 tasks', tasks: [4, 5] },
    ]);
  });
});
