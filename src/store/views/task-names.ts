import type { TaskId, Trace, TraceEvent } from '../../trace/format.ts';

type CreateEvent = Extract<TraceEvent, { type: 'create' }>;

/** The create event of each task, by id. */
export function createEvents(trace: Trace): Map<TaskId, CreateEvent> {
  const out = new Map<TaskId, CreateEvent>();
  for (const e of trace.events) if (e.type === 'create') out.set(e.task, e);
  return out;
}

/** A task's name at virtual time `t` (names change with set_name). */
export function nameAt(trace: Trace, task: TaskId, t: number): string {
  let name = `Task ${task}`;
  for (const e of trace.events) {
    if (e.t > t) break;
    if ((e.type === 'create' || e.type === 'rename') && e.task === task) name = e.name;
  }
  return name;
}

/** Each task's last name. */
export function finalNames(trace: Trace): Map<TaskId, string> {
  const out = new Map<TaskId, string>();
  for (const e of trace.events) if (e.type === 'create' || e.type === 'rename') out.set(e.task, e.name);
  return out;
}
