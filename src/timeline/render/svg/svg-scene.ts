/**
 * The SVG backend: the plot area as SVG nodes for one frame, each layer's SVG side in drawing
 * order. Pure: the same nodes feed the string renderer (golden files, export) and the DOM patcher.
 */
import type { TimelineLayout } from '../../layout/layout-trace.ts';
import { LAYERS, layerFrame, type FrameInput, type LayerFrame } from '../../layers/index.ts';
import type { SvgNode } from './svg-node.ts';

export type { DelayPreview } from '../../layers/index.ts';
export type PlotFrame = FrameInput;

export function buildPlotScene(layout: TimelineLayout, f: PlotFrame): SvgNode[] {
  return scene(layerFrame(layout, f, 'svg'));
}

/** The nodes of an already built frame (the live chart builds one frame for both backends). */
export function scene(frame: LayerFrame): SvgNode[] {
  const out: SvgNode[] = [];
  for (const layer of LAYERS) if (layer.svg) out.push(...layer.svg(frame));
  return out;
}
