import { describe, expect, it } from 'vitest';
import { layoutTrace } from '../../src/timeline/layout/layout-trace.ts';
import { fmtSeconds, tooltipFor } from '../../src/ui/timeline/tooltip-text.ts';
import { snap } from '../../src/ui/timeline/chart-controller.ts';
import { loadTrace } from '../fixtures/load-trace.ts';

describe('tooltipFor', () => {
  it('offers dragging for a literal delay', () => {
    const layout = layoutTrace(loadTrace('seed1'));
    const tip = tooltipFor(layout, { row: 1, task: 1, t: 1, span: 1, mark: null });
    expect(tip?.title).toBe('Task-2 (long_operation)');
    expect(tip?.lines[0]).toBe('sleep 3: 0 s → 3 s');
    expect(tip?.lines[1]).toMatch(/^drag the end/);
  });

  it('says a computed delay cannot be dragged', () => {
    const layout = layoutTrace(loadTrace('deadlock-rename'));
    const row = layout.rowOfTask.get(2)!;
    const span = layout.rows[row].row.spans.findIndex((s) => s.kind === 'sleeping');
    expect(tooltipFor(layout, { row, task: 2, t: 0.5, span, mark: null })?.lines[1]).toBe('computed delay — edit the code to change it');
  });

  it('describes marks: prints as text, failures with type and message', () => {
    const layout = layoutTrace(loadTrace('deadlock-rename'));
    const fetcher = layout.rows[layout.rowOfTask.get(1)!];
    const print = fetcher.row.marks.findIndex((m) => m.kind === 'print');
    expect(tooltipFor(layout, { row: fetcher.index, task: 1, t: 0, span: null, mark: print })?.lines).toEqual(['prints at 0 s: fetching <b>data</b>']);
    const parser = layout.rows[layout.rowOfTask.get(2)!];
    const done = parser.row.marks.findIndex((m) => m.kind === 'done');
    expect(tooltipFor(layout, { row: parser.index, task: 2, t: 1, span: null, mark: done })?.lines).toEqual(['failed at 1 s with ValueError: bad input']);
  });

  it('explains held and blocked time', () => {
    const layout = layoutTrace(loadTrace('block-ticker'));
    const ticker = layout.rows[1];
    const held = ticker.row.spans.findIndex((s) => s.kind === 'held');
    expect(tooltipFor(layout, { row: 1, task: 1, t: 2, span: held, mark: null })?.lines[0]).toBe("held up by Task-3's time.sleep: 1.5 s → 2.7 s");
  });

  it('formats seconds without noise', () => {
    expect(fmtSeconds(2.8000000000000003)).toBe('2.8 s');
    expect(fmtSeconds(0.12345)).toBe('0.123 s');
  });
});

describe('snap (dragging a delay)', () => {
  it('snaps to 0.1 s, or 0.01 s with Shift, without float noise', () => {
    expect(snap(2.46, 0.1)).toBe(2.5);
    expect(snap(0.3000001, 0.1)).toBe(0.3);
    expect(snap(2.456, 0.01)).toBe(2.46);
    expect(snap(0.04, 0.1)).toBe(0);
  });
});
