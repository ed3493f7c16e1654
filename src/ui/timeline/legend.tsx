/**
 * What each bar and mark means; the swatches use the chart's own classes and patterns. Bars
 * are listed only when the run has them, so the legend never explains what is not on screen.
 */
import { memo } from 'react';
import type { Mark, SpanKind } from '../../trace/views/spans.ts';
import { markClass, markPath } from '../../timeline/render/svg/svg-marks.ts';
import { SPAN_KINDS } from '../../timeline/layout/kinds.ts';
import { OUTCOME_VERBS } from '../../trace/views/describe-event.ts';
import type { TimelineLayout } from '../../timeline/layout/layout-trace.ts';
import type { ChartArrow } from '../../timeline/layers/arrow-model.ts';
import type { MistakeFlag } from '../../trace/views/flag-types.ts';
import { MARK_CODE } from '../../timeline/layout/kinds.ts';

/** A legend line: the bar's class and its words. */
type BarEntry = readonly [cls: SpanKind, text: string];

const BARS: readonly BarEntry[] = [
  ['running', 'running'],
  ['sleeping', 'asyncio.sleep'],
  ['waiting', 'waiting (task, lock, queue…)'],
  ['blocked', 'time.sleep blocks the loop'],
  ['held', 'held up by a blocking call'],
  ['ready', 'ready, not yet run'],
];

/** A time.sleep on a worker thread's row blocks that thread only, not the loop. */
const LANE_BLOCKED: BarEntry = ['blocked', 'time.sleep blocks its worker thread'];

/** The legend's bar lines for a run: the kinds its task rows and worker rows contain. */
export function legendBars(layout: TimelineLayout): BarEntry[] {
  const onTasks = new Set<SpanKind>();
  let laneBlocked = false;
  const blockedCode = SPAN_KINDS.indexOf('blocked');
  for (const row of layout.rows) {
    for (const code of row.kinds) {
      if (row.lane !== undefined && code === blockedCode) laneBlocked = true;
      else onTasks.add(SPAN_KINDS[code]!);
    }
  }
  const out = BARS.filter(([kind]) => onTasks.has(kind));
  if (laneBlocked) out.push(LANE_BLOCKED);
  return out;
}

const MARKS: [Mark, string][] = [
  [{ kind: 'create', t: 0, parent: null }, 'created'],
  [{ kind: 'print', t: 0, text: '', stream: 'stdout' }, 'print'],
  [{ kind: 'cancel', t: 0, by: null, message: null }, 'cancel()'],
  [{ kind: 'done', t: 0, outcome: { state: 'result', repr: '' } }, OUTCOME_VERBS.result],
  [{ kind: 'done', t: 0, outcome: { state: 'exception', excType: '', message: '' } }, OUTCOME_VERBS.exception],
  [{ kind: 'done', t: 0, outcome: { state: 'cancelled', message: null } }, OUTCOME_VERBS.cancelled],
];

/** What else the chart can show, named for the legend. */
export type ExtraEntry = 'callback' | 'wake' | 'deadlock' | 'flag';

const CALLBACK_MARK: Mark = { kind: 'callback', t: 0, label: '' };

/** The legend's lines for marks, arrows and flags this run has (like `legendBars`, never what is absent). */
export function legendExtras(layout: TimelineLayout, arrows: readonly ChartArrow[], flags: readonly MistakeFlag[]): ExtraEntry[] {
  const out: ExtraEntry[] = [];
  if (layout.rows.some((r) => r.markKinds.includes(MARK_CODE.callback))) out.push('callback');
  if (arrows.some((a) => a.kind === 'wake')) out.push('wake');
  if (arrows.some((a) => a.kind === 'deadlock')) out.push('deadlock');
  if (flags.length > 0) out.push('flag');
  return out;
}

const EXTRA_TEXT: { readonly [K in ExtraEntry]: string } = {
  callback: 'callback ran (on the task that scheduled it)',
  wake: 'woke (select a task to see who woke it)',
  deadlock: 'waits for what the other holds',
  flag: 'mistake (hover for the fix)',
};

function ExtraSwatch({ entry }: { entry: ExtraEntry }) {
  if (entry === 'callback') {
    return (
      <svg width="14" height="16" aria-hidden="true">
        <path className={markClass(CALLBACK_MARK)} d={markPath(CALLBACK_MARK, 7, 0, 10)} />
      </svg>
    );
  }
  if (entry === 'flag') {
    return (
      <svg width="14" height="12" aria-hidden="true">
        <path className="tl-flag-marker" d="M7,1l5,9h-10z" />
      </svg>
    );
  }
  return (
    <svg width="24" height="12" aria-hidden="true" className={`tl-arrow tl-arrow-${entry}`}>
      <path className="tl-arrow-line" d="M1,10C8,10 12,3 18,3" />
      <path className="tl-arrow-head" d="M23,3l-5,-3v6z" />
    </svg>
  );
}

/** Memoised on its inputs: the chart re-renders more often than the run changes. */
export const Legend = memo(function Legend({ layout, arrows, flags }: { layout: TimelineLayout; arrows: readonly ChartArrow[]; flags: readonly MistakeFlag[] }) {
  return (
    <ul className="tl-legend" aria-label="Legend">
      {legendBars(layout).map(([kind, text]) => (
        <li key={text}>
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
      {legendExtras(layout, arrows, flags).map((entry) => (
        <li key={entry} data-legend={entry}>
          <ExtraSwatch entry={entry} />
          {EXTRA_TEXT[entry]}
        </li>
      ))}
    </ul>
  );
});
