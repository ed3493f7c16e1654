// The loop's per-iteration record (tick events), the primitives' state (resource events) and
// the deadlock outcome's holders, from real programs.
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/python/run.ts';
import { RESOURCE_EVENT_LIMIT, type ResourceEvent, type Trace, type TraceEvent } from '../../src/trace/format.ts';

type Tick = Extract<TraceEvent, { type: 'tick' }>;

function run(source: string): Trace {
  return runProgram(source, { filename: 'prog.py', seed: 1 }).trace;
}

const ticks = (trace: Trace): Tick[] => trace.events.filter((e): e is Tick => e.type === 'tick');
const resources = (trace: Trace, kind: ResourceEvent['kind']): ResourceEvent[] =>
  trace.events.filter((e): e is ResourceEvent => e.type === 'resource' && e.kind === kind);

describe('tick events', () => {
  const trace = run(`
import asyncio

async def s(n):
    await asyncio.sleep(n)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, print, "hi")
    ts = [asyncio.create_task(s(3 - (i % 3)), name=f"w{i}") for i in range(25)]
    await asyncio.sleep(0)
    await asyncio.gather(*ts)

asyncio.run(main())
`);
  const all = ticks(trace);

  it('lists every ready handle in run order, named as CPython would', () => {
    expect(all[0]!.ready).toEqual(['Task-1 step']);
    const second = all[1]!;
    expect(second.readyCount).toBe(26);
    expect(second.ready).toHaveLength(20);
    expect(second.ready.slice(0, 3)).toEqual(['w0 step', 'w1 step', 'w2 step']);
    expect(second.handles!.slice(0, 2)).toEqual([
      { label: 'w0 step', kind: 'step', task: 1 },
      { label: 'w1 step', kind: 'step', task: 2 },
    ]);
    // All 26 ran in that one iteration: the next runs the call_later callback.
    expect(all[2]!.ready).toEqual(['print()']);
  });

  it('lists the earliest timers, ties in scheduling order, with what fires and for whom', () => {
    const t = all.find((x) => x.ready[0] === 'print()')!;
    expect(t.t).toBe(0.5);
    expect(t.timerCount).toBe(25);
    expect(t.timers).toHaveLength(20);
    // 25 sleeps of 3, 2, 1, 3, 2, 1, ...: the 1 s sleeps first (w2, w5, ...), then the 2 s ones.
    expect(t.timers.slice(0, 2)).toEqual([
      { when: 1, label: 'sleep 1 (w2)', kind: 'sleep', task: 3 },
      { when: 1, label: 'sleep 1 (w5)', kind: 'sleep', task: 6 },
    ]);
    const whens = t.timers.map((x) => x.when);
    expect(whens).toEqual([...whens].sort((a, b) => a - b));
    expect(t.timers.filter((x) => x.when === 1)).toHaveLength(8);
    const before = all[1]!;
    expect(before.timers[0]).toEqual({ when: 0.5, label: 'print()', kind: 'call' });
  });

  it('after a task finishes, only CPython’s callbacks are ready (no engine bookkeeping)', () => {
    const lastWave = all.filter((x) => x.t === 3);
    expect(lastWave.some((x) => x.ready.includes('gather._done_callback()'))).toBe(true);
    for (const x of all) expect(x.ready.every((l) => l !== 'done callback')).toBe(true);
  });

  it('a deadline timer names the task it will cancel', () => {
    const t = run(`
import asyncio

async def main():
    t = asyncio.create_task(asyncio.sleep(1))
    try:
        async with asyncio.timeout(2):
            await asyncio.sleep(5)
    except TimeoutError:
        print("late")

asyncio.run(main())
`);
    const first = ticks(t).find((x) => x.ready[0] === 'Task-2 step')!;
    expect(first.timers).toEqual([
      { when: 2, label: 'timeout (Task-1)', kind: 'timeout', task: 0 },
      { when: 5, label: 'sleep 5 (Task-1)', kind: 'sleep', task: 0 },
    ]);
  });
});

