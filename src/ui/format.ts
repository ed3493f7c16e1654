/** Display formats shared by the panels. */
export function fmtTime(t: number): string {
  return t.toFixed(2);
}
