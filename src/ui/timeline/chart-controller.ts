/**
 * The imperative half of the timeline: wires the viewport (zoom, size, scroll), the gestures
 * (hover, select, drag, scrub, keys) and the frame drawer to one rAF scheduler. React owns the
 * DOM skeleton and hands its elements over; a zoom or pan frame never re-renders React, and
 * the playhead arrives by a store subscription, so playback does not re-render it either.
 */
import type { SourceSpan, TaskId } from '../../trace/format.ts';
import type { MistakeFlag } from '../../trace/views/flag-types.ts';
import type { TimelineLayout } from '../../timeline/layout/layout-trace.ts';
import type { ChartArrow } from '../../timeline/layers/arrow-model.ts';
import type { DelayPreview } from '../../timeline/layers/index.ts';
import type { ThemeName } from '../../timeline/render/svg/svg-style.ts';
import type { ViewWindow } from '../../store/view-window.ts';
import { FrameDrawer, type AxisTicks } from './frame.ts';
import { Gestures, snap, type TimelineSelection } from './gestures.ts';
import { RafScheduler } from './raf-scheduler.ts';
import { fmtSeconds, type AxisWords } from './tooltip-text.ts';
import type { InstantBand } from '../../timeline/layers/layer.ts';
import { Viewport } from './viewport.ts';

export type { TimelineSelection };
export { CANVAS_THRESHOLD } from './frame.ts';

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

/** The playhead as the store has it: read now, and told of every change, outside React. */
export interface PlayheadSource {
  get(): number;
  subscribe(listener: (t: number) => void): () => void;
}

export interface ChartState {
  readonly layout: TimelineLayout;
  readonly ghost: TimelineLayout | null;
  readonly playhead: PlayheadSource;
  readonly selectedTask: TaskId | null;
  readonly theme: ThemeName;
  /** Every wake and deadlock arrow of the run; the frame picks the ones to show. */
  readonly arrows: readonly ChartArrow[];
  readonly showAllArrows: boolean;
  readonly flags: readonly MistakeFlag[];
  readonly axisTicks: AxisTicks | null;
  /** Steps mode: the instants to shade. */
  readonly bands: readonly InstantBand[];
  /** How tooltips and the slider say a place on the axis. */
  readonly words: AxisWords;
  readonly onSelect: (sel: TimelineSelection) => void;
  readonly onPlayheadChange: (t: number) => void;
  readonly onDelayEdit: (literal: SourceSpan, newValue: number) => void;
  /** The seconds to show, [start, end], or null to fit the run (a share link sets it). */
  readonly viewWindow: ViewWindow | null;
  /** Called when a zoom or pan ends, with the seconds now on screen (null: the whole run). */
  readonly onViewWindowChange: (window: ViewWindow | null) => void;
}

export class ChartController {
  private state: ChartState;
  private playhead: number;
  private preview: DelayPreview | null = null;
  private readonly viewport: Viewport;
  private readonly gestures: Gestures;
  private readonly frames: FrameDrawer;
  private readonly scheduler = new RafScheduler(() => this.draw());
  private readonly resize: ResizeObserver;
  private unsubscribe: () => void = () => {};
  private animateUntil = 0;
  private animateTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly onScroll = () => {
    this.viewport.scrollTop = this.els.scroller.scrollTop;
    this.scheduler.schedule();
  };

