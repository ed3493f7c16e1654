/**
 * How much room the x-scale leaves right of the run's end. At "Fit" the end of the run sits
 * at the plot's right edge; without room there, the last axis label, the finish marks and
 * the outcome labels of tasks that end last ("→ 'Done after 3 seconds'") were cut off.
 */
import type { TimelineLayout } from '../../layout/layout-trace.ts';
import { labelWidth } from '../../layout/bar-geometry.ts';
import { OUTCOME_GAP } from '../../layers/outcome-text.ts';
import { outcomeLabel as outcomeText } from '../../../trace/views/describe-event.ts';

/** Half the widest last-tick label ("12.5 s"), so the label at the end is whole. */
export const MIN_END_MARGIN = 24;
/** Above this share of the plot the bars would shrink too much: long outcomes get an ellipsis. */
const MAX_SHARE = 0.4;

export function endMargin(layout: TimelineLayout, width: number): number {
  let margin = MIN_END_MARGIN;
  const end = layout.domain[1];
  for (const r of layout.rows) {
    const { outcome, finished } = r.row;
    if (!outcome || finished === null || finished <= 0) continue;
    const text = outcomeText(outcome);
    if (!text) continue;
    // The mark sits at x = (finished / end) · (width − margin); its label needs `room` to its right.
    const room = OUTCOME_GAP + labelWidth(text);
    margin = Math.max(margin, width - (width - room) / (finished / end));
  }
  return Math.min(margin, Math.floor(width * MAX_SHARE));
}
