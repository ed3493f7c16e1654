/** Pure playback arithmetic: event times to step between, and how far the playhead moves per frame. */
import type { Trace } from '../trace/format.ts';

export const SPEEDS = [0.25, 0.5, 1, 2, 5, 10, 'instant'] as const;
export type Speed = (typeof SPEEDS)[number];

const EPS = 1e-9;

/** The distinct moments something happened, sorted, with 0 and the end included. */
export function eventTimes(trace: Trace): number[] {
  const times = [0, trace.end];
  for (const e of trace.events) if (e.type !== 'tick') times.push(e.t);
  times.sort((a, b) => a - b);
  const out: number[] = [];
  for (const t of times) if (out.length === 0 || t - (out[out.length - 1] as number) > EPS) out.push(t);
  return out;
}

export function nextEventTime(times: readonly number[], t: number): number | null {
  for (const x of times) if (x > t + EPS) return x;
  return null;
}

export function prevEventTime(times: readonly number[], t: number): number | null {
  for (let i = times.length - 1; i >= 0; i--) if ((times[i] as number) < t - EPS) return times[i] as number;
  return null;
}

/** The playhead after `wallMs` of real time at `speed`; 1× plays one virtual second per second. */
export function advance(t: number, wallMs: number, speed: Speed, end: number): number {
  if (speed === 'instant') return end;
  return Math.min(end, t + (wallMs / 1000) * speed);
}

export function parseSpeed(value: string): Speed | null {
  if (value === 'instant') return 'instant';
  const n = Number(value);
  return (SPEEDS as readonly (number | string)[]).includes(n) ? (n as Speed) : null;
}

export function speedLabel(speed: Speed): string {
  return speed === 'instant' ? 'Instant' : `${speed}×`;
}
