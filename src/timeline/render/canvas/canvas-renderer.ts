/**
 * Bars on a 2D canvas for runs too big for SVG. Per row, bars narrower than a pixel merge into
 * runs of touching pixels, so a frame fills O(rows × gaps) rectangles however many spans there
 * are (software canvas here: each fillRect costs microseconds). Fills are batched by kind (one fillStyle per kind per frame). Marks, the
 * playhead and the dimming stay in the SVG overlay above.
 */
import type { TaskId } from '../../../trace/format.ts';
import { BAR_HEIGHT, type RowGeometry, type XScale } from '../../layout/geometry.ts';
import { MARK_CODE, SPAN_CODE, SPAN_KINDS } from '../../layout/kinds.ts';
import { firstEndingAtOrAfter, firstStartingAfter, visibleSpanRange, type TimelineLayout } from '../../layout/layout-trace.ts';
import { barBox, fitLabel } from '../svg/bar-geometry.ts';
import { barLabel } from '../svg/svg-scene.ts';

/** Bars narrower than this merge with their neighbours instead of being drawn one by one. */
const THIN_PX = 3;

export interface CanvasColors {
  readonly rowOdd: string;
  readonly rowSelected: string;
  readonly text: string;
  readonly print: string;
  /** Fill and outline per span kind, indexed by kind code (SPAN_KINDS order). */
  readonly fill: readonly string[];
  readonly stroke: readonly string[];
}

export interface CanvasFrame {
  readonly width: number;
  readonly height: number;
  readonly scale: XScale;
  readonly rows: RowGeometry;
  readonly selectedTask?: TaskId | null;
}

/** Reads the theme's colours from CSS custom properties on `el`. */
export function readCanvasColors(el: Element): CanvasColors {
  const cs = getComputedStyle(el);
  const v = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
  const main: Record<string, string> = {
    ready: v('--tl-ready', '#8a949e'),
    sleeping: v('--tl-sleeping', '#56b4e9'),
    waiting: v('--tl-waiting', '#009e73'),
    held: v('--tl-held', '#e69f00'),
    running: v('--tl-running', '#0072b2'),
    blocked: v('--tl-blocked', '#d55e00'),
  };
  const light: Record<string, string> = {
    ready: main.ready,
    sleeping: v('--tl-sleeping-fill', '#dcf0fb'),
    waiting: v('--tl-waiting-fill', '#e3f5ef'),
    held: v('--tl-held-fill', '#fcefd0'),
    running: main.running,
    blocked: main.blocked,
  };
  return {
    rowOdd: v('--tl-row-odd', '#f6f7f9'),
    rowSelected: v('--tl-row-selected', '#e6f0fa'),
    text: v('--tl-text', '#1d2329'),
    print: v('--tl-print', '#5f6b76'),
    fill: SPAN_KINDS.map((k) => light[k]),
    stroke: SPAN_KINDS.map((k) => main[k]),
  };
}

