/**
 * int, bool (a subclass of int) and float: their constructors, and the methods and attributes
 * tutorials reach for: `n.bit_length()`, `x.is_integer()`, `x.as_integer_ratio()`, `.real`/`.imag`.
 */
import * as E from '../../../engine/exceptions.ts';
import { floatToInt, intToFloat, parseFloatStr, parseIntStr } from '../../format/index.ts';
import { floatRepr } from '../../format/float-repr.ts';
import { bitLength, intFromNumber, intToString, normBig, type Int } from '../../format/int-arith.ts';
import { asIndex, checkKwargs, count, noArgs, noKwargs, param, type Kwargs } from '../builtin-args.ts';
import { raise, typeError } from '../errors.ts';
import { hashFloat, hashInt } from '../hash.ts';
import { interp } from '../hooks.ts';
import { findMethod, truthy } from '../ops.ts';
import { typeName } from '../types.ts';
import { PyFloat, PyInstance, PyTuple, type Value } from '../values.ts';
import { ARITHMETIC_DUNDERS, BITWISE_DUNDERS, BuiltinType } from './builtin-type.ts';

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

const intMethods = {
  bit_length(self: Num, args: Value[], kw: Kwargs): Value {
    noArgs('int.bit_length', args, kw);
    return bitLength(asInt(self));
  },
  conjugate(self: Num, args: Value[], kw: Kwargs): Value {
    noArgs('int.conjugate', args, kw);
    return asInt(self);
  },
};

const floatMethods = {
  is_integer(self: PyFloat, args: Value[], kw: Kwargs): Value {
    noArgs('float.is_integer', args, kw);
    return Number.isInteger(self.v);
  },
  as_integer_ratio(self: PyFloat, args: Value[], kw: Kwargs): Value {
    noArgs('float.as_integer_ratio', args, kw);
    return integerRatio(self.v);
  },
  conjugate(self: PyFloat, args: Value[], kw: Kwargs): Value {
    noArgs('float.conjugate', args, kw);
    return self;
  },
};

const intProps = {
  real: asInt,
  numerator: asInt,
  imag: (): Value => 0,
  denominator: (): Value => 1,
};

function callDunder(v: PyInstance, names: string[]): Value | undefined {
  for (const n of names) {
    const m = findMethod(v, n);
    if (m !== undefined) return interp.call(m, [v]);
  }
  return undefined;
}

function toInt(args: Value[], kwargs: Kwargs): Int {
  checkKwargs('int', kwargs, ['base']);
  if (args.length > 2) typeError(`int() takes at most 2 arguments (${args.length} given)`);
  const baseArg = param('int', args, 1, kwargs, 'base');
  if (args.length === 0) {
    if (baseArg !== undefined) typeError('int() missing string argument');
    return 0;
  }
  const x = args[0];
  if (baseArg !== undefined) {
    const base = asIndex(baseArg);
    if (typeof x !== 'string') typeError("int() can't convert non-string with explicit base");
    return parseIntStr(x as string, base);
  }
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof PyFloat) return floatToInt(x.v);
  if (typeof x === 'string') return parseIntStr(x, 10);
  if (x instanceof PyInstance) {
    const r = callDunder(x, ['__int__', '__index__']);
    if (typeof r === 'number' || typeof r === 'bigint') return r;
    if (r !== undefined) typeError(`__int__ returned non-int (type ${typeName(r)})`);
  }
  return typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`);
}

function toFloat(args: Value[], kwargs: Kwargs): PyFloat {
  noKwargs('float', kwargs);
  count('float', args, 0, 1);
  if (args.length === 0) return new PyFloat(0);
  const x = args[0];
  if (x instanceof PyFloat) return x;
  if (typeof x === 'number' || typeof x === 'bigint') return new PyFloat(intToFloat(x));
  if (typeof x === 'boolean') return new PyFloat(x ? 1 : 0);
  if (typeof x === 'string') return new PyFloat(parseFloatStr(x));
  if (x instanceof PyInstance) {
    const r = callDunder(x, ['__float__', '__index__']);
    if (r instanceof PyFloat) return r;
    if (typeof r === 'number' || typeof r === 'bigint') return new PyFloat(intToFloat(r));
    if (r !== undefined) typeError(`${typeName(x)}.__float__ returned non-float (type ${typeName(r)})`);
  }
  return typeError(`float() argument must be a string or a real number, not '${typeName(x)}'`);
}

/** Members of an int or str enum (IntEnum, StrEnum) are instances of that builtin type too. */
export function mixesIn(v: Value, type: string): boolean {
  return v instanceof PyInstance && findMethod(v, '__enum_mixin__') === type;
}

const INT_DUNDERS = [...ARITHMETIC_DUNDERS, ...BITWISE_DUNDERS, '__bool__'];

export const intType = new BuiltinType<number | bigint>({
  name: 'int',
  construct: (args, kwargs) => toInt(args, kwargs),
  test: (v) => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || mixesIn(v, 'int'),
  methods: intMethods,
  props: intProps,
  dunders: INT_DUNDERS,
  repr: (n) => (typeof n === 'number' ? String(n) : intToString(n)),
  hash: (n) => hashInt(n),
});

export const boolType = new BuiltinType<boolean>({
  name: 'bool',
  base: intType,
  construct(args, kwargs) {
    noKwargs('bool', kwargs);
    count('bool', args, 0, 1);
    return args.length > 0 && truthy(args[0]);
  },
  test: (v) => typeof v === 'boolean',
  methods: intMethods,
  props: intProps,
  dunders: INT_DUNDERS,
  repr: (b) => (b ? 'True' : 'False'),
  hash: (b) => (b ? 1n : 0n),
});

export const floatType = new BuiltinType<PyFloat>({
  name: 'float',
  construct: (args, kwargs) => toFloat(args, kwargs),
  test: (v) => v instanceof PyFloat,
  methods: floatMethods,
  props: {
    real: (x) => x,
    imag: () => new PyFloat(0),
  },
  dunders: [...ARITHMETIC_DUNDERS, '__bool__'],
  repr: (x) => floatRepr(x.v),
  hash: (x) => hashFloat(x.v),
});
