/**
 * "Who woke whom": an arrow from the cause's mark to the resumed step, and a deadlock's cycle of
 * waits. SVG paths in small runs (each with data hooks naming its ends); on the canvas in a big
 * one, as one stroked path.
 */
import { el, px, sec, type SvgNode } from '../render/svg/svg-node.ts';
import { arrowCurve, curveVisible, distanceToCurve, type ArrowCurve } from './arrow-geometry.ts';
import type { Layer, LayerFrame } from './layer.ts';

function curves(f: LayerFrame): { i: number; c: ArrowCurve }[] {
  const out: { i: number; c: ArrowCurve }[] = [];
  f.arrows.forEach((a, i) => {
    const c = arrowCurve(a, f.scale, f.rows);
    if (curveVisible(c, f.width, f.height)) out.push({ i, c });
  });
  return out;
}

export function curvePath(c: ArrowCurve): string {
  return `M${px(c.p0.x)},${px(c.p0.y)}C${px(c.c1.x)},${px(c.c1.y)} ${px(c.c2.x)},${px(c.c2.y)} ${px(c.p1.x)},${px(c.p1.y)}`;
}

export function headPath(c: ArrowCurve): string {
  return `M${px(c.p1.x)},${px(c.p1.y)}L${px(c.head[0].x)},${px(c.head[0].y)}L${px(c.head[1].x)},${px(c.head[1].y)}z`;
}

export const arrowsLayer: Layer = {
  name: 'arrows',
  svg(f) {
    if (f.mode !== 'svg' || f.arrows.length === 0) return [];
    const rows = f.layout.rows;
    const nodes: SvgNode[] = curves(f).map(({ i, c }) => {
      const a = f.arrows[i]!;
      return el(
        'g',
        `a${a.kind[0]}${a.from.row}-${a.to.row}-${sec(a.to.t)}-${i}`,
        { class: `tl-arrow tl-arrow-${a.kind}`, 'data-arrow': a.kind, 'data-from': rows[a.from.row]!.name, 'data-to': rows[a.to.row]!.name, 'data-from-t': sec(a.from.t), 'data-to-t': sec(a.to.t) },
        [el('path', 'c', { class: 'tl-arrow-line', d: curvePath(c) }), el('path', 'h', { class: 'tl-arrow-head', d: headPath(c) })],
      );
    });
    return [el('g', 'arrows', { class: 'tl-arrows' }, nodes)];
  },
  canvas(ctx, f, colors) {
    if (f.mode !== 'canvas' || f.arrows.length === 0) return;
    const visible = curves(f);
    for (const kind of ['wake', 'deadlock'] as const) {
      const mine = visible.filter(({ i }) => f.arrows[i]!.kind === kind);
      if (!mine.length) continue;
      const color = kind === 'wake' ? (colors.arrow ?? '#5f6b76') : (colors.deadlock ?? '#d55e00');
      ctx.strokeStyle = color;
      ctx.fillStyle = color;
      ctx.lineWidth = kind === 'wake' ? 1.2 : 2;
      ctx.beginPath();
      for (const { c } of mine) {
        ctx.moveTo(c.p0.x, c.p0.y);
        ctx.bezierCurveTo(c.c1.x, c.c1.y, c.c2.x, c.c2.y, c.p1.x, c.p1.y);
      }
      ctx.stroke();
      ctx.beginPath();
      for (const { c } of mine) {
        ctx.moveTo(c.p1.x, c.p1.y);
        ctx.lineTo(c.head[0].x, c.head[0].y);
        ctx.lineTo(c.head[1].x, c.head[1].y);
        ctx.closePath();
      }
      ctx.fill();
    }
  },
  hit(f, x, y, tol) {
    let best: number | null = null;
    let bestDist = tol + 1;
    for (const { i, c } of curves(f)) {
      const d = distanceToCurve(c, x, y);
      if (d <= bestDist) {
        best = i;
        bestDist = d;
      }
    }
    return best === null ? null : { layer: 'arrows', arrow: f.arrows[best]! };
  },
};