export function drawCanvas(ctx: CanvasRenderingContext2D, layout: TimelineLayout, f: CanvasFrame, colors: CanvasColors): void {
  const { width, height, scale, rows: g } = f;
  ctx.clearRect(0, 0, width, height);
  const first = Math.max(0, Math.floor(-g.top / g.rowHeight));
  const last = Math.min(layout.rows.length, Math.ceil((height - g.top) / g.rowHeight));
  const t0 = scale.invert(-2);
  const t1 = scale.invert(width + 2);
  const kinds = SPAN_KINDS.length;
  const wide: number[][] = Array.from({ length: kinds }, () => []);
  const thin: number[][] = Array.from({ length: kinds }, () => []);
  const labels: { x: number; y: number; text: string }[] = [];
  const barOffset = (g.rowHeight - BAR_HEIGHT) / 2;
  const pins: number[] = [];
  const acc = new Float64Array(kinds);

  for (let i = first; i < last; i++) {
    const r = layout.rows[i];
    const rowTop = g.top + i * g.rowHeight;
    if (f.selectedTask === r.task) {
      ctx.fillStyle = colors.rowSelected;
      ctx.fillRect(0, rowTop, width, g.rowHeight);
    } else if (i % 2) {
      ctx.fillStyle = colors.rowOdd;
      ctx.fillRect(0, rowTop, width, g.rowHeight);
    }
    const y = rowTop + barOffset;
    const [lo, hi] = visibleSpanRange(r, t0, t1);
    // Bars of a few pixels or less merge into runs of touching pixels; a run takes the colour of the kind
    // that covers most of its time, so a dense stretch of steps and sleeps reads as sleeping.
    let runX0 = NaN;
    let runX1 = NaN;
    const flush = () => {
      if (Number.isNaN(runX0)) return;
      let best = SPAN_CODE.running;
      for (let k = 0; k < kinds; k++) if (acc[k] > acc[best]) best = k;
      thin[best].push(runX0, y, Math.max(1.5, runX1 - runX0));
      acc.fill(0);
      runX0 = runX1 = NaN;
    };
    const { starts, ends, kinds: spanKinds } = r;
    for (let j = lo; j < hi; j++) {
      const x0 = scale(starts[j]);
      const x1 = scale(ends[j]);
      const k = spanKinds[j];
      if (x1 - x0 < THIN_PX) {
        if (!(x0 <= runX1 + 1)) {
          flush();
          runX0 = x0;
          runX1 = x0 + 1;
        }
        runX1 = Math.max(runX1, x1);
        acc[k] += ends[j] - starts[j];
        continue;
      }
      flush();
      const box = barBox(x0, x1, width);
      if (!box) continue;
      wide[k].push(box.x, y, box.w);
      if (box.w > 40) {
        const text = fitLabel(barLabel(r.row.spans[j]), box.w, false, k === SPAN_CODE.waiting);
        if (text) labels.push({ x: Math.max(0, box.x) + 4, y: y + BAR_HEIGHT / 2 + 4, text });
      }
    }
    flush();
    // Print pins, at most one per 4 px: the SVG overlay leaves them to the canvas in big runs.
    let lastPin = -Infinity;
    const { markTimes, markKinds } = r;
    const [mlo, mhi] = markRange(markTimes, t0, t1);
    for (let j = mlo; j < mhi; j++) {
      if (markKinds[j] !== MARK_CODE.print) continue;
      const x = scale(markTimes[j]);
      if (x - lastPin < 4) continue;
      lastPin = x;
      pins.push(x, y);
    }
  }

  for (let k = 0; k < kinds; k++) {
    const w = wide[k];
    if (w.length) {
      ctx.fillStyle = colors.fill[k];
      for (let n = 0; n < w.length; n += 3) ctx.fillRect(w[n], w[n + 1], w[n + 2], BAR_HEIGHT);
      ctx.strokeStyle = colors.stroke[k];
      ctx.lineWidth = 1;
      ctx.beginPath();
      for (let n = 0; n < w.length; n += 3) if (w[n + 2] > 3) ctx.rect(w[n] + 0.5, w[n + 1] + 0.5, w[n + 2] - 1, BAR_HEIGHT - 1);
      ctx.stroke();
    }
    const t = thin[k];
    if (t.length) {
      ctx.fillStyle = colors.stroke[k];
      for (let n = 0; n < t.length; n += 3) ctx.fillRect(t[n], t[n + 1], t[n + 2], BAR_HEIGHT);
    }
  }
  if (pins.length) {
    // Small rectangles, not triangles: filling thousands of path triangles is slow in software.
    ctx.fillStyle = colors.print;
    for (let n = 0; n < pins.length; n += 2) ctx.fillRect(pins[n] - 1.5, pins[n + 1] - 4, 3, 4);
  }
  if (labels.length) {
    ctx.fillStyle = colors.text;
    ctx.font = '11px system-ui, sans-serif';
    for (const l of labels) ctx.fillText(l.text, l.x, l.y);
  }
}

function markRange(times: Float64Array, t0: number, t1: number): [number, number] {
  return [firstEndingAtOrAfter(times, t0), firstStartingAfter(times, t1)];
}
