/**
 * What the summary line leaves out when a run did not finish cleanly: where it failed and who
 * was stuck. Also the diagnostic the editor underlines.
 */
import type { Trace } from '../../trace/format.ts';

export interface OutcomeDetail {
  readonly tone: 'ok' | 'error' | 'warning';
  /** Extra lines under the summary (empty for a clean run). */
  readonly lines: readonly string[];
  /** A source line to underline in the editor, with its message. */
  readonly diagnostic: { readonly line: number; readonly col: number | null; readonly message: string } | null;
}

export function outcomeDetail(trace: Trace): OutcomeDetail {
  const o = trace.outcome;
  switch (o.kind) {
    case 'ok':
      return { tone: 'ok', lines: [], diagnostic: null };
    case 'syntax':
      return {
        tone: 'error',
        lines: [`${o.type} on line ${o.line}, column ${o.col + 1}: ${o.message}`],
        diagnostic: { line: o.line, col: o.col, message: `${o.type}: ${o.message}` },
      };
    case 'error':
      return {
        tone: 'error',
        lines: [`Uncaught ${o.type}${o.message ? `: ${o.message}` : ''}${o.line !== null ? ` on line ${o.line}` : ''}`],
        diagnostic: o.line !== null ? { line: o.line, col: null, message: `${o.type}: ${o.message}` } : null,
      };
    case 'deadlock':
      return {
        tone: 'warning',
        lines: [
          'Deadlock: nothing can run while main() is unfinished.',
          ...o.waiting.map((w) => `${w.name} waits on ${w.on}`),
        ],
        diagnostic: null,
      };
    case 'limit':
      return { tone: 'warning', lines: [o.reason], diagnostic: null };
  }
}
