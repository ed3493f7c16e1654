/** The current trace's layout and task rows, shared by every reader (see layoutOf). */
import type { TimelineLayout } from '../../timeline/layout/layout-trace.ts';
import { layoutOf } from '../../timeline/layout/layout-cache.ts';
import type { TaskRow } from '../../trace/views/spans.ts';
import { useTaskline } from '../../store/react.ts';

const EMPTY: readonly TaskRow[] = [];

export function useTraceLayout(): TimelineLayout | null {
  const trace = useTaskline((s) => s.trace);
  return trace ? layoutOf(trace) : null;
}

export function useTaskRows(): readonly TaskRow[] {
  return useTraceLayout()?.view.rows ?? EMPTY;
}
