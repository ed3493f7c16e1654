/**
 * Where an arrow goes in plot pixels, shared by its SVG path, its canvas stroke and its hit test:
 * a cubic curve from the cause to the resumed step. Most wakes happen at one instant, so a
 * vertical arrow bulges sideways to stay visible next to the bars it links.
 */
import type { RowGeometry, XScale } from '../layout/geometry.ts';
import type { ChartArrow } from './arrow-model.ts';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface ArrowCurve {
  readonly p0: Point;
  readonly c1: Point;
  readonly c2: Point;
  readonly p1: Point;
  /** The arrowhead's two back corners (its tip is p1). */
  readonly head: readonly [Point, Point];
}

const BULGE = 14;
const HEAD = 6;

export function rowCenter(row: number, g: RowGeometry): number {
  return g.top + row * g.rowHeight + g.rowHeight / 2;
}

export function arrowCurve(a: ChartArrow, scale: XScale, g: RowGeometry): ArrowCurve {
  const p0 = { x: scale(a.from.t), y: rowCenter(a.from.row, g) };
  const p1 = { x: scale(a.to.t), y: rowCenter(a.to.row, g) };
  const dx = p1.x - p0.x;
  const near = Math.abs(dx) < BULGE;
  // A deadlock's waits go both ways between the same rows: up on the left, down on the right, so they read as a loop.
  const bulge = a.kind === 'deadlock' && p1.y < p0.y ? -BULGE : BULGE;
  const c1 = near ? { x: p0.x + bulge, y: p0.y } : { x: p0.x + dx / 2, y: p0.y };
  const c2 = near ? { x: p1.x + bulge, y: p1.y } : { x: p0.x + dx / 2, y: p1.y };
  // The head points along the curve's last tangent (from c2 to p1).
  const len = Math.hypot(p1.x - c2.x, p1.y - c2.y) || 1;
  const ux = (p1.x - c2.x) / len;
  const uy = (p1.y - c2.y) / len;
  const bx = p1.x - ux * HEAD;
  const by = p1.y - uy * HEAD;
  const head: [Point, Point] = [
    { x: bx - uy * HEAD * 0.6, y: by + ux * HEAD * 0.6 },
    { x: bx + uy * HEAD * 0.6, y: by - ux * HEAD * 0.6 },
  ];
  return { p0, c1, c2, p1, head };
}

export function pointOnCurve(c: ArrowCurve, s: number): Point {
  const u = 1 - s;
  const a = u * u * u;
  const b = 3 * u * u * s;
  const d = 3 * u * s * s;
  const e = s * s * s;
  return { x: a * c.p0.x + b * c.c1.x + d * c.c2.x + e * c.p1.x, y: a * c.p0.y + b * c.c1.y + d * c.c2.y + e * c.p1.y };
}

/** Distance from (x, y) to the curve, measured on a 24-segment polyline (close enough for a pointer). */
export function distanceToCurve(c: ArrowCurve, x: number, y: number): number {
  let best = Infinity;
  let prev = c.p0;
  for (let i = 1; i <= 24; i++) {
    const next = pointOnCurve(c, i / 24);
    best = Math.min(best, distanceToSegment(prev, next, x, y));
    prev = next;
  }
  return best;
}

function distanceToSegment(a: Point, b: Point, x: number, y: number): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const l2 = dx * dx + dy * dy;
  const s = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / l2));
  return Math.hypot(x - (a.x + s * dx), y - (a.y + s * dy));
}

/** Whether any part of the curve can be on screen: both ends far off one side means no. */
export function curveVisible(c: ArrowCurve, width: number, height: number): boolean {
  const xs = [c.p0.x, c.c1.x, c.c2.x, c.p1.x];
  const ys = [c.p0.y, c.p1.y];
  return Math.max(...xs) >= -HEAD && Math.min(...xs) <= width + HEAD && Math.max(...ys) >= -HEAD && Math.min(...ys) <= height + HEAD;
}
