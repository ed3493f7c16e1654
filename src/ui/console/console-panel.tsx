/**
 * What the program printed, line by line with the virtual time and task of each print.
 * Lines after the playhead's event are dimmed and the one it printed is marked; clicking one
 * selects its task and moves the playhead to that print.
 * Everything is rendered as text: program output is never HTML. Long outputs are windowed,
 * one unwrapped line per row.
 */
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useActions, useTaskline } from '../../store/react.ts';
import { consoleLines } from '../../store/views/console-lines.ts';
import { fmtTime } from '../format.ts';
import { useVisibleRows } from '../hooks/use-visible-rows.ts';

/** Height of a line when the console is windowed (app.css .console-windowed). */
const LINE_HEIGHT = 21;

export function ConsolePanel() {
  // A new run's chart comes first: the console follows in a render React may put off.
  const trace = useDeferredValue(useTaskline((s) => s.trace));
  const playheadEvent = useTaskline((s) => s.playheadEvent);
  const selectedTask = useTaskline((s) => s.selection.task);
  const { select, seekEvent } = useActions();
  const lines = useMemo(() => (trace ? consoleLines(trace) : []), [trace]);
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const shown = lines.filter((l) => l.index <= playheadEvent).length;
  const { first, last, windowed } = useVisibleRows(scroller, lines.length, LINE_HEIGHT);

  // While playing or stepping, keep the newest printed line in view, as a terminal would.
  useEffect(() => {
    if (shown === 0) return;
    if (windowed) scrollRowIntoView(scroller.current, list.current, shown - 1);
    else list.current?.children[shown - 1]?.scrollIntoView({ block: 'nearest' });
  }, [shown, windowed]);

  if (lines.length === 0) return <p className="console-empty">{trace ? 'The program printed nothing.' : ''}</p>;

  return (
    <div ref={scroller} className="pane-scroll">
      <ol
        ref={list}
        className={windowed ? 'console console-windowed' : 'console'}
        aria-label="Console output"
        data-testid="console"
        style={windowed ? { paddingTop: first * LINE_HEIGHT, paddingBottom: (lines.length - last) * LINE_HEIGHT } : undefined}
      >
        {lines.slice(first, last).map((line, i) => {
          const future = line.index > playheadEvent;
          const current = line.index === playheadEvent;
          return (
            <li
              key={first + i}
              className={`console-line stream-${line.stream}${future ? ' future' : ''}${current ? ' current' : ''}${line.task !== null && line.task === selectedTask ? ' selected' : ''}`}
              data-t={line.t}
              data-stream={line.stream}
              {...(current ? { 'aria-current': 'step' as const } : {})}
            >
              <button
                type="button"
                className="console-button"
                onClick={() => {
                  seekEvent(line.index);
                  select({ t: line.t, ...(line.task !== null ? { task: line.task } : {}), ...(line.call ? { source: line.call } : {}) });
                }}
              >
                <span className="console-time">{fmtTime(line.t)}</span>
                <span className="console-task" title={line.fromCallback ? `Printed by a callback that ${line.taskName ?? 'a task'} scheduled` : undefined}>
                  {line.fromCallback && (
                    <>
                      {/* The chart's callback mark, then the task the callback belongs to. */}
                      <span aria-hidden="true">△ </span>
                      <span className="visually-hidden">callback of </span>
                    </>
                  )}
                  {line.taskName ?? ''}
                </span>
                <span className="console-text">{line.text}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** Scrolls a windowed list so that row i is in view, whether or not it has an element yet. */
function scrollRowIntoView(scroller: HTMLElement | null, list: HTMLElement | null, i: number): void {
  if (!scroller || !list) return;
  const top = list.offsetTop + i * LINE_HEIGHT;
  if (top < scroller.scrollTop) scroller.scrollTop = top;
  else if (top + LINE_HEIGHT > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = top + LINE_HEIGHT - scroller.clientHeight;
}
