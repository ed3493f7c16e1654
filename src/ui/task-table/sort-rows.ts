/** Column definitions and sorting for the task table. */
import type { TaskRow } from '../../trace/views/spans.ts';

export type ColumnKey = 'name' | 'created' | 'finished' | 'outcome' | 'running' | 'sleeping' | 'waiting' | 'blocked';

export interface SortState {
  readonly key: ColumnKey;
  readonly dir: 'asc' | 'desc';
}

export function outcomeText(row: TaskRow): string {
  const o = row.outcome;
  if (!o) return 'unfinished';
  if (o.state === 'result') return `returned ${o.repr}`;
  if (o.state === 'cancelled') return 'cancelled';
  return `raised ${o.excType}${o.message ? `: ${o.message}` : ''}`;
}

/** Waiting counts time ready in the queue too; blocked counts time held up by another task's blocking call. */
export function totalsFor(row: TaskRow): Record<'running' | 'sleeping' | 'waiting' | 'blocked', number> {
  const t = row.totals;
  return { running: t.running, sleeping: t.sleeping, waiting: t.waiting + t.ready, blocked: t.blocked + t.held };
}

function value(row: TaskRow, key: ColumnKey): number | string {
  switch (key) {
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

export function sortRows(rows: readonly TaskRow[], sort: SortState): TaskRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a, sort.key);
    const vb = value(b, sort.key);
    const c = va < vb ? -1 : va > vb ? 1 : 0;
    return c !== 0 ? c * sign : a.id - b.id;
  });
}
