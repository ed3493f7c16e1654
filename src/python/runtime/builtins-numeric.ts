/** Numeric builtins: abs, round, divmod, pow, min, max, sum, hex, bin, oct, chr, ord. */
import { PyNative } from './native.ts';
import { divmod, floatPow, intAbs, intAdd, intPow, intToString, normBig, roundFloat, roundFloatToInt, roundInt, toBig, type Int } from '../format/index.ts';
import { asIndex, asInt, checkKwargs, count, noKwargs, one, param, type Kwargs } from './builtin-args.ts';
import { typeError, valueError } from './errors.ts';
import { interp } from './hooks.ts';
import { iterate } from './iter.ts';
import { binop, findMethod, intOf, isInt, isNumber, num, order } from './ops.ts';
import { typeName } from './types.ts';
import { PyBuiltin, PyFloat, PyInstance, PyTuple, type Value } from './values.ts';

export function abs(args: Value[], kwargs: Kwargs): Value {
  const x = one('abs', args, kwargs);
  if (typeof x === 'number' || typeof x === 'bigint') return intAbs(x);
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof PyFloat) return new PyFloat(Math.abs(x.v));
  if (x instanceof PyInstance) {
    const m = findMethod(x, '__abs__');
    if (m !== undefined) return interp.call(m, [x]);
  }
  const r = x instanceof PyNative ? x.pyUnary?.('abs') : undefined;
  if (r !== undefined) return r;
  return typeError(`bad operand type for abs(): '${typeName(x)}'`);
}

export function round(args: Value[], kwargs: Kwargs): Value {
  checkKwargs('round', kwargs, ['number', 'ndigits']);
  if (args.length > 2) typeError(`round() takes at most 2 arguments (${args.length} given)`);
  const x = param('round', args, 0, kwargs, 'number');
  if (x === undefined) return typeError("round() missing required argument 'number' (pos 1)");
  const nd = param('round', args, 1, kwargs, 'ndigits');
  // ndigits past ±2**53 means "every digit" or "none": float.__round__ clamps it.
  const ndigits = nd === undefined || nd === null ? null : typeof nd === 'bigint' ? (nd > 0n ? 400 : -400) : asIndex(nd);
  if (isInt(x)) {
    const n = intOf(x);
    return ndigits === null ? n : roundInt(n, ndigits);
  }
  if (x instanceof PyFloat) return ndigits === null ? roundFloatToInt(x.v) : new PyFloat(roundFloat(x.v, ndigits));
  if (x instanceof PyInstance) {
    const m = findMethod(x, '__round__');
    if (m !== undefined) return interp.call(m, ndigits === null ? [x] : [x, ndigits]);
  }
  return typeError(`type ${typeName(x)} doesn't define __round__ method`);
}

export function divmodBuiltin(args: Value[], kwargs: Kwargs): Value {
  noKwargs('divmod', kwargs);
  count('divmod', args, 2, 2);
  const [a, b] = args;
  if (isNumber(a) && isNumber(b)) {
    const isFloat = a instanceof PyFloat || b instanceof PyFloat;
    const [q, r] = isFloat ? divmod(num(a), num(b), true) : divmod(intOf(a as number | bigint | boolean), intOf(b as number | bigint | boolean));
    return isFloat ? new PyTuple([new PyFloat(q as number), new PyFloat(r as number)]) : new PyTuple([q, r]);
  }
  if (a instanceof PyInstance) {
    const m = findMethod(a, '__divmod__');
    if (m !== undefined) return interp.call(m, [a, b]);
  }
  return typeError(`unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`);
}

/** pow(base, exp[, mod]); with mod, exact modular exponentiation (negative exp = inverse). */
export function pow(args: Value[], kwargs: Kwargs): Value {
  checkKwargs('pow', kwargs, ['base', 'exp', 'mod']);
  if (args.length > 3) typeError(`pow() takes at most 3 arguments (${args.length} given)`);
  const base = param('pow', args, 0, kwargs, 'base');
  const exp = param('pow', args, 1, kwargs, 'exp');
  const mod = param('pow', args, 2, kwargs, 'mod');
  if (base === undefined) return typeError("pow() missing required argument 'base' (pos 1)");
  if (exp === undefined) return typeError("pow() missing required argument 'exp' (pos 2)");
  if (mod === undefined || mod === null) {
    if (isInt(base) && isInt(exp)) {
      const r = intPow(intOf(base), intOf(exp));
      return intOf(exp) < 0 ? new PyFloat(r as number) : r;
    }
    if (isNumber(base) && isNumber(exp)) return new PyFloat(floatPow(num(base), num(exp)));
    return binop('**', base, exp);
  }
  if (!isInt(base) || !isInt(exp) || !isInt(mod)) {
    if (isNumber(base) && isNumber(exp) && isNumber(mod)) typeError('pow() 3rd argument not allowed unless all arguments are integers');
    return typeError(`unsupported operand type(s) for ** or pow(): '${typeName(base)}', '${typeName(exp)}', '${typeName(mod)}'`);
  }
  return modPow(intOf(base), intOf(exp), intOf(mod));
}

