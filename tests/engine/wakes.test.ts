// Who woke whom, per primitive: each program in ./wakes/ runs on the engine, and its wakes must
// match CPython's (./wakes/NAME.wakes.json, written by ./wakes/regen.sh from the oracle): the
// same tasks woken in the same order at the same times, by the task that was current or, for a
// callback, the task whose completion it reacted to; and each loop iteration's ready queue must
// hold the same handles in the same order. The cause kinds are then checked by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/python/run.ts';
import type { TickHandle, Trace, TraceEvent } from '../../src/trace/format.ts';

const dir = join(__dirname, 'wakes');

interface OracleWake {
  t: number;
  task: string;
  current: string | null;
  callback?: string;
  finished?: string;
}

interface Wake {
  t: number;
  task: string;
  by: string | null;
  cause: string | undefined;
  child: string | null;
  object: number | undefined;
  index: number;
}

function names(trace: Trace): Map<number, string> {
  const out = new Map<number, string>();
  for (const e of trace.events) if (e.type === 'create' || e.type === 'rename') out.set(e.task, e.name);
  return out;
}

function runCase(name: string): { trace: Trace; wakes: Wake[]; stdout: string } {
  const source = readFileSync(join(dir, `${name}.py`), 'utf8');
  const r = runProgram(source, { filename: `${name}.py`, seed: 1 });
  const n = names(r.trace);
  const nameOf = (id: number | null | undefined): string | null => (id === null || id === undefined ? null : n.get(id) ?? `?${id}`);
  const wakes: Wake[] = [];
  r.trace.events.forEach((e, index) => {
    if (e.type !== 'wake') return;
    wakes.push({ t: e.t, task: nameOf(e.task)!, by: nameOf(e.by), cause: e.cause, child: nameOf(e.child), object: e.object, index });
  });
  return { trace: r.trace, wakes, stdout: r.stdout };
}

interface OracleTick {
  t: number;
  ready: [string, string | null][];
  /** [when, kind, task name or null], in firing order. */
  timers: [number, string, string | null][];
}

interface OracleRecord {
  wakes: OracleWake[];
  /** Each iteration's ready queue as it starts running, as [kind, task name or null], and its pending timers. */
  ticks: OracleTick[];
}

function oracle(name: string): OracleRecord {
  return JSON.parse(readFileSync(join(dir, `${name}.wakes.json`), 'utf8')) as OracleRecord;
}

/** Our ticks as the oracle writes them: iterations that run something, each handle as [kind, task name], each timer as [when, kind, task name]. */
function ourTicks(trace: Trace): OracleTick[] {
  const n = new Map<number, string>();
  const out: OracleTick[] = [];
  for (const e of trace.events) {
    if (e.type === 'create' || e.type === 'rename') n.set(e.task, e.name);
    if (e.type !== 'tick' || e.readyCount === 0) continue;
    // asyncio.run's shutdown tasks are not traced (no id): their label still names them.
    const taskName = (h: TickHandle): string | null =>
      h.kind === 'callback' ? null : h.task === undefined ? h.label.replace(/ (step|wakeup)$/, '') : n.get(h.task)!;
    out.push({
      t: e.t,
      ready: e.handles!.map((h) => [h.kind, taskName(h)]),
      timers: e.timers.map((x) => [x.when, x.kind!, x.task === undefined ? null : n.get(x.task)!]),
    });
  }
  return out;
}

const CASES = ['task_done', 'future', 'event', 'lock', 'condition', 'semaphore', 'queue_put_get', 'barrier', 'gather', 'taskgroup', 'cancel', 'cancel_gather', 'timeouts'];

describe('wakes match CPython', () => {
  for (const name of CASES) {
    it(name, () => {
      const run = runCase(name);
      const ours = run.wakes.map((w) => ({ t: w.t, task: w.task, by: w.by }));
      const theirs = oracle(name).wakes.map((w) => ({ t: w.t, task: w.task, by: w.current ?? w.finished ?? null }));
      expect(ours).toEqual(theirs);
    });
    it(`${name}: each iteration's ready queue and timers`, () => {
      expect(ourTicks(runCase(name).trace)).toEqual(oracle(name).ticks);
    });
  }
});

