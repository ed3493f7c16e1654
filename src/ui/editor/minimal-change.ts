/**
 * The smallest single replacement that turns `before` into `after`: applied as one change,
 * CodeMirror maps the cursor through it, so an edit from the chart does not make it jump.
 */
export interface TextChange {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

export function minimalChange(before: string, after: string): TextChange | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  return { from: start, to: endB, insert: after.slice(start, endA) };
}