  constructor(
    private readonly els: ChartElements,
    initial: ChartState,
  ) {
    this.state = initial;
    this.playhead = initial.playhead.get();
    this.viewport = new Viewport({
      plot: els.plot,
      scroller: els.scroller,
      onZoom: () => {
        this.gestures.hideTooltip();
        this.scheduler.schedule();
      },
      onWindow: (w) => this.state.onViewWindowChange(w),
      mayPan: () => !this.gestures.dragging(),
    });
    this.gestures = new Gestures(els, this.viewport, {
      layout: () => this.state.layout,
      frame: () => this.frames.last,
      playhead: () => this.playhead,
      words: () => this.state.words,
      selectedTask: () => this.state.selectedTask,
      setPreview: (p) => (this.preview = p),
      redraw: () => this.scheduler.schedule(),
      onSelect: (sel) => this.state.onSelect(sel),
      onPlayheadChange: (t) => this.state.onPlayheadChange(t),
      onDelayEdit: (literal, v) => this.state.onDelayEdit(literal, v),
    });
    this.frames = new FrameDrawer(els, this.viewport);
    this.resize = new ResizeObserver(() => {
      if (this.viewport.measure()) this.scheduler.flush();
    });
    this.resize.observe(els.scroller);
    this.resize.observe(els.plot.parentElement ?? els.plot);
    els.scroller.addEventListener('scroll', this.onScroll);
    this.viewport.setLayout(initial.layout, initial.viewWindow, true);
    this.viewport.measure();
    this.viewport.follow(initial.viewWindow);
    this.listenToPlayhead(initial.playhead);
    this.scheduler.flush();
  }

  setState(next: ChartState): void {
    const prev = this.state;
    this.state = next;
    if (prev.theme !== next.theme) this.frames.resetColors();
    if (prev.playhead !== next.playhead) this.listenToPlayhead(next.playhead);
    if (prev.layout !== next.layout) {
      this.preview = null;
      if (sameTasks(prev.layout, next.layout)) this.animate();
      this.viewport.setLayout(next.layout, next.viewWindow);
      // More or fewer rows change the plot's height; the observers only see the scroller.
      if (prev.layout.rows.length !== next.layout.rows.length) this.viewport.measure();
      // A new run is drawn now, inside React's commit: waiting for the next animation frame
      // would leave the old bars up for one more frame after an edit.
      this.scheduler.flush();
      return;
    }
    this.viewport.follow(next.viewWindow);
    this.scheduler.schedule();
  }

  fit(): void {
    this.viewport.fit();
  }

  zoomBy(k: number): void {
    this.viewport.zoomBy(k, this.playhead);
  }

  /** Draw synchronously (first paint, benchmarks). */
  flush(): void {
    this.scheduler.flush();
  }

  /** How the last frame was drawn and how long it took (tests and the bench). */
  get lastFrame() {
    return this.frames.stats;
  }

  scrollRowIntoView(i: number): void {
    this.gestures.scrollRowIntoView(i);
  }

  destroy(): void {
    this.scheduler.cancel();
    this.resize.disconnect();
    this.unsubscribe();
    if (this.animateTimer) clearTimeout(this.animateTimer);
    this.els.scroller.removeEventListener('scroll', this.onScroll);
    this.viewport.destroy();
    this.gestures.destroy();
  }

  private listenToPlayhead(source: PlayheadSource): void {
    this.unsubscribe();
    this.playhead = source.get();
    this.unsubscribe = source.subscribe((t) => {
      this.playhead = t;
      this.scheduler.schedule();
    });
  }

  private draw(): void {
    const s = this.state;
    this.frames.draw({
      layout: s.layout,
      ghost: s.ghost,
      playhead: this.playhead,
      selectedTask: s.selectedTask,
      preview: this.preview,
      arrows: s.arrows,
      showAllArrows: s.showAllArrows,
      flags: s.flags,
      animate: performance.now() < this.animateUntil,
      axisTicks: s.axisTicks,
      bands: s.bands,
      words: s.words,
    });
  }

  /** Bars, marks, arrows (CSS transitions under .tl-animate) and the axis (a d3 transition) glide together. */
  private animate(): void {
    this.els.root.classList.add('tl-animate');
    this.animateUntil = performance.now() + 450;
    if (this.animateTimer) clearTimeout(this.animateTimer);
    this.animateTimer = setTimeout(() => this.els.root.classList.remove('tl-animate'), 500);
  }
}

/** A re-run of the same program: the same tasks, so bars can glide to their new places. */
function sameTasks(a: TimelineLayout, b: TimelineLayout): boolean {
  if (a.rows.length !== b.rows.length || a.rows.length === 0) return false;
  return a.rows.every((r, i) => r.task === b.rows[i]!.task);
}

export { fmtSeconds, snap };
