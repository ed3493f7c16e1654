/**
 * One drawn concern of the chart (bars, ghost, marks, arrows, flags, dim, playhead). Each layer
 * has an SVG side, a Canvas side and a hit test, and both backends iterate the same list, so the
 * live SVG, the canvas of a big run and the exported SVG string draw the same picture.
 *
 * `mode` says which backend carries the bulk: in 'svg' every layer draws SVG; in 'canvas' the
 * many-element layers (backdrop, ghost, bars, print pins, arrows, flags) draw on the canvas and
 * the few-element overlays (marks, dim, playhead) stay SVG above it.
 *
 * Layers take an XScale (any time → x mapping with an inverse), never assume linear time: a
 * step axis can replace the scale without touching them.
 */
import type { TaskId } from '../../trace/format.ts';
import type { MistakeFlag } from '../../trace/views/flag-types.ts';
import type { SvgNode } from '../render/svg/svg-node.ts';
import type { ChartArrow } from './arrow-model.ts';
import type { CanvasColors } from './canvas-colors.ts';
import type { RowGeometry, XScale } from '../layout/geometry.ts';
import type { TimelineLayout } from '../layout/layout-trace.ts';

export type RenderMode = 'svg' | 'canvas';

/** A sleep bar whose end is being dragged: drawn with the new end and label. */
export interface DelayPreview {
  readonly task: TaskId;
  readonly span: number;
  readonly delay: number;
}

/** One instant of the steps axis, [u0, u1) in axis units: its slots share that moment. */
export interface InstantBand {
  readonly u0: number;
  readonly u1: number;
}

/** Everything a layer needs for one frame. Built once per frame by `layerFrame`. */
export interface LayerFrame {
  readonly layout: TimelineLayout;
  readonly width: number;
  readonly height: number;
  readonly scale: XScale;
  readonly rows: RowGeometry;
  /** Visible rows [first, last). */
  readonly first: number;
  readonly last: number;
  /** Visible seconds, with a bar's minimum width of margin either side. */
  readonly t0: number;
  readonly t1: number;
  readonly mode: RenderMode;
  readonly playhead: number | null;
  readonly selectedTask: TaskId | null;
  readonly ghost: TimelineLayout | null;
  readonly preview: DelayPreview | null;
  /** The arrows to draw this frame (already chosen: all, or the selected task's). */
  readonly arrows: readonly ChartArrow[];
  readonly flags: readonly MistakeFlag[];
  /** Steps mode: the instants, shaded alternately behind the bars. Empty in time mode. */
  readonly bands: readonly InstantBand[];
}

/** What a layer found under the pointer. */
export type LayerHit =
  | { readonly layer: 'bars'; readonly row: number; readonly t: number; readonly span: number }
  | { readonly layer: 'marks'; readonly row: number; readonly t: number; readonly mark: number }
  | { readonly layer: 'arrows'; readonly arrow: ChartArrow }
  | { readonly layer: 'flags'; readonly flag: MistakeFlag };

export interface Layer {
  readonly name: string;
  /** Top-level SVG nodes for the plot (may be empty). */
  svg?(f: LayerFrame): SvgNode[];
  canvas?(ctx: CanvasRenderingContext2D, f: LayerFrame, colors: CanvasColors): void;
  /** What of this layer is at (x, y) in plot pixels, or null. */
  hit?(f: LayerFrame, x: number, y: number, tolerancePx: number): LayerHit | null;
}
