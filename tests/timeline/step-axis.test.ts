import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/python/run.ts';
import { buildStepAxis, instantLabel, stepTimedTrace, GAP_UNITS, SLOT_UNITS } from '../../src/timeline/layout/step-axis.ts';
import { layoutTrace } from '../../src/timeline/layout/layout-trace.ts';
import { SPAN_CODE } from '../../src/timeline/layout/kinds.ts';

const seed1 = readFileSync('/work/shared/conformance/seed1.py', 'utf8');
const trace = runProgram(seed1, { filename: 'main.py', seed: 1 }).trace;
const axis = buildStepAxis(trace);

/** Task ids by name, from the create events. */
const idOf = (name: string) => {
  const e = trace.events.find((x) => x.type === 'create' && x.name === name);
  if (!e || e.type !== 'create') throw new Error(`no task ${name}`);
  return e.task;
};
const firstStepSlot = (name: string) => axis.slots.findIndex((s) => s.kind === 'step' && s.task === idOf(name));

describe('buildStepAxis on seed1', () => {
  it("puts main's first step in a slot before Task-2's and Task-3's, all at t = 0", () => {
    const [main, t2, t3] = ['Task-1', 'Task-2', 'Task-3'].map(firstStepSlot);
    for (const s of [main, t2, t3]) expect(axis.slots[s].t).toBe(0);
    expect(main).toBeLessThan(t2);
    expect(main).toBeLessThan(t3);
    expect(axis.slotCenter(main)).toBeLessThan(axis.slotCenter(t2));
    expect(axis.slotCenter(t2)).toBeLessThan(axis.slotCenter(t3));
  });

  it('gives each instant one slot width per step and a fixed gap between instants', () => {
    const times = axis.instants.map((i) => i.t);
    expect(times).toEqual([0, 2, 3]);
    const steps = axis.instants.reduce((n, i) => n + i.steps, 0);
    expect(steps).toBe(axis.slots.length);
    for (const i of axis.instants) expect(i.u1 - i.u0).toBe(i.steps * SLOT_UNITS);
    for (let k = 1; k < axis.instants.length; k++) expect(axis.instants[k].u0 - axis.instants[k - 1].u1).toBe(GAP_UNITS);
    expect(instantLabel(axis.instants[0])).toBe(`t = 0.00 s · ${axis.instants[0].steps} steps`);
  });

  it('maps time monotonically, compressing the sleeps into gaps', () => {
    let prev = -Infinity;
    for (let t = 0; t <= trace.end; t += 0.125) {
      const u = axis.toUnits(t);
      expect(u).toBeGreaterThanOrEqual(prev);
      prev = u;
    }
    const [, at2] = axis.instants;
    expect(axis.toUnits(2)).toBe(at2.u0);
    expect(axis.toUnits(1)).toBeGreaterThan(axis.instants[0].u1);
    expect(axis.toUnits(1)).toBeLessThan(at2.u0);
    for (const t of [0, 0.5, 1, 2, 2.75, 3]) expect(axis.fromUnits(axis.toUnits(t))).toBeCloseTo(t);
  });
});

describe('stepTimedTrace on seed1', () => {
  const timed = stepTimedTrace(trace, axis);

  it("draws main's first step bar left of Task-2's and Task-3's", () => {
    const rows = layoutTrace(timed).rows;
    const firstStart = (name: string) => rows.find((r) => r.name === name)!.starts[0];
    const firstRunning = (name: string) => {
      const r = rows.find((x) => x.name === name)!;
      const k = Array.from(r.kinds).indexOf(SPAN_CODE.running);
      return [r.starts[k], r.ends[k]];
    };
    const [m0, m1] = firstRunning('Task-1');
    expect(m1).toBeGreaterThan(m0); // a step has width now
    for (const n of ['Task-2', 'Task-3']) expect(firstRunning(n)[0]).toBeGreaterThanOrEqual(m1);
    expect(firstStart('Task-1')).toBeLessThan(firstStart('Task-2'));
  });

  it('keeps event times in order', () => {
    for (let i = 1; i < timed.events.length; i++) expect(timed.events[i].t).toBeGreaterThanOrEqual(timed.events[i - 1].t);
    expect(timed.end).toBe(axis.width);
  });
});

describe('callbacks on the steps axis', () => {
  const code = 'import asyncio\n\ndef report():\n    print("hi")\n\nasync def main():\n    asyncio.get_running_loop().call_soon(report)\n    await asyncio.sleep(1)\n\nasyncio.run(main())\n';
  const run = runProgram(code, { filename: 'main.py' }).trace;
  const a = buildStepAxis(run);

  it('gives each callback its own slot in loop order, between the steps around it', () => {
    const kinds = a.slots.map((s) => s.kind);
    expect(kinds).toEqual(['step', 'callback', 'print', 'step']);
  });

  it('finds the slot under a place on the axis and the slot of an event', () => {
    const cb = a.slots.findIndex((s) => s.kind === 'callback');
    expect(a.slotAt(a.slotCenter(cb))).toBe(cb);
    expect(a.slotOfEvent(a.slots[cb]!.event)).toBe(cb);
    expect(a.slotOfEvent(a.slots[cb]!.event - 1)).toBe(null); // the tick before it
    expect(a.slotAt(a.instants[0]!.u1 + GAP_UNITS / 2)).toBe(null);
  });
});
