/**
 * Turns a run's failure line into a CodeMirror diagnostic underlining that line, and the
 * run's mistake flags into warnings on theirs (what went wrong, then the fix).
 */
import type { Diagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';

export interface LineDiagnostic {
  readonly line: number;
  readonly col: number | null;
  readonly message: string;
}

/** A mistake flag as the editor shows it. */
export interface LineWarning {
  readonly line: number;
  readonly message: string;
  readonly fix: string;
}

export function toDiagnostics(doc: Text, d: LineDiagnostic | null, warnings: readonly LineWarning[] = []): Diagnostic[] {
  return [...errorDiagnostic(doc, d), ...warningDiagnostics(doc, warnings)];
}

function warningDiagnostics(doc: Text, warnings: readonly LineWarning[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  // One marker per line and message: a loop that makes the same mistake a hundred times says it once.
  const seen = new Set<string>();
  for (const w of warnings) {
    if (w.line < 1 || w.line > doc.lines) continue;
    const key = `${w.line}\n${w.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const line = doc.line(w.line);
    const indent = line.text.length - line.text.trimStart().length;
    const from = Math.min(line.from + indent, line.to);
    out.push({ from, to: Math.max(line.to, from), severity: 'warning', message: `${w.message} Fix: ${w.fix}`, source: 'Taskline' });
  }
  return out;
}

function errorDiagnostic(doc: Text, d: LineDiagnostic | null): Diagnostic[] {
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
