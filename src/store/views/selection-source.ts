/**
 * Which source range a chart selection points at: the sleep call under the clicked moment if
 * the task was sleeping then, otherwise the call that created the task.
 */
import type { SourceSpan, TaskId } from '../../trace/format.ts';
import type { TaskRow } from '../../trace/views/spans.ts';

export function selectionSource(rows: readonly TaskRow[], task: TaskId | undefined, t: number | undefined): SourceSpan | undefined {
  if (task === undefined) return undefined;
  const row = rows.find((r) => r.id === task);
  if (!row) return undefined;
  if (t !== undefined) {
    for (const sp of row.spans) {
      if (sp.start <= t && t <= sp.end && (sp.kind === 'sleeping' || sp.kind === 'blocked') && sp.call) return sp.call;
    }
  }
  return row.createCall;
}
