/** Turns a run's failure line into a CodeMirror diagnostic underlining that line. */
import type { Diagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';

export interface LineDiagnostic {
  readonly line: number;
  readonly col: number | null;
  readonly message: string;
}

export function toDiagnostics(doc: Text, d: LineDiagnostic | null): Diagnostic[] {
  if (!d || d.line < 1 || d.line > doc.lines) return [];
  const line = doc.line(d.line);
  const indent = line.text.length - line.text.trimStart().length;
  let from = line.from + (d.col !== null ? Math.min(d.col, line.length) : indent);
  let to = line.to;
  // An error at the end of a line (or on an empty one) still needs a visible range.
  if (from >= to) {
    from = Math.max(line.from, Math.min(from, line.to) - 1);
    to = Math.max(to, Math.min(doc.length, from + 1));
  }
  return [{ from, to, severity: 'error', message: d.message, source: 'Taskline' }];
}
