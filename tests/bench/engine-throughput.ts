/**
 * Engine throughput: 10,000 tasks × 20 sleeps with mixed delays, driven by TypeScript
 * coroutines (no Python front end), with and without trace recording.
 */
import { EventLoop } from '../../src/engine/loop.ts';
import { asyncioRun } from '../../src/engine/run.ts';
import { sleep } from '../../src/engine/sleep.ts';
import { gather } from '../../src/engine/gather.ts';
import { TraceRecorder } from '../../src/engine/recorder.ts';
import type { Coro } from '../../src/engine/coroutine.ts';

export interface EngineRow {
  label: string;
  tasks: number;
  sleepsPerTask: number;
  steps: number;
  ms: number;
  stepsPerSecond: number;
  peakHeapMB: number;
  traceEvents: number;
}

function runOnce(tasks: number, sleeps: number, tracing: boolean): { steps: number; ms: number; events: number; heap: number } {
  const recorder = tracing ? new TraceRecorder(undefined, false) : null;
  const loop = new EventLoop({ recorder });
  let steps = 0;
  // Mixed delays, deterministic: a small LCG picks one of a few durations per sleep.
  let seed = 12345;
  const next = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed >>> 16;
  };
  const delays = [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1];
  function* worker(): Coro<number> {
    for (let i = 0; i < sleeps; i++) {
      steps++;
      yield* sleep(loop, delays[next() % delays.length]!, null);
    }
    steps++;
    return 0;
  }
  function* main(): Coro<void> {
    const ts = [];
    for (let i = 0; i < tasks; i++) ts.push(loop.createTask(worker()));
    yield* gather(loop, ts);
  }
  let heap = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  asyncioRun(loop, main());
  const ms = performance.now() - t0;
  heap = Math.max(heap, process.memoryUsage().heapUsed);
  return { steps, ms, events: recorder?.events.length ?? 0, heap };
}

export function benchEngine(): EngineRow[] {
  const rows: EngineRow[] = [];
  for (const tracing of [false, true]) {
    runOnce(1000, 20, tracing); // warm-up
    const samples = [0, 1, 2].map(() => runOnce(10_000, 20, tracing));
    samples.sort((a, b) => a.ms - b.ms);
    const med = samples[1]!;
    rows.push({
      label: tracing ? 'engine, trace recorded' : 'engine, no trace',
      tasks: 10_000,
      sleepsPerTask: 20,
      steps: med.steps,
      ms: med.ms,
      stepsPerSecond: med.steps / (med.ms / 1000),
      peakHeapMB: Math.max(...samples.map((s) => s.heap)) / 2 ** 20,
      traceEvents: med.events,
    });
  }
  return rows;
}
