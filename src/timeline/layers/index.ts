/**
 * The chart's layers in drawing order, and the per-frame input they share. Both backends (the
 * SVG scene and the canvas) iterate this one list, so a new layer shows up in both.
 */
import { MIN_BAR_WIDTH } from '../layout/bar-geometry.ts';
import type { RowGeometry, XScale } from '../layout/geometry.ts';
import type { TimelineLayout } from '../layout/layout-trace.ts';
import type { TaskId } from '../../trace/format.ts';
import type { MistakeFlag } from '../../trace/views/flag-types.ts';
import type { ChartArrow } from './arrow-model.ts';
import { arrowsLayer } from './arrows.ts';
import { backdropLayer, barsLayer } from './bars.ts';
import { dimLayer } from './dim.ts';
import { flagsLayer } from './flags.ts';
import { ghostLayer } from './ghost.ts';
import type { DelayPreview, InstantBand, Layer, LayerFrame, RenderMode } from './layer.ts';
import { marksLayer } from './marks.ts';
import { playheadLayer } from './playhead.ts';

export const LAYERS: readonly Layer[] = [backdropLayer, ghostLayer, barsLayer, marksLayer, arrowsLayer, flagsLayer, dimLayer, playheadLayer];

/** What a caller knows about a frame; `layerFrame` adds the visible ranges. */
export interface FrameInput {
  readonly width: number;
  readonly height: number;
  readonly scale: XScale;
  readonly rows: RowGeometry;
  readonly mode?: RenderMode;
  readonly playhead?: number | null;
  readonly selectedTask?: TaskId | null;
  readonly ghost?: TimelineLayout | null;
  readonly preview?: DelayPreview | null;
  readonly arrows?: readonly ChartArrow[];
  readonly flags?: readonly MistakeFlag[];
  readonly bands?: readonly InstantBand[];
}

export function layerFrame(layout: TimelineLayout, f: FrameInput, mode: RenderMode): LayerFrame {
  const g = f.rows;
  return {
    layout,
    width: f.width,
    height: f.height,
    scale: f.scale,
    rows: g,
    first: Math.max(0, Math.floor(-g.top / g.rowHeight)),
    last: Math.min(layout.rows.length, Math.ceil((f.height - g.top) / g.rowHeight)),
    t0: f.scale.invert(-MIN_BAR_WIDTH),
    t1: f.scale.invert(f.width + MIN_BAR_WIDTH),
    mode: f.mode ?? mode,
    playhead: f.playhead ?? null,
    selectedTask: f.selectedTask ?? null,
    ghost: f.ghost ?? null,
    preview: f.preview ?? null,
    arrows: f.arrows ?? [],
    flags: f.flags ?? [],
    bands: f.bands ?? [],
  };
}

export type { DelayPreview, InstantBand, LayerFrame, LayerHit, RenderMode } from './layer.ts';
