/**
 * Methods and attributes of int, bool, float and range that tutorials reach for:
 * `n.bit_length()`, `x.is_integer()`, `x.as_integer_ratio()`, `.real`/`.imag`,
 * `r.index(v)`, `r.count(v)`, `r.start`/`r.stop`/`r.step`.
 */
import * as E from '../../engine/exceptions.ts';
import { noArgs, noKwargs, one } from './builtin-args.ts';
import { raise, valueError } from './errors.ts';
import { PyBigRange } from './big-range.ts';
import { PyRange } from './iter.ts';
import { floatMethods, intMethods, rangeMethods } from './method-tables.ts';
import { bitLength, intFromNumber, normBig, type Int } from '../format/int-arith.ts';
import { eq } from './ops.ts';
import { repr } from './repr.ts';
import { PyFloat, PyTuple, type Value } from './values.ts';

type Num = number | bigint | boolean;

function asInt(v: Num): Int {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

/** x == n / d exactly, d a power of two: doubling until integral is exact for binary floats. */
function integerRatio(x: number): PyTuple {
  if (!Number.isFinite(x)) {
    raise(Number.isNaN(x) ? E.ValueError : E.OverflowError, `cannot convert ${Number.isNaN(x) ? 'NaN' : 'Infinity'} to integer ratio`);
  }
  let n = x;
  let k = 0;
  while (!Number.isInteger(n)) {
    n *= 2;
    k++;
  }
  // 5e-324 needs 2**1074 as its denominator: a big int.
  return new PyTuple([intFromNumber(n), normBig(1n << BigInt(k))]);
}

export function installNumberMethods(): void {
  intMethods.set('bit_length', (self: Num, args, kw) => {
    noArgs('int.bit_length', args, kw);
    return bitLength(asInt(self));
  });
  intMethods.set('conjugate', (self: Num, args, kw) => {
    noArgs('int.conjugate', args, kw);
    return asInt(self);
  });
  floatMethods.set('is_integer', (self: PyFloat, args, kw) => {
    noArgs('float.is_integer', args, kw);
    return Number.isInteger(self.v);
  });
  floatMethods.set('as_integer_ratio', (self: PyFloat, args, kw) => {
    noArgs('float.as_integer_ratio', args, kw);
    return integerRatio(self.v);
  });
  floatMethods.set('conjugate', (self: PyFloat, args, kw) => {
    noArgs('float.conjugate', args, kw);
    return self;
  });
  rangeMethods.set('count', (self: PyRange | PyBigRange, args, kw) => {
    const v = one('range.count', args, kw);
    if (self instanceof PyBigRange) return self.indexOf(v) === -1 ? 0 : 1;
    let n = 0;
    for (let i = 0; i < self.length; i++) if (eq(self.at(i), v)) n++;
    return n;
  });
  rangeMethods.set('index', (self: PyRange | PyBigRange, args, kw) => {
    noKwargs('range.index', kw);
    const v = one('range.index', args, null);
    if (self instanceof PyBigRange) {
      const i = self.indexOf(v);
      return i === -1 ? valueError(`${repr(v)} is not in range`) : i;
    }
    for (let i = 0; i < self.length; i++) if (eq(self.at(i), v)) return i;
    return valueError(`${repr(v)} is not in range`);
  });
}

/** `.real`, `.imag` and friends of a number or range, or undefined for any other name. */
export function numberAttr(obj: Value, name: string): Value | undefined {
  if (obj instanceof PyRange || obj instanceof PyBigRange) {
    if (name === 'start') return obj.start;
    if (name === 'stop') return obj.stop;
    if (name === 'step') return obj.step;
    return undefined;
  }
  if (obj instanceof PyFloat) {
    if (name === 'real') return obj;
    if (name === 'imag') return new PyFloat(0);
    return undefined;
  }
  if (typeof obj === 'number' || typeof obj === 'bigint' || typeof obj === 'boolean') {
    if (name === 'real' || name === 'numerator') return asInt(obj);
    if (name === 'imag') return 0;
    if (name === 'denominator') return 1;
  }
  return undefined;
}
