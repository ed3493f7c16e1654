/** The current trace's layout and task rows, shared by every reader (see layoutOf). */
import type { TimelineLayout } from '../../timeline/layout/layout-trace.ts';
import { layoutOf } from '../../timeline/layout/layout-cache.ts';
import type { TaskRow } from '../../trace/views/spans.ts';
import { useTaskline } from '../../store/react.ts';
import type { MistakeFlag } from '../../trace/views/flag-types.ts';
import type { LineWarning } from '../editor/diagnostics.ts';
import { useMemo } from 'react';

const EMPTY: readonly TaskRow[] = [];
const NO_WARNINGS: readonly LineWarning[] = [];

export function useTraceLayout(): TimelineLayout | null {
  const trace = useTaskline((s) => s.trace);
  return trace ? layoutOf(trace) : null;
}

export function useTaskRows(): readonly TaskRow[] {
  return useTraceLayout()?.view.rows ?? EMPTY;
}

/** The current run's mistake flags (the store finds them when the run comes in). */
export function useMistakeFlags(): readonly MistakeFlag[] {
  return useTaskline((s) => s.flags);
}

/** The flags that have a line, as editor warnings. */
export function useMistakeWarnings(): readonly LineWarning[] {
  const flags = useMistakeFlags();
  return useMemo(() => {
    const withLine = flags.filter((f): f is MistakeFlag & { line: number } => f.line !== undefined);
    return withLine.length === 0 ? NO_WARNINGS : withLine.map((f) => ({ line: f.line, message: f.message, fix: f.fix }));
  }, [flags]);
}
