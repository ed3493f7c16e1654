/**
 * The chart's vertical geometry and the x-scale shape that layout code needs. Kept apart from
 * d3 so that pure code can take any function with an inverse (d3's linear scales fit).
 */
export interface XScale {
  (t: number): number;
  invert(px: number): number;
}

export interface RowGeometry {
  /** Height of one task row in pixels. */
  readonly rowHeight: number;
  /** y of the first row's top edge in the coordinate system of the y passed in (minus scroll). */
  readonly top: number;
}

export const ROW_HEIGHT = 26;
/** A bar's height inside its row. */
export const BAR_HEIGHT = 16;
export const DEFAULT_ROWS: RowGeometry = { rowHeight: ROW_HEIGHT, top: 0 };

/** Row index under y, or -1 outside the rows. */
export function rowAt(y: number, rowCount: number, g: RowGeometry = DEFAULT_ROWS): number {
  const i = Math.floor((y - g.top) / g.rowHeight);
  return i >= 0 && i < rowCount ? i : -1;
}

/** Top edge of a bar in row i. */
export function barTop(i: number, g: RowGeometry = DEFAULT_ROWS): number {
  return g.top + i * g.rowHeight + (g.rowHeight - BAR_HEIGHT) / 2;
}
