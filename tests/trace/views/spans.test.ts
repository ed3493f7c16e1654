import { describe, expect, it } from 'vitest';
import type { Trace, TraceEvent } from '../../../src/trace/format.ts';
import { buildTaskRows, buildTraceView, summarizeRun, type Span, type TaskRow } from '../../../src/trace/views/spans.ts';
import { FIXTURE_NAMES, loadTrace } from '../../fixtures/load-trace.ts';

function trace(events: TraceEvent[], end: number): Trace {
  return { version: 1, end, events, outcome: { kind: 'ok' }, exitCode: 0, stdout: '', stderr: '' };
}
const brief = (s: Span) => [s.kind, s.start, s.end];
const row = (rows: readonly TaskRow[], name: string) => {
  const r = rows.find((x) => x.name === name);
  if (!r) throw new Error(`no row ${name}`);
  return r;
};

describe('buildTaskRows on seed1 (two overlapping sleeps)', () => {
  const rows = buildTaskRows(loadTrace('seed1'));

  it('has one row per task with parent and lifetime', () => {
    expect(rows.map((r) => [r.id, r.name, r.parent, r.created, r.finished])).toEqual([
      [0, 'Task-1', null, 0, 3],
      [1, 'Task-2', 0, 0, 3],
      [2, 'Task-3', 0, 0, 2],
    ]);
    expect(row(rows, 'Task-2').outcome).toEqual({ state: 'result', repr: "'Done after 3 seconds'" });
  });

  it('shows the sleep with its delay, deadline and literal', () => {
    const t2 = row(rows, 'Task-2');
    expect(t2.spans.map(brief)).toEqual([
      ['running', 0, 0],
      ['sleeping', 0, 3],
      ['running', 3, 3],
    ]);
    const sleep = t2.spans[1];
    if (sleep.kind !== 'sleeping') throw new Error('expected a sleep');
    expect(sleep.delay).toBe(3);
    expect(sleep.until).toBe(3);
    expect(sleep.label).toBe('sleep 3');
    expect(sleep.literal?.line).toBe(20);
    expect(t2.totals.sleeping).toBe(3);
  });

  it('labels what main waits for', () => {
    const main = row(rows, 'Task-1');
    const w = main.spans.find((s) => s.kind === 'waiting');
    expect(w && [w.label, w.start, w.end]).toEqual(['waits for Task-2', 0, 3]);
    expect(main.marks.filter((m) => m.kind === 'print').map((m) => m.t)).toEqual([3, 3, 3]);
  });

  it('summarises the overlap', () => {
    const s = summarizeRun(rows, 3);
    expect(s.totalSleep).toBe(5);
    expect(s.overlap).toBeCloseTo(5 / 3);
    expect(s.text).toBe('Finished in 3.00 s — tasks slept 5.00 s in total: 1.67× overlap');
  });
});

describe('blocking calls', () => {
  const view = buildTraceView(loadTrace('block-ticker'));

  it('marks the blocking task blocked and the due ticker held', () => {
    const cruncher = row(view.rows, 'Task-3');
    const blocked = cruncher.spans.filter((s) => s.kind === 'blocked');
    expect(blocked.map(brief)).toEqual([['blocked', 1.2, 2.7]]);
    expect(blocked[0].label).toBe('time.sleep(1.5)');
    if (blocked[0].kind === 'blocked') expect(blocked[0].literal?.line).toBe(14);
    const ticker = row(view.rows, 'Task-2');
    const held = ticker.spans.filter((s) => s.kind === 'held');
    expect(held.map(brief)).toEqual([['held', 1.5, 2.7]]);
    expect(held[0].label).toBe("held up by Task-3's time.sleep");
    // The sleep that came due during the block ends at its deadline, not at the late wakeup.
    const idx = ticker.spans.indexOf(held[0]);
    expect(brief(ticker.spans[idx - 1])).toEqual(['sleeping', 1, 1.5]);
  });

  it('does not hold a task that was waiting on something else', () => {
    const main = row(view.rows, 'Task-1');
    expect(main.spans.some((s) => s.kind === 'held')).toBe(false);
    expect(view.blocks).toEqual([expect.objectContaining({ start: 1.2, end: 2.7, task: 2, delay: 1.5 })]);
  });

  it('mentions blocking in the summary', () => {
    const s = summarizeRun(view.rows, view.end);
    expect(s.totalBlocked).toBeCloseTo(1.5, 9);
    expect(s.text).toContain('blocking calls held the loop 1.50 s');
  });

  it('splits ready time around a block into ready, held, ready', () => {
    const ev: TraceEvent[] = [
      { type: 'create', t: 0, task: 0, name: 'A', parent: null },
      { type: 'create', t: 0, task: 1, name: 'B', parent: null },
      { type: 'step', t: 0, task: 0 },
      { type: 'step', t: 0.5, task: 0 }, // A runs again (no suspend seen): B still ready
      { type: 'block', t: 1, task: 0, delay: 2 },
      { type: 'suspend', t: 3, task: 0, on: { kind: 'yield', label: 'sleep 0' } },
      { type: 'step', t: 4, task: 1 },
      { type: 'done', t: 4, task: 1, state: 'result', repr: 'None' },
    ];
    const rows = buildTaskRows(trace(ev, 4));
    expect(row(rows, 'B').spans.map(brief)).toEqual([
      ['ready', 0, 1],
      ['held', 1, 3],
      ['ready', 3, 4],
      ['running', 4, 4],
    ]);
    // A's own step: running up to the block, blocked, nothing zero-wide after; then the yield is ready time.
    expect(row(rows, 'A').spans.map(brief)).toEqual([
      ['running', 0, 0.5],
      ['running', 0.5, 1],
      ['blocked', 1, 3],
      ['ready', 3, 4],
    ]);
    expect(row(rows, 'A').totals).toMatchObject({ running: 1, blocked: 2, ready: 1 });
  });
});

