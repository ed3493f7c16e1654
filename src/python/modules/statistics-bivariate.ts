/**
 * statistics' float-only functions, computed the way Lib/statistics.py computes them (each
 * data point as a float, sums with fsum, one division): geometric_mean, covariance,
 * correlation and linear_regression (whose result is the LinearRegression named tuple).
 */
import { intToFloat } from '../format/int-arith.ts';
import { iterate } from '../runtime/iter.ts';
import { typeError } from '../runtime/errors.ts';
import { typeName } from '../runtime/types.ts';
import { NO_CALL_SITE, PyBuiltin, PyFloat, type Value } from '../runtime/values.ts';
import { NamedTupleType } from './collections/namedtuple.ts';

/** One data point as the float that `xi - xbar` or `log(xi)` would use. */
function asFloat(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return intToFloat(v);
  if (v instanceof PyFloat) return v.v;
  return typeError(`must be real number, not ${typeName(v)}`);
}

/** The pieces the module shares: its error, and fsum (exact sum, rounded once). */
export interface BivariateDeps {
  fail: (msg: string) => never;
  fsum: (xs: number[]) => number;
}

export function bivariateFunctions(deps: BivariateDeps): [string, Value][] {
  const { fail, fsum } = deps;
  const pair = (name: string, what: string, args: Value[]): [number[], number[]] => {
    if (args.length !== 2) typeError(`${name}() takes 2 positional arguments but ${args.length} were given`);
    const x = [...iterate(args[0])].map(asFloat);
    const y = [...iterate(args[1])].map(asFloat);
    if (y.length !== x.length) fail(`${what} requires that both inputs have same number of data points`);
    if (x.length < 2) fail(`${what} requires at least two data points`);
    return [x, y];
  };
  /** Sums of cross products and squares of deviations from the means (fsum, as CPython). */
  const moments = (x: number[], y: number[]): { xbar: number; ybar: number; sxy: number; sxx: number; syy: number } => {
    const n = x.length;
    const xbar = fsum(x) / n;
    const ybar = fsum(y) / n;
    const sxy = fsum(x.map((xi, i) => (xi - xbar) * (y[i]! - ybar)));
    const sxx = fsum(x.map((xi) => (xi - xbar) * (xi - xbar)));
    const syy = fsum(y.map((yi) => (yi - ybar) * (yi - ybar)));
    return { xbar, ybar, sxy, sxx, syy };
  };
  const lr = NamedTupleType.create('LinearRegression', ['slope', 'intercept'], new Map(), new Map());
  return [
    ['LinearRegression', lr],
    [
      'geometric_mean',
      new PyBuiltin('geometric_mean', (args) => {
        const xs = [...iterate(args[0])].map(asFloat);
        // log() of a non-positive value, or fmean of nothing: the one ValueError it reports.
        if (xs.length === 0 || xs.some((x) => x <= 0)) fail('geometric mean requires a non-empty dataset containing positive numbers');
        return new PyFloat(Math.exp(fsum(xs.map(Math.log)) / xs.length));
      }),
    ],
    [
      'covariance',
      new PyBuiltin('covariance', (args) => {
        const [x, y] = pair('covariance', 'covariance', args);
        return new PyFloat(moments(x, y).sxy / (x.length - 1));
      }),
    ],
    [
      'correlation',
      new PyBuiltin('correlation', (args) => {
        const [x, y] = pair('correlation', 'correlation', args);
        const m = moments(x, y);
        const d = Math.sqrt(m.sxx * m.syy);
        if (d === 0) fail('at least one of the inputs is constant');
        return new PyFloat(m.sxy / d);
      }),
    ],
    [
      'linear_regression',
      new PyBuiltin('linear_regression', (args, kw) => {
        const [x, y] = pair('linear_regression', 'linear regression', args);
        const proportional = kw?.get('proportional');
        let sxy: number;
        let sxx: number;
        let intercept = (): number => 0;
        if (proportional !== undefined && proportional !== null && proportional !== false && proportional !== 0) {
          sxy = fsum(x.map((xi, i) => xi * y[i]!));
          sxx = fsum(x.map((xi) => xi * xi));
        } else {
          const m = moments(x, y);
          sxy = m.sxy;
          sxx = m.sxx;
          intercept = () => m.ybar - (sxy / sxx) * m.xbar;
        }
        if (sxx === 0) fail('x is constant');
        return lr.call([new PyFloat(sxy / sxx), new PyFloat(intercept())], null, NO_CALL_SITE);
      }),
    ],
  ];
}
