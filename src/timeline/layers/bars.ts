/**
 * The rows' backdrop (stripes, the selected row, loop-block bands) and the task bars with their
 * labels. On the canvas, per row, bars narrower than a few pixels merge into runs of touching
 * pixels, so a frame fills O(rows × gaps) rectangles however many spans there are (software
 * canvas here: each fillRect costs microseconds), batched by kind (one fillStyle per kind).
 */
import type { Span } from '../../trace/views/spans.ts';
import { barBox, fitLabel } from '../layout/bar-geometry.ts';
import { BAR_HEIGHT, rowAt } from '../layout/geometry.ts';
import { SPAN_CODE, SPAN_KINDS } from '../layout/kinds.ts';
import { nearestSpan } from '../layout/hit-test.ts';
import { visibleSpanRange } from '../layout/layout-trace.ts';
import { el, px, sec, type SvgNode } from '../render/svg/svg-node.ts';
import type { CanvasColors } from './canvas-colors.ts';
import type { Layer, LayerFrame, LayerHit } from './layer.ts';

/** Bars narrower than this merge with their neighbours on the canvas instead of being drawn one by one. */
const THIN_PX = 3;

export const backdropLayer: Layer = {
  name: 'backdrop',
  svg(f) {
    if (f.mode !== 'svg') return [];
    const bgs: SvgNode[] = [];
    for (let i = f.first; i < f.last; i++) {
      const r = f.layout.rows[i]!;
      const cls = f.selectedTask === r.task ? 'tl-row-bg tl-row-selected' : i % 2 ? 'tl-row-bg tl-odd' : 'tl-row-bg';
      bgs.push(el('rect', `r${r.task}`, { class: cls, x: 0, y: px(f.rows.top + i * f.rows.rowHeight), width: px(f.width), height: f.rows.rowHeight }));
    }
    const instants = instantBands(f).map((b) => el('rect', `i${b.k}`, { class: 'tl-instant-band', x: px(b.x), y: 0, width: px(b.w), height: px(f.height), 'data-instant': b.k }));
    return [el('g', 'backdrop', { class: 'tl-backdrop' }, bgs), ...(instants.length ? [el('g', 'instants', { class: 'tl-instants' }, instants)] : []), el('g', 'blocks', { class: 'tl-blocks' }, blockBands(f).map((b, i) => el('rect', `b${i}`, { class: 'tl-block-band', x: px(b.x), y: 0, width: px(b.w), height: px(f.height) })))];
  },
  canvas(ctx, f, colors) {
    if (f.mode !== 'canvas') return;
    const g = f.rows;
    for (let i = f.first; i < f.last; i++) {
      const rowTop = g.top + i * g.rowHeight;
      if (f.selectedTask === f.layout.rows[i]!.task) ctx.fillStyle = colors.rowSelected;
      else if (i % 2) ctx.fillStyle = colors.rowOdd;
      else continue;
      ctx.fillRect(0, rowTop, f.width, g.rowHeight);
    }
    const instants = instantBands(f);
    if (instants.length) {
      ctx.fillStyle = colors.instantBand ?? 'rgba(86, 180, 233, 0.10)';
      for (const b of instants) ctx.fillRect(b.x, 0, b.w, f.height);
    }
    const bands = blockBands(f);
    if (bands.length) {
      ctx.fillStyle = colors.blockBand ?? 'rgba(213, 94, 0, 0.08)';
      for (const b of bands) ctx.fillRect(b.x, 0, b.w, f.height);
    }
  },
};

/** Every other instant of the steps axis (the even ones), on screen: a faint column behind its slots. */
function instantBands(f: LayerFrame): { x: number; w: number; k: number }[] {
  const out: { x: number; w: number; k: number }[] = [];
  f.bands.forEach((b, k) => {
    if (k % 2 === 1) return;
    const box = barBox(f.scale(b.u0), f.scale(b.u1), f.width, 0);
    if (box && box.w > 0) out.push({ ...box, k });
  });
  return out;
}

function blockBands(f: LayerFrame): { x: number; w: number }[] {
  const out: { x: number; w: number }[] = [];
  for (const b of f.layout.blocks) {
    const box = barBox(f.scale(b.start), f.scale(b.end), f.width, 0);
    if (box && box.w > 0) out.push(box);
  }
  return out;
}

export const barsLayer: Layer = {
  name: 'bars',
  svg(f) {
    if (f.mode !== 'svg') return [];
    const rows: SvgNode[] = [];
    for (let i = f.first; i < f.last; i++) rows.push(rowBars(f, i));
    return [el('g', 'rows', { class: 'tl-rows' }, rows)];
  },
  canvas(ctx, f, colors) {
    if (f.mode === 'canvas') drawBarsOnCanvas(ctx, f, colors);
  },
  hit(f, x, y, tol): LayerHit | null {
    const i = rowAt(y, f.layout.rows.length, f.rows);
    if (i < 0) return null;
    const row = f.layout.rows[i]!;
    const t = f.scale.invert(x);
    const tolT = Math.abs(f.scale.invert(x + tol) - t);
    const span = nearestSpan(row.starts, row.ends, t, tolT);
    return span === null ? null : { layer: 'bars', row: i, t, span };
  },
};

