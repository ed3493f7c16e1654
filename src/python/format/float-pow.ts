/**
 * Correctly rounded x ** n for integer n, as glibc's pow (which CPython calls) returns.
 * V8's Math.pow is off by an ulp for roughly one integer power in twenty
 * (`10 ** -5` is 0.000009999999999999999), which would show in printed floats. With x = m·2^e
 * the power m^n·2^(e·n) is an exact rational, rounded once with BigInt.
 */
import { decompose } from './exact-decimal';

function bitLength(n: bigint): number {
  const hex = n.toString(16);
  // 4 bits per hex digit, less the leading zero bits of the first digit.
  return hex.length * 4 - Math.clz32(parseInt(hex[0], 16)) + 28;
}

/** The double nearest to p/q (p, q > 0), ties to even; Infinity past the largest double. */
export function ratioToDouble(p: bigint, q: bigint): number {
  // Scale so that the integer quotient has 55 or 56 bits: 53 kept, the rest for rounding.
  const sh = 55 - (bitLength(p) - bitLength(q));
  const num = sh >= 0 ? p << BigInt(sh) : p;
  const den = sh >= 0 ? q : q << BigInt(-sh);
  const quo = num / den;
  const rem = num % den;
  const qBits = bitLength(quo);
  const e2 = qBits - 1 - sh; // binary exponent of the leading bit
  if (e2 > 1023) return Infinity;
  const lowest = Math.max(e2 - 52, -1074); // weight of the last bit a double can keep here
  const drop = lowest + sh;
  if (drop > qBits) return 0; // below half the smallest subnormal
  const dropBig = BigInt(drop);
  let kept = quo >> dropBig;
  const dropped = quo - (kept << dropBig);
  const half = 1n << (dropBig - 1n);
  if (dropped > half || (dropped === half && (rem !== 0n || (kept & 1n) === 1n))) kept += 1n;
  return Number(kept) * 2 ** lowest;
}

/**
 * |x| ** n for finite x ≠ 0 and a non-zero integer n with |n| ≤ 2048, correctly rounded.
 * Returns null when the exact numbers would grow too large to be worth it.
 */
export function exactIntPower(x: number, n: number): number | null {
  const { m, e } = decompose(Math.abs(x));
  const k = n < 0 ? -n : n;
  // Fast path: m^k below 2^53 is exact in doubles, and one division or power-of-two scale
  // rounds once — as long as the result stays clear of the subnormal range.
  const bits = 32 - Math.clz32(m > 0xffffffff ? Math.floor(m / 4294967296) : m) + (m > 0xffffffff ? 32 : 0);
  if (bits * k <= 53) {
    let p = 1;
    for (let i = 0; i < k; i++) p *= m;
    const e2 = e * k;
    if (n > 0 && e2 >= -1000 && e2 <= 960) return p * 2 ** e2;
    if (n < 0 && -e2 >= -960 && -e2 <= 960) return (1 / p) * 2 ** -e2;
  }
  if (bitLength(BigInt(m)) * k > 80000) return null;
  const mp = BigInt(m) ** BigInt(k);
  const e2 = e * k;
  const pow2 = (t: number): bigint => 1n << BigInt(t);
  if (n > 0) return e2 >= 0 ? ratioToDouble(mp << BigInt(e2), 1n) : ratioToDouble(mp, pow2(-e2));
  // x^-k = 2^(-e·k) / m^k
  return e2 >= 0 ? ratioToDouble(1n, mp << BigInt(e2)) : ratioToDouble(pow2(-e2), mp);
}
