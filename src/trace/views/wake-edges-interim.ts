// REPLACE with `wakeEdges` from ./wakes.ts once the `wakes` branch is merged: same signature and
// WakeEdge shape, but exact causes. Until then, edges come from each wake's `by` alone.
import type { TaskId, Trace, WaitTarget } from '../format.ts';
import type { WakeEdge } from './wake-types.ts';

export function wakeEdges(trace: Trace): WakeEdge[] {
  const names = new Map<TaskId, string>();
  const on = new Map<TaskId, WaitTarget>();
  const open = new Map<TaskId, { -readonly [K in keyof WakeEdge]: WakeEdge[K] }[]>();
  const edges: WakeEdge[] = [];
  trace.events.forEach((ev, i) => {
    if (ev.type === 'create' || ev.type === 'rename') names.set(ev.task, ev.name);
    else if (ev.type === 'suspend') on.set(ev.task, ev.on);
    else if (ev.type === 'step') {
      for (const e of open.get(ev.task) ?? []) e.resumeIndex = i;
      open.delete(ev.task);
    } else if (ev.type === 'wake') {
      const waited = on.get(ev.task);
      const cause = ev.by !== null ? (names.get(ev.by) ?? `Task ${ev.by}`) : waited?.kind === 'sleep' ? `${waited.label} ended` : 'the loop';
      const edge = { task: ev.task, wakeIndex: i, resumeIndex: null, by: ev.by, causeIndex: null, cause };
      open.set(ev.task, [...(open.get(ev.task) ?? []), edge]);
      edges.push(edge);
    }
  });
  return edges;
}
