/**
 * One sentence about a whole run, the lesson of the tutorial in numbers: the tasks slept far
 * longer in total than the run took, because their sleeps overlapped.
 */
import type { RunOutcome } from '../format.ts';
import type { TaskRow } from './spans.ts';

export interface RunSummary {
  /** Virtual time when the run ended. */
  readonly end: number;
  readonly taskCount: number;
  /** Sum over tasks of time spent in asyncio.sleep. */
  readonly totalSleep: number;
  /** Sum of time.sleep calls: time nothing else could run. */
  readonly totalBlocked: number;
  /** totalSleep / end; null when the run took no time. */
  readonly overlap: number | null;
  /** "Finished in 3.00 s — tasks slept 5.00 s in total: 1.67× overlap" */
  readonly text: string;
}

export function summarizeRun(rows: readonly TaskRow[], end: number, outcome?: RunOutcome): RunSummary {
  let totalSleep = 0;
  let totalBlocked = 0;
  for (const r of rows) {
    totalSleep += r.totals.sleeping;
    totalBlocked += r.totals.blocked;
  }
  const overlap = end > 0 ? totalSleep / end : null;
  // A program that did not run slept nothing: its headline is the whole story.
  if (outcome?.kind === 'syntax') return { end, taskCount: rows.length, totalSleep, totalBlocked, overlap, text: headline(end, outcome) };
  const parts = [`${headline(end, outcome)}`];
  let sleepPart = `tasks slept ${end2(totalSleep)} s in total`;
  // Below 1× the sleeps did not overlap at all: "0.70× overlap" would read as nonsense.
  if (overlap !== null && overlap >= 1.005) sleepPart += `: ${overlap.toFixed(2)}× overlap`;
  parts.push(sleepPart);
  let text = parts.join(' — ');
  if (totalBlocked > 0) text += `; blocking calls held the loop ${end2(totalBlocked)} s`;
  return { end, taskCount: rows.length, totalSleep, totalBlocked, overlap, text };
}

function headline(end: number, outcome: RunOutcome | undefined): string {
  const at = `${end2(end)} s`;
  switch (outcome?.kind) {
    case undefined:
    case 'ok':
      return `Finished in ${at}`;
    case 'error':
      return `Failed at ${at} with ${outcome.type}${outcome.message ? `: ${outcome.message}` : ''}`;
    case 'deadlock':
      return `Deadlock at ${at}`;
    case 'limit':
      return `Stopped at ${at} (${outcome.reason})`;
    case 'syntax':
      return `Did not run: ${outcome.type}: ${outcome.message}`;
  }
}

function end2(x: number): string {
  return x.toFixed(2);
}
