/**
 * The event loop at the playhead: what runs now, the ready queue in run order, the timers in
 * firing order, each task's state, and who holds and waits on each primitive. Everything is
 * read from loopStateAt(trace, playheadEvent); names are text, never HTML.
 */
import { useDeferredValue, useMemo } from 'react';
import { useTaskline } from '../../store/react.ts';
import { shownTrace } from '../../store/views/shown-trace.ts';
import type { TaskId } from '../../trace/format.ts';
import { outcomeWords } from '../../trace/views/describe-event.ts';
import { loopStateAt, type ResourceState, type TaskState } from '../../trace/views/loop-state.ts';
import { fmtTime } from '../format.ts';

export function LoopPanel() {
  const trace = useDeferredValue(useTaskline(shownTrace));
  const eventIndex = useDeferredValue(useTaskline((s) => s.playheadEvent));
  const state = useMemo(() => (trace ? loopStateAt(trace, eventIndex) : null), [trace, eventIndex]);
  if (!state) return <p className="muted">Run the program to see its loop.</p>;
  const nameOf = (id: TaskId) => state.tasks.find((x) => x.task === id)?.name ?? `Task ${id}`;

  return (
    <div className="pane-scroll loop-panel" data-testid="loop-panel">
      <section aria-labelledby="loop-now">
        <h2 id="loop-now">Running now</h2>
        <p data-testid="loop-current">{state.current === null ? (state.index < 0 ? 'Nothing yet: the loop is about to start.' : 'The loop, between steps') : `${nameOf(state.current)} (a step)`}</p>
      </section>
      <section aria-labelledby="loop-ready">
        <h2 id="loop-ready">
          Ready queue <span className="muted">({state.readyCount}, in run order)</span>
        </h2>
        <List testId="loop-ready" empty="empty" items={state.ready.map((r) => r.label)} more={state.readyCount - state.ready.length} />
      </section>
      <section aria-labelledby="loop-timers">
        <h2 id="loop-timers">
          Timers <span className="muted">({state.timerCount}, by deadline)</span>
        </h2>
        <List testId="loop-timers" empty="none" items={state.timers.map((x) => `${fmtTime(x.when)} s — ${x.label}`)} more={state.timerCount - state.timers.length} />
      </section>
      <section aria-labelledby="loop-tasks" className="loop-tasks">
        <h2 id="loop-tasks">Tasks</h2>
        <ul data-testid="loop-task-states">
          {state.tasks.map((x) => (
            <li key={x.task} className={`phase-${x.phase}`}>
              <span className="loop-task-name">{x.name}</span> <span>{phaseWords(x)}</span>
            </li>
          ))}
        </ul>
      </section>
      {state.resources.length > 0 && (
        <section aria-labelledby="loop-resources" className="loop-resources">
          <h2 id="loop-resources">Locks, queues and events</h2>
          <ul data-testid="loop-resources">
            {state.resources.map((r) => (
              <li key={r.object}>{resourceWords(r, nameOf)}</li>
            ))}
          </ul>
        </section>
      )}
      {state.fromTick === null && state.index >= 0 && <p className="muted loop-note">No loop iteration was recorded here: the queue and timers are rebuilt from the tasks’ events.</p>}
    </div>
  );
}

function List(props: { testId: string; items: readonly string[]; more: number; empty: string }) {
  if (props.items.length === 0) return <p className="muted" data-testid={props.testId}>{props.empty}</p>;
  return (
    <ol data-testid={props.testId}>
      {props.items.map((text, i) => (
        <li key={i}>{text}</li>
      ))}
      {props.more > 0 && <li className="muted">… and {props.more} more</li>}
    </ol>
  );
}

function phaseWords(x: TaskState): string {
  switch (x.phase) {
    case 'pending':
      return 'pending: created, not started';
    case 'ready':
      return 'ready to run';
    case 'running':
      return 'running';
    case 'waiting':
      return `waiting: ${x.waitLabel ?? 'on something'}`;
    case 'done':
      return `done: ${outcomeWords(x.outcome ?? null)}`;
  }
}

function resourceWords(r: ResourceState, nameOf: (id: TaskId) => string): string {
  const parts: string[] = [`${r.label} (${r.kind})`];
  if (r.holders !== null) parts.push(r.holders.length > 0 ? `held by ${r.holders.map(nameOf).join(', ')}` : r.kind === 'lock' || r.kind === 'condition' ? 'free' : '');
  if (r.items !== undefined) parts.push(r.kind === 'semaphore' ? `${r.items} free${r.capacity !== undefined ? ` of ${r.capacity}` : ''}` : `${r.items} item${r.items === 1 ? '' : 's'}${r.capacity !== undefined ? ` of ${r.capacity}` : ''}`);
  if (r.set !== undefined) parts.push(r.set ? 'set' : 'not set');
  const waiters = r.waiters.map((w) => (w.op ? `${nameOf(w.task)} (${w.op})` : nameOf(w.task)));
  parts.push(r.waiterCount === 0 ? 'nobody waits' : `waiting: ${waiters.join(', ')}${r.waiterCount > waiters.length ? ` and ${r.waiterCount - waiters.length} more` : ''}`);
  return parts.filter((p) => p !== '').join(' · ');
}
