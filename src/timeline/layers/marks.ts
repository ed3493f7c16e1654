/**
 * Point events on the rows: created, print, cancel(), finished (with how it ended written after
 * it). In a canvas frame the print pins, which can number thousands, go on the canvas; the
 * other marks stay crisp SVG above it.
 */
import type { Mark } from '../../trace/views/spans.ts';
import { fitLabel } from '../layout/bar-geometry.ts';
import { BAR_HEIGHT, rowAt } from '../layout/geometry.ts';
import { nearestMark } from '../layout/hit-test.ts';
import { MARK_CODE } from '../layout/kinds.ts';
import { firstEndingAtOrAfter, firstStartingAfter } from '../layout/layout-trace.ts';
import { markClass, markPath } from '../render/svg/svg-marks.ts';
import { el, px, sec, type SvgNode } from '../render/svg/svg-node.ts';
import type { Layer, LayerFrame } from './layer.ts';
import { OUTCOME_GAP } from './outcome-text.ts';
import { outcomeLabel as outcomeText } from '../../trace/views/describe-event.ts';

export const marksLayer: Layer = {
  name: 'marks',
  svg(f) {
    const rows: SvgNode[] = [];
    for (let i = f.first; i < f.last; i++) {
      const kids = rowMarks(f, i);
      if (kids.length === 0) continue;
      const r = f.layout.rows[i]!;
      rows.push(el('g', `m${r.task}`, { class: 'tl-mark-row', 'data-marks-of': r.name, transform: `translate(0,${px(f.rows.top + i * f.rows.rowHeight)})` }, kids));
    }
    return [el('g', 'marks', { class: 'tl-marks' }, rows)];
  },
  canvas(ctx, f, colors) {
    if (f.mode !== 'canvas') return;
    // Print pins, at most one per 4 px; small rectangles, not triangles: filling thousands of
    // path triangles is slow in software.
    const barOffset = (f.rows.rowHeight - BAR_HEIGHT) / 2;
    ctx.fillStyle = colors.print;
    for (let i = f.first; i < f.last; i++) {
      const { markTimes, markKinds } = f.layout.rows[i]!;
      const y = f.rows.top + i * f.rows.rowHeight + barOffset;
      let lastPin = -Infinity;
      for (let j = firstEndingAtOrAfter(markTimes, f.t0), hi = firstStartingAfter(markTimes, f.t1); j < hi; j++) {
        if (markKinds[j] !== MARK_CODE.print) continue;
        const x = f.scale(markTimes[j]!);
        if (x - lastPin < 4) continue;
        lastPin = x;
        ctx.fillRect(x - 1.5, y - 4, 3, 4);
      }
    }
  },
  hit(f, x, y, tol) {
    const i = rowAt(y, f.layout.rows.length, f.rows);
    if (i < 0) return null;
    const t = f.scale.invert(x);
    const mark = nearestMark(f.layout.rows[i]!.markTimes, t, Math.abs(f.scale.invert(x + tol) - t));
    return mark === null ? null : { layer: 'marks', row: i, t, mark };
  },
};

function rowMarks(f: LayerFrame, i: number): SvgNode[] {
  const r = f.layout.rows[i]!;
  const barY = (f.rows.rowHeight - BAR_HEIGHT) / 2;
  const kids: SvgNode[] = [];
  let lastPrintX = -Infinity;
  r.row.marks.forEach((m: Mark, j) => {
    if (m.t < f.t0 || m.t > f.t1) return;
    const x = f.scale(m.t);
    if (m.kind === 'print') {
      if (f.mode === 'canvas') return;
      // Many prints at one instant would stack into one blob; one pin per pixel is enough.
      if (Math.abs(x - lastPrintX) < 1) return;
      lastPrintX = x;
    }
    const d = markPath(m, x, barY, BAR_HEIGHT);
    if (d) kids.push(el('path', `m${j}`, { class: markClass(m), d, 'data-mark': m.kind, 'data-t': sec(m.t) }));
    // A finished task's row is empty to the right of its end: room to say how it ended.
    if (m.kind === 'done') {
      const text = fitLabel(outcomeText(m.outcome), f.width - x - OUTCOME_GAP);
      if (text) kids.push(el('text', `o${j}`, { class: `tl-outcome-label tl-${m.outcome.state}-label`, x: px(x + 9), y: px(barY + BAR_HEIGHT / 2 + 4) }, undefined, text));
    }
  });
  return kids;
}
