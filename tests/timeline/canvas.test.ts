/**
 * The canvas renderer against a recording context: tiny bars merge, so the number of fill calls
 * stays bounded by the width, not by the number of spans.
 */
import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3';
import { layoutTrace } from '../../src/timeline/layout/layout-trace.ts';
import { drawCanvas, type CanvasColors } from '../../src/timeline/render/canvas/canvas-renderer.ts';
import { loadTrace } from '../fixtures/load-trace.ts';
import { makeBigTrace } from '../fixtures/make-big-trace.ts';

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
}

function recorder() {
  const rects: Rect[] = [];
  const texts: string[] = [];
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    font: '',
    clearRect() {},
    fillRect(x: number, y: number, w: number, h: number) {
      rects.push({ x, y, w, h, fill: String(ctx.fillStyle) });
    },
    beginPath() {},
    rect() {},
    stroke() {},
    fillText(t: string) {
      texts.push(t);
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, rects, texts };
}

const colors: CanvasColors = {
  rowOdd: 'odd',
  rowSelected: 'sel',
  text: 'text',
  print: 'print',
  // SPAN_KINDS order: ready, sleeping, waiting, held, running, blocked
  fill: ['f-ready', 'f-sleeping', 'f-waiting', 'f-held', 'f-running', 'f-blocked'],
  stroke: ['s-ready', 's-sleeping', 's-waiting', 's-held', 's-running', 's-blocked'],
};

describe('drawCanvas', () => {
  it('draws the sleeps of seed1 where the scale puts them, with labels', () => {
    const layout = layoutTrace(loadTrace('seed1'));
    const { ctx, rects, texts } = recorder();
    drawCanvas(ctx, layout, { width: 300, height: 200, scale: scaleLinear().domain([0, 3]).range([0, 300]), rows: { rowHeight: 26, top: 0 } }, colors);
    const sleeps = rects.filter((r) => r.fill === 'f-sleeping').map((r) => [r.x, r.w]);
    expect(sleeps).toEqual([
      [0, 300],
      [0, 200],
    ]);
    expect(texts).toEqual(['waits for Task-2', 'sleep 3', 'sleep 2']);
  });

  it('merges thousands of sub-pixel bars into a few runs per row', () => {
    const layout = layoutTrace(makeBigTrace({ tasks: 5, stepsPerTask: 2000, maxDelay: 0.01, seed: 3 }));
    expect(layout.barCount).toBeGreaterThan(15000);
    const { ctx, rects } = recorder();
    const width = 500;
    drawCanvas(ctx, layout, { width, height: 200, scale: scaleLinear().domain(layout.domain).range([0, width]), rows: { rowHeight: 26, top: 0 } }, colors);
    const barRects = rects.filter((r) => r.fill.startsWith('s-') || r.fill.startsWith('f-'));
    expect(barRects.length).toBeLessThan(5 * 20);
    // A dense stretch of steps and sleeps is mostly sleeping time: it takes the sleep colour.
    expect(barRects.filter((r) => r.fill === 's-sleeping').length).toBeGreaterThan(0);
    // (main's lone steps at 0 and at the end stay running; the workers' rows are all sleep)
    expect(barRects.some((r) => r.fill === 's-running' && r.y > 26)).toBe(false);
    expect(barRects.some((r) => r.fill === 's-running' && r.y < 26)).toBe(true);
  });

  it('only draws rows inside the viewport', () => {
    const layout = layoutTrace(makeBigTrace({ tasks: 500, stepsPerTask: 3 }));
    const { ctx, rects } = recorder();
    drawCanvas(ctx, layout, { width: 400, height: 260, scale: scaleLinear().domain(layout.domain).range([0, 400]), rows: { rowHeight: 26, top: -26 * 100 } }, colors);
    const ys = new Set(rects.filter((r) => r.h === 16).map((r) => Math.floor(r.y / 26)));
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThan(10);
  });
});
