/** Playback by event: stops, stepping, seeking by time, and playback that stays on each event. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/python/run.ts';
import { advanceByEvents, atEnd, dwellMs, eventAtTime, nextStop, playbackStops, prevStop } from '../../src/store/playback-events.ts';
import { eventLine } from '../../src/trace/views/describe-event.ts';

const SEED1 = readFileSync(new URL('../../src/examples/seed1.py', import.meta.url), 'utf8');
const trace = runProgram(SEED1, { filename: 'seed1.py' }).trace;

describe('playback stops', () => {
  it('are every event a reader can see, never loop ticks or empty writes', () => {
    const stops = [...playbackStops(trace)].map((i) => trace.events[i]!);
    expect(stops.length).toBeGreaterThan(10);
    expect(stops.some((e) => e.type === 'tick')).toBe(false);
    expect(stops.some((e) => e.type === 'print' && e.text === '')).toBe(false);
    expect(new Set(stops.map((e) => e.type))).toEqual(new Set(['create', 'step', 'print', 'suspend', 'wake', 'done']));
  });

  it('step one event at a time: through seed1 the current line goes 9 (print) then 10 (the sleep)', () => {
    const lines: (number | null)[] = [];
    const types: string[] = [];
    for (let i: number | null = nextStop(trace, -1); i !== null; i = nextStop(trace, i)) {
      lines.push(eventLine(trace, i));
      types.push(trace.events[i]!.type);
    }
    const firstPrint = types.indexOf('print');
    expect(lines.slice(firstPrint, firstPrint + 2)).toEqual([9, 10]);
    expect(types.slice(firstPrint - 1, firstPrint + 2)).toEqual(['step', 'print', 'suspend']);
  });

  it('previous goes back one stop, and to -1 before the first', () => {
    const first = nextStop(trace, -1)!;
    const second = nextStop(trace, first)!;
    expect(prevStop(trace, second)).toBe(first);
    expect(prevStop(trace, first)).toBe(-1);
    expect(nextStop(trace, trace.events.length - 1)).toBeNull();
  });

  it('a time maps to the last event of that moment', () => {
    const at0 = eventAtTime(trace, 0);
    expect(trace.events[at0]!.t).toBe(0);
    expect(trace.events[nextStop(trace, at0)!]!.t).toBe(2);
    expect(trace.events[eventAtTime(trace, 2.5)]!.t).toBe(2);
    expect(eventAtTime(trace, -1)).toBe(-1);
  });
});

describe('playing by events', () => {
  it('stays on each event of one moment before moving on, then moves time at the speed', () => {
    const dwell = dwellMs(trace, 1);
    expect(dwell).toBeGreaterThan(0);
    let pos = { t: 0, event: -1, hold: 0 };
    pos = advanceByEvents(trace, pos, dwell / 2, 1);
    const first = nextStop(trace, -1)!;
    expect(pos).toMatchObject({ t: 0, event: first });
    pos = advanceByEvents(trace, pos, dwell, 1);
    expect(pos.event).toBe(nextStop(trace, first));
    // Long enough for every event of t = 0 and a second of time after them.
    const zeroStops = [...playbackStops(trace)].filter((i) => trace.events[i]!.t === 0).length;
    pos = advanceByEvents(trace, { t: 0, event: -1, hold: 0 }, zeroStops * dwell + 1000, 1);
    expect(pos.t).toBeCloseTo(1);
    expect(pos.event).toBe(eventAtTime(trace, 0));
    expect(atEnd(trace, pos)).toBe(false);
  });

  it('faster speeds stay shorter, and playback ends at the end with the last event shown', () => {
    expect(dwellMs(trace, 10)).toBeCloseTo(dwellMs(trace, 1) / 10);
    const pos = advanceByEvents(trace, { t: 0, event: -1, hold: 0 }, 60_000, 1);
    expect(pos.t).toBe(trace.end);
    expect(pos.event).toBe(eventAtTime(trace, trace.end));
    expect(atEnd(trace, pos)).toBe(true);
    expect(advanceByEvents(trace, { t: 0, event: -1, hold: 0 }, 0, 'instant')).toMatchObject({ t: trace.end, event: pos.event });
  });

  it('a run with many events plays its dwells in bounded total time', () => {
    const many = runProgram('import asyncio\nasync def main():\n    for i in range(2000):\n        await asyncio.sleep(0)\nasyncio.run(main())\n', { filename: 'p.py' }).trace;
    expect(dwellMs(many, 1) * playbackStops(many).length).toBeLessThanOrEqual(6000 + 1e-6);
  });
});
