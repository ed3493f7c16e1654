/**
 * The `statistics` module: mean, variance and stdev computed exactly on rationals (every float
 * is a ratio of integers) and rounded once, as CPython's does, so the digits match; median,
 * mode, quantiles and friends; errors as statistics.StatisticsError.
 */
import * as E from '../../engine/exceptions.ts';
import type { ExcClass } from '../../engine/exceptions.ts';
import { asIndex } from '../runtime/builtin-args.ts';
import { bigIsqrt } from '../format/int-arith.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { iterate } from '../runtime/iter.ts';
import { binop, keyOf } from '../runtime/ops.ts';
import { pySort } from '../runtime/sort.ts';
import { builtinExcClasses, typeName } from '../runtime/types.ts';
import { PyBuiltin, PyFloat, PyList, PyModule, type Value } from '../runtime/values.ts';
import { bivariateFunctions } from './statistics-bivariate.ts';

export const StatisticsError: ExcClass = Object.freeze({ name: 'StatisticsError', module: 'statistics', bases: [E.ValueError] });

const fail = (msg: string): never => {
  throw E.pyErr(StatisticsError, msg);
};

/** An exact rational n/d, d > 0. */
interface Q {
  n: bigint;
  d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};
const q = (n: bigint, d: bigint = 1n): Q => {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
};
const add = (a: Q, b: Q): Q => q(a.n * b.d + b.n * a.d, a.d * b.d);
const sub = (a: Q, b: Q): Q => q(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: Q, b: Q): Q => q(a.n * b.n, a.d * b.d);
const div = (a: Q, b: Q): Q => q(a.n * b.d, a.d * b.n);

/** A double as an exact ratio. */
function exact(x: number): Q {
  if (Number.isInteger(x)) return q(BigInt(x));
  let e = 0;
  while (!Number.isInteger(x)) {
    x *= 2;
    e++;
  }
  return q(BigInt(x), 1n << BigInt(e));
}

/** n / d correctly rounded to a double: a 64-bit quotient plus a sticky bit, rounded once. */
function toFloat(v: Q): number {
  if (v.n === 0n) return 0;
  const neg = v.n < 0n;
  const n = neg ? -v.n : v.n;
  const shift = Math.max(0, 66 - (n.toString(2).length - v.d.toString(2).length));
  const scaled = n << BigInt(shift);
  let quo = scaled / v.d;
  if (scaled % v.d !== 0n) quo |= 1n;
  const bits = quo.toString(2).length;
  const drop = Math.max(0, bits - 64);
  let top = quo >> BigInt(drop);
  if (drop > 0 && (quo & ((1n << BigInt(drop)) - 1n)) !== 0n) top |= 1n;
  const exp = drop - shift;
  const r = Number(top) * 2 ** Math.ceil(exp / 2) * 2 ** Math.floor(exp / 2);
  return neg ? -r : r;
}

/** sqrt(n / d) correctly rounded (as _float_sqrt_of_frac). */
function sqrtFloat(v: Q): number {
  if (v.n === 0n) return 0;
  // sqrt(n/d) = sqrt(n*d) / d; take an integer sqrt of n*d*4**k with a sticky bit.
  const nd = v.n * v.d;
  const k = Math.max(0, 70 - Math.floor(nd.toString(2).length / 2) + v.d.toString(2).length);
  const scaled = nd << BigInt(2 * k);
  let r = bigIsqrt(scaled);
  r = r * r === scaled ? r * 2n : r * 2n + 1n;
  // r / 2 = sqrt(n*d) * 2**k  =>  result = r / (2 * d * 2**k)
  return toFloat(q(r, v.d << BigInt(k + 1)));
}


/** The data as exact ratios, and whether the result type is float (any float in the data). */
function numbers(data: Value, fn: string): { xs: Q[]; isFloat: boolean; raw: Value[] } {
  const raw = [...iterate(data)];
  let isFloat = false;
  const xs = raw.map((v) => {
    if (typeof v === 'number' || typeof v === 'bigint') return q(BigInt(v));
    if (typeof v === 'boolean') return q(v ? 1n : 0n);
    if (v instanceof PyFloat) {
      isFloat = true;
      if (!Number.isFinite(v.v)) typeError(`Taskline's statistics.${fn}() does not take inf or nan`);
      return exact(v.v);
    }
    return typeError(`can't convert type '${typeName(v)}' to numerator/denominator`);
  });
  return { xs, isFloat, raw };
}

/** _convert: an int when the data were ints and the value is whole, else a float. */
function convert(v: Q, isFloat: boolean): Value {
  if (!isFloat && v.d === 1n) return v.n >= BigInt(Number.MIN_SAFE_INTEGER) && v.n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v.n) : v.n;
  return new PyFloat(toFloat(v));
}

const sum = (xs: Q[]): Q => xs.reduce(add, q(0n));

/** Sum of squared deviations from the mean, exactly. */
function ss(xs: Q[]): Q {
  const m = div(sum(xs), q(BigInt(xs.length)));
  return xs.reduce((acc, x) => {
    const dlt = sub(x, m);
    return add(acc, mul(dlt, dlt));
  }, q(0n));
}

