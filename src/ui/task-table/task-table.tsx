/**
 * Every task as a table row: the timeline's text alternative, and a place to rename tasks and
 * change sleep delays with the keyboard.
 */
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { canRename } from '../../store/code-edits.ts';
import { useActions, useTaskline } from '../../store/react.ts';
import { useTaskRows } from '../hooks/use-trace-view.ts';
import { useVisibleRows } from '../hooks/use-visible-rows.ts';
import { fmtTime } from '../format.ts';
import { DelayInputs } from './delay-inputs.tsx';
import { EditableName } from './editable-name.tsx';
import { outcomeText, sortRows, totalsFor, type ColumnKey, type SortState } from './sort-rows.ts';
import { wakeColumns, type WakeColumns } from './wake-columns.ts';

/** Height of a row when the table is windowed (app.css .task-table-windowed). */
const ROW_HEIGHT = 30;

const COLUMNS: readonly { key: ColumnKey; label: string; numeric: boolean }[] = [
  { key: 'name', label: 'Task', numeric: false },
  { key: 'created', label: 'Created', numeric: true },
  { key: 'finished', label: 'Finished', numeric: true },
  { key: 'outcome', label: 'Outcome', numeric: false },
  { key: 'running', label: 'Running', numeric: true },
  { key: 'sleeping', label: 'Sleeping', numeric: true },
  { key: 'waiting', label: 'Waiting', numeric: true },
  { key: 'blocked', label: 'Blocked', numeric: true },
  { key: 'waitedOn', label: 'Waited on', numeric: false },
  { key: 'wokenBy', label: 'Woken by', numeric: false },
];

export function TaskTable() {
  // A new run's chart comes first: the table follows in a render React may put off.
  const rows = useDeferredValue(useTaskRows());
  const trace = useDeferredValue(useTaskline((s) => s.trace));
  const code = useTaskline((s) => s.code);
  const selectedTask = useTaskline((s) => s.selection.task);
  const { renameTask, setDelay, select } = useActions();
  const [sort, setSort] = useState<SortState>({ key: 'created', dir: 'asc' });
  const wakes = useMemo(() => (trace ? wakeColumns(trace, rows) : new Map<number, WakeColumns>()), [trace, rows]);
  const sorted = useMemo(() => sortRows(rows, sort, wakes), [rows, sort, wakes]);
  const scroller = useRef<HTMLDivElement>(null);
  const { first, last, windowed } = useVisibleRows(scroller, sorted.length, ROW_HEIGHT);

  if (rows.length === 0) return <p className="muted">No tasks yet.</p>;

  const toggleSort = (key: ColumnKey) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' }));

  return (
    <div ref={scroller} className="pane-scroll">
      <table className={windowed ? 'task-table task-table-windowed' : 'task-table'} aria-label="Tasks">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : ''} aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                <button type="button" className="sort-button" onClick={() => toggleSort(c.key)}>
                  {c.label}
                  <span aria-hidden="true">{sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
            <th scope="col">Sleep delays</th>
          </tr>
        </thead>
        <tbody>
          {first > 0 && <SpacerRow height={first * ROW_HEIGHT} />}
          {sorted.slice(first, last).map((row) => {
            const totals = totalsFor(row);
            const target = { ...(row.createCall ? { call: row.createCall } : {}), ...(row.nameLiteral ? { nameLiteral: row.nameLiteral } : {}) };
            return (
              <tr key={row.id} data-task-row={row.id} className={row.id === selectedTask ? 'selected' : ''} onClick={() => select({ task: row.id, ...(row.createCall ? { source: row.createCall } : {}) })}>
                <th scope="row">
                  <EditableName
                    value={row.createdName}
                    enabled={canRename(code, target)}
                    disabledReason="Only tasks made by create_task(...) without a computed name can be renamed in the code"
                    onCommit={(name) => renameTask(row.id, name)}
                  />
                  {row.name !== row.createdName && <span className="muted"> → {row.name}</span>}
                  {row.coro && <span className="coro"> {row.coro}()</span>}
                </th>
                <td className="num">{fmtTime(row.created)}</td>
                <td className="num">{row.finished === null ? '—' : fmtTime(row.finished)}</td>
                <td className={`outcome outcome-${row.outcome?.state ?? 'none'}`} title={outcomeText(row)}>{outcomeText(row)}</td>
                <td className="num">{fmtTime(totals.running)}</td>
                <td className="num">{fmtTime(totals.sleeping)}</td>
                <td className="num">{fmtTime(totals.waiting)}</td>
                <td className="num">{fmtTime(totals.blocked)}</td>
                <td className="wake-cell" title={wakes.get(row.id)?.waitedOn}>{wakes.get(row.id)?.waitedOn ?? '—'}</td>
                <td className="wake-cell" title={wakes.get(row.id)?.wokenBy}>{wakes.get(row.id)?.wokenBy ?? '—'}</td>
                <td>
                  <DelayInputs row={row} onCommit={setDelay} />
                </td>
              </tr>
            );
          })}
          {last < sorted.length && <SpacerRow height={(sorted.length - last) * ROW_HEIGHT} />}
        </tbody>
      </table>
    </div>
  );
}

/** Stands in for the rows a windowed table leaves out; a row without a cell gets no height. */
function SpacerRow({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="spacer-row">
      <td colSpan={COLUMNS.length + 1} style={{ height }} />
    </tr>
  );
}
