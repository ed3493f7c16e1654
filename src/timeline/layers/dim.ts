/**
 * What comes after the playhead, dimmed. SVG only, in both modes: it must cover the SVG marks
 * that sit above the canvas, which a canvas fill cannot.
 */
import { el, px } from '../render/svg/svg-node.ts';
import type { Layer, LayerFrame } from './layer.ts';

export function playheadX(f: LayerFrame): number | null {
  return f.playhead === null ? null : px(Math.max(-1, Math.min(f.width + 1, f.scale(f.playhead))));
}

export const dimLayer: Layer = {
  name: 'dim',
  svg(f) {
    const x = playheadX(f);
    // At the end of the run nothing is in the future: the room right of the end stays bright.
    if (x === null || x >= f.width || f.playhead! >= f.layout.end) return [];
    return [el('rect', 'dim', { class: 'tl-dim', x: Math.max(0, x), y: 0, width: px(f.width - Math.max(0, x)), height: px(f.height) })];
  },
};
