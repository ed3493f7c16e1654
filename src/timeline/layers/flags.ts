/**
 * A learner's mistakes where they happened: a warning marker at the flag's time on its task's
 * row (module-level ones on the top row), a band across every lane for a blocking call ("the
 * whole loop was blocked…"), and a bracket under the stretch that sequential awaits took.
 * A deadlock's cycle is drawn by the arrows layer. The sentence and the fix are the tooltip's.
 */
import type { MistakeFlag } from '../../trace/views/flag-types.ts';
import { barBox, fitLabel } from '../layout/bar-geometry.ts';
import { el, px, sec, type SvgNode } from '../render/svg/svg-node.ts';
import type { Layer, LayerFrame, LayerHit } from './layer.ts';

const MARKER = 10;

interface PlacedFlag {
  readonly flag: MistakeFlag;
  readonly index: number;
  /** Marker tip, on the row's top edge. */
  readonly x: number;
  readonly y: number;
  readonly row: number;
  /** Band or bracket extent in pixels, when the flag covers a stretch of time. */
  readonly x1: number | null;
}

export function flagRow(f: LayerFrame, flag: MistakeFlag): number {
  return flag.task === null ? 0 : (f.layout.rowOfTask.get(flag.task) ?? 0);
}

function placed(f: LayerFrame): PlacedFlag[] {
  const out: PlacedFlag[] = [];
  f.flags.forEach((flag, index) => {
    const row = flagRow(f, flag);
    const x = f.scale(flag.t);
    const x1 = flag.tEnd !== undefined && flag.tEnd > flag.t ? f.scale(flag.tEnd) : null;
    if (Math.max(x, x1 ?? x) < -MARKER || Math.min(x, x1 ?? x) > f.width + MARKER) return;
    const onScreen = row >= f.first && row < f.last;
    if (!onScreen && !flag.acrossAllRows) return;
    out.push({ flag, index, x, y: f.rows.top + row * f.rows.rowHeight + 1, row, x1 });
  });
  return out;
}

function markerPath(p: PlacedFlag): string {
  return `M${px(p.x)},${px(p.y)}l${MARKER / 2},${MARKER * 0.9}h${-MARKER}z`;
}

export const flagsLayer: Layer = {
  name: 'flags',
  svg(f) {
    if (f.mode !== 'svg' || f.flags.length === 0) return [];
    const nodes: SvgNode[] = [];
    for (const p of placed(f)) {
      const { flag } = p;
      const kids: SvgNode[] = [];
      if (p.x1 !== null && flag.acrossAllRows) {
        const box = barBox(p.x, p.x1, f.width, 0);
        if (box) {
          kids.push(el('rect', 'band', { class: 'tl-flag-band', x: px(box.x), y: 0, width: px(box.w), height: px(f.height) }));
          const text = fitLabel(flag.message, box.w);
          if (text) kids.push(el('text', 'text', { class: 'tl-flag-text', x: px(Math.max(0, box.x) + 4), y: px(f.height - 6) }, undefined, text));
        }
      } else if (p.x1 !== null) {
        const yb = p.y + f.rows.rowHeight - 3;
        kids.push(el('path', 'span', { class: 'tl-flag-span', d: `M${px(p.x)},${px(yb - 4)}v4H${px(p.x1)}v-4` }));
      }
      if (p.row >= f.first && p.row < f.last) kids.push(el('path', 'marker', { class: 'tl-flag-marker', d: markerPath(p) }));
      nodes.push(el('g', `f${p.index}`, { class: `tl-flag tl-flag-${flag.kind}`, 'data-flag': flag.kind, 'data-t': sec(flag.t), 'data-row': p.row }, kids));
    }
    return [el('g', 'flags', { class: 'tl-flags' }, nodes)];
  },
  canvas(ctx, f, colors) {
    if (f.mode !== 'canvas' || f.flags.length === 0) return;
    const all = placed(f);
    ctx.fillStyle = colors.flagBand ?? 'rgba(213, 94, 0, 0.15)';
    for (const p of all) if (p.x1 !== null && p.flag.acrossAllRows) ctx.fillRect(p.x, 0, Math.max(1, p.x1 - p.x), f.height);
    ctx.fillStyle = colors.flag ?? '#d55e00';
    ctx.beginPath();
    for (const p of all) {
      if (p.row < f.first || p.row >= f.last) continue;
      ctx.moveTo(p.x, p.y);
      ctx.lineTo(p.x + MARKER / 2, p.y + MARKER * 0.9);
      ctx.lineTo(p.x - MARKER / 2, p.y + MARKER * 0.9);
      ctx.closePath();
    }
    ctx.fill();
  },
  /** Markers and brackets only: a band under the pointer is `flagBandAt`'s, asked after the bars. */
  hit(f, x, y, tol): LayerHit | null {
    for (const p of placed(f)) {
      const inRow = y >= p.y - 1 && y <= p.y - 1 + f.rows.rowHeight;
      if (!inRow) continue;
      const onMarker = Math.abs(x - p.x) <= MARKER / 2 + tol && y <= p.y + MARKER + tol;
      const onBracket = p.x1 !== null && !p.flag.acrossAllRows && x >= p.x - tol && x <= p.x1 + tol && y >= p.y + f.rows.rowHeight - 8 - tol;
      if (onMarker || onBracket) return { layer: 'flags', flag: p.flag };
    }
    return null;
  },
};

/** The blocking-call band under x, if any: what an empty spot inside the band explains. */
export function flagBandAt(f: LayerFrame, x: number): MistakeFlag | null {
  for (const p of placed(f)) if (p.flag.acrossAllRows && p.x1 !== null && x >= Math.min(p.x, p.x1) && x <= Math.max(p.x, p.x1)) return p.flag;
  return null;
}
