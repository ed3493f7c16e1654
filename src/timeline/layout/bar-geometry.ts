/**
 * Where a span's bar goes on screen, shared by the SVG scene and the canvas: a zero-width step
 * still gets a visible sliver, centred on its instant, and huge coordinates are clipped so a
 * deep zoom never hands the browser a million-pixel rectangle.
 */
export const MIN_BAR_WIDTH = 2;
const CLIP_MARGIN = 8;

export interface BarBox {
  readonly x: number;
  readonly w: number;
}

export function barBox(x0: number, x1: number, viewWidth: number, minWidth = MIN_BAR_WIDTH): BarBox | null {
  let x = x0;
  let w = x1 - x0;
  if (w < minWidth) {
    x = (x0 + x1) / 2 - minWidth / 2;
    w = minWidth;
  }
  if (x > viewWidth + CLIP_MARGIN || x + w < -CLIP_MARGIN) return null;
  const cx = Math.max(x, -CLIP_MARGIN);
  const cw = Math.min(x + w, viewWidth + CLIP_MARGIN) - cx;
  return { x: cx, w: cw };
}

/** Rough room a label takes in the chart's 11px font, with its padding. */
export function labelWidth(label: string, bold = false): number {
  return label.length * (bold ? 7.2 : 6.4) + 8;
}

/** Whether a label fits inside its bar. */
export function labelFits(label: string, barWidth: number, bold = false): boolean {
  return barWidth >= labelWidth(label, bold);
}

/**
 * The label as it fits in the bar: whole, cut with an ellipsis, or null when too little would
 * show. Only descriptive labels may be cut: "sleep 0…" would misstate a number.
 */
export function fitLabel(label: string, barWidth: number, bold = false, mayCut = true): string | null {
  if (!label) return null;
  if (labelFits(label, barWidth, bold)) return label;
  if (!mayCut) return null;
  const chars = Math.floor((barWidth - 8) / (bold ? 7.2 : 6.4)) - 1;
  return chars >= 4 ? `${label.slice(0, chars).trimEnd()}…` : null;
}
