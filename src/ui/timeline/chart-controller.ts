/**
 * The imperative half of the timeline: d3-zoom for input (a base scale, rescaled by the zoom
 * transform), one rAF scheduler, SVG or canvas bars depending on how many are visible, the
 * axis, the playhead, hover tooltips, click-to-select and dragging a sleep's end. React owns
 * the DOM skeleton and hands its elements over; a zoom or pan frame never re-renders React.
 */
import { axisTop, scaleLinear, select, zoom, zoomIdentity, type D3ZoomEvent, type ScaleLinear, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { SourceSpan, TaskId } from '../../trace/format.ts';
import { ROW_HEIGHT, type RowGeometry } from '../../timeline/layout/geometry.ts';
import { hitTest } from '../../timeline/layout/hit-test.ts';
import { countVisibleBars, firstEndingAtOrAfter, type TimelineLayout } from '../../timeline/layout/layout-trace.ts';
import { drawCanvas, readCanvasColors, type CanvasColors } from '../../timeline/render/canvas/canvas-renderer.ts';
import { patchSvg } from '../../timeline/render/svg/svg-dom.ts';
import { endMargin } from '../../timeline/render/svg/end-margin.ts';
import { buildPlotScene, type DelayPreview } from '../../timeline/render/svg/svg-scene.ts';
import type { ThemeName } from '../../timeline/render/svg/svg-style.ts';
import { sameWindow, type ViewWindow } from '../../store/view-window.ts';
import { chartKeyAction } from './chart-keys.ts';
import { RafScheduler } from './raf-scheduler.ts';
import { showTooltip } from './tooltip-dom.ts';
import { fmtSeconds, tooltipFor, type TooltipText } from './tooltip-text.ts';

export interface TimelineSelection {
  readonly task?: TaskId;
  readonly t?: number;
}

export interface ChartElements {
  readonly root: HTMLElement;
  readonly scroller: HTMLElement;
  readonly plot: HTMLElement;
  readonly canvas: HTMLCanvasElement;
  readonly scene: SVGGElement;
  readonly axisStrip: HTMLElement;
  readonly axis: SVGGElement;
  readonly playhead: HTMLElement;
  readonly tooltip: HTMLElement;
}

export interface ChartState {
  readonly layout: TimelineLayout;
  readonly ghost: TimelineLayout | null;
  readonly playhead: number;
  readonly selectedTask: TaskId | null;
  readonly theme: ThemeName;
  readonly onSelect: (sel: TimelineSelection) => void;
  readonly onPlayheadChange: (t: number) => void;
  readonly onDelayEdit: (literal: SourceSpan, newValue: number) => void;
  /** The seconds to show, [start, end], or null to fit the run (a share link sets it). */
  readonly viewWindow: ViewWindow | null;
  /** Called when a zoom or pan ends, with the seconds now on screen (null: the whole run). */
  readonly onViewWindowChange: (window: ViewWindow | null) => void;
}

/**
 * Above this many visible bars and marks the canvas draws the bars; below (with hysteresis)
 * SVG does. Every built-in example shows under 50, where SVG's crisp, inspectable bars are
 * worth it; a few hundred SVG bars already cost a first draw tens of milliseconds.
 */
export const CANVAS_THRESHOLD = 300;
const SVG_THRESHOLD = 200;
const END_GRAB_PX = 5;

interface DelayDrag {
  readonly task: TaskId;
  readonly row: number;
  readonly span: number;
  readonly start: number;
  readonly original: number;
  readonly literal: SourceSpan;
  delay: number;
}

export class ChartController {
  private state: ChartState;
  private readonly base: ScaleLinear<number, number> = scaleLinear();
  private transform: ZoomTransform = zoomIdentity;
  private readonly zoomer: ZoomBehavior<HTMLElement, unknown>;
  private readonly scheduler = new RafScheduler(() => this.draw());
  private readonly resize: ResizeObserver;
  private width = 0;
  private height = 0;
  /** The scroller's scrollTop as of its last scroll event: reading it while drawing would force a layout. */
  private scrollTop = 0;
  private mode: 'svg' | 'canvas' = 'svg';
  private colors: CanvasColors | null = null;
  private drag: DelayDrag | null = null;
  private preview: DelayPreview | null = null;
  private scrubbing = false;
  private animateTimer: ReturnType<typeof setTimeout> | null = null;
  /** The window this chart last reported or applied: a state with another one came from outside. */
  private knownWindow: ViewWindow | null = null;
  private readonly cleanups: (() => void)[] = [];
  /** Exposed for tests and the bench: how the last frame was drawn and how long it took. */
  lastFrame = { mode: 'svg' as 'svg' | 'canvas', bars: 0, ms: 0 };

  constructor(
    private readonly els: ChartElements,
    initial: ChartState,
  ) {
    this.state = initial;
    this.zoomer = zoom<HTMLElement, unknown>()
      .scaleExtent([1, 1e7])
      .filter((event: Event) => {
        if (event.type === 'wheel') return !(event as WheelEvent).shiftKey;
        return this.drag === null && !(event as MouseEvent).button;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        this.transform = event.transform;
        this.hideTooltip();
        this.scheduler.schedule();
      })
      .on('end', () => this.reportWindow());
    select(els.plot).call(this.zoomer).on('dblclick.zoom', null);
    this.resize = new ResizeObserver(() => {
      if (this.measure()) this.scheduler.flush();
    });
    this.resize.observe(els.scroller);
    this.resize.observe(els.plot.parentElement ?? els.plot);
    this.listen(els.scroller, 'scroll', () => {
      this.scrollTop = els.scroller.scrollTop;
      this.scheduler.schedule();
    });
    this.listen(els.plot, 'pointermove', (e) => this.onPointerMove(e as PointerEvent));
    this.listen(els.plot, 'pointerleave', () => !this.drag && this.hideTooltip());
    this.listen(els.plot, 'pointerdown', (e) => this.onPointerDown(e as PointerEvent));
    this.listen(els.plot, 'pointerup', (e) => this.onPointerUp(e as PointerEvent));
    this.listen(els.plot, 'click', (e) => this.onClick(e as MouseEvent));
    this.listen(els.plot, 'keydown', (e) => this.onKey(e as KeyboardEvent));
    this.listen(els.plot, 'wheel', (e) => {
      // Shift+wheel scrolls the rows; plain wheel zooms (d3-zoom).
      const w = e as WheelEvent;
      if (w.shiftKey) els.scroller.scrollTop += w.deltaY || w.deltaX;
    });
    this.listen(els.axisStrip, 'pointerdown', (e) => this.onScrubStart(e as PointerEvent));
    this.listen(els.axisStrip, 'pointermove', (e) => this.onScrubMove(e as PointerEvent));
    this.listen(els.axisStrip, 'pointerup', () => (this.scrubbing = false));
    this.setState(initial, true);
    if (this.measure()) this.scheduler.flush();
    this.applyWindow(initial.viewWindow);
  }

  setState(next: ChartState, first = false): void {
    const prev = this.state;
    this.state = next;
    if (first || prev.theme !== next.theme) this.colors = null;
    if (first || prev.layout !== next.layout) {
      this.base.domain(next.layout.domain as [number, number]);
      this.fitRange();
      // A zoomed view keeps its seconds across an edit, so the new run compares with its ghost.
      if (!first && next.viewWindow !== null) this.applyWindow(next.viewWindow);
      this.preview = null;
      if (!first && sameTasks(prev.layout, next.layout)) this.animate();
      // More or fewer rows change the plot's height; the observers only see the scroller.
      if (!first && prev.layout.rows.length !== next.layout.rows.length) this.measure();
      // A new run is drawn now, inside React's commit: waiting for the next animation frame
      // would leave the old bars up for one more frame after an edit.
      if (!first) {
        this.scheduler.flush();
        return;
      }
    }
    else if (!first && !sameWindow(next.viewWindow, this.knownWindow)) this.applyWindow(next.viewWindow);
    this.scheduler.schedule();
  }

  /** Zooms and pans so that `window` fills the plot; null fits the whole run. */
  private applyWindow(window: ViewWindow | null): void {
    this.knownWindow = window;
    let t = zoomIdentity;
    if (window !== null) {
      // The zoomed scale is k·base(t) + x: put the window's ends where the fitted run's ends are.
      const [r0, r1] = this.base.range() as [number, number];
      const x0 = this.base(window[0]);
      const k = (r1 - r0) / (this.base(window[1]) - x0);
      if (Number.isFinite(k) && k > 0) t = zoomIdentity.translate(r0 - k * x0, 0).scale(k);
    }
    select(this.els.plot).call(this.zoomer.transform, t);
  }

  /** The seconds on screen after a zoom or pan, told to the store unless they are what it has. */
  private reportWindow(): void {
    const domain = this.scale().domain() as [number, number];
    const window: ViewWindow | null = this.transform.k === 1 && this.transform.x === 0 ? null : [round6(domain[0]), round6(domain[1])];
    if (sameWindow(window, this.knownWindow)) return;
    this.knownWindow = window;
    this.state.onViewWindowChange(window);
  }

  /** Current x scale: the base scale seen through the zoom transform. */
  scale(): ScaleLinear<number, number> {
    return this.transform.rescaleX(this.base);
  }

  fit(): void {
    select(this.els.plot).call(this.zoomer.transform, zoomIdentity);
  }

  zoomBy(k: number): void {
    const x = this.scale()(this.state.playhead);
    const at: [number, number] = [x >= 0 && x <= this.width ? x : this.width / 2, 0];
    select(this.els.plot).call(this.zoomer.scaleBy, k, at);
  }

  panBy(px: number): void {
    select(this.els.plot).call(this.zoomer.translateBy, px / this.transform.k, 0);
  }

  /** Draw synchronously (first paint, benchmarks). */
  flush(): void {
    this.scheduler.flush();
  }

  destroy(): void {
    this.scheduler.cancel();
    this.resize.disconnect();
    if (this.animateTimer) clearTimeout(this.animateTimer);
    select(this.els.plot).on('.zoom', null);
    for (const c of this.cleanups) c();
  }

  private listen(target: EventTarget, type: string, fn: (e: Event) => void): void {
    target.addEventListener(type, fn);
    this.cleanups.push(() => target.removeEventListener(type, fn));
  }

  private animate(): void {
    this.els.root.classList.add('tl-animate');
    if (this.animateTimer) clearTimeout(this.animateTimer);
    this.animateTimer = setTimeout(() => this.els.root.classList.remove('tl-animate'), 500);
  }

  /** The base scale ends short of the right edge, leaving room for the end's labels. */
  private fitRange(): void {
    this.base.range([0, Math.max(10, this.width - endMargin(this.state.layout, this.width))]);
  }

  /** Reads the plot's size; true when it changed (the caller then redraws). */
  private measure(): boolean {
    const rowsHeight = this.state.layout.rows.length * ROW_HEIGHT;
    const colWidth = (this.els.plot.parentElement ?? this.els.plot).clientWidth;
    const height = Math.max(ROW_HEIGHT, Math.min(this.els.scroller.clientHeight || rowsHeight, rowsHeight));
    // Layout is fresh now anyway; fewer rows may have clamped the scroll position.
    this.scrollTop = this.els.scroller.scrollTop;
    if (colWidth === this.width && height === this.height) return false;
    this.width = colWidth;
    this.height = height;
    this.els.plot.style.height = `${height}px`;
    this.fitRange();
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [colWidth, height],
    ];
    this.zoomer.extent(extent).translateExtent(extent);
    return true;
  }

  private geometry(): RowGeometry {
    return { rowHeight: ROW_HEIGHT, top: -this.scrollTop };
  }

  private draw(): void {
    const t0 = performance.now();
    const { layout } = this.state;
    const scale = this.scale();
    const g = this.geometry();
    const first = Math.floor(-g.top / g.rowHeight);
    const last = Math.ceil((this.height - g.top) / g.rowHeight);
    const limit = this.mode === 'svg' ? CANVAS_THRESHOLD : SVG_THRESHOLD;
    const bars = countVisibleBars(layout, first, last, scale.invert(0), scale.invert(this.width), limit + 1, true);
    this.mode = bars > limit ? 'canvas' : 'svg';
    this.drawCanvasLayer(scale, g);
    patchSvg(
      this.els.scene,
      buildPlotScene(layout, {
        width: this.width,
        height: this.height,
        scale,
        rows: g,
        playhead: this.state.playhead,
        selectedTask: this.state.selectedTask,
        ghost: this.mode === 'svg' ? this.state.ghost : null,
        preview: this.preview,
        drawBars: this.mode === 'svg',
      }),
    );
    this.drawAxis(scale);
    this.lastFrame = { mode: this.mode, bars, ms: performance.now() - t0 };
    // For Playwright benches and e2e: how the last frame was drawn, without reaching into React.
    const ds = this.els.root.dataset;
    ds.renderMode = this.mode;
    ds.frameMs = this.lastFrame.ms.toFixed(2);
    ds.frames = String(Number(ds.frames ?? 0) + 1);
  }

  private drawCanvasLayer(scale: ScaleLinear<number, number>, g: RowGeometry): void {
    const canvas = this.els.canvas;
    if (this.mode === 'svg') {
      if (canvas.style.display !== 'none') canvas.style.display = 'none';
      return;
    }
    canvas.style.display = '';
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(this.width * dpr);
    const h = Math.round(this.height * dpr);
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
      canvas.style.width = `${this.width}px`;
      canvas.style.height = `${this.height}px`;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    this.colors ??= readCanvasColors(this.els.root);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    drawCanvas(ctx, this.state.layout, { width: this.width, height: this.height, scale, rows: g, selectedTask: this.state.selectedTask }, this.colors);
  }

  private drawAxis(scale: ScaleLinear<number, number>): void {
    const fmt = scale.tickFormat(Math.max(2, Math.floor(this.width / 90)));
    const axis = axisTop(scale)
      .ticks(Math.max(2, Math.floor(this.width / 90)))
      .tickFormat((d) => `${fmt(d as number)} s`)
      .tickSizeOuter(0)
      // Labels sit above the playhead marker (timeline.css), which would cover the one at its time.
      .tickPadding(7);
    select(this.els.axis).call(axis);
    const x = scale(this.state.playhead);
    const ph = this.els.playhead;
    const visible = x >= -1 && x <= this.width + 1;
    ph.style.transform = `translateX(${Math.round(x * 10) / 10}px)`;
    ph.style.visibility = visible ? 'visible' : 'hidden';
  }

  // ---- pointer input ------------------------------------------------------------------

  private local(e: MouseEvent, el: Element = this.els.plot): [number, number] {
    const r = el.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  }

  /** The sleep whose bar ends under x in row `row`, if any. */
  private sleepEndAt(rowIndex: number, x: number): { span: number; draggable: boolean } | null {
    const row = this.state.layout.rows[rowIndex];
    if (!row) return null;
    const scale = this.scale();
    const t = scale.invert(x);
    const tol = Math.abs(scale.invert(x + END_GRAB_PX) - t);
    for (let j = firstEndingAtOrAfter(row.ends, t - tol); j < row.ends.length && row.ends[j] <= t + tol; j++) {
      const s = row.row.spans[j];
      if (s.kind === 'sleeping' && !s.open && Math.abs(scale(s.end) - x) <= END_GRAB_PX) return { span: j, draggable: s.literal !== undefined };
    }
    return null;
  }

  private hit(e: MouseEvent) {
    const [x, y] = this.local(e);
    return { x, y, hit: hitTest(this.state.layout, x, y, this.scale(), this.geometry()) };
  }

  private onPointerMove(e: PointerEvent): void {
    if (this.drag) {
      const [x] = this.local(e);
      const step = e.shiftKey ? 0.01 : 0.1;
      const raw = Math.max(0, this.scale().invert(x) - this.drag.start);
      this.drag.delay = snap(raw, step);
      this.preview = { task: this.drag.task, span: this.drag.span, delay: this.drag.delay };
      this.showTooltip({ title: 'Change the delay', lines: [`sleep ${this.drag.delay} (was ${this.drag.original})`, 'release to run again; Shift: 0.01 s steps'] }, e);
      this.scheduler.schedule();
      return;
    }
    if (e.buttons) return; // panning
    const { x, hit } = this.hit(e);
    const end = hit ? this.sleepEndAt(hit.row, x) : null;
    this.els.plot.style.cursor = end?.draggable ? 'ew-resize' : '';
    const text = hit ? tooltipFor(this.state.layout, end ? { ...hit, span: end.span } : hit) : null;
    if (text) this.showTooltip(text, e);
    else this.hideTooltip();
  }

  private onPointerDown(e: PointerEvent): void {
    if (e.button !== 0) return;
    const { x, hit } = this.hit(e);
    if (!hit) return;
    const end = this.sleepEndAt(hit.row, x);
    if (!end?.draggable) return;
    const s = this.state.layout.rows[hit.row].row.spans[end.span];
    if (s.kind !== 'sleeping' || !s.literal) return;
    this.drag = { task: hit.task, row: hit.row, span: end.span, start: s.start, original: s.delay, literal: s.literal, delay: s.delay };
    this.els.plot.setPointerCapture(e.pointerId);
    e.preventDefault();
  }

  private onPointerUp(e: PointerEvent): void {
    const d = this.drag;
    if (!d) return;
    this.drag = null;
    if (this.els.plot.hasPointerCapture(e.pointerId)) this.els.plot.releasePointerCapture(e.pointerId);
    this.hideTooltip();
    // Keep the preview until the new run replaces the layout, so the bar doesn't jump back.
    if (d.delay !== d.original) this.state.onDelayEdit(d.literal, d.delay);
    else this.preview = null;
    this.justDragged = true;
    this.scheduler.schedule();
  }

  private justDragged = false;

  private onClick(e: MouseEvent): void {
    if (this.justDragged) {
      this.justDragged = false;
      return;
    }
    const { hit } = this.hit(e);
    if (!hit) this.state.onSelect({});
    else this.state.onSelect({ task: hit.task, t: hit.t });
  }

  private onKey(e: KeyboardEvent): void {
    const action = chartKeyAction(e);
    if (action === null) return;
    e.preventDefault();
    const rows = this.state.layout.rows;
    if (action === 'zoomIn') this.zoomBy(1.5);
    else if (action === 'zoomOut') this.zoomBy(1 / 1.5);
    else if (action === 'panLeft') this.panBy(this.width / 8);
    else if (action === 'panRight') this.panBy(-this.width / 8);
    else if (action === 'fit') this.fit();
    else if (action === 'clear') this.state.onSelect({});
    else if (rows.length > 0) {
      const sel = this.state.selectedTask;
      const idx = sel === null ? -1 : (this.state.layout.rowOfTask.get(sel) ?? -1);
      const next = Math.max(0, Math.min(rows.length - 1, idx + (action === 'nextTask' ? 1 : -1)));
      this.state.onSelect({ task: rows[next].task });
      this.scrollRowIntoView(next);
    }
  }

  scrollRowIntoView(i: number): void {
    const sc = this.els.scroller;
    const top = i * ROW_HEIGHT;
    if (top < sc.scrollTop) sc.scrollTop = top;
    else if (top + ROW_HEIGHT > sc.scrollTop + sc.clientHeight) sc.scrollTop = top + ROW_HEIGHT - sc.clientHeight;
  }

  private onScrubStart(e: PointerEvent): void {
    if (e.button !== 0) return;
    this.scrubbing = true;
    this.els.axisStrip.setPointerCapture(e.pointerId);
    this.onScrubMove(e);
    this.els.playhead.focus();
    e.preventDefault();
  }

  private onScrubMove(e: PointerEvent): void {
    if (!this.scrubbing) return;
    const [x] = this.local(e, this.els.axisStrip);
    const t = Math.max(0, Math.min(this.state.layout.end, this.scale().invert(x)));
    this.state.onPlayheadChange(t);
  }

  private showTooltip(text: TooltipText, e: MouseEvent): void {
    showTooltip(this.els.tooltip, this.els.root, text, e);
  }

  private hideTooltip(): void {
    this.els.tooltip.hidden = true;
  }
}

/** A re-run of the same program: the same tasks, so bars can glide to their new places. */
function sameTasks(a: TimelineLayout, b: TimelineLayout): boolean {
  if (a.rows.length !== b.rows.length || a.rows.length === 0) return false;
  return a.rows.every((r, i) => r.task === b.rows[i].task);
}

/** Round to the drag step without float noise (2.5000000000000004 → 2.5). */
export function snap(v: number, step: number): number {
  const decimals = step < 0.1 ? 2 : 1;
  return Number((Math.round(v / step) * step).toFixed(decimals));
}

export { fmtSeconds };

/** Microsecond precision is plenty for a view and keeps share links short. */
function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
