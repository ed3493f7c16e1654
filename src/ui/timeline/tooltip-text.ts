/**
 * What the tooltip says about the thing under the pointer, as plain text lines (the component
 * puts them in text nodes: task names and prints are user text).
 */
import { endedWords } from '../../trace/views/describe-event.ts';
import type { Hit } from '../../timeline/layout/hit-test.ts';
import type { TimelineLayout } from '../../timeline/layout/layout-trace.ts';
import type { Mark, Span } from '../../trace/views/spans.ts';

export interface TooltipText {
  readonly title: string;
  readonly lines: readonly string[];
}

/**
 * How places on the x axis read. In time mode they are seconds; in steps mode they are the
 * axis's own units, said as the instant and the slot ("t = 1.50 s, step 7").
 */
export interface AxisWords {
  /** `end`: the place ends a bar (the end of a slot, not the start of the next one). */
  text(x: number, end?: boolean): string;
  /** The virtual time at a place. */
  seconds(x: number): number;
  /** Steps mode: sleeps cannot be dragged (their length on screen is not their delay). */
  readonly steps: boolean;
}

export const SECONDS_WORDS: AxisWords = { text: (t) => fmtSeconds(t), seconds: (t) => t, steps: false };

/** Seconds for people: at most 3 decimals, no trailing zeros. */
export function fmtSeconds(t: number): string {
  return `${String(Number(t.toFixed(3)))} s`;
}

export function tooltipFor(layout: TimelineLayout, hit: Hit, w: AxisWords = SECONDS_WORDS): TooltipText | null {
  const r = layout.rows[hit.row];
  if (!r) return null;
  const row = r.row;
  const nameOf = (id: number | null) => (id === null ? 'the event loop' : layout.rows[layout.rowOfTask.get(id) ?? -1]?.name ?? `task ${id}`);
  const title = row.coro ? `${r.name} (${row.coro})` : r.name;
  const lines: string[] = [];
  if (hit.mark !== null) lines.push(...markLines(row.marks[hit.mark], nameOf, w));
  if (hit.span !== null) lines.push(...(r.lane !== undefined ? laneSpanLines(row.spans[hit.span], w) : spanLines(row.spans[hit.span], w)));
  if (lines.length === 0) return null;
  return { title, lines };
}

function range(s: Span, w: AxisWords): string {
  const from = w.text(s.start);
  const to = w.text(s.end, true);
  return s.end === s.start || from === to ? `at ${from}` : `${from} → ${to}${s.open ? ' (still going when the run ended)' : ''}`;
}

/** A worker thread's spans: its time.sleep blocks only the thread, not the loop. */
export function laneSpanLines(s: Span, w: AxisWords = SECONDS_WORDS): string[] {
  if (s.kind === 'blocked') return [`${s.label} blocks this worker thread ${range(s, w)}`, 'the loop and its tasks run on meanwhile'];
  return [`${s.label} ${range(s, w)}`, "a worker's code takes no virtual time between its sleeps"];
}

export function spanLines(s: Span, w: AxisWords = SECONDS_WORDS): string[] {
  switch (s.kind) {
    case 'running':
      return [`runs ${range(s, w)}`, w.seconds(s.end) > w.seconds(s.start) ? 'a blocking call inside this step moved the clock' : 'a step takes no virtual time'];
    case 'sleeping':
      return [
        `${s.label}: ${range(s, w)}${w.seconds(s.end) + 1e-9 < w.seconds(s.until) ? ` (woken early; due at ${w.text(s.until)})` : ''}`,
        w.steps ? 'switch to Time to drag the delay: here every sleep has the same width' : s.literal ? 'drag the end of the bar to change the delay (Shift: 0.01 s steps)' : 'computed delay — edit the code to change it',
      ];
    case 'waiting':
      return [`${s.label}: ${range(s, w)}`];
    case 'blocked':
      return [`${s.label} blocks the whole loop ${range(s, w)}`, 'no other task can run meanwhile'];
    case 'held':
      return [`${s.label}: ${range(s, w)}`, 'this task was ready, but the loop was blocked'];
    case 'ready':
      return [`ready ${range(s, w)}`, 'scheduled, waiting for its turn in the loop'];
  }
}

export function markLines(m: Mark, nameOf: (id: number | null) => string, w: AxisWords = SECONDS_WORDS): string[] {
  switch (m.kind) {
    case 'create':
      return [`created at ${w.text(m.t)}${m.parent === null ? '' : ` by ${nameOf(m.parent)}`}`];
    case 'print':
      return [`${m.stream === 'stderr' ? 'stderr' : 'prints'} at ${w.text(m.t)}: ${m.text.replace(/\n$/, '')}`];
    case 'cancel':
      return [`cancel() by ${nameOf(m.by)} at ${w.text(m.t)}${m.message === null ? '' : ` (${m.message})`}`];
    case 'callback':
      return [`the loop runs ${m.label} at ${w.text(m.t)}`, 'a callback this task scheduled (or its finishing set off)'];
    case 'rename':
      return [`renamed ${m.from} → ${m.to} at ${w.text(m.t)}`];
    case 'done': {
      return [endedWords(m.outcome, w.text(m.t))];
    }
  }
}
