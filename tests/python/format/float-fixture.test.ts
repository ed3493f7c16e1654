// Property-style check against CPython 3.11: fixtures/floats.json holds python3's text for
// ~2,000 doubles of varied magnitudes (fixtures/gen.py made it; rerun it to regenerate).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { floatRepr, formatFloat, roundFloat } from '../../../src/python/format';

type Row = [string, string, string, string, string, string, string, string];
const rows: Row[] = JSON.parse(readFileSync(new URL('./fixtures/floats.json', import.meta.url), 'utf8'));
type TieRow = [string, number, string, string, string, string];
const ties: TieRow[] = JSON.parse(readFileSync(new URL('./fixtures/ties.json', import.meta.url), 'utf8'));

function parse(r: string): number {
  if (r === 'inf') return Infinity;
  if (r === '-inf') return -Infinity;
  if (r === 'nan') return NaN;
  return Number(r);
}

/** Collects every mismatch so one failure shows them all. */
function mismatches(render: (x: number) => string, column: number): string[] {
  const bad: string[] = [];
  for (const row of rows) {
    const got = render(parse(row[0]));
    if (got !== row[column]) bad.push(`${row[0]}: got ${got}, python ${row[column]}`);
  }
  return bad;
}

describe('float text matches CPython on the fixture', () => {
  it('has the rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(2000);
  });
  it('repr', () => expect(mismatches(floatRepr, 0)).toEqual([]));
  it(".2f", () => expect(mismatches((x) => formatFloat(x, '.2f'), 1)).toEqual([]));
  it(".3e", () => expect(mismatches((x) => formatFloat(x, '.3e'), 2)).toEqual([]));
  it('g', () => expect(mismatches((x) => formatFloat(x, 'g'), 3)).toEqual([]));
  it(',.1f', () => expect(mismatches((x) => formatFloat(x, ',.1f'), 4)).toEqual([]));
  it('round(x, 2)', () => {
    const r = (x: number): string => (Number.isFinite(x) ? floatRepr(roundFloat(x, 2)) : floatRepr(x));
    expect(mismatches(r, 5)).toEqual([]);
  });
  it("format(x, '')", () => expect(mismatches((x) => formatFloat(x, ''), 6)).toEqual([]));
  it('.12g', () => expect(mismatches((x) => formatFloat(x, '.12g'), 7)).toEqual([]));
});

describe('exact ties round half to even, as CPython does', () => {
  it('has the rows', () => {
    expect(ties.length).toBeGreaterThanOrEqual(500);
  });
  it.each([
    ['f', 2],
    ['e', 3],
    ['g', 4],
  ] as const)('.{p}%s', (type, column) => {
    const bad = ties
      .map(([r, p, ...want]) => [r, p, formatFloat(parse(r), `.${p}${type}`), want[column - 2]] as const)
      .filter(([, , got, want]) => got !== want);
    expect(bad).toEqual([]);
  });
  it('round(x, p)', () => {
    const bad = ties.map(([r, p, , , , want]) => [r, p, floatRepr(roundFloat(parse(r), p)), want]).filter(([, , g, w]) => g !== w);
    expect(bad).toEqual([]);
  });
});
