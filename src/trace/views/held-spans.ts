/**
 * Held time: a task that could have run (ready, or its timer due) while another task's blocking
 * call (time.sleep) kept the loop. Computed after the replay, because blocks are global.
 */
import type { TaskId } from '../format.ts';
import type { LoopBlock, Span } from './spans.ts';

/** Below this, two times are the same moment (float noise like 0.1 + 0.2). */
export const TIME_EPSILON = 1e-9;

/** Splits a task's ready spans where they overlap another task's blocking call. */
export function splitHeld(spans: readonly Span[], blocks: readonly LoopBlock[], self: TaskId, nameOf: (id: TaskId | null) => string | null): Span[] {
  if (blocks.length === 0) return spans.slice();
  const out: Span[] = [];
  for (const sp of spans) {
    if (sp.kind !== 'ready') {
      out.push(sp);
      continue;
    }
    let cursor = sp.start;
    for (let i = firstBlockEndingAfter(blocks, sp.start); i < blocks.length; i++) {
      const bl = blocks[i];
      if (bl.start >= sp.end) break;
      if (bl.task === self) continue;
      const hs = Math.max(cursor, bl.start);
      const he = Math.min(sp.end, bl.end);
      if (he - hs <= TIME_EPSILON) continue;
      if (hs - cursor > TIME_EPSILON) out.push({ ...sp, start: cursor, end: hs, open: false });
      out.push({ kind: 'held', start: hs, end: he, label: heldLabel(nameOf(bl.task)), open: sp.open && he >= sp.end, by: bl.task });
      cursor = he;
    }
    if (sp.end - cursor > TIME_EPSILON) out.push({ ...sp, start: cursor });
  }
  return out;
}

function heldLabel(blocker: string | null): string {
  return blocker === null ? 'held up by a blocking call' : `held up by ${blocker}'s time.sleep`;
}

function firstBlockEndingAfter(blocks: readonly LoopBlock[], t: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].end <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

