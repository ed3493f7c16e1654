/**
 * What the program printed, line by line with the virtual time and task of each print.
 * Lines after the playhead are dimmed; clicking one selects its task and moves the playhead.
 * Everything is rendered as text: program output is never HTML.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useActions, useTaskline } from '../../store/react.ts';
import { consoleLines } from '../../store/views/console-lines.ts';
import { fmtTime } from '../format.ts';

const EPS = 1e-9;

export function ConsolePanel() {
  const trace = useTaskline((s) => s.trace);
  const playhead = useTaskline((s) => s.playhead);
  const selectedTask = useTaskline((s) => s.selection.task);
  const { select, seek, pause } = useActions();
  const playing = useTaskline((s) => s.playing);
  const lines = useMemo(() => (trace ? consoleLines(trace) : []), [trace]);
  const list = useRef<HTMLOListElement>(null);
  const shown = lines.filter((l) => l.t <= playhead + EPS).length;

  // While playing, keep the newest printed line in view, as a terminal would.
  useEffect(() => {
    if (!playing || shown === 0) return;
    list.current?.children[shown - 1]?.scrollIntoView({ block: 'nearest' });
  }, [playing, shown]);

  if (lines.length === 0) return <p className="console-empty">{trace ? 'The program printed nothing.' : ''}</p>;

  return (
    <ol ref={list} className="console" aria-label="Console output" data-testid="console">
      {lines.map((line, i) => {
        const future = line.t > playhead + EPS;
        return (
          <li
            key={i}
            className={`console-line stream-${line.stream}${future ? ' future' : ''}${line.task !== null && line.task === selectedTask ? ' selected' : ''}`}
            data-t={line.t}
            data-stream={line.stream}
          >
            <button
              type="button"
              className="console-button"
              onClick={() => {
                pause();
                seek(line.t);
                select({ t: line.t, ...(line.task !== null ? { task: line.task } : {}), ...(line.call ? { source: line.call } : {}) });
              }}
            >
              <span className="console-time">{fmtTime(line.t)}</span>
              <span className="console-task">{line.taskName ?? ''}</span>
              <span className="console-text">{line.text}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