function variance(data: Value, fn: string, sample: boolean): { v: Q; isFloat: boolean } {
  const { xs, isFloat } = numbers(data, fn);
  if (xs.length < (sample ? 2 : 1)) fail(`${fn} requires at least ${sample ? 'two data points' : 'one data point'}`);
  return { v: div(ss(xs), q(BigInt(xs.length - (sample ? 1 : 0)))), isFloat };
}

function sortedData(data: Value): Value[] {
  return pySort([...iterate(data)], null, false);
}

function modes(data: Value): Value[] {
  const counts = new Map<unknown, { v: Value; n: number }>();
  for (const x of iterate(data)) {
    const k = keyOf(x);
    const e = counts.get(k);
    if (e === undefined) counts.set(k, { v: x, n: 1 });
    else e.n++;
  }
  const max = Math.max(0, ...[...counts.values()].map((e) => e.n));
  return [...counts.values()].filter((e) => e.n === max).map((e) => e.v);
}

export function makeStatisticsModule(): PyModule {
  builtinExcClasses.add(StatisticsError);
  const fn = (name: string, f: (args: Value[], kw: Map<string, Value> | null) => Value): [string, PyBuiltin] => [name, new PyBuiltin(name, f)];
  return new PyModule(
    'statistics',
    new Map<string, Value>([
      ['StatisticsError', StatisticsError],
      fn('mean', (a) => {
        const { xs, isFloat } = numbers(a[0], 'mean');
        if (xs.length === 0) fail('mean requires at least one data point');
        return convert(div(sum(xs), q(BigInt(xs.length))), isFloat);
      }),
      fn('fmean', (a) => {
        const { xs } = numbers(a[0], 'fmean');
        if (xs.length === 0) fail('fmean requires at least one data point');
        // fsum is exact then rounded once, so the exact mean's rounding of sum/n matches it.
        return new PyFloat(toFloat(sum(xs)) / xs.length);
      }),
      fn('harmonic_mean', (a) => {
        const { xs } = numbers(a[0], 'harmonic_mean');
        if (xs.length === 0) fail('harmonic_mean requires at least one data point');
        if (xs.some((x) => x.n < 0n)) fail('harmonic mean does not support negative values');
        if (xs.some((x) => x.n === 0n)) return 0;
        // CPython sums the float reciprocals 1 / x (each rounded) exactly, then divides once.
        return convert(div(q(BigInt(xs.length)), sum(xs.map((x) => exact(1 / toFloat(x))))), true);
      }),
      fn('median', (a) => {
        const d = sortedData(a[0]);
        const n = d.length;
        if (n === 0) fail('no median for empty data');
        if (n % 2 === 1) return d[n >> 1];
        return binop('/', binop('+', d[n / 2 - 1], d[n / 2]), 2);
      }),
      fn('median_low', (a) => {
        const d = sortedData(a[0]);
        if (d.length === 0) fail('no median for empty data');
        return d.length % 2 === 1 ? d[d.length >> 1] : d[d.length / 2 - 1];
      }),
      fn('median_high', (a) => {
        const d = sortedData(a[0]);
        if (d.length === 0) fail('no median for empty data');
        return d[d.length >> 1];
      }),
      fn('mode', (a) => {
        const m = modes(a[0]);
        if (m.length === 0) fail('no mode for empty data');
        return m[0];
      }),
      fn('multimode', (a) => new PyList(modes(a[0]))),
      fn('variance', (a) => {
        const { v, isFloat } = variance(a[0], 'variance', true);
        return convert(v, isFloat);
      }),
      fn('pvariance', (a) => {
        const { v, isFloat } = variance(a[0], 'pvariance', false);
        return convert(v, isFloat);
      }),
      fn('stdev', (a) => new PyFloat(sqrtFloat(variance(a[0], 'stdev', true).v))),
      fn('pstdev', (a) => new PyFloat(sqrtFloat(variance(a[0], 'pstdev', false).v))),
      fn('quantiles', (a, kw) => {
        const n = asIndex(kw?.get('n') ?? 4);
        const method = kw?.get('method') ?? 'exclusive';
        if (n < 1) fail('n must be at least 1');
        const d = sortedData(a[0]);
        const ld = d.length;
        if (ld < 2) fail('must have at least two data points');
        const out: Value[] = [];
        const interp = (lo: Value, hi: Value, delta: number): Value => binop('/', binop('+', binop('*', lo, n - delta), binop('*', hi, delta)), n);
        if (method === 'inclusive') {
          const m = ld - 1;
          for (let i = 1; i < n; i++) {
            const j = Math.floor((i * m) / n);
            out.push(interp(d[j], d[j + 1], (i * m) % n));
          }
        } else if (method === 'exclusive') {
          const m = ld + 1;
          for (let i = 1; i < n; i++) {
            let j = Math.floor((i * m) / n);
            j = j < 1 ? 1 : j > ld - 1 ? ld - 1 : j;
            out.push(interp(d[j - 1], d[j], i * m - j * n));
          }
        } else valueError(`Unknown method: '${String(method)}'`);
        return new PyList(out);
      }),
      // fsum: exact then rounded once (inf and nan, which have no ratio, add as floats do).
      ...bivariateFunctions({ fail, fsum: (xs) => (xs.every(Number.isFinite) ? toFloat(sum(xs.map(exact))) : xs.reduce((a, b) => a + b, 0)) }),
    ]),
  );
}
