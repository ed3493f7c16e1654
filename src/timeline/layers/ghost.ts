/**
 * The previous run's bars as faint dashed outlines behind the current ones, matched by task,
 * so that an edit shows what moved. Steps and ready gaps have no outline: only waits and runs
 * that took time do.
 */
import { barBox } from '../layout/bar-geometry.ts';
import { BAR_HEIGHT } from '../layout/geometry.ts';
import { visibleSpanRange } from '../layout/layout-trace.ts';
import { el, px } from '../render/svg/svg-node.ts';
import type { Layer, LayerFrame } from './layer.ts';

interface GhostBox {
  readonly key: string;
  readonly kind: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
}

function ghostBoxes(f: LayerFrame): GhostBox[] {
  const ghost = f.ghost;
  if (!ghost) return [];
  const out: GhostBox[] = [];
  const barY = (f.rows.rowHeight - BAR_HEIGHT) / 2;
  for (let i = f.first; i < f.last; i++) {
    const cur = f.layout.rows[i]!;
    const gi = ghost.rowOfTask.get(cur.task);
    if (gi === undefined) continue;
    const gr = ghost.rows[gi]!;
    const [lo, hi] = visibleSpanRange(gr, f.t0, f.t1);
    const y = f.rows.top + i * f.rows.rowHeight + barY;
    for (let j = lo; j < hi; j++) {
      const s = gr.row.spans[j]!;
      if (s.kind === 'ready' || s.end - s.start <= 0) continue;
      const box = barBox(f.scale(s.start), f.scale(s.end), f.width, 0);
      if (box) out.push({ key: `g${cur.task}-${j}`, kind: s.kind, x: box.x, y, w: box.w });
    }
  }
  return out;
}

export const ghostLayer: Layer = {
  name: 'ghost',
  svg(f) {
    if (f.mode !== 'svg' || !f.ghost) return [];
    const rects = ghostBoxes(f).map((b) => el('rect', b.key, { class: `tl-ghost-bar tl-ghost-${b.kind}`, x: px(b.x), y: px(b.y), width: px(b.w), height: BAR_HEIGHT }));
    return [el('g', 'ghost', { class: 'tl-ghost', 'aria-hidden': 'true' }, rects)];
  },
  canvas(ctx, f, colors) {
    if (f.mode !== 'canvas' || !f.ghost) return;
    const boxes = ghostBoxes(f);
    if (!boxes.length) return;
    ctx.strokeStyle = colors.ghost ?? '#7b8794';
    ctx.lineWidth = 1;
    ctx.setLineDash([2, 3]);
    ctx.beginPath();
    for (const b of boxes) ctx.rect(b.x + 0.5, b.y + 0.5, Math.max(0, b.w - 1), BAR_HEIGHT - 1);
    ctx.stroke();
    ctx.setLineDash([]);
  },
};
