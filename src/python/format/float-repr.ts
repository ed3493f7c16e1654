/**
 * Float → text the way CPython's `PyOS_double_to_string` lays it out.
 *
 * Digits come from exact-decimal.ts (shortest round-trip digits are JS's own, which match
 * CPython's: both pick the shortest string that reads back to the same double, closest
 * to it). Only the layout differs: CPython switches to exponent notation at other
 * thresholds, pads exponents to two digits and writes `3.0` rather than `3`.
 */
import { fixedAbs, sciDigits, type SciDigits } from './exact-decimal';

/** repr(x) / str(x) of a Python float. */
export function floatRepr(x: number): string {
  const a = x < 0 ? -x : x;
  // Common case first: JS prints 1e-7 ≤ |x| < 1e21 positionally, the same digits CPython
  // prints in its positional range 1e-4 ≤ |x| < 1e16 (those bounds are exact doubles).
  if (a >= 1e-4 && a < 1e16) {
    const s = '' + x;
    return Number.isInteger(x) ? s + '.0' : s;
  }
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  if (x !== x) return 'nan';
  if (a === Infinity) return x > 0 ? 'inf' : '-inf';
  const d = shortestDigits(a);
  return (x < 0 ? '-' : '') + layoutExp(d, false);
}

/** Shortest round-trip digits of a finite positive double. */
export function shortestDigits(a: number): SciDigits {
  const s = a.toExponential();
  const ep = s.indexOf('e');
  const digits = ep === 1 ? s[0] : s[0] + s.slice(2, ep);
  return { digits, exp: Number(s.slice(ep + 1)) };
}

function expSuffix(exp: number): string {
  const e = exp < 0 ? -exp : exp;
  return (exp < 0 ? 'e-' : 'e+') + (e < 10 ? '0' + e : '' + e);
}

/** d₁.d₂d₃…e±XX; with `alt` a lone digit keeps its point ("1.e+00"). */
function layoutExp(d: SciDigits, alt: boolean): string {
  const ds = d.digits;
  const mant = ds.length > 1 ? ds[0] + '.' + ds.slice(1) : alt ? ds + '.' : ds;
  return mant + expSuffix(d.exp);
}

/** Digits placed positionally; with `alt` an integral result keeps a trailing point. */
function layoutFixed(d: SciDigits, alt: boolean): string {
  const ds = d.digits;
  const e = d.exp;
  if (e < 0) return '0.' + '0'.repeat(-e - 1) + ds;
  if (ds.length <= e + 1) return ds + '0'.repeat(e + 1 - ds.length) + (alt ? '.' : '');
  return ds.slice(0, e + 1) + '.' + ds.slice(e + 1);
}

function stripZeros(ds: string): string {
  let end = ds.length;
  while (end > 1 && ds.charCodeAt(end - 1) === 48) end--;
  return end === ds.length ? ds : ds.slice(0, end);
}

/** The float presentation types, lower case; 'r' is repr (no type, no precision). */
export type FloatKind = 'e' | 'f' | 'g' | 'r';

/**
 * Text of a finite |x| (no sign) for one presentation type.
 * - `prec`: digits after the point for e/f, significant digits for g (0 means 1); unused by 'r'.
 * - `alt`: the '#' flag (keep the point, and for g the trailing zeros).
 * - `addDot0`: the no-type flavour of g and r: an integral fixed result gets ".0" and
 *   exponent notation starts one digit earlier (CPython's Py_DTSF_ADD_DOT_0).
 */
export function floatBody(a: number, kind: FloatKind, prec: number, alt: boolean, addDot0: boolean): string {
  switch (kind) {
    case 'f': {
      const s = fixedAbs(a, prec);
      return alt && prec === 0 ? s + '.' : s;
    }
    case 'e':
      return layoutExp(sciDigits(a, prec + 1), alt);
    case 'g': {
      const p = prec === 0 ? 1 : prec;
      const d = sciDigits(a, p);
      const useExp = d.exp < -4 || d.exp >= (addDot0 ? p - 1 : p);
      const shown: SciDigits = alt ? d : { digits: stripZeros(d.digits), exp: d.exp };
      if (useExp) return layoutExp(shown, alt);
      const s = layoutFixed(shown, alt);
      return addDot0 && s.indexOf('.') < 0 ? s + '.0' : s;
    }
    case 'r': {
      if (a === 0) return '0.0';
      if (a >= 1e-4 && a < 1e16) {
        const s = '' + a; // JS's positional range covers CPython's here, as in floatRepr
        return Number.isInteger(a) ? s + '.0' : s;
      }
      const d = shortestDigits(a);
      if (d.exp < -4 || d.exp >= 16) return layoutExp(d, alt);
      const s = layoutFixed(d, false);
      return s.indexOf('.') < 0 ? s + '.0' : s;
    }
  }
}
