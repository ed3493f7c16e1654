/**
 * Double-double arithmetic (a value is hi + lo, about 106 bits) for a correctly rounded pow
 * with a fractional exponent. Only what pow needs: exp and log to ~100 bits.
 */

export type DD = [number, number];

/** Splits a double into two 26-bit halves (Dekker), so their products are exact. */
const SPLITTER = 134217729; // 2^27 + 1

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

export function ddAdd(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  const [s2, e2] = quickTwoSum(s, e + t);
  return quickTwoSum(s2, e2 + f);
}

export function ddMul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return quickTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

/** a / b for a double b, with the remainder carried into the low part. */
function ddDivNum(a: DD, b: number): DD {
  const q1 = a[0] / b;
  const [p, e] = twoProd(q1, b);
  const [s, f] = twoSum(a[0], -p);
  const q2 = (s + (f - e + a[1])) / b;
  return quickTwoSum(q1, q2);
}

function ddMulNum(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return quickTwoSum(p, e + a[1] * b);
}

// ln 2 to ~160 bits, as three doubles.
const LN2_HI = 0.6931471805599453;
const LN2_MID = 2.3190468138462996e-17;
const LN2_LO = 5.707708438416212e-34;

/** e^a for a double-double a with |a| below ~709; accurate to ~2^-100 relative. */
export function ddExp(a: DD): DD {
  const k = Math.round(a[0] / LN2_HI);
  // r = a - k·ln2, with ln2 in three parts so that k·ln2 is nearly exact.
  let r = ddAdd(a, twoProd(-k, LN2_HI));
  r = ddAdd(r, twoProd(-k, LN2_MID));
  r = ddAdd(r, [-k * LN2_LO, 0]);
  // Shrink r by 2^10, sum the Taylor series, then square back up ten times.
  const s = 10;
  r = [r[0] / 1024, r[1] / 1024];
  let term: DD = r;
  let sum: DD = r; // e^r - 1, kept apart from the 1 to keep small terms' bits
  for (let n = 2; n <= 12; n++) {
    term = ddDivNum(ddMul(term, r), n);
    sum = ddAdd(sum, term);
    if (Math.abs(term[0]) < 1e-36) break;
  }
  // (1 + m)^2 = 1 + (2m + m^2): squaring the excess avoids losing it against the 1.
  for (let i = 0; i < s; i++) sum = ddAdd(ddMulNum(sum, 2), ddMul(sum, sum));
  const result = ddAdd([1, 0], sum);
  const scale = 2 ** k;
  if (scale === Infinity || scale === 0) {
    // Split the scale to stay in range on the way to the final over/underflow.
    const half = 2 ** Math.trunc(k / 2);
    const rest = 2 ** (k - Math.trunc(k / 2));
    return [result[0] * half * rest, result[1] * half * rest];
  }
  return [result[0] * scale, result[1] * scale];
}

/** ln(x) for a finite x > 0 as a double-double: Math.log refined by one Newton step. */
export function ddLog(x: number): DD {
  const y0 = Math.log(x);
  // y1 = y0 + x·e^-y0 - 1; the error squares, from ~2^-52 to ~2^-104.
  const e = ddExp([-y0, 0]);
  const t = ddMulNum(e, x);
  const corr = ddAdd(t, [-1, 0]);
  return ddAdd([y0, 0], corr);
}

/** x^y for finite x > 0 and finite y, correctly rounded except in astronomically rare cases. */
export function ddPow(x: number, y: number): number {
  const l = ddLog(x);
  const p = ddMulNum(l, y);
  if (p[0] > 709.8) return Infinity;
  if (p[0] < -745.2) return 0;
  const r = ddExp(p);
  return r[0] + r[1];
}
