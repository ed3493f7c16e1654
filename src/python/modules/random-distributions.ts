/**
 * `random`'s real-valued distributions, step for step as Lib/random.py computes them, so the
 * same draws meet the same float operations. Parameters go through the runtime's operators
 * (`mu + z * sigma`), so ints, floats and wrong types behave and fail as they do in Python.
 */
import * as E from '../../engine/exceptions.ts';
import { raise, valueError } from '../runtime/errors.ts';
import { binop, isNumber, num, order } from '../runtime/ops.ts';
import { PyFloat, type Value } from '../runtime/values.ts';
import type { MersenneTwister } from './mersenne-twister.ts';
import * as M from './correct-math.ts';

const TWOPI = 2 * Math.PI;
export const NV_MAGICCONST = (4 * M.exp(-0.5)) / Math.sqrt(2.0);
export const LOG4 = M.log(4.0);
export const SG_MAGICCONST = 1.0 + M.log(4.5);

const f = (x: number): PyFloat => new PyFloat(x);
const add = (a: Value, b: Value): Value => binop('+', a, b);
const sub = (a: Value, b: Value): Value => binop('-', a, b);
const mul = (a: Value, b: Value): Value => binop('*', a, b);

/** A parameter that a float formula uses, after Python's own operator has vetted its type. */
function real(v: Value): number {
  if (isNumber(v)) return num(v);
  order('<', v, f(0)); // raises CPython's TypeError for the comparison the formula starts with
  return NaN;
}

/** math.log / math.exp with math's domain and range errors. */
function log(x: number): number {
  if (x <= 0) raise(E.ValueError, 'math domain error');
  return M.log(x);
}

/** Holds gauss()'s second value between calls, as Random.gauss_next does. */
export interface GaussState {
  gaussNext: number | null;
}

export function uniform(mt: MersenneTwister, a: Value, b: Value): Value {
  return add(a, mul(sub(b, a), f(mt.random())));
}

export function triangular(mt: MersenneTwister, low: Value, high: Value, mode: Value): Value {
  let u = mt.random();
  let c: Value;
  try {
    c = mode === null ? f(0.5) : binop('/', sub(mode, low), sub(high, low));
  } catch (e) {
    if (e instanceof E.PyException && E.isInstance(e, E.ZeroDivisionError)) return low;
    throw e;
  }
  if (order('>', f(u), c)) {
    u = 1.0 - u;
    c = sub(f(1.0), c);
    [low, high] = [high, low];
  }
  return add(low, mul(sub(high, low), f(Math.sqrt(u * real(c)))));
}

export function normalvariate(mt: MersenneTwister, mu: Value, sigma: Value): Value {
  let z: number;
  for (;;) {
    const u1 = mt.random();
    const u2 = 1.0 - mt.random();
    z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
    const zz = (z * z) / 4.0;
    if (zz <= -log(u2)) break;
  }
  return add(mu, mul(f(z), sigma));
}

export function gauss(mt: MersenneTwister, state: GaussState, mu: Value, sigma: Value): Value {
  let z = state.gaussNext;
  state.gaussNext = null;
  if (z === null) {
    const x2pi = mt.random() * TWOPI;
    const g2rad = Math.sqrt(-2.0 * log(1.0 - mt.random()));
    z = M.cos(x2pi) * g2rad;
    state.gaussNext = M.sin(x2pi) * g2rad;
  }
  return add(mu, mul(f(z), sigma));
}

export function lognormvariate(mt: MersenneTwister, mu: Value, sigma: Value): Value {
  return f(exp(real(normalvariate(mt, mu, sigma))));
}

function exp(x: number): number {
  const r = M.exp(x);
  if (r === Infinity && Number.isFinite(x)) raise(E.OverflowError, 'math range error');
  return r;
}

export function expovariate(mt: MersenneTwister, lambd: Value): Value {
  return binop('/', f(-log(1.0 - mt.random())), lambd);
}

export function vonmisesvariate(mt: MersenneTwister, muv: Value, kappav: Value): Value {
  const mu = real(muv);
  const kappa = real(kappav);
  if (kappa <= 1e-6) return f(TWOPI * mt.random());
  const s = 0.5 / kappa;
  const r = s + Math.sqrt(1.0 + s * s);
  let z: number;
  for (;;) {
    const u1 = mt.random();
    z = M.cos(Math.PI * u1);
    const d = z / (r + z);
    const u2 = mt.random();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * M.exp(d)) break;
  }
  const q = 1.0 / r;
  const fz = (q + z) / (1.0 + q * z);
  const u3 = mt.random();
  const theta = u3 > 0.5 ? pyMod(mu + Math.acos(fz), TWOPI) : pyMod(mu - Math.acos(fz), TWOPI);
  return f(theta);
}

/** Python's float %: the result takes the divisor's sign. */
function pyMod(a: number, b: number): number {
  const m = a % b;
  return m !== 0 && m < 0 !== b < 0 ? m + b : m;
}

export function gammavariate(mt: MersenneTwister, alphav: Value, betav: Value): number {
  const alpha = real(alphav);
  const beta = real(betav);
  if (alpha <= 0.0 || beta <= 0.0) return valueError('gammavariate: alpha and beta must be > 0.0');
  if (alpha > 1.0) {
    const ainv = Math.sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = mt.random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - mt.random();
      const v = M.log(u1 / (1.0 - u1)) / ainv;
      const x = alpha * M.exp(v);
      const z = u1 * u1 * u2;
      const r = bbb + ccc * v - x;
      if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= log(z)) return x * beta;
    }
  }
  if (alpha === 1.0) return -log(1.0 - mt.random()) * beta;
  let x: number;
  for (;;) {
    const u = mt.random();
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    x = p <= 1.0 ? M.pow(p, 1.0 / alpha) : -log((b - p) / alpha);
    const u1 = mt.random();
    if (p > 1.0) {
      if (u1 <= M.pow(x, alpha - 1.0)) break;
    } else if (u1 <= M.exp(-x)) break;
  }
  return x * beta;
}

export function betavariate(mt: MersenneTwister, alpha: Value, beta: Value): Value {
  const y = gammavariate(mt, alpha, f(1.0));
  if (y !== 0) return f(y / (y + gammavariate(mt, beta, f(1.0))));
  return f(0.0);
}

export function paretovariate(mt: MersenneTwister, alpha: Value): Value {
  const u = 1.0 - mt.random();
  return f(M.pow(u, -1.0 / real(alpha)));
}

export function weibullvariate(mt: MersenneTwister, alpha: Value, beta: Value): Value {
  const u = 1.0 - mt.random();
  return mul(alpha, f(M.pow(-log(u), 1.0 / real(beta))));
}