describe('cancellation, renames, failures, deadlock', () => {
  it('ends a cancelled sleep early and records the cancel', () => {
    const rows = buildTaskRows(loadTrace('cancel-sleep'));
    const napper = row(rows, 'Task-2');
    expect(napper.spans.map(brief)).toEqual([
      ['running', 0, 0],
      ['sleeping', 0, 2.5],
      ['running', 2.5, 2.5],
    ]);
    expect(napper.marks.find((m) => m.kind === 'cancel')).toEqual({ kind: 'cancel', t: 2.5, by: 0, message: 'time to get up' });
    expect(napper.outcome).toEqual({ state: 'cancelled', message: 'time to get up' });
  });

  it('keeps the last name, the failure and open spans', () => {
    const t = loadTrace('deadlock-rename');
    const view = buildTraceView(t);
    const parser = row(view.rows, 'parser');
    expect(parser.createdName).toBe('Task-3');
    expect(parser.marks.find((m) => m.kind === 'rename')).toMatchObject({ from: 'Task-3', to: 'parser' });
    expect(parser.outcome).toEqual({ state: 'exception', excType: 'ValueError', message: 'bad input' });
    const fetcher = row(view.rows, 'fetcher');
    expect(fetcher.finished).toBeNull();
    expect(fetcher.spans.at(-1)).toMatchObject({ kind: 'waiting', label: 'lock', start: 0, end: 1, open: true });
    expect(row(view.rows, 'Task-1').spans.at(-1)).toMatchObject({ label: 'waits for fetcher', open: true });
    expect(summarizeRun(view.rows, view.end, t.outcome).text).toMatch(/^Deadlock at 1\.00 s/);
  });

  it('names an awaited task by its name after a rename', () => {
    const ev: TraceEvent[] = [
      { type: 'create', t: 0, task: 0, name: 'Task-1', parent: null },
      { type: 'step', t: 0, task: 0 },
      { type: 'create', t: 0, task: 1, name: 'Task-2', parent: 0 },
      { type: 'suspend', t: 0, task: 0, on: { kind: 'task', label: 'Task-2', task: 1 } },
      { type: 'step', t: 0, task: 1 },
      { type: 'rename', t: 0, task: 1, name: 'worker' },
      { type: 'suspend', t: 0, task: 1, on: { kind: 'sleep', label: 'sleep 1', delay: 1, until: 1 } },
      { type: 'wake', t: 1, task: 1, by: null },
      { type: 'step', t: 1, task: 1 },
      { type: 'done', t: 1, task: 1, state: 'result', repr: 'None' },
    ];
    const rows = buildTaskRows(trace(ev, 1));
    expect(row(rows, 'Task-1').spans.find((s) => s.kind === 'waiting')?.label).toBe('waits for worker');
    // A sleep without a literal is a computed delay.
    const sl = row(rows, 'worker').spans.find((s) => s.kind === 'sleeping');
    expect(sl && sl.kind === 'sleeping' && sl.literal).toBeUndefined();
  });
});

describe('invariants over every fixture', () => {
  for (const name of FIXTURE_NAMES) {
    it(`${name}: spans are sorted, non-overlapping and inside the run`, () => {
      const t = loadTrace(name);
      for (const r of buildTaskRows(t)) {
        let prevEnd = -Infinity;
        for (const s of r.spans) {
          expect(s.end).toBeGreaterThanOrEqual(s.start);
          expect(s.start).toBeGreaterThanOrEqual(prevEnd - 1e-9);
          expect(s.end).toBeLessThanOrEqual(t.end + 1e-9);
          prevEnd = s.end;
        }
      }
    });
  }
});

describe('summarizeRun wording', () => {
  it('does not claim overlap when the sleeps did not overlap', () => {
    const ev: TraceEvent[] = [
      { type: 'create', t: 0, task: 0, name: 'Task-1', parent: null },
      { type: 'step', t: 0, task: 0 },
      { type: 'suspend', t: 0, task: 0, on: { kind: 'sleep', label: 'sleep 0.5', delay: 0.5, until: 0.5 } },
      { type: 'wake', t: 0.5, task: 0, by: null },
      { type: 'step', t: 0.5, task: 0 },
      { type: 'block', t: 0.5, task: 0, delay: 0.5 },
      { type: 'done', t: 1, task: 0, state: 'result', repr: 'None' },
    ];
    const view = buildTraceView(trace(ev, 1));
    const s = summarizeRun(view.rows, 1, { kind: 'ok' });
    expect(s.text).toBe('Finished in 1.00 s — tasks slept 0.50 s in total; blocking calls held the loop 0.50 s');
    expect(s.overlap).toBe(0.5);
  });

  it('says only why a program did not run, with no sleep totals', () => {
    const s = summarizeRun([], 0, { kind: 'syntax', type: 'IndentationError', message: 'unexpected indent', line: 24, col: 4 });
    expect(s.text).toBe('Did not run: IndentationError: unexpected indent');
  });
});
