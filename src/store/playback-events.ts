/**
 * Playback by event: the playhead is an index into the trace's events (the last one that has
 * happened) as well as a time. Stepping moves one narrated event at a time; playing moves time
 * at the chosen speed and stays a moment on each event, so events of one instant (everything
 * at t = 0) are seen one after another, not all at once.
 */
import type { Trace } from '../trace/format.ts';
import { isNarrated } from '../trace/views/describe-event.ts';
import type { Speed } from './playback.ts';

const EPS = 1e-9;
/** How long playback at 1× stays on each event, at most... */
const DWELL_MS = 150;
/** ...and in total, so that a run of many events still plays in a sensible time. */
const TOTAL_DWELL_MS = 6000;

const stopsCache = new WeakMap<Trace, Int32Array>();

/** Indices of the events a reader steps through, in order. */
export function playbackStops(trace: Trace): Int32Array {
  let stops = stopsCache.get(trace);
  if (!stops) {
    const out: number[] = [];
    trace.events.forEach((e, i) => {
      if (isNarrated(e)) out.push(i);
    });
    stops = Int32Array.from(out);
    stopsCache.set(trace, stops);
  }
  return stops;
}

/** Position in `stops` of the first stop after event `index`. */
function firstAfter(stops: Int32Array, index: number): number {
  let lo = 0;
  let hi = stops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((stops[mid] as number) <= index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The narrated event after `index`, or null at the last. */
export function nextStop(trace: Trace, index: number): number | null {
  const stops = playbackStops(trace);
  const k = firstAfter(stops, index);
  return k < stops.length ? (stops[k] as number) : null;
}

/** The narrated event before `index`; -1 (before the first event) when there is none. */
export function prevStop(trace: Trace, index: number): number {
  const stops = playbackStops(trace);
  const k = firstAfter(stops, index - 1) - 1;
  return k >= 0 ? (stops[k] as number) : -1;
}

/** The last narrated event at or before time `t` (all of that moment has happened), or -1. */
export function eventAtTime(trace: Trace, t: number): number {
  const stops = playbackStops(trace);
  let lo = 0;
  let hi = stops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((trace.events[stops[mid] as number]?.t ?? 0) <= t + EPS) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? (stops[lo - 1] as number) : -1;
}

/** The time of event `index` (0 before the first). */
export function timeOfEvent(trace: Trace, index: number): number {
  return trace.events[index]?.t ?? 0;
}

export interface PlayPosition {
  readonly t: number;
  readonly event: number;
  /** Wall milliseconds still to stay on `event` before moving on. */
  readonly hold: number;
}

/** Wall milliseconds playback stays on each event at this speed. */
export function dwellMs(trace: Trace, speed: Speed): number {
  if (speed === 'instant') return 0;
  const n = Math.max(1, playbackStops(trace).length);
  return Math.min(DWELL_MS, TOTAL_DWELL_MS / n) / speed;
}

/**
 * Where playback is after `wallMs` more of real time: time moves at `speed` up to the next
 * event, stays there for a dwell, and so on; it ends at the trace's end.
 */
export function advanceByEvents(trace: Trace, pos: PlayPosition, wallMs: number, speed: Speed): PlayPosition {
  if (speed === 'instant') return { t: trace.end, event: eventAtTime(trace, trace.end), hold: 0 };
  const dwell = dwellMs(trace, speed);
  let { t, event, hold } = pos;
  let budget = wallMs;
  for (;;) {
    if (hold > 0) {
      const used = Math.min(hold, budget);
      hold -= used;
      budget -= used;
      if (hold > 0) break;
    }
    const next = nextStop(trace, event);
    const target = next === null ? trace.end : timeOfEvent(trace, next);
    const need = (Math.max(0, target - t) / speed) * 1000;
    if (need > budget) {
      t += (budget / 1000) * speed;
      break;
    }
    budget -= need;
    t = Math.max(t, target);
    if (next === null) break;
    event = next;
    hold = dwell;
  }
  return { t: Math.min(t, trace.end), event, hold };
}

/** Playback has nothing left: the last event is shown and the clock is at the end. */
export function atEnd(trace: Trace, pos: Pick<PlayPosition, 't' | 'event'>): boolean {
  return pos.t >= trace.end - EPS && nextStop(trace, pos.event) === null;
}
