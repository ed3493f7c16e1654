/**
 * The trace as Taskline's own JSON (src/trace/FORMAT.md), with the program that made it when
 * there is one, so that opening the file later shows the code beside the chart.
 */
import type { Trace } from '../trace/format.ts';
import type { ExportInput } from './types.ts';

export function tasklineTraceJson(input: Pick<ExportInput, 'trace' | 'program'>): string {
  const trace: Trace = input.program ? { ...input.trace, program: input.program } : input.trace;
  return `${JSON.stringify(trace)}\n`;
}
