/**
 * The task names down the left: one focusable button per row (click selects; double-click,
 * Enter or F2 renames inline). Names are user text and only ever rendered as text.
 */
import { useState, type KeyboardEvent } from 'react';
import type { TaskId } from '../../trace/format.ts';
import { ROW_HEIGHT } from '../../timeline/layout/geometry.ts';
import type { RowLayout } from '../../timeline/layout/layout-trace.ts';
import { fmtSeconds } from './tooltip-text.ts';
import { endedWords } from '../../trace/views/describe-event.ts';

interface Props {
  readonly rows: readonly RowLayout[];
  /** Only rows [first, last) get an element: a 2,000-task run would otherwise cost 2,000 buttons. */
  readonly first: number;
  readonly last: number;
  readonly selectedTask: TaskId | null;
  readonly onSelect: (task: TaskId) => void;
  readonly onRename: (task: TaskId, name: string) => void;
}

export function RowLabels({ rows, first, last, selectedTask, onSelect, onRename }: Props) {
  const [editing, setEditing] = useState<TaskId | null>(null);
  const commit = (r: RowLayout, value: string) => {
    setEditing(null);
    const name = value.trim();
    if (name && name !== r.name) onRename(r.task, name);
  };
  return (
    <div className="tl-labels">
      {rows.slice(Math.max(0, first), last).map((r) => {
        const style = { top: r.index * ROW_HEIGHT, height: ROW_HEIGHT, paddingLeft: 6 + Math.min(r.depth, 4) * 10 };
        if (editing === r.task) {
          return (
            <div key={r.task} className="tl-label tl-label-editing" style={style}>
              <input
                className="tl-rename"
                aria-label={`Rename ${r.name}`}
                defaultValue={r.name}
                autoFocus
                onFocus={(e) => e.currentTarget.select()}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') commit(r, e.currentTarget.value);
                  else if (e.key === 'Escape') setEditing(null);
                }}
                onBlur={(e) => commit(r, e.currentTarget.value)}
              />
            </div>
          );
        }
        const status = statusOf(r);
        const call = r.lane === undefined ? (r.row.coroCall ?? r.row.coro) : undefined;
        const main = isMainRow(r);
        return (
          <button
            key={r.task}
            type="button"
            className={`tl-label tl-status-${status.kind}${selectedTask === r.task ? ' tl-label-selected' : ''}`}
            style={style}
            data-task-label={r.name}
            aria-pressed={selectedTask === r.task}
            aria-label={`${r.name}${call ? `, ${call}` : ''}${main ? ', the main task' : ''}, ${status.text}`}
            title={r.lane !== undefined ? `${r.name}: a worker thread (to_thread, run_in_executor)` : `${r.name}${call ? ` · ${call}` : ''}${main ? ' (the main task, run by asyncio.run)' : r.parentName ? `, created by ${r.parentName}` : ''} — double-click or F2 to rename`}
            onClick={() => onSelect(r.task)}
            onDoubleClick={() => r.lane === undefined && setEditing(r.task)}
            onKeyDown={(e: KeyboardEvent) => {
              // A worker thread's row has no name in the code to rewrite.
              if (r.lane === undefined && (e.key === 'Enter' || e.key === 'F2')) {
                e.preventDefault();
                setEditing(r.task);
              }
            }}
          >
            <span className="tl-label-name">
              {r.name}
              {call && <span className="tl-label-call"> · {call}</span>}
            </span>
            {main && (
              <span className="tl-label-main" aria-hidden="true">
                main
              </span>
            )}
            <span className="tl-label-status" aria-hidden="true">
              {status.glyph}
            </span>
          </button>
        );
      })}
    </div>
  );
}

/** The task asyncio.run made: the first row, a task that no other task created. */
function isMainRow(r: RowLayout): boolean {
  return r.index === 0 && r.lane === undefined && r.row.parent === null;
}

function statusOf(r: RowLayout): { kind: string; glyph: string; text: string } {
  if (r.lane !== undefined) return { kind: 'lane', glyph: '⇉', text: 'worker thread' };
  const o = r.row.outcome;
  const at = r.row.finished === null ? '' : fmtSeconds(r.row.finished);
  if (!o) return { kind: 'pending', glyph: '…', text: 'did not finish' };
  const text = endedWords(o, at, true);
  if (o.state === 'result') return { kind: 'ok', glyph: '✓', text };
  if (o.state === 'exception') return { kind: 'error', glyph: '✕', text };
  return { kind: 'cancelled', glyph: '⊘', text };
}
