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

/** Seconds for people: at most 3 decimals, no trailing zeros. */
export function fmtSeconds(t: number): string {
  return `${String(Number(t.toFixed(3)))} s`;
}

export function tooltipFor(layout: TimelineLayout, hit: Hit): TooltipText | null {
  const r = layout.rows[hit.row];
  if (!r) return null;
  const row = r.row;
  const nameOf = (id: number | null) => (id === null ? 'the event loop' : layout.rows[layout.rowOfTask.get(id) ?? -1]?.name ?? `task ${id}`);
  const title = row.coro ? `${r.name} (${row.coro})` : r.name;
  const lines: string[] = [];
  if (hit.mark !== null) lines.push(...markLines(row.marks[hit.mark], nameOf));
  if (hit.span !== null) lines.push(...(r.lane !== undefined ? laneSpanLines(row.spans[hit.span]) : spanLines(row.spans[hit.span])));
  if (lines.length === 0) return null;
  return { title, lines };
}

function range(s: Span): string {
  return s.end === s.start ? `at ${fmtSeconds(s.start)}` : `${fmtSeconds(s.start)} → ${fmtSeconds(s.end)}${s.open ? ' (still going when the run ended)' : ''}`;
}

/** A worker thread's spans: its time.sleep blocks only the thread, not the loop. */
export function laneSpanLines(s: Span): string[] {
  if (s.kind === 'blocked') return [`${s.label} blocks this worker thread ${range(s)}`, 'the loop and its tasks run on meanwhile'];
  return [`${s.label} ${range(s)}`, "a worker's code takes no virtual time between its sleeps"];
}

export function spanLines(s: Span): string[] {
  switch (s.kind) {
    case 'running':
      return [`runs ${range(s)}`, s.end > s.start ? 'a blocking call inside this step moved the clock' : 'a step takes no virtual time'];
    case 'sleeping':
      return [
        `${s.label}: ${range(s)}${s.end + 1e-9 < s.until ? ` (woken early; due at ${fmtSeconds(s.until)})` : ''}`,
        s.literal ? 'drag the end of the bar to change the delay (Shift: 0.01 s steps)' : 'computed delay — edit the code to change it',
      ];
    case 'waiting':
      return [`${s.label}: ${range(s)}`];
    case 'blocked':
      return [`${s.label} blocks the whole loop ${range(s)}`, 'no other task can run meanwhile'];
    case 'held':
      return [`${s.label}: ${range(s)}`, 'this task was ready, but the loop was blocked'];
    case 'ready':
      return [`ready ${range(s)}`, 'scheduled, waiting for its turn in the loop'];
  }
}

export function markLines(m: Mark, nameOf: (id: number | null) => string): string[] {
  switch (m.kind) {
    case 'create':
      return [`created at ${fmtSeconds(m.t)}${m.parent === null ? '' : ` by ${nameOf(m.parent)}`}`];
    case 'print':
      return [`${m.stream === 'stderr' ? 'stderr' : 'prints'} at ${fmtSeconds(m.t)}: ${m.text.replace(/\n$/, '')}`];
    case 'cancel':
      return [`cancel() by ${nameOf(m.by)} at ${fmtSeconds(m.t)}${m.message === null ? '' : ` (${m.message})`}`];
    case 'callback':
      return [`the loop runs ${m.label} at ${fmtSeconds(m.t)}`, 'a callback this task scheduled (or its finishing set off)'];
    case 'rename':
      return [`renamed ${m.from} → ${m.to} at ${fmtSeconds(m.t)}`];
    case 'done': {
      return [endedWords(m.outcome, fmtSeconds(m.t))];
    }
  }
}
