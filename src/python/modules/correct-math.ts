/**
 * Correctly rounded exp, log, pow, sin and cos for `random`'s distributions. V8's Math.log/exp/
 * sin/cos (fdlibm) differ from glibc's — what CPython calls — in the last bit for ~3–10% of
 * inputs, which shows in every printed `gauss()` or `expovariate()`. glibc's results are the
 * correctly rounded ones in all but ~0.1% of cases, so computing the exact value to ~100 bits
 * (double-double arithmetic) and rounding it once agrees with CPython far more often.
 */

/** A double-double: the unevaluated sum hi + lo, |lo| <= ulp(hi) / 2. */
type DD = readonly [number, number];

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function quick(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

/** Veltkamp's split, for an exact product without a fused multiply-add. */
function split(a: number): DD {
  const c = 134217729 * a;
  const hi = c - (c - a);
  return [hi, a - hi];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function add(a: DD, b: DD): DD {
  const s = twoSum(a[0], b[0]);
  const t = twoSum(a[1], b[1]);
  const u = quick(s[0], s[1] + t[0]);
  return quick(u[0], u[1] + t[1]);
}

function mul(a: DD, b: DD): DD {
  const p = twoProd(a[0], b[0]);
  return quick(p[0], p[1] + (a[0] * b[1] + a[1] * b[0]));
}

function mulD(a: DD, b: number): DD {
  const p = twoProd(a[0], b);
  return quick(p[0], p[1] + a[1] * b);
}

function divD(a: DD, b: number): DD {
  const q = a[0] / b;
  const p = twoProd(q, b);
  return quick(q, (a[0] - p[0] - p[1] + a[1]) / b);
}

const neg = (a: DD): DD => [-a[0], -a[1]];

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const LN2_TAIL = 5.707708438416212e-34;
const PIO2 = [1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33] as const;

/** 1/n! for n = 0..27 and 1/n for n = 1..22, each to double-double precision. */
const INV_FACT: DD[] = [[1, 0]];
for (let n = 1; n <= 27; n++) INV_FACT.push(divD(INV_FACT[n - 1]!, n));
const INV: DD[] = [[0, 0]];
for (let n = 1; n <= 22; n++) INV.push(divD([1, 0], n));

/** exp(x) as 2**k * s, s a double-double in [~0.7, ~1.42]; x itself may be a double-double. */
function expParts(x: DD): { k: number; s: DD } {
  const k = Math.round(x[0] / LN2[0]);
  // r = x - k*ln2, with k*ln2's leading product exact, so r keeps ~100 bits however near 0.
  let r = add(x, neg(twoProd(k, LN2[0])));
  r = add(r, neg(mulD([LN2[1], LN2_TAIL], k)));
  // Terms past r**11/11! are below 2**-47: plain doubles carry them to the ~100 bits needed.
  let t = INV_FACT[24]![0];
  for (let n = 23; n >= 12; n--) t = t * r[0] + INV_FACT[n]![0];
  let s: DD = [t, 0];
  for (let n = 11; n >= 0; n--) s = add(mul(s, r), INV_FACT[n]!);
  return { k, s };
}

/** 2**k * (s.hi + s.lo), rounded once; exact scaling while the result is a normal double. */
function scaled({ k, s }: { k: number; s: DD }): number {
  const rounded = s[0] + s[1];
  // Past 2**1023 the power of two itself overflows: scale in two steps.
  return k > 1023 ? rounded * 2 ** 1023 * 2 ** (k - 1023) : rounded * 2 ** k;
}

export function exp(x: number): number {
  // Out of the range where the result is a normal double: Math.exp is exact enough (0, inf, denormals).
  if (!(x > -708 && x < 709.7)) return Math.exp(x);
  return scaled(expParts([x, 0]));
}

/** x = m * 2**e with m in [sqrt(1/2), sqrt(2)). */
function frexpCentered(x: number): { m: number; e: number } {
  const view = new DataView(new ArrayBuffer(8));
  let scale = 0;
  if (x < 2 ** -1000) {
    x *= 2 ** 64;
    scale = -64;
  }
  view.setFloat64(0, x);
  const bits = (view.getUint32(0) >>> 20) & 0x7ff;
  let e = bits - 1023;
  let m = x / 2 ** e;
  if (m >= Math.SQRT2) {
    m /= 2;
    e += 1;
  }
  return { m, e: e + scale };
}

/** log(1 + u) for |u| <= 1/32, as its series (terms below 2**-47 in plain doubles). */
function log1pSmall(u: number): DD {
  let t = INV[22]![0];
  for (let n = 21; n >= 9; n--) t = t * -u + INV[n]![0];
  let s: DD = [t, 0];
  for (let n = 8; n >= 1; n--) s = add(mulD(s, -u), INV[n]!);
  return mulD(s, u);
}

/** log(x) to double-double precision, for finite x > 0. */
function logParts(x: number): DD {
  const { m, e } = frexpCentered(x);
  let lm: DD;
  if (Math.abs(m - 1) <= 1 / 32) lm = log1pSmall(m - 1);
  else {
    // One Newton step from Math.log's answer: log(m) = y + log(m * exp(-y)), and m*exp(-y) ~ 1.
    const y = Math.log(m);
    const { k, s } = expParts([-y, 0]);
    const t = add(mulD(mulD(s, m), 2 ** k), [-1, 0]);
    lm = add([y, 0], add(t, neg(mulD(mul(t, t), 0.5))));
  }
  if (e === 0) return lm;
  return add(add(twoProd(e, LN2[0]), mulD([LN2[1], LN2_TAIL], e)), lm);
}

export function log(x: number): number {
  if (!(x > 0 && x < Infinity)) return Math.log(x);
  const r = logParts(x);
  return r[0] + r[1];
}

/** x ** y for finite x > 0 and finite y, as exp(y * log(x)) carried to ~100 bits. */
export function pow(x: number, y: number): number {
  if (!(x > 0 && x < Infinity && Number.isFinite(y)) || x === 1 || y === 0) return Math.pow(x, y);
  const l = mulD(logParts(x), y);
  if (!(l[0] > -708 && l[0] < 709.7)) return Math.pow(x, y);
  return scaled(expParts(l));
}

/** sin and cos of |r| <= ~pi/4 by their series; terms below 2**-47 need only doubles. */
function sinSmall(r: DD): DD {
  const r2 = mul(r, r);
  let t = INV_FACT[27]![0];
  for (let n = 25; n >= 17; n -= 2) t = -t * r2[0] + INV_FACT[n]![0];
  let s: DD = [t, 0];
  for (let n = 15; n >= 1; n -= 2) s = add(neg(mul(s, r2)), INV_FACT[n]!);
  return mul(s, r);
}

function cosSmall(r: DD): DD {
  const r2 = mul(r, r);
  let t = INV_FACT[26]![0];
  for (let n = 24; n >= 16; n -= 2) t = -t * r2[0] + INV_FACT[n]![0];
  let s: DD = [t, 0];
  for (let n = 14; n >= 0; n -= 2) s = add(neg(mul(s, r2)), INV_FACT[n]!);
  return s;
}

/** x = k * pi/2 + r, |r| <= ~pi/4, with pi/2 to ~160 bits (plenty for |x| < 2**20). */
function reduce(x: number): { q: number; r: DD } {
  const k = Math.round(x / PIO2[0]);
  let r = add([x, 0], neg(twoProd(k, PIO2[0])));
  r = add(r, neg(twoProd(k, PIO2[1])));
  r = add(r, [-k * PIO2[2], 0]);
  return { q: ((k % 4) + 4) % 4, r };
}

const LARGE = 2 ** 20;

export function sin(x: number): number {
  if (!(Math.abs(x) < LARGE) || x === 0) return Math.sin(x);
  const { q, r } = reduce(x);
  const v = q === 0 ? sinSmall(r) : q === 1 ? cosSmall(r) : q === 2 ? neg(sinSmall(r)) : neg(cosSmall(r));
  return v[0] + v[1];
}

export function cos(x: number): number {
  if (!(Math.abs(x) < LARGE)) return Math.cos(x);
  const { q, r } = reduce(x);
  const v = q === 0 ? cosSmall(r) : q === 1 ? neg(sinSmall(r)) : q === 2 ? neg(cosSmall(r)) : sinSmall(r);
  return v[0] + v[1];
}