function modPow(b: Int, e: Int, m: Int): Int {
  if (m === 0) valueError('pow() 3rd argument cannot be 0');
  const M = toBig(intAbs(m));
  let base = ((BigInt(b) % M) + M) % M;
  let exp = BigInt(e);
  if (exp < 0n) {
    base = modInverse(base, M);
    exp = -exp;
  }
  let r = 1n % M;
  while (exp > 0n) {
    if (exp & 1n) r = (r * base) % M;
    base = (base * base) % M;
    exp >>= 1n;
  }
  // The result takes the sign of the modulus, as Python's % does.
  return normBig(m < 0 && r !== 0n ? r - M : r);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) valueError('base is not invertible for the given modulus');
  return ((oldS % m) + m) % m;
}

/** min() and max(): one iterable or several arguments, with key= and default=. */
function extreme(name: 'min' | 'max', args: Value[], kwargs: Kwargs): Value {
  checkKwargs(name, kwargs, ['key', 'default']);
  if (args.length === 0) typeError(`${name} expected at least 1 argument, got 0`);
  const key = kwargs?.get('key') ?? null;
  const hasDefault = kwargs?.has('default') ?? false;
  if (args.length > 1 && hasDefault) typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  const op = name === 'max' ? '>' : '<';
  let best: Value = undefined;
  let bestKey: Value = undefined;
  let first = true;
  for (const item of args.length === 1 ? iterate(args[0]) : args) {
    const k = key === null ? item : interp.call(key, [item]);
    // Python keeps the first of equal items: replace only on a strict comparison.
    if (first || order(op, k, bestKey)) {
      best = item;
      bestKey = k;
      first = false;
    }
  }
  if (first) {
    if (hasDefault) return kwargs!.get('default');
    valueError(`${name}() arg is an empty sequence`);
  }
  return best;
}

export const min = (args: Value[], kwargs: Kwargs): Value => extreme('min', args, kwargs);
export const max = (args: Value[], kwargs: Kwargs): Value => extreme('max', args, kwargs);

export function sum(args: Value[], kwargs: Kwargs): Value {
  checkKwargs('sum', kwargs, ['start']);
  if (args.length === 0) typeError('sum() takes at least 1 positional argument (0 given)');
  if (args.length > 2) typeError(`sum() takes at most 2 arguments (${args.length} given)`);
  let acc: Value = param('sum', args, 1, kwargs, 'start') ?? 0;
  if (typeof acc === 'string') typeError("sum() can't sum strings [use ''.join(seq) instead]");
  for (const x of iterate(args[0])) {
    if (typeof acc === 'number' && typeof x === 'number') {
      const r = acc + x;
      acc = r <= Number.MAX_SAFE_INTEGER && r >= -Number.MAX_SAFE_INTEGER ? r : intAdd(acc, x);
    } else {
      acc = binop('+', acc, x);
    }
  }
  return acc;
}

function radix(name: string, base: number, prefix: string): PyBuiltin {
  return new PyBuiltin(name, (args, kwargs) => {
    const n = asInt(one(name, args, kwargs));
    return (n < 0 ? '-' : '') + prefix + intToString(intAbs(n), base);
  });
}

export const hex = radix('hex', 16, '0x');
export const bin = radix('bin', 2, '0b');
export const oct = radix('oct', 8, '0o');

export function chr(args: Value[], kwargs: Kwargs): Value {
  const n = asIndex(one('chr', args, kwargs));
  if (n < 0 || n > 0x10ffff) valueError('chr() arg not in range(0x110000)');
  return String.fromCodePoint(n);
}

export function ord(args: Value[], kwargs: Kwargs): Value {
  const s = one('ord', args, kwargs);
  if (typeof s !== 'string') return typeError(`ord() expected string of length 1, but ${typeName(s)} found`);
  const cp = s.codePointAt(0);
  const len = [...s].length;
  if (len !== 1 || cp === undefined) return typeError(`ord() expected a character, but string of length ${len} found`);
  return cp;
}
