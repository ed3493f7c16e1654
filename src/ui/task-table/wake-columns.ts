/**
 * The "Woken by" and "Waited on" columns: per task, what woke it each time it resumed and
 * what it waited on, each listed once in order of first occurrence with a count ("sleep 1 ended ×3").
 */
import type { TaskId, Trace } from '../../trace/format.ts';
import type { TaskRow } from '../../trace/views/spans.ts';
import { wakeEdges } from '../../trace/views/wakes.ts';

export interface WakeColumns {
  readonly wokenBy: string;
  readonly waitedOn: string;
}

export function wakeColumns(trace: Trace, rows: readonly TaskRow[]): Map<TaskId, WakeColumns> {
  const causes = new Map<TaskId, string[]>();
  for (const e of wakeEdges(trace)) causes.set(e.task, [...(causes.get(e.task) ?? []), e.cause]);
  const out = new Map<TaskId, WakeColumns>();
  for (const row of rows) {
    const waits = row.spans.flatMap((sp) => (sp.kind === 'sleeping' || sp.kind === 'waiting' ? [sp.label] : []));
    out.set(row.id, { wokenBy: counted(causes.get(row.id) ?? []), waitedOn: counted(waits) });
  }
  return out;
}

/** "a, b ×2" from ["a", "b", "b"]; "—" for none. */
export function counted(items: readonly string[]): string {
  if (items.length === 0) return '—';
  const counts = new Map<string, number>();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].map(([x, n]) => (n > 1 ? `${x} ×${n}` : x)).join(', ');
}
