/**
 * Worker threads as timeline rows: each lane runs jobs one after another, and a job is
 * `running` from its start to its end except where a time.sleep inside it blocks the lane.
 * Rows have the TaskRow shape so the layout and renderers draw them like tasks; their ids are
 * negative (`-1 - lane`) so they never meet a task id.
 */
import type { LaneId, TraceEvent } from '../format.ts';
import type { Mark, Span, SpanTotals, TaskRow } from './spans.ts';

type LaneEvent = Extract<TraceEvent, { type: 'lane-start' | 'lane-block' | 'lane-end' }>;

interface LaneBuilder {
  readonly lane: LaneId;
  readonly name: string;
  readonly created: number;
  readonly spans: Span[];
  readonly marks: Mark[];
  /** The job's function while a job runs, and since when the lane has been running it. */
  fn: string | null;
  since: number;
  /** No span drawn yet for the running job: its first bar is drawn even if it takes no time. */
  fresh: boolean;
}

/** A lane row's id in the layout (task ids are >= 0). */
export function laneRowId(lane: LaneId): number {
  return -1 - lane;
}

export class LaneRowsBuilder {
  private readonly lanes = new Map<LaneId, LaneBuilder>();

  apply(ev: LaneEvent): void {
    if (ev.type === 'lane-start') {
      let b = this.lanes.get(ev.lane);
      if (b === undefined) {
        b = { lane: ev.lane, name: ev.name, created: ev.t, spans: [], marks: [], fn: null, since: ev.t, fresh: true };
        this.lanes.set(ev.lane, b);
      }
      b.fn = ev.fn;
      b.since = ev.t;
      b.fresh = true;
      return;
    }
    const b = this.lanes.get(ev.lane);
    if (b === undefined || b.fn === null) return;
    if (ev.type === 'lane-block') {
      this.running(b, ev.t, false);
      const label = `time.sleep(${fmt(ev.delay)})`;
      b.spans.push({ kind: 'blocked', start: ev.t, end: ev.t + ev.delay, label, open: false, delay: ev.delay, literal: ev.literal, ...(ev.call ? { call: ev.call } : {}) });
      b.since = ev.t + ev.delay;
      return;
    }
    this.running(b, ev.t, false);
    b.fn = null;
  }

  print(lane: LaneId, mark: Mark): void {
    this.lanes.get(lane)?.marks.push(mark);
  }

  rows(end: number, totalsOf: (spans: readonly Span[]) => SpanTotals): TaskRow[] {
    const out: TaskRow[] = [];
    for (const b of [...this.lanes.values()].sort((x, y) => x.lane - y.lane)) {
      if (b.fn !== null) {
        // A job still running when the trace ended (a budget, an error): its span stays open.
        const last = b.spans[b.spans.length - 1];
        if (last !== undefined && last.kind === 'blocked' && last.end > end) b.spans[b.spans.length - 1] = { ...last, end: Math.max(last.start, end), open: true };
        else this.running(b, Math.max(end, b.since), true);
      }
      out.push({
        id: laneRowId(b.lane),
        lane: b.lane,
        name: b.name,
        createdName: b.name,
        coro: undefined,
        coroCall: undefined,
        parent: null,
        created: b.created,
        finished: null,
        outcome: null,
        nameLiteral: undefined,
        createCall: undefined,
        spans: b.spans,
        marks: b.marks,
        totals: totalsOf(b.spans),
      });
    }
    return out;
  }

  /** The job ran from `since` to `t`: its first bar even when it took no virtual time, later ones only when they did. */
  private running(b: LaneBuilder, t: number, open: boolean): void {
    const fresh = b.fresh;
    b.fresh = false;
    if (!fresh && !open && t - b.since <= 1e-12) return;
    b.spans.push({ kind: 'running', start: b.since, end: Math.max(b.since, t), label: `runs ${b.fn}()`, open });
  }
}

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toFixed(6)));
}
