/** The run's mistake flags as text: what the editor's markers and the chart's say, readable without either. */
import { useMistakeFlags } from '../hooks/use-trace-view.ts';

export function MistakeList() {
  const flags = useMistakeFlags();
  if (flags.length === 0) return null;
  return (
    // It scrolls when long, so it takes focus for keyboard scrolling.
    <ul className="mistakes" aria-label="Mistakes" data-testid="mistakes" tabIndex={0}>
      {flags.map((f, i) => (
        <li key={i} data-kind={f.kind}>
          {f.line !== undefined && <span className="mistake-line">Line {f.line}: </span>}
          {f.message} <span className="mistake-fix">Fix: {f.fix}</span>
        </li>
      ))}
    </ul>
  );
}
