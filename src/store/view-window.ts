/** The visible time range of the chart, [start, end] in virtual seconds: a store field and part of a share link. */
export type ViewWindow = readonly [number, number];

export function sameWindow(a: ViewWindow | null, b: ViewWindow | null): boolean {
  return a === b || (a !== null && b !== null && a[0] === b[0] && a[1] === b[1]);
}

/**
 * A window as far as it overlaps a run that ends at `end`: a link's window past the run (or a
 * run shorter than when the link was made) would show an empty chart, so it becomes "fit".
 */
export function clampWindow(window: ViewWindow, end: number): ViewWindow | null {
  const start = Math.max(0, window[0]);
  const stop = Math.min(end, window[1]);
  return stop > start ? [start, stop] : null;
}
