/** The run in one sentence, plus what went wrong if anything did, and the example's lesson. */
import { useMemo, useRef } from 'react';
import { findExample } from '../../examples/index.ts';
import { useActions, useTaskline } from '../../store/react.ts';
import { outcomeDetail } from '../../store/views/outcome-detail.ts';
import { useTraceLayout } from '../hooks/use-trace-view.ts';
import { MistakeList } from '../mistakes/mistake-list.tsx';

export function RunSummaryBar() {
  const trace = useTaskline((s) => s.trace);
  const running = useTaskline((s) => s.running);
  const completedRuns = useTaskline((s) => s.completedRuns);
  const error = useTaskline((s) => s.error);
  const exampleId = useTaskline((s) => s.exampleId);
  const { dismissError } = useActions();
  const summary = useTraceLayout()?.summary ?? null;
  const detail = useMemo(() => (trace ? outcomeDetail(trace) : null), [trace]);
  // An edited example keeps its lesson: dropping the line on the first keystroke moved the whole page under the cursor.
  const lessonOf = useRef(exampleId);
  if (exampleId !== null) lessonOf.current = exampleId;
  const example = lessonOf.current ? findExample(lessonOf.current) : undefined;

  return (
    <section className="summary" aria-label="Run summary" data-running={running} data-runs={completedRuns} data-outcome={trace?.outcome.kind ?? ''}>
      <p className={`summary-line tone-${detail?.tone ?? 'ok'}`} role="status" aria-live="polite" data-testid="summary">
        {summary ? summary.text : running ? 'Running…' : 'Not run yet'}
        {running && summary ? <span className="running-badge"> · running…</span> : null}
      </p>
      {detail && detail.lines.length > 0 && (
        <ul className={`summary-detail tone-${detail.tone}`} data-testid="outcome-detail">
          {detail.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      <MistakeList />
      {error && (
        <p className="banner tone-error" role="alert">
          {error}{' '}
          <button type="button" className="link" onClick={dismissError}>
            Dismiss
          </button>
        </p>
      )}
      {example && <p className="lesson">{example.notice}</p>}
    </section>
  );
}