describe('resource events', () => {
  it('a Lock: who holds it and who waits, at each change', () => {
    const trace = run(`
import asyncio

async def use(lock, secs):
    async with lock:
        await asyncio.sleep(secs)

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(use(lock, 1), use(lock, 1), use(lock, 1))

asyncio.run(main())
`);
    const states = resources(trace, 'lock').map((e) => [e.t, e.holders, e.waiters]);
    expect(states).toEqual([
      [0, [1], []],
      [0, [1], [2]],
      [0, [1], [2, 3]],
      [1, [], [2, 3]],
      [1, [2], [3]],
      [2, [], [3]],
      [2, [3], []],
      [3, [], []],
    ]);
    expect(new Set(resources(trace, 'lock').map((e) => e.object)).size).toBe(1);
  });

  it('a Semaphore: one holder per acquire, its counter and initial value', () => {
    const trace = run(`
import asyncio

async def use(sem):
    async with sem:
        await asyncio.sleep(1)

async def main():
    sem = asyncio.BoundedSemaphore(2)
    await asyncio.gather(use(sem), use(sem), use(sem))

asyncio.run(main())
`);
    const evs = resources(trace, 'semaphore');
    expect(evs.map((e) => [e.holders, e.waiters, e.items])).toEqual([
      [[1], [], 1],
      [[1, 2], [], 0],
      [[1, 2], [3], 0],
      [[2], [3], 0],
      // Task-2 releases before Task-3 (already handed the first slot) runs: the counter goes up.
      [[], [3], 1],
      [[3], [], 1],
      [[], [], 2],
    ]);
    expect(evs.every((e) => e.capacity === 2)).toBe(true);
  });

  it('a Queue: items, capacity, getters/putters/joiners with their calls', () => {
    const trace = run(`
import asyncio

async def consumer(q):
    while True:
        await q.get()
        await asyncio.sleep(1)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=1)
    c = asyncio.create_task(consumer(q))
    await asyncio.sleep(0)
    await q.put(1)
    await q.put(2)
    await q.join()
    c.cancel()

asyncio.run(main())
`);
    const evs = resources(trace, 'queue');
    // Its initial state when made, then the consumer's get() waiting.
    expect(evs[0]).toMatchObject({ waiters: [], items: 0, capacity: 1, unfinished: 0 });
    expect(evs[1]).toMatchObject({ waiters: [1], ops: ['get'], items: 0 });
    expect(evs.some((e) => e.ops!.includes('put') && e.items === 1)).toBe(true);
    expect(evs.some((e) => e.waiters.length === 1 && e.waiters[0] === 0 && e.ops![0] === 'join')).toBe(true);
    expect(evs.at(-1)).toMatchObject({ items: 0, unfinished: 0 });
  });

  it('an Event and a Barrier', () => {
    const trace = run(`
import asyncio

async def party(b, ev):
    await b.wait()
    await ev.wait()

async def main():
    b = asyncio.Barrier(2)
    ev = asyncio.Event()
    t = asyncio.create_task(party(b, ev))
    await asyncio.sleep(1)
    await b.wait()
    await asyncio.sleep(1)
    ev.set()
    await t

asyncio.run(main())
`);
    const ev = resources(trace, 'event');
    expect(ev.map((e) => [e.t, e.waiters, e.set])).toEqual([
      [1, [1], false],
      [2, [1], true],
      [2, [], true],
    ]);
    const b = resources(trace, 'barrier');
    expect(b[0]).toMatchObject({ items: 1, capacity: 2, state: 'filling' });
    expect(b.some((e) => e.state === 'draining' && e.items === 2)).toBe(true);
    expect(b.at(-1)).toMatchObject({ items: 0, state: 'filling', waiters: [] });
    expect(resources(trace, 'condition')).toHaveLength(0);
    expect(resources(trace, 'lock').every((e) => e.label === 'barrier lock')).toBe(true);
  });

  it('stops after RESOURCE_EVENT_LIMIT events', () => {
    const trace = run(`
import asyncio

async def main():
    lock = asyncio.Lock()
    for i in range(${Math.ceil(RESOURCE_EVENT_LIMIT / 2) + 100}):
        async with lock:
            pass

asyncio.run(main())
`);
    expect(trace.events.filter((e) => e.type === 'resource')).toHaveLength(RESOURCE_EVENT_LIMIT);
  });
});

describe('deadlock outcome', () => {
  it('names the lock each task waits on and who holds it, so the cycle can be drawn', () => {
    const r = runProgram(
      `
import asyncio

async def worker(a, b):
    async with a:
        await asyncio.sleep(1)
        async with b:
            pass

async def main():
    l1, l2 = asyncio.Lock(), asyncio.Lock()
    await asyncio.gather(worker(l1, l2), worker(l2, l1))

asyncio.run(main())
`,
      { filename: 'prog.py' },
    );
    expect(r.exitCode).toBe(3);
    const o = r.trace.outcome;
    if (o.kind !== 'deadlock') throw new Error(o.kind);
    const [main, a, b] = o.waiting;
    expect(main).toMatchObject({ task: 0, kind: 'gather', holders: [1, 2] });
    expect(a).toMatchObject({ task: 1, on: 'lock', kind: 'lock', holders: [2] });
    expect(b).toMatchObject({ task: 2, on: 'lock', kind: 'lock', holders: [1] });
    expect(a!.object).not.toBe(b!.object);
  });

  it('a semaphore’s holders are known even when the run records no trace events', () => {
    const r = runProgram(
      `
import asyncio

async def main():
    sem = asyncio.Semaphore(1)
    async def hog():
        await sem.acquire()
        await asyncio.Event().wait()
    t = asyncio.create_task(hog())
    await asyncio.sleep(0)
    async with sem:
        pass

asyncio.run(main())
`,
      { filename: 'prog.py', trace: false },
    );
    const o = r.trace.outcome;
    if (o.kind !== 'deadlock') throw new Error(o.kind);
    expect(o.waiting[0]).toMatchObject({ task: 0, kind: 'semaphore', holders: [1] });
  });

  it('an event nobody sets has no holders', () => {
    const r = runProgram(
      `
import asyncio

async def main():
    await asyncio.Event().wait()

asyncio.run(main())
`,
      { filename: 'prog.py' },
    );
    const o = r.trace.outcome;
    if (o.kind !== 'deadlock') throw new Error(o.kind);
    expect(o.waiting[0]).toMatchObject({ kind: 'event' });
    expect(o.waiting[0]!.holders).toBeUndefined();
    expect(o.waiting[0]!.object).toBeTypeOf('number');
  });
});
