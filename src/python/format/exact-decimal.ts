/**
 * Correctly rounded decimal digits of a double.
 *
 * CPython formats floats from the *exact* binary value and breaks exact ties half-to-even
 * (`f"{0.125:.2f}"` is `0.12`). JS's `toFixed`/`toExponential` are exact too, but break ties
 * away from zero, so they are used only where a tie is impossible; otherwise we expand the
 * double exactly with BigInt (every double is m·2^e, i.e. m·5^-e / 10^-e for e < 0).
 */

/** Digits and decimal exponent: value = D₁.D₂D₃… × 10^exp. */
export interface SciDigits {
  /** Significant digits, no leading zeros ("0" only for zero). */
  digits: string;
  /** Decimal exponent of the first digit. */
  exp: number;
}

const view = new DataView(new ArrayBuffer(8));

/**
 * A finite |x| as m·2^e with m a non-negative integer below 2^53, made odd where possible
 * (fewer factors of two keep the BigInt arithmetic built on it small).
 */
export function decompose(x: number): { m: number; e: number } {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const expBits = (hi >>> 20) & 0x7ff;
  let m = (hi & 0xfffff) * 4294967296 + lo;
  let e: number;
  if (expBits === 0) {
    e = -1074;
  } else {
    m += 4503599627370496; // the implicit leading bit, 2^52
    e = expBits - 1075;
  }
  if (m === 0) return { m: 0, e: 0 };
  while (m % 2 === 0) {
    m /= 2;
    e += 1;
  }
  return { m, e };
}

/** Exact value of a finite |x| as (integer digits, scale): |x| = digits / 10^scale. */
function exactDigits(x: number): { digits: string; scale: number } {
  const { m, e } = decompose(x);
  if (m === 0) return { digits: '0', scale: 0 };
  if (e >= 0) return { digits: (BigInt(m) << BigInt(e)).toString(), scale: 0 };
  return { digits: (BigInt(m) * 5n ** BigInt(-e)).toString(), scale: -e };
}

/** Adds one to a string of decimal digits ("199" → "200", "99" → "100"). */
function incrementDigits(d: string): string {
  let i = d.length - 1;
  while (i >= 0 && d.charCodeAt(i) === 57 /* 9 */) i--;
  if (i < 0) return '1' + '0'.repeat(d.length);
  return d.slice(0, i) + String.fromCharCode(d.charCodeAt(i) + 1) + '0'.repeat(d.length - 1 - i);
}

/**
 * Keeps the first `keep` digits of `d` (keep may be 0 or negative: everything is dropped),
 * rounding the dropped tail half-to-even. Returns the kept digits (possibly one longer
 * after a carry, e.g. "99" → "100"), or "" / "1" when keep <= 0.
 */
function roundDigits(d: string, keep: number): string {
  if (keep >= d.length) return d;
  const head = keep > 0 ? d.slice(0, keep) : '';
  // When keep < 0 the first kept-position digit is an implicit leading zero: below half.
  if (keep < 0) return head;
  const first = d.charCodeAt(keep);
  let up: boolean;
  if (first > 53 /* 5 */) up = true;
  else if (first < 53) up = false;
  else {
    let rest = false;
    for (let i = keep + 1; i < d.length; i++) {
      if (d.charCodeAt(i) !== 48) {
        rest = true;
        break;
      }
    }
    // Exact tie: round to even (an empty head counts as the even digit 0).
    up = rest || (head.length > 0 && (head.charCodeAt(head.length - 1) & 1) === 1);
  }
  if (!up) return head;
  return head.length === 0 ? '1' : incrementDigits(head);
}

/**
 * |x| rounded half-even to `prec` digits after the point (prec may be negative: round to
 * tens, hundreds…). Returns the rounded value as an integer digit string N meaning
 * N × 10^-prec (no sign, "0" for zero).
 */
export function exactFixedDigits(x: number, prec: number): string {
  const { digits, scale } = exactDigits(Math.abs(x));
  if (prec >= scale) return digits === '0' ? '0' : digits + '0'.repeat(prec - scale);
  const keep = digits.length - (scale - prec);
  const r = roundDigits(digits, keep);
  return r === '' ? '0' : r;
}

/** |x| rounded half-even to `sig` (≥ 1) significant digits. Zero gives digits "0…", exp 0. */
export function exactSciDigits(x: number, sig: number): SciDigits {
  const { digits, scale } = exactDigits(Math.abs(x));
  if (digits === '0') return { digits: '0'.repeat(sig), exp: 0 };
  let exp = digits.length - 1 - scale;
  let r = roundDigits(digits, sig);
  if (r.length > sig) {
    // A carry such as 9.99 → 10.0 moves the exponent; the extra digit is a zero.
    r = r.slice(0, sig);
    exp += 1;
  }
  return { digits: r.length < sig ? r + '0'.repeat(sig - r.length) : r, exp };
}

/**
 * |x| with `prec` (≥ 0) digits after the point, as CPython's '%.Nf' prints it (no sign).
 * Fast path: `toFixed` is exact except that it breaks exact ties upwards. A tie at `prec`
 * decimals needs |x|·2^(prec+1) to be an odd integer, which we can test exactly.
 */
export function fixedAbs(x: number, prec: number): string {
  const a = Math.abs(x);
  if (a < 1e21 && prec <= 100) {
    const scaled = a * 2 ** (prec + 1); // exact: a power-of-two scale within range
    if (!(Number.isInteger(scaled) && scaled % 2 === 1)) return a.toFixed(prec);
    // An exact tie: |x|·10^prec = scaled·5^prec / 2 with scaled·5^prec odd. Pick the even
    // neighbour, in plain doubles while that product is exact.
    const m = scaled * 5 ** prec;
    if (m <= 9007199254740991) {
      let q = (m - 1) / 2;
      if (q % 2 === 1) q += 1;
      return placePoint('' + q, prec);
    }
  }
  return placePoint(exactFixedDigits(a, prec), prec);
}

/** Integer digits N → N / 10^prec written with exactly `prec` decimals. */
function placePoint(n: string, prec: number): string {
  if (prec === 0) return n;
  const padded = n.length <= prec ? '0'.repeat(prec + 1 - n.length) + n : n;
  return padded.slice(0, padded.length - prec) + '.' + padded.slice(padded.length - prec);
}

/**
 * |x| rounded to `sig` significant digits (half-even on exact ties).
 * Fast path: `toExponential` is exact except on ties; a tie needs the exact value to have
 * exactly sig+1 significant digits ending in 5, which toExponential(sig) reveals exactly.
 */
export function sciDigits(x: number, sig: number): SciDigits {
  const a = Math.abs(x);
  if (a === 0) return { digits: '0'.repeat(sig), exp: 0 };
  if (sig <= 100) {
    const probe = a.toExponential(sig);
    if (probe.charCodeAt(probe.indexOf('e') - 1) !== 53 /* 5 */) {
      const s = a.toExponential(sig - 1);
      const ep = s.indexOf('e');
      const digits = sig === 1 ? s.slice(0, ep) : s[0] + s.slice(2, ep);
      return { digits, exp: Number(s.slice(ep + 1)) };
    }
  }
  return exactSciDigits(a, sig);
}
