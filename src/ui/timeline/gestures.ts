/**
 * Pointer and key input on the chart: hover tooltips (asking the layers' hit tests, topmost
 * first), click to select, dragging a sleep's end to change its delay, scrubbing on the axis,
 * and the chart's keys. Every gesture ends in a callback; the chart never edits anything itself.
 */
import type { SourceSpan, TaskId } from '../../trace/format.ts';
import { ROW_HEIGHT } from '../../timeline/layout/geometry.ts';
import type { Hit } from '../../timeline/layout/hit-test.ts';
import { firstEndingAtOrAfter, type TimelineLayout } from '../../timeline/layout/layout-trace.ts';
import { arrowsLayer } from '../../timeline/layers/arrows.ts';
import { barsLayer } from '../../timeline/layers/bars.ts';
import { flagBandAt, flagsLayer } from '../../timeline/layers/flags.ts';
import type { DelayPreview, LayerFrame } from '../../timeline/layers/index.ts';
import { marksLayer } from '../../timeline/layers/marks.ts';
import { chartKeyAction } from './chart-keys.ts';
import { arrowTooltip, flagTooltip } from './layer-tooltip.ts';
import { showTooltip } from './tooltip-dom.ts';
import { tooltipFor, type AxisWords, type TooltipText } from './tooltip-text.ts';
import type { Viewport } from './viewport.ts';

const END_GRAB_PX = 5;
const TOLERANCE_PX = 3;

export interface TimelineSelection {
  readonly task?: TaskId;
  readonly t?: number;
}

export interface GestureElements {
  readonly root: HTMLElement;
  readonly scroller: HTMLElement;
  readonly plot: HTMLElement;
  readonly axisStrip: HTMLElement;
  readonly playhead: HTMLElement;
  readonly tooltip: HTMLElement;
}

export interface GestureHost {
  layout(): TimelineLayout;
  /** The frame on screen, for hit tests. */
  frame(): LayerFrame | null;
  playhead(): number;
  /** How places on the axis read; in steps mode also: no delay drags. */
  words(): AxisWords;
  selectedTask(): TaskId | null;
  setPreview(p: DelayPreview | null): void;
  redraw(): void;
  onSelect(sel: TimelineSelection): void;
  onPlayheadChange(t: number): void;
  onDelayEdit(literal: SourceSpan, newValue: number): void;
}

interface DelayDrag {
  readonly task: TaskId;
  readonly span: number;
  readonly start: number;
  readonly original: number;
  readonly literal: SourceSpan;
  delay: number;
}

