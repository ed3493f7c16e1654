/**
 * The run on screen. A program that did not run (a half-typed line) leaves the last good run
 * drawn, dimmed; the playhead, playback and loop panel must move through that run, not through
 * the empty one that failed, or the clock reads "3.00 s / 0.00 s".
 */
import type { Trace } from '../../trace/format.ts';
import type { RunState } from '../state.ts';

export function shownTrace(s: Pick<RunState, 'trace' | 'dimmed' | 'lastGood'>): Trace | null {
  return s.dimmed && s.lastGood ? s.lastGood : s.trace;
}
