/**
 * The chart's x and y viewport: d3-zoom for input (a base scale, rescaled by the zoom
 * transform), the plot's measured size, the scroll position, and the view window a share link
 * or the store asks for. A window left over from a longer run is clamped to the new one, so an
 * edit never leaves a blank chart.
 */
import { scaleLinear, select, zoom, zoomIdentity, type D3ZoomEvent, type ScaleLinear, type ZoomBehavior, type ZoomTransform } from 'd3';
import { ROW_HEIGHT, type RowGeometry } from '../../timeline/layout/geometry.ts';
import type { TimelineLayout } from '../../timeline/layout/layout-trace.ts';
import { endMargin } from '../../timeline/render/svg/end-margin.ts';
import { clampWindow, sameWindow, type ViewWindow } from '../../store/view-window.ts';

export interface ViewportHost {
  readonly plot: HTMLElement;
  readonly scroller: HTMLElement;
  /** d3-zoom moved the view: redraw. */
  onZoom(): void;
  /** A zoom or pan ended with `window` on screen (null: the whole run). */
  onWindow(window: ViewWindow | null): void;
  /** Whether d3-zoom may start a pan on this event (not while dragging a bar's end). */
  mayPan(): boolean;
}

export class Viewport {
  private readonly base: ScaleLinear<number, number> = scaleLinear();
  private transform: ZoomTransform = zoomIdentity;
  private readonly zoomer: ZoomBehavior<HTMLElement, unknown>;
  private layout: TimelineLayout | null = null;
  width = 0;
  height = 0;
  /** The scroller's scrollTop as of its last scroll event: reading it while drawing would force a layout. */
  scrollTop = 0;
  /** The window this chart last reported or applied: a state with another one came from outside. */
  private knownWindow: ViewWindow | null = null;

  constructor(private readonly host: ViewportHost) {
    this.zoomer = zoom<HTMLElement, unknown>()
      .scaleExtent([1, 1e7])
      .filter((event: Event) => {
        if (event.type === 'wheel') return !(event as WheelEvent).shiftKey;
        return host.mayPan() && !(event as MouseEvent).button;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        this.transform = event.transform;
        host.onZoom();
      })
      .on('end', () => this.reportWindow());
    select(host.plot).call(this.zoomer).on('dblclick.zoom', null);
  }

  /** A new run: the base scale fits it; a window from before is kept only as far as it overlaps. */
  setLayout(layout: TimelineLayout, window: ViewWindow | null, first = false): void {
    this.layout = layout;
    this.base.domain(layout.domain as [number, number]);
    this.fitRange();
    // The first layout is applied by `follow` once the plot has been measured.
    if (first) return;
    const clamped = window === null ? null : clampWindow(window, layout.end);
    this.apply(clamped);
    // The store (and so a share link) must not keep a window the run no longer has.
    if (!sameWindow(clamped, window)) this.host.onWindow(clamped);
  }

  /** Follows the store's window when it changed from outside (a link, a test). */
  follow(window: ViewWindow | null): void {
    if (sameWindow(window, this.knownWindow)) return;
    const clamped = window === null || !this.layout ? window : clampWindow(window, this.layout.end);
    this.apply(clamped);
    if (!sameWindow(clamped, window)) this.host.onWindow(clamped);
  }

  /** Current x scale: the base scale seen through the zoom transform. */
  scale(): ScaleLinear<number, number> {
    return this.transform.rescaleX(this.base);
  }

  geometry(): RowGeometry {
    return { rowHeight: ROW_HEIGHT, top: -this.scrollTop };
  }

  fit(): void {
    select(this.host.plot).call(this.zoomer.transform, zoomIdentity);
  }

  zoomBy(k: number, aroundT: number): void {
    const x = this.scale()(aroundT);
    const at: [number, number] = [x >= 0 && x <= this.width ? x : this.width / 2, 0];
    select(this.host.plot).call(this.zoomer.scaleBy, k, at);
  }

  panBy(px: number): void {
    select(this.host.plot).call(this.zoomer.translateBy, px / this.transform.k, 0);
  }

  /** Reads the plot's size; true when it changed (the caller then redraws). */
  measure(): boolean {
    const rowsHeight = (this.layout?.rows.length ?? 0) * ROW_HEIGHT;
    const plot = this.host.plot;
    const colWidth = (plot.parentElement ?? plot).clientWidth;
    const height = Math.max(ROW_HEIGHT, Math.min(this.host.scroller.clientHeight || rowsHeight, rowsHeight));
    // Layout is fresh now anyway; fewer rows may have clamped the scroll position.
    this.scrollTop = this.host.scroller.scrollTop;
    if (colWidth === this.width && height === this.height) return false;
    this.width = colWidth;
    this.height = height;
    plot.style.height = `${height}px`;
    this.fitRange();
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [colWidth, height],
    ];
    this.zoomer.extent(extent).translateExtent(extent);
    return true;
  }

  destroy(): void {
    select(this.host.plot).on('.zoom', null);
  }

  /** Zooms and pans so that `window` fills the plot; null fits the whole run. */
  private apply(window: ViewWindow | null): void {
    this.knownWindow = window;
    let t = zoomIdentity;
    if (window !== null) {
      // The zoomed scale is k·base(t) + x: put the window's ends where the fitted run's ends are.
      const [r0, r1] = this.base.range() as [number, number];
      const x0 = this.base(window[0]);
      const k = (r1 - r0) / (this.base(window[1]) - x0);
      if (Number.isFinite(k) && k > 0) t = zoomIdentity.translate(r0 - k * x0, 0).scale(k);
    }
    select(this.host.plot).call(this.zoomer.transform, t);
  }

  /** The seconds on screen after a zoom or pan, told to the store unless they are what it has. */
  private reportWindow(): void {
    const domain = this.scale().domain() as [number, number];
    const window: ViewWindow | null = this.transform.k === 1 && this.transform.x === 0 ? null : [round6(domain[0]), round6(domain[1])];
    if (sameWindow(window, this.knownWindow)) return;
    this.knownWindow = window;
    this.host.onWindow(window);
  }

  /** The base scale ends short of the right edge, leaving room for the end's labels. */
  private fitRange(): void {
    if (!this.layout) return;
    this.base.range([0, Math.max(10, this.width - endMargin(this.layout, this.width))]);
  }
}

/** Microsecond precision is plenty for a view and keeps share links short. */
function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
