/** The views over traces from the real engine (runProgram), for programs of the conformance set. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/python/run.ts';
import { buildTraceView, summarizeRun } from '../../../src/trace/views/spans.ts';

// The tutorial program is a built-in example; the others are copies of shared conformance cases.
const programs = new URL('../../fixtures/programs/', import.meta.url);
const examples = new URL('../../../src/examples/', import.meta.url);
const run = (name: string) =>
  runProgram(readFileSync(new URL(`${name}.py`, name.startsWith('seed') ? examples : programs), 'utf8'), { filename: `${name}.py` });

describe('views over real runs', () => {
  it('seed1: two overlapping sleeps, main waits for Task-2', () => {
    const { trace } = run('seed1');
    const view = buildTraceView(trace);
    expect(view.rows.map((r) => r.name)).toEqual(['Task-1', 'Task-2', 'Task-3']);
    const [main, t2, t3] = view.rows;
    expect(t2.spans.filter((s) => s.kind === 'sleeping').map((s) => [s.start, s.end])).toEqual([[0, 3]]);
    expect(t3.spans.filter((s) => s.kind === 'sleeping').map((s) => [s.start, s.end])).toEqual([[0, 2]]);
    expect(main.spans.find((s) => s.kind === 'waiting')?.label).toBe('waits for Task-2');
    expect(summarizeRun(view.rows, view.end, trace.outcome).text).toBe('Finished in 3.00 s — tasks slept 5.00 s in total: 1.67× overlap');
  });

  it('a blocking time.sleep: the cruncher is blocked, the due ticker held', () => {
    const view = buildTraceView(run('block_time_sleep_delays_ticker').trace);
    const brief = (name: string, kind: string) =>
      view.rows.find((r) => r.name === name)!.spans.filter((s) => s.kind === kind).map((s) => [+s.start.toFixed(6), +s.end.toFixed(6)]);
    expect(brief('Task-3', 'blocked')).toEqual([[1.2, 2.7]]);
    expect(brief('Task-2', 'held')).toEqual([[1.5, 2.7]]);
  });

  it('a failed task ends with its exception', () => {
    const view = buildTraceView(run('error_task_result_exception').trace);
    const failed = view.rows.filter((r) => r.outcome?.state === 'exception');
    expect(failed.length).toBeGreaterThan(0);
    for (const r of failed) {
      expect(r.finished).not.toBeNull();
      expect(r.outcome).toMatchObject({ excType: 'ZeroDivisionError' });
    }
  });
});
