/** The Chrome Trace Event export: golden file, the format's structural rules, and what it says about a run. */
import { describe, expect, it } from 'vitest';
import { chromeTrace, type ChromeEvent } from '../../src/export/chrome-trace.ts';
import { runProgram } from '../../src/python/run.ts';
import { loadTrace, FIXTURE_NAMES } from '../fixtures/load-trace.ts';
import { chromeTraceProblems } from './chrome-trace-rules.ts';
import { golden } from './golden.ts';

const LOCK_PROGRAM = `import asyncio
import time

async def holder(lock, ev):
    async with lock:
        ev.set()
        time.sleep(0.5)
        await asyncio.sleep(1)

async def waiter(lock, ev):
    await ev.wait()
    async with lock:
        print("got it")

async def main():
    lock = asyncio.Lock()
    ev = asyncio.Event()
    await asyncio.gather(holder(lock, ev), waiter(lock, ev))

asyncio.run(main())
`;

const of = <P extends ChromeEvent['ph']>(events: readonly ChromeEvent[], ph: P) => events.filter((e): e is Extract<ChromeEvent, { ph: P }> => e.ph === ph);

describe('Chrome trace export', () => {
  it('matches the golden file', () => {
    golden('seed1.chrome-trace.json', `${JSON.stringify(chromeTrace(loadTrace('seed1'), 'seed1'), null, 1)}\n`);
  });

  for (const name of FIXTURE_NAMES) {
    it(`${name}: follows the Trace Event format's rules`, () => {
      expect(chromeTraceProblems(JSON.parse(JSON.stringify(chromeTrace(loadTrace(name), name))))).toEqual([]);
    });
  }

  it('seed1: one named thread per task, slices in microseconds, instants for creation and prints', () => {
    const { traceEvents } = chromeTrace(loadTrace('seed1'), 'seed1');
    const threads = of(traceEvents, 'M').filter((e) => e.name === 'thread_name');
    expect(threads.map((e) => [e.tid, e.args.name])).toEqual([
      [1, 'Task-1'],
      [2, 'Task-2'],
      [3, 'Task-3'],
    ]);
    const sleep = of(traceEvents, 'X').find((e) => e.tid === 2 && e.name === 'sleep 3');
    expect(sleep).toMatchObject({ ts: 0, dur: 3_000_000, args: { kind: 'sleeping', delay: 3 } });
    const waits = of(traceEvents, 'X').find((e) => e.tid === 1 && e.args.kind === 'waiting');
    expect(waits).toMatchObject({ name: 'waits for Task-2', ts: 0, dur: 3_000_000 });
    const instants = of(traceEvents, 'i');
    expect(instants.filter((e) => e.name === 'created').map((e) => e.tid)).toEqual([1, 2, 3]);
    expect(instants.find((e) => e.name === 'print' && e.tid === 2)?.args).toEqual({ text: 'Task 1 started\n', stream: 'stdout' });
  });

  it('draws a flow from the waker to the woken task for each wake-up another task caused', () => {
    const { trace } = runProgram(LOCK_PROGRAM, { filename: 'lock.py', trace: true });
    const out = JSON.parse(JSON.stringify(chromeTrace(trace, 'lock'))) as { traceEvents: ChromeEvent[] };
    expect(chromeTraceProblems(out)).toEqual([]);
    const caused = trace.events.filter((e) => e.type === 'wake' && e.by !== null).length;
    const starts = of(out.traceEvents, 's');
    expect(caused).toBeGreaterThan(0);
    expect(starts.length).toBe(caused);
    expect(of(out.traceEvents, 'f').every((f) => f.bp === 'e')).toBe(true);
    // The blocking time.sleep is a slice of its own on the holder's thread, 0.5 s long.
    expect(of(out.traceEvents, 'X').find((e) => e.args.kind === 'blocked')?.dur).toBe(500_000);
  });

  it('the rules catch what breaks the format', () => {
    const good = JSON.parse(JSON.stringify(chromeTrace(loadTrace('seed1'), 'seed1'))) as { traceEvents: Record<string, unknown>[] };
    const broken = (change: (events: Record<string, unknown>[]) => void) => {
      const copy = structuredClone(good);
      change(copy.traceEvents);
      return chromeTraceProblems(copy);
    };
    expect(broken((ev) => ev.push({ ph: 'Q', name: 'x', pid: 1, tid: 1, ts: 0 }))).toEqual([expect.stringMatching(/phase Q/)]);
    expect(broken((ev) => ev.push({ ph: 'X', name: 'x', pid: 1, tid: 9, ts: 0, dur: 1 }))).toEqual(['thread 1:9 has events but no thread_name']);
    const inSleep = (ev: Record<string, unknown>[]) => ev.findIndex((e) => e.tid === 2 && e.name === 'sleep 3') + 1;
    expect(broken((ev) => ev.splice(inSleep(ev), 0, { ph: 'X', name: 'x', cat: 'asyncio', pid: 1, tid: 2, ts: 1_000_000, dur: 3_000_000 }))).toEqual([
      'thread 1:2: slice 2 overlaps its neighbour without nesting',
    ]);
    expect(broken((ev) => ev.splice(inSleep(ev), 0, { ph: 'X', name: 'x', cat: 'asyncio', pid: 1, tid: 2, ts: 1_000_000, dur: 1_000_000 }))).toEqual([]);
    expect(broken((ev) => ev.push({ ph: 's', name: 'wake', cat: 'asyncio', id: 99, pid: 1, tid: 2, ts: 0 }))).toEqual(['flow 99: needs one "s" and one "f"']);
    expect(broken((ev) => ev.push({ ph: 'X', name: 'x', pid: 1, tid: 1, ts: 0 }))).toContainEqual(expect.stringMatching(/dur should be/));
  });
});
