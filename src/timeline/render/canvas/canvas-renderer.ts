/**
 * The canvas backend, for runs too big for SVG: each layer's canvas side in drawing order. What
 * stays SVG in a canvas frame (marks, dim, playhead) is drawn by the SVG overlay above.
 */
import { SPAN_KINDS } from '../../layout/kinds.ts';
import type { TimelineLayout } from '../../layout/layout-trace.ts';
import type { CanvasColors } from '../../layers/canvas-colors.ts';
import { LAYERS, layerFrame, type FrameInput, type LayerFrame } from '../../layers/index.ts';

export type { CanvasColors } from '../../layers/canvas-colors.ts';
export type CanvasFrame = FrameInput;

export function drawCanvas(ctx: CanvasRenderingContext2D, layout: TimelineLayout, f: CanvasFrame, colors: CanvasColors): void {
  paintCanvas(ctx, layerFrame(layout, f, 'canvas'), colors);
}

export function paintCanvas(ctx: CanvasRenderingContext2D, frame: LayerFrame, colors: CanvasColors): void {
  ctx.clearRect(0, 0, frame.width, frame.height);
  for (const layer of LAYERS) layer.canvas?.(ctx, frame, colors);
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
    ready: main.ready!,
    sleeping: v('--tl-sleeping-fill', '#dcf0fb'),
    waiting: v('--tl-waiting-fill', '#e3f5ef'),
    held: v('--tl-held-fill', '#fcefd0'),
    running: main.running!,
    blocked: main.blocked!,
  };
  return {
    rowOdd: v('--tl-row-odd', '#f6f7f9'),
    rowSelected: v('--tl-row-selected', '#e6f0fa'),
    text: v('--tl-text', '#1d2329'),
    print: v('--tl-print', '#5f6b76'),
    fill: SPAN_KINDS.map((k) => light[k]!),
    stroke: SPAN_KINDS.map((k) => main[k]!),
    blockBand: v('--tl-block-band', 'rgba(213, 94, 0, 0.08)'),
    instantBand: v('--tl-instant-band', 'rgba(0, 114, 178, 0.07)'),
    ghost: v('--tl-ghost', '#7b8794'),
    arrow: v('--tl-arrow', '#5f6b76'),
    deadlock: v('--tl-error', '#d55e00'),
    flag: v('--tl-flag', '#d55e00'),
    flagBand: v('--tl-flag-band', 'rgba(213, 94, 0, 0.15)'),
  };
}
