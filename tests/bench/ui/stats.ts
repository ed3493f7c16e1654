/** Summary statistics and the plain-text table the UI bench prints. */

export interface Row {
  readonly name: string;
  /** Samples in milliseconds. */
  readonly samples: readonly number[];
  readonly target?: number;
  readonly note?: string;
}

/** The q-quantile (0..1) by the nearest-rank method: always one of the samples. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1];
}

export const median = (s: readonly number[]): number => quantile(s, 0.5);
export const p90 = (s: readonly number[]): number => quantile(s, 0.9);

function ms(v: number): string {
  if (!Number.isFinite(v)) return '—';
  return v >= 100 ? v.toFixed(0) : v.toFixed(1);
}

/** One line per row: n, median, p90, max, target and whether the median meets it. */
export function formatTable(title: string, rows: readonly Row[]): string {
  const head = ['measure', 'n', 'median ms', 'p90 ms', 'max ms', 'target', 'ok', 'note'];
  const body = rows.map((r) => {
    const med = median(r.samples);
    const target = r.target === undefined ? '' : `< ${r.target}`;
    const ok = r.target === undefined ? '' : med < r.target ? 'yes' : 'NO';
    return [r.name, String(r.samples.length), ms(med), ms(p90(r.samples)), ms(Math.max(...r.samples)), target, ok, r.note ?? ''];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [title, line(head), rule, ...body.map(line)].join('\n');
}