function rowBars(f: LayerFrame, i: number): SvgNode {
  const r = f.layout.rows[i]!;
  const { scale, width, rows: g } = f;
  const barY = (g.rowHeight - BAR_HEIGHT) / 2;
  const kids: SvgNode[] = [];
  const [lo, hi] = visibleSpanRange(r, f.t0, f.t1);
  for (let j = lo; j < hi; j++) {
    const span = r.row.spans[j]!;
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
  const cls = f.selectedTask === r.task ? 'tl-row tl-selected' : 'tl-row';
  return el('g', `r${r.task}`, { class: cls, 'data-task': r.name, 'data-row': r.index, transform: `translate(0,${px(g.top + i * g.rowHeight)})` }, kids);
}

function barAttrs(span: Span, j: number, x: number, y: number, w: number, end: number): Record<string, string | number> {
  let cls = `tl-bar tl-${span.kind}`;
  if (span.open) cls += ' tl-open';
  if (span.kind === 'sleeping') cls += span.literal ? ' tl-draggable' : ' tl-computed';
  return { class: cls, 'data-kind': span.kind, 'data-start': sec(span.start), 'data-end': sec(end), 'data-span': j, x: px(x), y: px(y), width: px(w), height: BAR_HEIGHT };
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

function drawBarsOnCanvas(ctx: CanvasRenderingContext2D, f: LayerFrame, colors: CanvasColors): void {
  const { width, scale, rows: g } = f;
  const kinds = SPAN_KINDS.length;
  const wide: number[][] = Array.from({ length: kinds }, () => []);
  const thin: number[][] = Array.from({ length: kinds }, () => []);
  const labels: { x: number; y: number; text: string }[] = [];
  const barOffset = (g.rowHeight - BAR_HEIGHT) / 2;
  const acc = new Float64Array(kinds);

  for (let i = f.first; i < f.last; i++) {
    const r = f.layout.rows[i]!;
    const y = g.top + i * g.rowHeight + barOffset;
    const [lo, hi] = visibleSpanRange(r, f.t0, f.t1);
    // A merged run takes the colour of the kind that covers most of its time, so a dense
    // stretch of steps and sleeps reads as sleeping.
    let runX0 = NaN;
    let runX1 = NaN;
    const flush = () => {
      if (Number.isNaN(runX0)) return;
      let best = SPAN_CODE.running;
      for (let k = 0; k < kinds; k++) if (acc[k]! > acc[best]!) best = k;
      thin[best]!.push(runX0, y, Math.max(1.5, runX1 - runX0));
      acc.fill(0);
      runX0 = runX1 = NaN;
    };
    const { starts, ends, kinds: spanKinds } = r;
    for (let j = lo; j < hi; j++) {
      const x0 = scale(starts[j]!);
      const x1 = scale(ends[j]!);
      const k = spanKinds[j]!;
      if (x1 - x0 < THIN_PX) {
        if (!(x0 <= runX1 + 1)) {
          flush();
          runX0 = x0;
          runX1 = x0 + 1;
        }
        runX1 = Math.max(runX1, x1);
        acc[k]! += ends[j]! - starts[j]!;
        continue;
      }
      flush();
      const box = barBox(x0, x1, width);
      if (!box) continue;
      wide[k]!.push(box.x, y, box.w);
      if (box.w > 40) {
        const text = fitLabel(barLabel(r.row.spans[j]!), box.w, false, k === SPAN_CODE.waiting);
        if (text) labels.push({ x: Math.max(0, box.x) + 4, y: y + BAR_HEIGHT / 2 + 4, text });
      }
    }
    flush();
  }

  for (let k = 0; k < kinds; k++) {
    const w = wide[k]!;
    if (w.length) {
      ctx.fillStyle = colors.fill[k]!;
      for (let n = 0; n < w.length; n += 3) ctx.fillRect(w[n]!, w[n + 1]!, w[n + 2]!, BAR_HEIGHT);
      ctx.strokeStyle = colors.stroke[k]!;
      ctx.lineWidth = 1;
      ctx.beginPath();
      for (let n = 0; n < w.length; n += 3) if (w[n + 2]! > 3) ctx.rect(w[n]! + 0.5, w[n + 1]! + 0.5, w[n + 2]! - 1, BAR_HEIGHT - 1);
      ctx.stroke();
    }
    const t = thin[k]!;
    if (t.length) {
      ctx.fillStyle = colors.stroke[k]!;
      for (let n = 0; n < t.length; n += 3) ctx.fillRect(t[n]!, t[n + 1]!, t[n + 2]!, BAR_HEIGHT);
    }
  }
  if (labels.length) {
    ctx.fillStyle = colors.text;
    ctx.font = '11px system-ui, sans-serif';
    for (const l of labels) ctx.fillText(l.text, l.x, l.y);
  }
}
