/**
 * "Who woke whom" as arrows between rows: from the cause's mark (the finished task's end, the
 * step that called Event.set or Lock.release, a worker thread's end) to the step where the woken
 * task resumed. Pure: a trace and its layout in, arrows out, cached per trace.
 *
 * A timer's wake has no arrow: its cause is the end of the sleep bar on the woken task's own
 * row, which the bar already shows.
 */
import type { TaskId, Trace } from '../../trace/format.ts';
import type { MistakeFlag } from '../../trace/views/flag-types.ts';
import { wakeEdges } from '../../trace/views/wakes.ts';
import type { TimelineLayout } from '../layout/layout-trace.ts';

export interface ArrowEnd {
  /** Display row. */
  readonly row: number;
  readonly t: number;
}

export interface ChartArrow {
  readonly kind: 'wake' | 'deadlock';
  readonly from: ArrowEnd;
  readonly to: ArrowEnd;
  /** The task the arrow points at (the woken one, or the one waited on in a deadlock). */
  readonly task: TaskId;
  /** The task at the arrow's tail, when it is a task's row. */
  readonly by: TaskId | null;
  /** Words for the tooltip: "Task-3 finished (gather)", "event.set() in Task-1". */
  readonly cause: string;
}

/** Up to this many rows a run is small: all its arrows show. Above, the selected task's only. */
export const ALL_ARROWS_MAX_ROWS = 40;

const cache = new WeakMap<Trace, ChartArrow[]>();

export function wakeArrows(trace: Trace, layout: TimelineLayout): readonly ChartArrow[] {
  let arrows = cache.get(trace);
  if (arrows) return arrows;
  arrows = [];
  const laneRow = new Map<number, number>();
  for (const r of layout.rows) if (r.lane !== undefined) laneRow.set(r.lane, r.index);
  for (const e of wakeEdges(trace)) {
    if (e.causeIndex === null || e.resumeIndex === null) continue;
    const cause = trace.events[e.causeIndex]!;
    const resume = trace.events[e.resumeIndex]!;
    const to = layout.rowOfTask.get(e.task);
    let from: number | undefined;
    let by: TaskId | null = null;
    if (cause.type === 'step' || cause.type === 'done') {
      from = layout.rowOfTask.get(cause.task);
      by = cause.task;
    } else if (cause.type === 'lane-end') from = laneRow.get(cause.lane);
    if (from === undefined || to === undefined || from === to) continue;
    arrows.push({ kind: 'wake', from: { row: from, t: cause.t }, to: { row: to, t: resume.t }, task: e.task, by, cause: e.cause });
  }
  cache.set(trace, arrows);
  return arrows;
}

/**
 * A deadlock's cycle as arrows at the run's end: each member points at the task that holds what
 * it waits for (the next member), so the loop of waits is visible between the rows.
 */
export function deadlockArrows(flags: readonly MistakeFlag[], layout: TimelineLayout): ChartArrow[] {
  const out: ChartArrow[] = [];
  for (const f of flags) {
    if (f.kind !== 'deadlock-cycle' || !f.cycle || f.task === null || !f.related?.length) continue;
    const members = [f.task, ...f.related];
    members.forEach((id, k) => {
      const next = members[(k + 1) % members.length]!;
      const from = layout.rowOfTask.get(id);
      const to = layout.rowOfTask.get(next);
      if (from === undefined || to === undefined || from === to) return;
      out.push({ kind: 'deadlock', from: { row: from, t: f.t }, to: { row: to, t: f.t }, task: next, by: id, cause: f.message });
    });
  }
  return out;
}

/** The arrows to draw: every one in a small run or with "all arrows" on, else the selected task's. */
export function visibleArrows(all: readonly ChartArrow[], layout: TimelineLayout, selected: TaskId | null, showAll: boolean): readonly ChartArrow[] {
  if (showAll || layout.rows.length <= ALL_ARROWS_MAX_ROWS) return all;
  if (selected === null) return all.filter((a) => a.kind === 'deadlock');
  return all.filter((a) => a.kind === 'deadlock' || a.task === selected || a.by === selected);
}
