/** The steps view's mapping: playhead at its event's slot, times in words, flags at their slots, instant ticks. */
import { readFileSync } from 'node:fs';
import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/python/run.ts';
import { buildStepAxis, stepTimedTrace } from '../../../src/timeline/layout/step-axis.ts';
import { playheadUnits, stepFlags, stepWords } from '../../../src/ui/timeline/step-view.ts';
import { cutLabel, instantTicks } from '../../../src/ui/timeline/frame.ts';
import { mistakeFlags } from '../../../src/trace/views/flags.ts';
import { buildTaskRows } from '../../../src/trace/views/spans.ts';
import { spanLines } from '../../../src/ui/timeline/tooltip-text.ts';

const seed1 = readFileSync(new URL('../../../../shared/conformance/seed1.py', import.meta.url), 'utf8');
const trace = runProgram(seed1, { filename: 'main.py', seed: 1 }).trace;
const axis = buildStepAxis(trace);
const last = trace.events.length - 1;

describe('playheadUnits', () => {
  it("stands at the middle of the current event's slot, not at the start of its instant", () => {
    const secondStep = axis.slots.filter((s) => s.kind === 'step')[1]!;
    const slot = axis.slots.indexOf(secondStep);
    expect(playheadUnits(trace, { t: 0, event: secondStep.event })).toBe(axis.slotCenter(slot));
    expect(playheadUnits(trace, { t: 0, event: secondStep.event })).toBeGreaterThan(axis.toUnits(0));
  });

  it("at the run's end stands at the last slot", () => {
    const lastSlot = axis.slotOfEvent(axis.slots[axis.slots.length - 1]!.event)!;
    expect(playheadUnits(trace, { t: trace.end, event: last })).toBeGreaterThanOrEqual(axis.slotCenter(lastSlot));
  });

  it('moves into the gap once playback carries time past the event', () => {
    const firstInstantEnd = axis.instants[0]!.u1;
    const lastAtZero = axis.slots[axis.instants[0]!.steps - 1]!.event;
    expect(playheadUnits(trace, { t: 1, event: lastAtZero })).toBeGreaterThan(firstInstantEnd);
    expect(playheadUnits(trace, { t: 1, event: lastAtZero })).toBeLessThan(axis.instants[1]!.u0);
  });
});

describe('stepWords', () => {
  const w = stepWords(trace);
  it('says a slot as its instant and its number, a gap as its time', () => {
    expect(w.text(axis.slotCenter(6))).toBe(`t = ${axis.slots[6]!.t.toFixed(2)} s, step 7`);
    expect(w.text((axis.instants[0]!.u1 + axis.instants[1]!.u0) / 2)).toMatch(/^t = 1\.\d\d s$/);
    expect(w.seconds(axis.instants[1]!.u0)).toBe(2);
    expect(w.steps).toBe(true);
  });

  it("ends a bar in its own last slot, not the next one's", () => {
    const end = axis.slotCenter(2) + 0.5;
    expect(w.text(end, true)).toContain('step 3');
    expect(w.text(end)).toContain('step 4');
  });
});

describe('stepTimedTrace', () => {
  it("moves a sleep's end onto the axis, so the sleep bar reaches its wake", () => {
    const retimed = stepTimedTrace(trace, axis);
    const sleeps = retimed.events.filter((e) => e.type === 'suspend' && e.on.kind === 'sleep');
    expect(sleeps.length).toBeGreaterThan(0);
    for (const e of sleeps) if (e.type === 'suspend' && e.on.kind === 'sleep') expect([axis.toUnits(2), axis.toUnits(3)]).toContain(e.on.until);
  });
});

describe('stepFlags', () => {
  it("puts a flag at its event's slot", () => {
    const code = 'import asyncio\n\nasync def main():\n    await asyncio.sleep(0)\n    asyncio.sleep(1)\n\nasyncio.run(main())\n';
    const run = runProgram(code, { filename: 'main.py' }).trace;
    const flags = mistakeFlags(run, code);
    expect(flags.length).toBeGreaterThan(0);
    const moved = stepFlags(run, flags);
    const a = buildStepAxis(run);
    const f = flags[0]!;
    const slot = f.eventIndex !== undefined ? a.slotOfEvent(f.eventIndex) : null;
    if (slot !== null) expect(moved[0]!.t).toBe(a.slotCenter(slot));
    else expect(moved[0]!.t).toBeGreaterThan(a.toUnits(f.t) - 1e-9);
    expect(moved).not.toBe(flags);
    expect(stepFlags(run, flags)).toBe(moved);
  });
});

describe('instantTicks', () => {
  it('keeps every instant, cutting a label to the room before the next tick', () => {
    const ticks = { values: [0, 1, 10], labels: ['t = 0.00 s · 4 steps', 't = 0.50 s · 1 step', 't = 1.00 s · 2 steps'] };
    const shown = instantTicks(ticks, scaleLinear().domain([0, 12]).range([0, 800]));
    expect(shown.map((s) => s.full)).toEqual(ticks.labels);
    expect(shown[0]!.text).toMatch(/^t = 0.*…$/);
    expect(shown[1]!.text.endsWith('…')).toBe(false);
    expect(shown[2]!.text).toBe(ticks.labels[2]);
  });

  it('cuts with an ellipsis, or leaves only … when nothing fits', () => {
    expect(cutLabel('t = 0.00 s · 4 steps', 1000)).toBe('t = 0.00 s · 4 steps');
    expect(cutLabel('t = 0.00 s · 4 steps', 40)).toMatch(/^t = 0.*…$/);
    expect(cutLabel('t = 0.00 s · 4 steps', 5)).toBe('…');
  });
});

describe('tooltips in steps mode', () => {
  it('say a step in seconds and steps, with no clock moved, and a sleep as not draggable here', () => {
    const retimed = stepTimedTrace(trace, axis);
    const w = stepWords(trace);
    const spans = buildTaskRows(retimed).flatMap((r) => r.spans);
    const running = spans.find((s) => s.kind === 'running')!;
    const lines = spanLines(running, w);
    expect(lines[0]).toMatch(/^(runs at t = 0\.00 s, step \d+|runs t = 0\.00 s, step \d+ → t = 0\.00 s, step \d+)$/);
    expect(lines[1]).toBe('a step takes no virtual time');
    const sleep = spans.find((s) => s.kind === 'sleeping')!;
    expect(spanLines(sleep, w).join(' ')).toContain('switch to Time to drag the delay');
    expect(spanLines(sleep, w)[0]).not.toContain('woken early');
  });
});
