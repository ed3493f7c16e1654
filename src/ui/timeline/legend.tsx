/** What each bar and mark means; the swatches use the chart's own classes and patterns. */
import { memo } from 'react';
import type { Mark } from '../../trace/views/spans.ts';
import { markClass, markPath } from '../../timeline/render/svg/svg-marks.ts';

const BARS: [kind: string, text: string][] = [
  ['running', 'running'],
  ['sleeping', 'asyncio.sleep'],
  ['waiting', 'waiting (task, lock, queue…)'],
  ['blocked', 'time.sleep blocks the loop'],
  ['held', 'held up by a blocking call'],
  ['ready', 'ready, not yet run'],
];

const MARKS: [Mark, string][] = [
  [{ kind: 'create', t: 0, parent: null }, 'created'],
  [{ kind: 'print', t: 0, text: '', stream: 'stdout' }, 'print'],
  [{ kind: 'cancel', t: 0, by: null, message: null }, 'cancel()'],
  [{ kind: 'done', t: 0, outcome: { state: 'result', repr: '' } }, 'returned'],
  [{ kind: 'done', t: 0, outcome: { state: 'exception', excType: '', message: '' } }, 'raised'],
  [{ kind: 'done', t: 0, outcome: { state: 'cancelled', message: null } }, 'cancelled'],
];

/** Memoised: it never changes, and the chart re-renders on every run. */
export const Legend = memo(function Legend() {
  return (
    <ul className="tl-legend" aria-label="Legend">
      {BARS.map(([kind, text]) => (
        <li key={kind}>
          <svg width="22" height="12" aria-hidden="true">
            <rect className={`tl-bar tl-${kind}`} x="0.5" y="0.5" width="21" height="11" />
          </svg>
          {text}
        </li>
      ))}
      {MARKS.map(([m, text]) => (
        <li key={text}>
          <svg width="14" height="16" aria-hidden="true">
            <path className={markClass(m)} d={markPath(m, 7, 4, 10)} />
          </svg>
          {text}
        </li>
      ))}
    </ul>
  );
});
