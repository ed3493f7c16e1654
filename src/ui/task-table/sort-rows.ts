/** Column definitions and sorting for the task table. */
import type { TaskId } from '../../trace/format.ts';
import { outcomeWords } from '../../trace/views/describe-event.ts';
import type { TaskRow } from '../../trace/views/spans.ts';
import type { WakeColumns } from './wake-columns.ts';

export type ColumnKey = 'name' | 'created' | 'finished' | 'outcome' | 'running' | 'sleeping' | 'waiting' | 'blocked' | 'wokenBy' | 'waitedOn';

export interface SortState {
  readonly key: ColumnKey;
  readonly dir: 'asc' | 'desc';
}

export function outcomeText(row: TaskRow): string {
  return outcomeWords(row.outcome);
}

/** Waiting counts time ready in the queue too; blocked counts time held up by another task's blocking call. */
export function totalsFor(row: TaskRow): Record<'running' | 'sleeping' | 'waiting' | 'blocked', number> {
  const t = row.totals;
  return { running: t.running, sleeping: t.sleeping, waiting: t.waiting + t.ready, blocked: t.blocked + t.held };
}

function value(row: TaskRow, key: ColumnKey, wakes: ReadonlyMap<TaskId, WakeColumns>): number | string {
  switch (key) {
    case 'wokenBy':
    case 'waitedOn':
      return wakes.get(row.id)?.[key] ?? '';
    case 'name':
      return row.name.toLowerCase();
    case 'created':
      return row.created;
    case 'finished':
      return row.finished ?? Number.POSITIVE_INFINITY;
    case 'outcome':
      return outcomeText(row);
    default:
      return totalsFor(row)[key];
  }
}

export function sortRows(rows: readonly TaskRow[], sort: SortState, wakes: ReadonlyMap<TaskId, WakeColumns> = new Map()): TaskRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a, sort.key, wakes);
    const vb = value(b, sort.key, wakes);
    const c = va < vb ? -1 : va > vb ? 1 : 0;
    return c !== 0 ? c * sign : a.id - b.id;
  });
}
