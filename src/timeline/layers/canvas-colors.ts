/** The theme's colours as the canvas sides of the layers need them (read once per theme from CSS). */
export interface CanvasColors {
  readonly rowOdd: string;
  readonly rowSelected: string;
  readonly text: string;
  readonly print: string;
  /** Fill and outline per span kind, indexed by kind code (SPAN_KINDS order). */
  readonly fill: readonly string[];
  readonly stroke: readonly string[];
  /** Optional so that a caller drawing only bars can leave them out; each has a fallback. */
  readonly blockBand?: string;
  readonly instantBand?: string;
  readonly ghost?: string;
  readonly arrow?: string;
  readonly deadlock?: string;
  readonly flag?: string;
  readonly flagBand?: string;
}
