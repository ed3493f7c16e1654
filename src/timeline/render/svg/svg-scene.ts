/**
 * The plot area as SVG nodes for one frame: loop-block bands, the previous run's ghost, one
 * group per visible task row (bars, labels, marks), the dimmed future and the playhead.
 * Pure: the same nodes feed the string renderer (golden files, export) and the DOM patcher.
 */
import type { TaskId, TaskOutcome } from '../../../trace/format.ts';
import type { Span } from '../../../trace/views/spans.ts';
import { BAR_HEIGHT, type RowGeometry, type XScale } from '../../layout/geometry.ts';
import { visibleSpanRange, type RowLayout, type TimelineLayout } from '../../layout/layout-trace.ts';
import { barBox, fitLabel, MIN_BAR_WIDTH } from './bar-geometry.ts';
import { markClass, markPath } from './svg-marks.ts';
import { el, px, sec, type SvgNode } from './svg-node.ts';

/** A sleep bar whose end is being dragged: drawn with the new end and label. */
export interface DelayPreview {
  readonly task: TaskId;
  readonly span: number;
  readonly delay: number;
}

export interface PlotFrame {
  readonly width: number;
  readonly height: number;
  readonly scale: XScale;
  readonly rows: RowGeometry;
  readonly playhead?: number | null;
  readonly selectedTask?: TaskId | null;
  readonly ghost?: TimelineLayout | null;
  readonly preview?: DelayPreview | null;
  /** False when the canvas draws the bars: the scene then holds rows, marks and overlays only. */
  readonly drawBars?: boolean;
}

export function buildPlotScene(layout: TimelineLayout, f: PlotFrame): SvgNode[] {
  const { scale, width, height, rows: g } = f;
  const t0 = scale.invert(-MIN_BAR_WIDTH);
  const t1 = scale.invert(width + MIN_BAR_WIDTH);
  const first = Math.max(0, Math.floor(-g.top / g.rowHeight));
  const last = Math.min(layout.rows.length, Math.ceil((height - g.top) / g.rowHeight));

  const out: SvgNode[] = [];
  const bands: SvgNode[] = [];
  layout.blocks.forEach((b, i) => {
    const box = barBox(scale(b.start), scale(b.end), width, 0);
    if (box && box.w > 0) bands.push(el('rect', `b${i}`, { class: 'tl-block-band', x: px(box.x), y: 0, width: px(box.w), height: px(height) }));
  });
  out.push(el('g', 'blocks', { class: 'tl-blocks' }, bands));

  if (f.ghost) out.push(el('g', 'ghost', { class: 'tl-ghost', 'aria-hidden': 'true' }, ghostBars(layout, f.ghost, f, first, last, t0, t1)));

  const rowNodes: SvgNode[] = [];
  for (let i = first; i < last; i++) rowNodes.push(rowNode(layout.rows[i], f, t0, t1));
  out.push(el('g', 'rows', { class: 'tl-rows' }, rowNodes));

  if (f.playhead !== undefined && f.playhead !== null) {
    const x = px(Math.max(-1, Math.min(width + 1, scale(f.playhead))));
    // At the end of the run nothing is in the future: the room right of the end stays bright.
    if (x < width && f.playhead < layout.end) out.push(el('rect', 'dim', { class: 'tl-dim', x: Math.max(0, x), y: 0, width: px(width - Math.max(0, x)), height: px(height) }));
    out.push(el('line', 'playhead', { class: 'tl-playhead-line', x1: x, x2: x, y1: 0, y2: px(height) }));
  }
  return out;
}

