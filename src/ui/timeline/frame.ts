/**
 * One frame of the chart: choose SVG or canvas by how many bars are visible, build one layer
 * frame, let both backends draw it, then the axis and the playhead's handle. Also leaves data
 * hooks on the figure (mode, frame time, frame count) for e2e tests and the bench.
 */
import { axisTop, select, type ScaleLinear } from 'd3';
import type { TaskId } from '../../trace/format.ts';
import type { MistakeFlag } from '../../trace/views/flag-types.ts';
import { countVisibleBars, type TimelineLayout } from '../../timeline/layout/layout-trace.ts';
import { visibleArrows, type ChartArrow } from '../../timeline/layers/arrow-model.ts';
import { layerFrame, type DelayPreview, type LayerFrame, type RenderMode } from '../../timeline/layers/index.ts';
import { paintCanvas, readCanvasColors, type CanvasColors } from '../../timeline/render/canvas/canvas-renderer.ts';
import { patchSvg } from '../../timeline/render/svg/svg-dom.ts';
import { scene } from '../../timeline/render/svg/svg-scene.ts';
import type { Viewport } from './viewport.ts';
import type { InstantBand } from '../../timeline/layers/layer.ts';
import type { AxisWords } from './tooltip-text.ts';

/**
 * Above this many visible bars and marks the canvas draws the bars; below (with hysteresis)
 * SVG does. Every built-in example shows under 50, where SVG's crisp, inspectable bars are
 * worth it; a few hundred SVG bars already cost a first draw tens of milliseconds.
 */
export const CANVAS_THRESHOLD = 300;
const SVG_THRESHOLD = 200;

export interface FrameElements {
  readonly root: HTMLElement;
  readonly canvas: HTMLCanvasElement;
  readonly scene: SVGGElement;
  readonly axis: SVGGElement;
  readonly playhead: HTMLElement;
}

export interface FrameContent {
  readonly layout: TimelineLayout;
  readonly ghost: TimelineLayout | null;
  readonly playhead: number;
  readonly selectedTask: TaskId | null;
  readonly preview: DelayPreview | null;
  readonly arrows: readonly ChartArrow[];
  readonly showAllArrows: boolean;
  readonly flags: readonly MistakeFlag[];
  /** Ease the axis to its new ticks: a rerun's bars and marks glide at the same time. */
  readonly animate: boolean;
  /** The steps view's axis: a tick per instant with its own words, instead of seconds. */
  readonly axisTicks: AxisTicks | null;
  /** The steps view's instants, shaded behind the bars. */
  readonly bands: readonly InstantBand[];
  /** How the playhead's slider says its place (seconds, or the instant and step). */
  readonly words: AxisWords;
}

/** Ticks with their labels, at axis positions. */
export interface AxisTicks {
  readonly values: readonly number[];
  readonly labels: readonly string[];
}

/** The axis labels' font (timeline.css, .tl-axis text): about this wide per character. */
const AXIS_CHAR_PX = 5.6;
/** Room kept between one label's end and the next tick. */
const LABEL_GAP_PX = 6;

export class FrameDrawer {
  private mode: RenderMode = 'svg';
  private colors: CanvasColors | null = null;
  /** The last frame drawn: hit tests read the same geometry the user sees. */
  last: LayerFrame | null = null;
  stats = { mode: 'svg' as RenderMode, bars: 0, ms: 0 };

  constructor(
    private readonly els: FrameElements,
    private readonly viewport: Viewport,
  ) {}

  /** The theme changed: read the canvas colours again. */
  resetColors(): void {
    this.colors = null;
  }

  draw(c: FrameContent): void {
    const t0 = performance.now();
    const vp = this.viewport;
    const scale = vp.scale();
    const g = vp.geometry();
    const first = Math.floor(-g.top / g.rowHeight);
    const last = Math.ceil((vp.height - g.top) / g.rowHeight);
    const limit = this.mode === 'svg' ? CANVAS_THRESHOLD : SVG_THRESHOLD;
    const bars = countVisibleBars(c.layout, first, last, scale.invert(0), scale.invert(vp.width), limit + 1, true);
    this.mode = bars > limit ? 'canvas' : 'svg';
    const frame = layerFrame(
      c.layout,
      {
        width: vp.width,
        height: vp.height,
        scale,
        rows: g,
        playhead: c.playhead,
        selectedTask: c.selectedTask,
        ghost: c.ghost,
        preview: c.preview,
        arrows: visibleArrows(c.arrows, c.layout, c.selectedTask, c.showAllArrows),
        flags: c.flags,
        bands: c.bands,
      },
      this.mode,
    );
    this.last = frame;
    this.drawCanvas(frame);
    patchSvg(this.els.scene, scene(frame));
    this.drawAxis(scale, c.animate, c.axisTicks);
    this.placePlayhead(scale, c.playhead, c.words);
    this.stats = { mode: this.mode, bars, ms: performance.now() - t0 };
    const ds = this.els.root.dataset;
    ds.renderMode = this.mode;
    ds.frameMs = this.stats.ms.toFixed(2);
    ds.frames = String(Number(ds.frames ?? 0) + 1);
  }