export class Gestures {
  private drag: DelayDrag | null = null;
  private scrubbing = false;
  private justDragged = false;
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private readonly els: GestureElements,
    private readonly vp: Viewport,
    private readonly host: GestureHost,
  ) {
    const on = (target: EventTarget, type: string, fn: (e: Event) => void) => {
      target.addEventListener(type, fn);
      this.cleanups.push(() => target.removeEventListener(type, fn));
    };
    on(els.plot, 'pointermove', (e) => this.onPointerMove(e as PointerEvent));
    on(els.plot, 'pointerleave', () => !this.drag && this.hideTooltip());
    on(els.plot, 'pointerdown', (e) => this.onPointerDown(e as PointerEvent));
    on(els.plot, 'pointerup', (e) => this.onPointerUp(e as PointerEvent));
    on(els.plot, 'click', (e) => this.onClick(e as MouseEvent));
    on(els.plot, 'keydown', (e) => this.onKey(e as KeyboardEvent));
    on(els.plot, 'wheel', (e) => {
      // Shift+wheel scrolls the rows; plain wheel zooms (d3-zoom).
      const w = e as WheelEvent;
      if (w.shiftKey) els.scroller.scrollTop += w.deltaY || w.deltaX;
    });
    on(els.axisStrip, 'pointerdown', (e) => this.onScrubStart(e as PointerEvent));
    on(els.axisStrip, 'pointermove', (e) => this.onScrubMove(e as PointerEvent));
    on(els.axisStrip, 'pointerup', () => (this.scrubbing = false));
  }

  /** d3-zoom must not pan while a bar's end is being dragged. */
  dragging(): boolean {
    return this.drag !== null;
  }

  destroy(): void {
    for (const c of this.cleanups) c();
  }

  hideTooltip(): void {
    this.els.tooltip.hidden = true;
  }

  scrollRowIntoView(i: number): void {
    const sc = this.els.scroller;
    const top = i * ROW_HEIGHT;
    if (top < sc.scrollTop) sc.scrollTop = top;
    else if (top + ROW_HEIGHT > sc.scrollTop + sc.clientHeight) sc.scrollTop = top + ROW_HEIGHT - sc.clientHeight;
  }

  private local(e: MouseEvent, el: Element = this.els.plot): [number, number] {
    const r = el.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  }

  /** The bar or mark under the pointer, as the task tooltip and selection see it. */
  private hit(e: MouseEvent): { x: number; y: number; hit: Hit | null } {
    const [x, y] = this.local(e);
    const f = this.host.frame();
    if (!f) return { x, y, hit: null };
    const bar = barsLayer.hit!(f, x, y, TOLERANCE_PX);
    const mark = marksLayer.hit!(f, x, y, TOLERANCE_PX);
    const row = bar?.layer === 'bars' ? bar.row : mark?.layer === 'marks' ? mark.row : Math.floor((y - f.rows.top) / f.rows.rowHeight);
    const r = f.layout.rows[row];
    if (!r) return { x, y, hit: null };
    return {
      x,
      y,
      hit: { row, task: r.task, t: f.scale.invert(x), span: bar?.layer === 'bars' ? bar.span : null, mark: mark?.layer === 'marks' ? mark.mark : null },
    };
  }

  /** The tooltip for the pointer: flags and arrows above the bars, a blocking band below them. */
  private tooltipAt(e: MouseEvent): TooltipText | null {
    const [x, y] = this.local(e);
    const f = this.host.frame();
    if (!f) return null;
    const flag = flagsLayer.hit!(f, x, y, TOLERANCE_PX);
    if (flag?.layer === 'flags') return flagTooltip(flag.flag);
    const arrow = arrowsLayer.hit!(f, x, y, TOLERANCE_PX);
    if (arrow?.layer === 'arrows') return arrowTooltip(arrow.arrow, f.layout, this.host.words());
    const { hit } = this.hit(e);
    const end = hit ? this.sleepEndAt(hit.row, x) : null;
    this.els.plot.style.cursor = end?.draggable ? 'ew-resize' : '';
    const text = hit && (hit.span !== null || hit.mark !== null) ? tooltipFor(f.layout, end ? { ...hit, span: end.span } : hit, this.host.words()) : null;
    if (text) return text;
    const band = flagBandAt(f, x);
    return band ? flagTooltip(band) : null;
  }

  /** The sleep whose bar ends under x in row `row`, if any. */
  private sleepEndAt(rowIndex: number, x: number): { span: number; draggable: boolean } | null {
    const row = this.host.layout().rows[rowIndex];
    if (!row) return null;
    const scale = this.vp.scale();
    const t = scale.invert(x);
    const tol = Math.abs(scale.invert(x + END_GRAB_PX) - t);
    for (let j = firstEndingAtOrAfter(row.ends, t - tol); j < row.ends.length && row.ends[j]! <= t + tol; j++) {
      const s = row.row.spans[j]!;
      // In steps mode a bar's width is not its delay: dragging would mean nothing (the tooltip says so).
      if (s.kind === 'sleeping' && !s.open && Math.abs(scale(s.end) - x) <= END_GRAB_PX) return { span: j, draggable: s.literal !== undefined && !this.host.words().steps };
    }
    return null;
  }

  private onPointerMove(e: PointerEvent): void {
    if (this.drag) {
      const [x] = this.local(e);
      const step = e.shiftKey ? 0.01 : 0.1;
      const raw = Math.max(0, this.vp.scale().invert(x) - this.drag.start);
      this.drag.delay = snap(raw, step);
      this.host.setPreview({ task: this.drag.task, span: this.drag.span, delay: this.drag.delay });
      this.show({ title: 'Change the delay', lines: [`sleep ${this.drag.delay} (was ${this.drag.original})`, 'release to run again; Shift: 0.01 s steps'] }, e);
      this.host.redraw();
      return;
    }
    if (e.buttons) return; // panning
    const text = this.tooltipAt(e);
    if (text) this.show(text, e);
    else this.hideTooltip();
  }

  private onPointerDown(e: PointerEvent): void {
    if (e.button !== 0) return;
    const { x, hit } = this.hit(e);
    if (!hit) return;
    const end = this.sleepEndAt(hit.row, x);
    if (!end?.draggable) return;
    const s = this.host.layout().rows[hit.row]!.row.spans[end.span]!;
    if (s.kind !== 'sleeping' || !s.literal) return;
    this.drag = { task: hit.task, span: end.span, start: s.start, original: s.delay, literal: s.literal, delay: s.delay };
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
    if (d.delay !== d.original) this.host.onDelayEdit(d.literal, d.delay);
    else this.host.setPreview(null);
    this.justDragged = true;
    this.host.redraw();
  }

  private onClick(e: MouseEvent): void {
    if (this.justDragged) {
      this.justDragged = false;
      return;
    }
    const { hit } = this.hit(e);
    if (!hit) this.host.onSelect({});
    else this.host.onSelect({ task: hit.task, t: hit.t });
  }

  private onKey(e: KeyboardEvent): void {
    const action = chartKeyAction(e);
    if (action === null) return;
    e.preventDefault();
    const rows = this.host.layout().rows;
    if (action === 'zoomIn') this.vp.zoomBy(1.5, this.host.playhead());
    else if (action === 'zoomOut') this.vp.zoomBy(1 / 1.5, this.host.playhead());
    else if (action === 'panLeft') this.vp.panBy(this.vp.width / 8);
    else if (action === 'panRight') this.vp.panBy(-this.vp.width / 8);
    else if (action === 'fit') this.vp.fit();
    else if (action === 'clear') this.host.onSelect({});
    else if (rows.length > 0) {
      const sel = this.host.selectedTask();
      const idx = sel === null ? -1 : (this.host.layout().rowOfTask.get(sel) ?? -1);
      const next = Math.max(0, Math.min(rows.length - 1, idx + (action === 'nextTask' ? 1 : -1)));
      this.host.onSelect({ task: rows[next]!.task });
      this.scrollRowIntoView(next);
    }
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
    const t = Math.max(0, Math.min(this.host.layout().end, this.vp.scale().invert(x)));
    this.host.onPlayheadChange(t);
  }

  private show(text: TooltipText, e: MouseEvent): void {
    showTooltip(this.els.tooltip, this.els.root, text, e);
  }
}

/** Round to the drag step without float noise (2.5000000000000004 → 2.5). */
export function snap(v: number, step: number): number {
  const decimals = step < 0.1 ? 2 : 1;
  return Number((Math.round(v / step) * step).toFixed(decimals));
}