function rowNode(r: RowLayout, f: PlotFrame, t0: number, t1: number): SvgNode {
  const { scale, width, rows: g } = f;
  const y = g.top + r.index * g.rowHeight;
  const barY = (g.rowHeight - BAR_HEIGHT) / 2;
  // With the canvas underneath, row backgrounds are its job: an SVG fill would cover its bars.
  const kids: SvgNode[] = f.drawBars === false ? [] : [el('rect', 'bg', { class: r.index % 2 ? 'tl-row-bg tl-odd' : 'tl-row-bg', x: 0, y: 0, width: px(width), height: g.rowHeight })];
  if (f.drawBars !== false) {
    const [lo, hi] = visibleSpanRange(r, t0, t1);
    for (let j = lo; j < hi; j++) {
      const span = r.row.spans[j];
      const previewing = f.preview && f.preview.task === r.task && f.preview.span === j && span.kind === 'sleeping';
      const end = previewing ? span.start + f.preview!.delay : span.end;
      const box = barBox(scale(span.start), scale(end), width);
      if (!box) continue;
      kids.push(el('rect', `s${j}`, barAttrs(span, j, box.x, barY, box.w, end)));
      const label = fitLabel(previewing ? `sleep ${sec(f.preview!.delay)}` : barLabel(span), box.w, span.kind === 'blocked', span.kind === 'waiting');
      if (label) {
        const lx = Math.max(box.x, 0) + 4;
        kids.push(el('text', `l${j}`, { class: `tl-bar-label tl-${span.kind}-label`, x: px(lx), y: px(barY + BAR_HEIGHT / 2 + 4) }, undefined, label));
      }
    }
  }
  let lastPrintX = -Infinity;
  r.row.marks.forEach((m, j) => {
    if (m.t < t0 || m.t > t1) return;
    const x = scale(m.t);
    if (m.kind === 'print') {
      // The canvas draws print pins in big runs: thousands of SVG paths would cost every frame.
      if (f.drawBars === false) return;
      // Many prints at one instant would stack into one blob; one pin per pixel is enough.
      if (Math.abs(x - lastPrintX) < 1) return;
      lastPrintX = x;
    }
    const d = markPath(m, x, barY, BAR_HEIGHT);
    if (d) kids.push(el('path', `m${j}`, { class: markClass(m), d, 'data-mark': m.kind, 'data-t': sec(m.t) }));
    // A finished task's row is empty to the right of its end: room to say how it ended.
    if (m.kind === 'done') {
      const text = fitLabel(outcomeText(m.outcome), width - x - OUTCOME_GAP);
      if (text) kids.push(el('text', `o${j}`, { class: `tl-outcome-label tl-${m.outcome.state}-label`, x: px(x + 9), y: px(barY + BAR_HEIGHT / 2 + 4) }, undefined, text));
    }
  });
  const cls = f.selectedTask === r.task ? 'tl-row tl-selected' : 'tl-row';
  return el('g', `r${r.task}`, { class: cls, 'data-task': r.name, 'data-row': r.index, transform: `translate(0,${px(y)})` }, kids);
}

function barAttrs(span: Span, j: number, x: number, y: number, w: number, end: number): Record<string, string | number> {
  let cls = `tl-bar tl-${span.kind}`;
  if (span.open) cls += ' tl-open';
  if (span.kind === 'sleeping') cls += span.literal ? ' tl-draggable' : ' tl-computed';
  return {
    class: cls,
    'data-kind': span.kind,
    'data-start': sec(span.start),
    'data-end': sec(end),
    'data-span': j,
    x: px(x),
    y: px(y),
    width: px(w),
    height: BAR_HEIGHT,
  };
}

/** Room between a finish mark and the right edge that its outcome label does not get. */
export const OUTCOME_GAP = 10;

/** How a task ended, as the chart prints it after the finish mark ('' for a plain None). */
export function outcomeText(o: TaskOutcome): string {
  if (o.state === 'result') return o.repr === 'None' ? '' : `→ ${o.repr}`;
  if (o.state === 'exception') return o.message ? `${o.excType}: ${o.message}` : o.excType;
  return o.message === null ? 'cancelled' : `cancelled: ${o.message}`;
}

/** The text inside a bar, if it has room: running steps and ready gaps carry none. */
export function barLabel(span: Span): string {
  switch (span.kind) {
    case 'sleeping':
    case 'waiting':
    case 'blocked':
      return span.label;
    case 'held':
      return 'held';
    default:
      return '';
  }
}

function ghostBars(layout: TimelineLayout, ghost: TimelineLayout, f: PlotFrame, first: number, last: number, t0: number, t1: number): SvgNode[] {
  const out: SvgNode[] = [];
  const barY = (f.rows.rowHeight - BAR_HEIGHT) / 2;
  for (let i = first; i < last; i++) {
    const cur = layout.rows[i];
    const gi = ghost.rowOfTask.get(cur.task);
    if (gi === undefined) continue;
    const gr = ghost.rows[gi];
    const [lo, hi] = visibleSpanRange(gr, t0, t1);
    const y = f.rows.top + i * f.rows.rowHeight + barY;
    for (let j = lo; j < hi; j++) {
      const s = gr.row.spans[j];
      if (s.kind === 'ready' || s.end - s.start <= 0) continue;
      const box = barBox(f.scale(s.start), f.scale(s.end), f.width, 0);
      if (box) out.push(el('rect', `g${cur.task}-${j}`, { class: `tl-ghost-bar tl-ghost-${s.kind}`, x: px(box.x), y: px(y), width: px(box.w), height: BAR_HEIGHT }));
    }
  }
  return out;
}
