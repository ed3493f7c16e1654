/**
 * What is under the pointer: the row from y, then a binary search on that row's starts.
 * Zero-width bars (most steps) are drawn a few pixels wide, so they are hit within a pixel
 * tolerance; the nearest bar wins.
 */
import type { TaskId } from '../../trace/format.ts';
import { DEFAULT_ROWS, rowAt, type RowGeometry, type XScale } from './geometry.ts';
import { firstStartingAfter, type TimelineLayout } from './layout-trace.ts';

export interface Hit {
  /** Display row index. */
  readonly row: number;
  readonly task: TaskId;
  /** Time under the pointer. */
  readonly t: number;
  /** Index into the row's spans (TaskRow.spans), or null between bars. */
  readonly span: number | null;
  /** Index into the row's marks (sorted by time), or null. */
  readonly mark: number | null;
}

export interface HitOptions extends RowGeometry {
  /** How far from a bar or mark, in pixels, still counts as on it. */
  readonly tolerancePx: number;
}

const DEFAULTS: HitOptions = { ...DEFAULT_ROWS, tolerancePx: 3 };

export function hitTest(layout: TimelineLayout, x: number, y: number, scale: XScale, options: Partial<HitOptions> = {}): Hit | null {
  const o = { ...DEFAULTS, ...options };
  const i = rowAt(y, layout.rows.length, o);
  if (i < 0) return null;
  const row = layout.rows[i];
  const t = scale.invert(x);
  const tol = Math.abs(scale.invert(x + o.tolerancePx) - t);
  return { row: i, task: row.task, t, span: nearestSpan(row.starts, row.ends, t, tol), mark: nearestMark(row.markTimes, t, tol) };
}

/** The bar of a row nearest to t within tol (seconds), or null. */
export function nearestSpan(starts: Float64Array, ends: Float64Array, t: number, tol: number): number | null {
  // Candidates start at or before t + tol; walking left, ends only fall, so stop once out of reach.
  let best: number | null = null;
  let bestDist = Infinity;
  for (let j = firstStartingAfter(starts, t + tol) - 1; j >= 0; j--) {
    if (ends[j] < t - tol) break;
    const dist = t < starts[j] ? starts[j] - t : t > ends[j] ? t - ends[j] : 0;
    // Walking right to left, a tie keeps the later bar: it is drawn on top.
    if (dist < bestDist) {
      best = j;
      bestDist = dist;
    }
    if (dist === 0 && ends[j] > starts[j]) break;
  }
  return best;
}

/** The mark of a row nearest to t within tol (seconds), or null. */
export function nearestMark(times: Float64Array, t: number, tol: number): number | null {
  const hi = firstStartingAfter(times, t + tol);
  let best: number | null = null;
  let bestDist = Infinity;
  for (let j = hi - 1; j >= 0 && times[j] >= t - tol; j--) {
    const d = Math.abs(times[j] - t);
    if (d < bestDist) {
      best = j;
      bestDist = d;
    }
  }
  return best;
}
