/** Playback speeds; stepping and the playhead's motion are in playback-events.ts. */

export const SPEEDS = [0.25, 0.5, 1, 2, 5, 10, 'instant'] as const;
export type Speed = (typeof SPEEDS)[number];

export function parseSpeed(value: string): Speed | null {
  if (value === 'instant') return 'instant';
  const n = Number(value);
  return (SPEEDS as readonly (number | string)[]).includes(n) ? (n as Speed) : null;
}

export function speedLabel(speed: Speed): string {
  return speed === 'instant' ? 'Instant' : `${speed}×`;
}
