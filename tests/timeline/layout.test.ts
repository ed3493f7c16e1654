import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3';
import { layoutTrace, countVisibleBars, visibleSpanRange } from '../../src/timeline/layout/layout-trace.ts';
import { SPAN_CODE, MARK_CODE } from '../../src/timeline/layout/kinds.ts';
import { hitTest } from '../../src/timeline/layout/hit-test.ts';
import { ROW_HEIGHT } from '../../src/timeline/layout/geometry.ts';
import { loadTrace } from '../fixtures/load-trace.ts';
import { makeBigTrace } from '../fixtures/make-big-trace.ts';

describe('layoutTrace', () => {
  const layout = layoutTrace(loadTrace('seed1'));

  it('orders rows main first, then by creation, with depth and parent', () => {
    expect(layout.rows.map((r) => [r.name, r.depth, r.parentName])).toEqual([
      ['Task-1', 0, null],
      ['Task-2', 1, 'Task-1'],
      ['Task-3', 1, 'Task-1'],
    ]);
    expect(layout.rowOfTask.get(2)).toBe(2);
    expect(layout.domain).toEqual([0, 3]);
    expect(layout.barCount).toBe(9);
  });

  it('stores spans in typed arrays matching the view', () => {
    const r = layout.rows[1];
    expect(Array.from(r.starts)).toEqual([0, 0, 3]);
    expect(Array.from(r.ends)).toEqual([0, 3, 3]);
    expect(Array.from(r.kinds)).toEqual([SPAN_CODE.running, SPAN_CODE.sleeping, SPAN_CODE.running]);
    expect(Array.from(r.markKinds)).toEqual([MARK_CODE.create, MARK_CODE.print, MARK_CODE.done]);
  });

  it('finds the spans inside a time window', () => {
    const ticker = layoutTrace(loadTrace('block-ticker')).rows[1];
    const [lo, hi] = visibleSpanRange(ticker, 1.6, 2.0);
    expect(Array.from(ticker.kinds.slice(lo, hi))).toEqual([SPAN_CODE.held]);
    expect(countVisibleBars(layout, 0, 3, 2.5, 2.6)).toBe(2); // the two long waits, not the steps
  });

  it('gives an empty run a non-empty domain', () => {
    const empty = layoutTrace({ version: 1, end: 0, events: [], outcome: { kind: 'ok' }, exitCode: 0, stdout: '', stderr: '' });
    expect(empty.domain).toEqual([0, 1]);
    expect(empty.rows).toEqual([]);
  });
});

describe('hitTest', () => {
  const layout = layoutTrace(loadTrace('seed1'));
  const scale = scaleLinear().domain([0, 3]).range([0, 300]);
  const y = (row: number) => row * ROW_HEIGHT + ROW_HEIGHT / 2;

  it('finds the sleep under the pointer', () => {
    const h = hitTest(layout, 150, y(1), scale);
    expect(h).toMatchObject({ row: 1, task: 1, span: 1 });
    expect(h?.t).toBeCloseTo(1.5);
    expect(layout.rows[1].row.spans[h!.span!].kind).toBe('sleeping');
  });

  it('hits a zero-width step within the pixel tolerance', () => {
    const h = hitTest(layout, 202, y(2), scale); // Task-3 ends at t=2 (x=200): its last step
    expect(h?.span).toBe(2);
    expect(layout.rows[2].row.spans[2].kind).toBe('running');
    expect(h?.mark).not.toBeNull();
    expect(layout.rows[2].row.marks[h!.mark!].kind).toBe('done');
  });

  it('returns no span between bars and no row outside', () => {
    expect(hitTest(layout, 260, y(2), scale)).toMatchObject({ row: 2, span: null, mark: null });
    expect(hitTest(layout, 100, -1, scale)).toBeNull();
    expect(hitTest(layout, 100, 3 * ROW_HEIGHT + 1, scale)).toBeNull();
  });

  it('respects a scrolled geometry', () => {
    expect(hitTest(layout, 150, 5, scale, { top: -ROW_HEIGHT })?.row).toBe(1);
  });
});

describe('big synthetic traces', () => {
  it('lays out 2,000 tasks and ~40,000 bars with sorted rows', () => {
    const t = makeBigTrace({ tasks: 2000, stepsPerTask: 10, seed: 7 });
    const layout = layoutTrace(t);
    expect(layout.rows.length).toBe(2000);
    expect(layout.barCount).toBeGreaterThan(38000);
    for (const r of layout.rows) for (let i = 1; i < r.starts.length; i++) expect(r.starts[i] >= r.starts[i - 1] && r.ends[i] >= r.ends[i - 1]).toBe(true);
    const scale = scaleLinear().domain(layout.domain).range([0, 1000]);
    const h = hitTest(layout, 500, 1234 * ROW_HEIGHT + 3, scale);
    expect(h?.task).toBe(layout.rows[1234].task);
  });
});