  private drawCanvas(frame: LayerFrame): void {
    const canvas = this.els.canvas;
    if (frame.mode === 'svg') {
      if (canvas.style.display !== 'none') canvas.style.display = 'none';
      return;
    }
    canvas.style.display = '';
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(frame.width * dpr);
    const h = Math.round(frame.height * dpr);
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
      canvas.style.width = `${frame.width}px`;
      canvas.style.height = `${frame.height}px`;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    this.colors ??= readCanvasColors(this.els.root);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    paintCanvas(ctx, frame, this.colors);
  }

  private drawAxis(scale: ScaleLinear<number, number>, animate: boolean, ticks: AxisTicks | null): void {
    const width = this.viewport.width;
    const fmt = scale.tickFormat(Math.max(2, Math.floor(width / 90)));
    const axis = axisTop(scale);
    const shown = ticks ? instantTicks(ticks, scale) : null;
    if (shown) {
      axis.tickValues(shown.map((s) => s.value)).tickFormat((_, i) => shown[i]!.text);
    } else {
      axis.ticks(Math.max(2, Math.floor(width / 90))).tickFormat((d) => `${fmt(d as number)} s`);
    }
    axis
      .tickSizeOuter(0)
      // Labels sit above the playhead marker (timeline.css), which would cover the one at its time.
      .tickPadding(7);
    const sel = select(this.els.axis);
    sel.classed('tl-axis-instants', shown !== null);
    // The same 0.4 s ease as the bars' CSS transition (timeline.css), so axis and bars move together.
    if (animate && !matchMedia('(prefers-reduced-motion: reduce)').matches) sel.transition().duration(400).call(axis);
    else {
      sel.interrupt();
      sel.call(axis);
    }
    if (shown) titleTicks(this.els.axis, shown);
    else sel.selectAll('.tick text').attr('text-anchor', null).attr('x', null);
    if (!shown) sel.selectAll('.tick title').remove();
  }

  /** The playhead's handle on the axis: moved, and its slider values set, without React. */
  placePlayhead(scale: ScaleLinear<number, number>, t: number, words: AxisWords): void {
    const x = scale(t);
    const ph = this.els.playhead;
    const visible = x >= -1 && x <= this.viewport.width + 1;
    ph.style.transform = `translateX(${Math.round(x * 10) / 10}px)`;
    ph.style.visibility = visible ? 'visible' : 'hidden';
    ph.setAttribute('aria-valuenow', String(t));
    ph.setAttribute('aria-valuetext', words.text(t));
  }
}

export interface ShownTick {
  readonly value: number;
  /** The label as it fits before the next tick (cut with …). */
  readonly text: string;
  readonly full: string;
}

/**
 * Every instant's tick in view, its label starting at the tick (so the first one is not under
 * the row labels' header) and cut to the room before the next tick or the axis end, never left
 * out: the full words are the tick's title.
 */
export function instantTicks(ticks: AxisTicks, scale: ScaleLinear<number, number>): ShownTick[] {
  const [r0, r1] = scale.range() as [number, number];
  const out: ShownTick[] = [];
  ticks.values.forEach((v, i) => {
    const x = scale(v);
    const next = i + 1 < ticks.values.length ? scale(ticks.values[i + 1]!) : Infinity;
    if (next < r0 || x > r1 + 1) return;
    const full = ticks.labels[i]!;
    out.push({ value: v, text: cutLabel(full, Math.min(next, r1) - Math.max(x, r0) - LABEL_GAP_PX), full });
  });
  return out;
}

/** The label cut to `px`: whole, or its start and …, or at least … to say something is there. */
export function cutLabel(label: string, px: number): string {
  const chars = Math.floor(px / AXIS_CHAR_PX);
  if (chars >= label.length) return label;
  return chars >= 3 ? `${label.slice(0, chars - 1).trimEnd()}…` : '…';
}

/** Each instant tick's full words as its SVG title (the tooltip of a cut label). */
function titleTicks(axis: SVGGElement, shown: readonly ShownTick[]): void {
  const full = new Map(shown.map((s) => [s.value, s.full]));
  select(axis)
    .selectAll<SVGGElement, number>('.tick')
    .each(function (d) {
      const text = full.get(d);
      const tick = select(this);
      tick.select('text').attr('text-anchor', 'start').attr('x', 2);
      if (text === undefined) return;
      const title = tick.selectAll('title').data([text]);
      title.enter().append('title').merge(title as never).text(text);
    });
}
