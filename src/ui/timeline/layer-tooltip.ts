/** What the tooltip says about an arrow or a mistake flag (plain text: names are user text). */
import type { TimelineLayout } from '../../timeline/layout/layout-trace.ts';
import type { ChartArrow } from '../../timeline/layers/arrow-model.ts';
import type { MistakeFlag, MistakeKind } from '../../trace/views/flag-types.ts';
import { SECONDS_WORDS, type AxisWords, type TooltipText } from './tooltip-text.ts';

const FLAG_TITLES: { readonly [K in MistakeKind]: string } = {
  'never-awaited': 'Coroutine never awaited',
  'blocking-call': 'Blocking call',
  'sequential-awaits': 'Awaits that could overlap',
  'task-not-kept': 'Task not kept',
  'swallowed-cancel': 'CancelledError swallowed',
  'exception-never-retrieved': 'Exception never retrieved',
  'deadlock-cycle': 'Deadlock',
  'endless-loop': 'Endless loop',
};

export function flagTooltip(flag: MistakeFlag): TooltipText {
  return { title: `Mistake: ${FLAG_TITLES[flag.kind]}`, lines: [flag.message, flag.fix] };
}

export function arrowTooltip(a: ChartArrow, layout: TimelineLayout, w: AxisWords = SECONDS_WORDS): TooltipText {
  const from = layout.rows[a.from.row]?.name ?? '?';
  const to = layout.rows[a.to.row]?.name ?? '?';
  if (a.kind === 'deadlock') return { title: 'Deadlock', lines: [`${from} waits for what ${to} holds`, a.cause] };
  const when = a.from.t === a.to.t ? `at ${w.text(a.to.t)}` : `${w.text(a.from.t)} → ${w.text(a.to.t)}`;
  return { title: `${to} resumed`, lines: [`woken by: ${a.cause}`, when] };
}
