/** The current trace's task rows, computed once per trace. */
import { useMemo } from 'react';
import { buildTaskRows, type TaskRow } from '../../trace/spans.ts';
import { useTaskline } from '../../store/react.ts';

const EMPTY: readonly TaskRow[] = [];

export function useTaskRows(): readonly TaskRow[] {
  const trace = useTaskline((s) => s.trace);
  return useMemo(() => (trace ? buildTaskRows(trace) : EMPTY), [trace]);
}
