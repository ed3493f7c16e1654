// correct-math against the exact values (decimal, 60 digits) and against CPython's math module
// (glibc): fixtures/libm.json, made by fixtures/gen-libm.py.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as M from '../../../src/python/modules/correct-math.ts';

type Row = [x: string, y: string | null, exact: string, cpython: string];
const rows: Record<'exp' | 'log' | 'pow' | 'sin' | 'cos', Row[]> = JSON.parse(readFileSync(new URL('./fixtures/libm.json', import.meta.url), 'utf8'));

const fns = {
  exp: (x: number) => M.exp(x),
  log: (x: number) => M.log(x),
  pow: (x: number, y: number) => M.pow(x, y),
  sin: (x: number) => M.sin(x),
  cos: (x: number) => M.cos(x),
};

describe('correctly rounded exp, log, pow, sin, cos', () => {
  for (const name of Object.keys(fns) as (keyof typeof fns)[]) {
    it(`${name}: every value is the exact result rounded once`, () => {
      const bad = rows[name].filter(([x, y, exact]) => fns[name](Number(x), Number(y)) !== Number(exact));
      expect(bad).toEqual([]);
    });
    it(`${name}: agrees with CPython's C library in nearly every case`, () => {
      const differ = rows[name].filter(([x, y, , cpython]) => fns[name](Number(x), Number(y)) !== Number(cpython)).length;
      expect(differ / rows[name].length).toBeLessThan(0.01);
    });
  }

  it('keeps the edge cases of the JS functions', () => {
    expect([M.exp(0), M.exp(-Infinity), M.exp(Infinity), M.exp(800), M.exp(-800)]).toEqual([1, 0, Infinity, Infinity, 0]);
    expect([M.log(1), M.log(0), M.log(Infinity), M.log(2 ** -1074)]).toEqual([0, -Infinity, Infinity, Math.log(2 ** -1074)]);
    expect(Number.isNaN(M.log(-1))).toBe(true);
    expect([M.sin(0), M.cos(0), M.pow(4, 0.5), M.pow(2, 10), M.pow(1, 1e300)]).toEqual([0, 1, 2, 1024, 1]);
    expect(Object.is(M.sin(-0), -0)).toBe(true);
  });
});
