/**
 * Trace → what the renderers draw: rows in display order, each with its spans as sorted typed
 * arrays (starts, ends, kinds), its marks likewise, and the x domain. Pure: no d3-selection, no
 * DOM; the renderers and the hit test share it. Minimum visual widths are a render concern.
 */
import type { RunOutcome, TaskId, Trace } from '../../trace/format.ts';
import { buildTraceView, summarizeRun, type LoopBlock, type RunSummary, type TaskRow, type TraceView } from '../../trace/views/spans.ts';
import { MARK_CODE, SPAN_CODE } from './kinds.ts';

export interface RowLayout {
  /** Position in display order (0 = top). */
  readonly index: number;
  readonly task: TaskId;
  readonly name: string;
  /** How many ancestors the task has: labels indent by it. */
  readonly depth: number;
  readonly parentName: string | null;
  readonly row: TaskRow;
  /** Span i of `row.spans`: sorted by start; spans never overlap, so ends are sorted too. */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly kinds: Uint8Array;
  /** Mark i of `row.marks`, sorted by time. */
  readonly markTimes: Float64Array;
  readonly markKinds: Uint8Array;
  /** A worker thread's row (to_thread, run_in_executor): `task` is then `-1 - lane`. */
  readonly lane?: number;
}

export interface TimelineLayout {
  readonly rows: readonly RowLayout[];
  /** Display index of each task. */
  readonly rowOfTask: ReadonlyMap<TaskId, number>;
  /** x domain in virtual seconds: [0, end], never empty. */
  readonly domain: readonly [number, number];
  readonly end: number;
  readonly barCount: number;
  readonly blocks: readonly LoopBlock[];
  readonly summary: RunSummary;
  readonly view: TraceView;
}

export function layoutTrace(trace: Trace): TimelineLayout {
  return layoutView(buildTraceView(trace), trace.outcome);
}

export function layoutView(view: TraceView, outcome?: RunOutcome): TimelineLayout {
  const byId = new Map<TaskId, TaskRow>();
  for (const r of view.rows) byId.set(r.id, r);
  // Main first, then creation order: task ids are creation order and main is created first.
  const ordered = [...view.rows].sort((a, b) => a.id - b.id);
  const rows: RowLayout[] = [];
  const rowOfTask = new Map<TaskId, number>();
  let barCount = 0;
  for (const r of ordered) {
    barCount += r.spans.length;
    rowOfTask.set(r.id, rows.length);
    // Marks come in event order, which is time order; sort only if a trace says otherwise.
    const marks = isSortedByTime(r.marks) ? r.marks : r.marks.map((m, i) => ({ m, i })).sort((a, b) => a.m.t - b.m.t || a.i - b.i).map((x) => x.m);
    const parentName = r.parent === null ? null : (byId.get(r.parent)?.name ?? null);
    rows.push(new LazyRow(rows.length, marks === r.marks ? r : { ...r, marks }, depthOf(r, byId), parentName));
  }
  // Worker threads below the tasks, one row each: their jobs' running and blocked spans.
  for (const r of view.lanes ?? []) {
    barCount += r.spans.length;
    rows.push(new LazyRow(rows.length, r, 0, null));
  }
  const end = Math.max(0, view.end);
  return {
    rows,
    rowOfTask,
    domain: [0, end > 0 ? end : 1],
    end,
    barCount,
    blocks: view.blocks,
    summary: summarizeRun(view.rows, view.end, outcome),
    view,
  };
}

/**
 * A row whose typed arrays are built the first time something reads them. A first frame only
 * draws the rows in view: filling arrays for 2,000 rows up front cost it tens of milliseconds.
 */
class LazyRow implements RowLayout {
  readonly task: TaskId;
  readonly name: string;
  readonly lane?: number;
  private spans: { starts: Float64Array; ends: Float64Array; kinds: Uint8Array } | null = null;
  private marks: { times: Float64Array; kinds: Uint8Array } | null = null;

  constructor(
    readonly index: number,
    readonly row: TaskRow,
    readonly depth: number,
    readonly parentName: string | null,
  ) {
    this.task = row.id;
    this.name = row.name;
    if (row.lane !== undefined) this.lane = row.lane;
  }

  get starts(): Float64Array {
    return this.spanArrays().starts;
  }

  get ends(): Float64Array {
    return this.spanArrays().ends;
  }

  get kinds(): Uint8Array {
    return this.spanArrays().kinds;
  }

  get markTimes(): Float64Array {
    return this.markArrays().times;
  }

  get markKinds(): Uint8Array {
    return this.markArrays().kinds;
  }

  private spanArrays() {
    if (this.spans) return this.spans;
    const spans = this.row.spans;
    const n = spans.length;
    const starts = new Float64Array(n);
    const ends = new Float64Array(n);
    const kinds = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const s = spans[i];
      starts[i] = s.start;
      ends[i] = s.end;
      kinds[i] = SPAN_CODE[s.kind];
    }
    return (this.spans = { starts, ends, kinds });
  }

  private markArrays() {
    if (this.marks) return this.marks;
    const marks = this.row.marks;
    const times = new Float64Array(marks.length);
    const kinds = new Uint8Array(marks.length);
    for (let i = 0; i < marks.length; i++) {
      times[i] = marks[i].t;
      kinds[i] = MARK_CODE[marks[i].kind];
    }
    return (this.marks = { times, kinds });
  }
}

function isSortedByTime(marks: readonly { readonly t: number }[]): boolean {
  for (let i = 1; i < marks.length; i++) if (marks[i].t < marks[i - 1].t) return false;
  return true;
}

function depthOf(r: TaskRow, byId: ReadonlyMap<TaskId, TaskRow>): number {
  let depth = 0;
  let p = r.parent;
  // Parents are created before children, so this ends; the cap guards against a corrupt trace.
  while (p !== null && depth < 64) {
    const parent = byId.get(p);
    if (!parent) break;
    depth++;
    p = parent.parent;
  }
  return depth;
}

/** First index whose end is >= t (ends are sorted). */
export function firstEndingAtOrAfter(ends: Float64Array, t: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose start is > t (starts are sorted). */
export function firstStartingAfter(starts: Float64Array, t: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans of a row that intersect [t0, t1], as an index range [lo, hi). */
export function visibleSpanRange(row: RowLayout, t0: number, t1: number): [number, number] {
  const lo = firstEndingAtOrAfter(row.ends, t0);
  const hi = firstStartingAfter(row.starts, t1);
  return [lo, Math.max(lo, hi)];
}

/**
 * How many bars (and, with `withMarks`, marks) a view of rows [r0, r1) over [t0, t1] would
 * draw: decides SVG versus canvas. Stops counting past `stopAt`.
 */
export function countVisibleBars(layout: TimelineLayout, r0: number, r1: number, t0: number, t1: number, stopAt = Infinity, withMarks = false): number {
  let n = 0;
  for (let i = Math.max(0, r0); i < Math.min(layout.rows.length, r1) && n < stopAt; i++) {
    const row = layout.rows[i];
    const [lo, hi] = visibleSpanRange(row, t0, t1);
    n += hi - lo;
    if (withMarks) n += Math.max(0, firstStartingAfter(row.markTimes, t1) - firstEndingAtOrAfter(row.markTimes, t0));
  }
  return n;
}
