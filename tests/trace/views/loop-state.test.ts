/** The loop at an event index: over real runs, and over traces with the newer optional fields. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/python/run.ts';
import { TRACE_VERSION, type Trace, type TraceEvent } from '../../../src/trace/format.ts';
import { loopStateAt } from '../../../src/trace/views/loop-state.ts';

const SEED1 = readFileSync(new URL('../../../src/examples/seed1.py', import.meta.url), 'utf8');
const seed1 = runProgram(SEED1, { filename: 'seed1.py' }).trace;
const indexOf = (trace: Trace, match: (e: TraceEvent) => boolean) => trace.events.findIndex(match);

describe('loopStateAt over seed1', () => {
  it('after main awaits Task-2 at t = 0, the ready queue holds Task-2 then Task-3, nothing runs', () => {
    const i = indexOf(seed1, (e) => e.type === 'suspend' && e.task === 0);
    const s = loopStateAt(seed1, i);
    expect(s.t).toBe(0);
    expect(s.current).toBeNull();
    expect(s.ready.map((r) => [r.kind, r.task])).toEqual([['step', 1], ['step', 2]]);
    expect(s.ready.map((r) => r.label)).toEqual(['Task-2 step', 'Task-3 step']);
    expect(s.tasks.map((x) => [x.name, x.phase, x.waitLabel])).toEqual([
      ['Task-1', 'waiting', 'waits for Task-2'],
      ['Task-2', 'pending', undefined],
      ['Task-3', 'pending', undefined],
    ]);
  });

  it('while Task-2 runs its first step, Task-3 is next; after both sleep the timers are in deadline order', () => {
    const step = indexOf(seed1, (e) => e.type === 'step' && e.task === 1);
    expect(loopStateAt(seed1, step)).toMatchObject({ current: 1, ready: [{ label: 'Task-3 step' }] });
    const bothAsleep = indexOf(seed1, (e) => e.type === 'suspend' && e.task === 2);
    const s = loopStateAt(seed1, bothAsleep);
    expect(s.ready).toEqual([]);
    expect(s.timers.map((x) => [x.when, x.task])).toEqual([[2, 2], [3, 1]]);
    expect(s.tasks.map((x) => x.waitLabel)).toEqual(['waits for Task-2', 'sleep 3', 'sleep 2']);
  });

  it('when the 2 s timer fires, Task-3 is ready with its wakeup queued; at the end every task is done', () => {
    const wake = indexOf(seed1, (e) => e.type === 'wake' && e.task === 2);
    const s = loopStateAt(seed1, wake);
    expect(s.t).toBe(2);
    expect(s.tasks[2]?.phase).toBe('ready');
    expect(s.ready.at(-1)).toMatchObject({ kind: 'wakeup', task: 2 });
    expect(s.timers).toHaveLength(1);
    const end = loopStateAt(seed1, seed1.events.length - 1);
    expect(end.tasks.map((x) => [x.phase, x.outcome?.state])).toEqual([['done', 'result'], ['done', 'result'], ['done', 'result']]);
  });

  it('before the first event the loop is empty', () => {
    expect(loopStateAt(seed1, -1)).toMatchObject({ index: -1, current: null, ready: [], tasks: [] });
  });
});

describe('primitives', () => {
  const LOCKS = [
    'import asyncio',
    'async def worker(lock):',
    '    async with lock:',
    '        await asyncio.sleep(1)',
    'async def main():',
    '    lock = asyncio.Lock()',
    '    await asyncio.gather(worker(lock), worker(lock), worker(lock))',
    'asyncio.run(main())',
    '',
  ].join('\n');

  it('without resource events, lists each primitive tasks waited on, with who waits now', () => {
    const full = runProgram(LOCKS, { filename: 'p.py' }).trace;
    const trace: Trace = { ...full, events: full.events.filter((e) => (e as { type: string }).type !== 'resource') };
    const lockWaits = trace.events.flatMap((e, i) => (e.type === 'suspend' && e.on.kind === 'lock' && e.t === 0 ? [i] : []));
    const s = loopStateAt(trace, lockWaits.at(-1)!);
    expect(s.resources).toHaveLength(1);
    expect(s.resources[0]).toMatchObject({ kind: 'lock', holders: null, waiterCount: 2 });
    expect(s.resources[0]?.waiters.map((w) => w.task)).toEqual([2, 3]);
    const last = loopStateAt(trace, trace.events.length - 1);
    expect(last.resources[0]?.waiterCount).toBe(0);
  });

  it('reads resource snapshots, tick handles and timer tasks where the trace has them', () => {
    const events = [
      { type: 'create', t: 0, task: 0, name: 'main', parent: null },
      { type: 'create', t: 0, task: 1, name: 'getter', parent: 0 },
      { type: 'tick', t: 0, ready: ['main step', 'getter step'], readyCount: 2, timers: [{ when: 5, label: 'report() at p.py:3', kind: 'call' }], timerCount: 1, handles: [{ label: 'main step', kind: 'step', task: 0 }, { label: 'getter step', kind: 'step', task: 1 }] },
      { type: 'resource', t: 0, object: 7, kind: 'queue', label: 'q', holders: [], holderCount: 0, waiters: [1], waiterCount: 1, ops: ['get'], items: 0, capacity: 2 },
      { type: 'resource', t: 0, object: 8, kind: 'lock', label: 'lock', holders: [0], holderCount: 1, waiters: [], waiterCount: 0 },
    ] as unknown as TraceEvent[];
    const trace: Trace = { version: TRACE_VERSION, end: 0, events, outcome: { kind: 'ok' }, exitCode: 0, stdout: '', stderr: '' };
    const s = loopStateAt(trace, events.length - 1);
    expect(s.fromTick).toBe(2);
    expect(s.ready.map((r) => r.task)).toEqual([0, 1]);
    expect(s.timers).toEqual([{ when: 5, label: 'report() at p.py:3', kind: 'call' }]);
    expect(s.resources).toEqual([
      { object: 7, kind: 'queue', label: 'q', holders: [], waiters: [{ task: 1, op: 'get' }], waiterCount: 1, items: 0, capacity: 2 },
      { object: 8, kind: 'lock', label: 'lock', holders: [0], waiters: [], waiterCount: 0 },
    ]);
  });
});
