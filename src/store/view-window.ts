/** The visible time range of the chart, [start, end] in virtual seconds: a store field and part of a share link. */
export type ViewWindow = readonly [number, number];

export function sameWindow(a: ViewWindow | null, b: ViewWindow | null): boolean {
  return a === b || (a !== null && b !== null && a[0] === b[0] && a[1] === b[1]);
}
