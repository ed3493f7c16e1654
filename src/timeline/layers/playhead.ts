/** The playhead's line across the rows (its handle on the axis is HTML, placed by the frame). SVG only, like the dim. */
import { el, px } from '../render/svg/svg-node.ts';
import { playheadX } from './dim.ts';
import type { Layer } from './layer.ts';

export const playheadLayer: Layer = {
  name: 'playhead',
  svg(f) {
    const x = playheadX(f);
    return x === null ? [] : [el('line', 'playhead', { class: 'tl-playhead-line', x1: x, x2: x, y1: 0, y2: px(f.height) })];
  },
};
