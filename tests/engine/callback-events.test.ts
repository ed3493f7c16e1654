// The trace's `callback` events: each callback handle the loop runs, named as a tick names it,
// on the task that scheduled it; a task's steps and sleeps' timers are not callbacks here.
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/python/run.ts';
import { traceProblems } from '../recorder/trace-shape.ts';
import { validateTrace } from '../../src/import/validate-trace.ts';
import type { Trace, TraceEvent } from '../../src/trace/format.ts';
import { buildTraceView } from '../../src/trace/views/spans.ts';

type CallbackEvent = Extract<TraceEvent, { type: 'callback' }>;

const trace: Trace = runProgram(
  `
import asyncio

def report(x):
    print("report", x)

async def child(n):
    await asyncio.sleep(n)
    return n

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(report, 1)
    loop.call_later(0.5, report, 2)
    await asyncio.gather(child(1), child(2))

asyncio.run(main())
`,
  { filename: 'prog.py' },
).trace;

const callbacks = trace.events.filter((e): e is CallbackEvent => e.type === 'callback');

describe('callback events', () => {
  it('record call_soon, call_later and done callbacks in the order the loop ran them', () => {
    expect(callbacks.map((c) => [c.t, c.task, c.label])).toEqual([
      [0, 0, 'report() at prog.py:4'],
      [0.5, 0, 'report() at prog.py:4'],
      [1, 1, 'gather._done_callback()'],
      [2, 2, 'gather._done_callback()'],
    ]);
    // asyncio.run's stop callback is listed in the tick but gets no event of its own.
    expect(trace.events.some((e) => e.type === 'tick' && e.ready.includes('_run_until_complete_cb()'))).toBe(true);
  });

  it('come just before what the callback does: its print follows it', () => {
    const i = trace.events.indexOf(callbacks[0]!);
    expect(trace.events[i + 1]).toMatchObject({ type: 'print', text: 'report 1\n' });
  });

  it('own their prints as they are owned: a callback print lands on the scheduling task’s row', () => {
    const prints = trace.events.filter((e) => e.type === 'print');
    expect(prints.map((p) => [p.t, p.task])).toEqual([
      [0, 0],
      [0.5, 0],
    ]);
    const main = buildTraceView(trace).rows.find((r) => r.id === 0)!;
    expect(main.marks.filter((m) => m.kind === 'print').map((m) => m.t)).toEqual([0, 0.5]);
  });

  it('a gather child’s done callback follows that child’s done event, one loop iteration later', () => {
    const i = trace.events.indexOf(callbacks[2]!);
    expect(trace.events.slice(i - 2, i).map((e) => e.type)).toEqual(['done', 'tick']);
    expect(trace.events[i - 2]).toMatchObject({ task: 1 });
  });

  it('fit the trace format, as the importer and the shape check read it', () => {
    expect(traceProblems(JSON.parse(JSON.stringify(trace)))).toEqual([]);
    const read = validateTrace(JSON.parse(JSON.stringify(trace)));
    expect(read.events.filter((e) => e.type === 'callback')).toHaveLength(callbacks.length);
  });
});