/** The one wake of `task` at time `t` (fails when there is none or several). */
function wakeOf(wakes: Wake[], task: string, t: number): Wake {
  const found = wakes.filter((w) => w.task === task && w.t === t);
  expect(found, `${task} at ${t}`).toHaveLength(1);
  return found[0]!;
}

function suspendObject(trace: Trace, task: number, before: number): number | undefined {
  for (let i = before; i >= 0; i--) {
    const e: TraceEvent = trace.events[i]!;
    if (e.type === 'suspend' && e.task === task) return 'object' in e.on ? e.on.object : undefined;
  }
  return undefined;
}

describe('wake causes', () => {
  it('a finished task wakes its awaiter, its done event first', () => {
    const { trace, wakes } = runCase('task_done');
    const w = wakeOf(wakes, 'Task-1', 1);
    expect(w).toMatchObject({ by: 'Task-2', cause: 'task-done', child: 'Task-2' });
    const prev = trace.events[w.index - 1]!;
    expect(prev).toMatchObject({ type: 'done', task: 1, state: 'result' });
    expect(wakeOf(wakes, 'Task-2', 1)).toMatchObject({ by: null, cause: 'timer' });
  });

  it('set_result / set_exception name the task that called them; a call_later callback, nobody', () => {
    const { wakes } = runCase('future');
    const set = wakeOf(wakes, 'Task-1', 1);
    const failed = wakeOf(wakes, 'Task-1', 2);
    expect(set).toMatchObject({ by: 'Task-2', cause: 'future' });
    expect(failed).toMatchObject({ by: 'Task-3', cause: 'future' });
    expect(set.object).not.toBe(failed.object);
    const byTimer = wakes.filter((w) => w.task === 'Task-1' && w.t === 3);
    expect(byTimer[0]).toMatchObject({ by: null, cause: 'future' });
  });

  it('Event.set wakes every waiter, in order, by the setter', () => {
    const { trace, wakes } = runCase('event');
    const a = wakeOf(wakes, 'Task-2', 1);
    const b = wakeOf(wakes, 'Task-3', 1);
    expect([a, b].map((w) => [w.by, w.cause])).toEqual([
      ['Task-1', 'event'],
      ['Task-1', 'event'],
    ]);
    expect(a.object).toBe(suspendObject(trace, 1, a.index));
    expect(wakes.filter((w) => w.task === 'Task-1').map((w) => [w.cause, w.by, w.child])).toEqual([
      ['timer', null, null],
      ['gather', 'Task-3', 'Task-3'],
    ]);
  });

  it('Lock.release wakes the next acquirer, by the releaser', () => {
    const { trace, wakes } = runCase('lock');
    const b = wakeOf(wakes, 'Task-3', 1);
    expect(b).toMatchObject({ by: 'Task-2', cause: 'lock' });
    expect(b.object).toBe(suspendObject(trace, 2, b.index));
    expect(wakes.filter((w) => w.cause === 'lock').map((w) => [w.task, w.by])).toEqual([
      ['Task-3', 'Task-2'],
      ['Task-4', 'Task-3'],
    ]);
  });

  it('Condition.notify and notify_all wake by the notifier', () => {
    const { wakes } = runCase('condition');
    expect(wakes.filter((w) => w.cause === 'condition').map((w) => [w.t, w.task, w.by])).toEqual([
      [1, 'Task-2', 'Task-1'],
      [2, 'Task-3', 'Task-1'],
    ]);
  });

  it('Semaphore.release hands a slot on, by the releaser', () => {
    const { wakes } = runCase('semaphore');
    expect(wakes.filter((w) => w.cause === 'semaphore').map((w) => [w.t, w.task, w.by])).toEqual([
      [1, 'Task-4', 'Task-2'],
      [2, 'Task-5', 'Task-3'],
    ]);
  });

  it('Queue put wakes a getter, get wakes a putter, the last task_done wakes join', () => {
    const { trace, wakes } = runCase('queue_put_get');
    const q = wakes.filter((w) => w.cause === 'queue');
    expect(q.map((w) => [w.t, w.task, w.by])).toEqual([
      [0, 'Task-2', 'Task-3'],
      [0, 'Task-3', 'Task-2'],
      [1, 'Task-3', 'Task-2'],
      [3, 'Task-1', 'Task-2'],
    ]);
    expect(new Set(q.map((w) => w.object)).size).toBe(1);
    expect(wakeOf(wakes, 'Task-1', 1)).toMatchObject({ by: 'Task-3', cause: 'task-done' });
    // The consumer's cancel() by main, while it waits in get().
    const cancel = wakes.find((w) => w.cause === 'cancel');
    expect(cancel).toMatchObject({ task: 'Task-2', by: 'Task-1' });
    expect(trace.events.some((e) => e.type === 'cancel' && e.task === 1 && e.by === 0 && e.cause === 'cancel')).toBe(true);
  });

  it('a Barrier releases its waiters by the last to arrive', () => {
    const { wakes } = runCase('barrier');
    expect(wakes.filter((w) => w.cause === 'barrier').map((w) => [w.t, w.task, w.by])).toEqual([
      [3, 'Task-2', 'Task-4'],
      [3, 'Task-3', 'Task-4'],
    ]);
  });

  it('gather wakes its awaiter naming the child that completed it', () => {
    const { wakes } = runCase('gather');
    expect(wakeOf(wakes, 'Task-1', 2)).toMatchObject({ cause: 'gather', by: 'Task-2', child: 'Task-2' });
    expect(wakeOf(wakes, 'Task-1', 3)).toMatchObject({ cause: 'gather', by: 'Task-5', child: 'Task-5' });
  });

  it('a TaskGroup wakes its parent naming the last child; a failing child cancels the rest for the group', () => {
    const { trace, wakes } = runCase('taskgroup');
    expect(wakeOf(wakes, 'Task-1', 2)).toMatchObject({ cause: 'taskgroup', by: 'Task-3', child: 'Task-3' });
    const at3 = wakes.filter((w) => w.t === 3 && w.cause === 'taskgroup');
    expect(at3.map((w) => [w.task, w.child])).toEqual([
      ['Task-4', 'Task-5'],
      ['Task-1', 'Task-5'],
      ['Task-1', 'Task-4'],
    ]);
    const cancels = trace.events.filter((e) => e.type === 'cancel');
    expect(cancels.map((e) => e.type === 'cancel' && [e.task, e.by, e.cause])).toEqual([
      [3, 4, 'taskgroup'],
      [0, 4, 'taskgroup'],
    ]);
  });

  it('cancel() names the task that called it', () => {
    const { wakes } = runCase('cancel');
    expect(wakeOf(wakes, 'Task-2', 1)).toMatchObject({ by: 'Task-1', cause: 'cancel' });
    const done = wakes.filter((w) => w.task === 'Task-1' && w.t === 1 && w.by === 'Task-2');
    expect(done[0]).toMatchObject({ cause: 'task-done' });
  });

  it('cancelling a gather cancels its children for it; asyncio.run cancels leftovers as the loop', () => {
    const { trace, wakes } = runCase('cancel_gather');
    const cancels = trace.events.filter((e) => e.type === 'cancel');
    expect(cancels.map((e) => e.type === 'cancel' && [e.task, e.by, e.cause])).toEqual([
      [1, 0, 'gather'],
      [2, 0, 'gather'],
      [3, null, 'loop'],
    ]);
    expect(wakeOf(wakes, 'Task-2', 1)).toMatchObject({ by: 'Task-1', cause: 'cancel' });
    expect(wakeOf(wakes, 'Task-4', 1)).toMatchObject({ by: null, cause: 'loop' });
  });

  it('deadlines: wait_for, asyncio.timeout and wait(timeout=) say timeout', () => {
    const { trace, wakes } = runCase('timeouts');
    expect(wakes.filter((w) => w.cause === 'timeout').map((w) => [w.t, w.task, w.by])).toEqual([
      [1, 'Task-1', null],
      [2, 'Task-1', null],
      [3, 'Task-1', null],
    ]);
    expect(wakes.filter((w) => w.cause === 'wait_for').map((w) => [w.t, w.task, w.child])).toEqual([
      [1, 'Task-1', 'Task-2'],
      [7, 'Task-1', 'Task-3'],
    ]);
    const timeoutCancel = trace.events.find((e) => e.type === 'cancel' && e.cause === 'timeout');
    expect(timeoutCancel).toMatchObject({ task: 0, by: null, t: 2 });
  });
});
