/** How a task ended, as the chart prints it after the finish mark, and the room it leaves. */
import type { TaskOutcome } from '../../trace/format.ts';

/** Room between a finish mark and the right edge that its outcome label does not get. */
export const OUTCOME_GAP = 10;

/** How a task ended, as the chart prints it after the finish mark ('' for a plain None). */
export function outcomeText(o: TaskOutcome): string {
  if (o.state === 'result') return o.repr === 'None' ? '' : `→ ${o.repr}`;
  if (o.state === 'exception') return o.message ? `${o.excType}: ${o.message}` : o.excType;
  return o.message === null ? 'cancelled' : `cancelled: ${o.message}`;
}
