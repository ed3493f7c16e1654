/**
 * The `math` module with CPython's results and errors ("math domain error", "math range
 * error"). Float results are IEEE doubles as libm gives them; math.pow shares the exact
 * float `**` of the runtime. Ints of any size are exact (gcd, lcm, isqrt, factorial, comb,
 * perm, prod, floor/ceil of a big float); a big int as a real argument converts as float() does.
 */
import * as E from '../../engine/exceptions.ts';
import { floatPow, floatToInt } from '../format/numeric.ts';
import { bigIsqrt, intMul, intToFloat, normBig, type Int } from '../format/int-arith.ts';
import { asIndex, asInt, noKwargs } from '../runtime/builtin-args.ts';
import { raise, typeError, valueError } from '../runtime/errors.ts';
import { iterate } from '../runtime/iter.ts';
import { binop } from '../runtime/ops.ts';
import { typeName } from '../runtime/types.ts';
import { PyBuiltin, PyFloat, PyModule, PyTuple, type Value } from '../runtime/values.ts';

const domain = (): never => valueError('math domain error');
const range = (): never => raise(E.OverflowError, 'math range error');

/** A real-number argument as a double: int, bool or float ("must be real number, not str"). */
function real(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'bigint') return intToFloat(v);
  return typeError(`must be real number, not ${typeName(v)}`);
}

function intArg(v: Value): number {
  if (v instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
  return asIndex(v);
}

/** An int argument of any size, as a bigint (gcd, lcm, isqrt work on ints past 2**53). */
function bigArg(v: Value): bigint {
  if (v instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
  return BigInt(asInt(v));
}

const bigAbs = (b: bigint): bigint => (b < 0n ? -b : b);

const f = (x: number): PyFloat => new PyFloat(x);

/** A float result as libm reports it: NaN from non-NaN input is a domain error, inf from finite a range error. */
function checked(r: number, ...inputs: number[]): PyFloat {
  if (Number.isNaN(r) && !inputs.some(Number.isNaN)) domain();
  if (!Number.isFinite(r) && !Number.isNaN(r) && inputs.every(Number.isFinite)) range();
  return f(r);
}

function fn1(name: string, op: (x: number) => number, valid: (x: number) => boolean = () => true): [string, PyBuiltin] {
  return [
    name,
    new PyBuiltin(name, (args, kw) => {
      noKwargs(name, kw);
      if (args.length !== 1) typeError(`math.${name}() takes exactly one argument (${args.length} given)`);
      const x = real(args[0]);
      if (!Number.isNaN(x) && !valid(x)) domain();
      return checked(op(x), x);
    }),
  ];
}

function fn2(name: string, op: (x: number, y: number) => number): [string, PyBuiltin] {
  return [
    name,
    new PyBuiltin(name, (args, kw) => {
      noKwargs(name, kw);
      if (args.length !== 2) typeError(`${name} expected 2 arguments, got ${args.length}`);
      const x = real(args[0]);
      const y = real(args[1]);
      return checked(op(x, y), x, y);
    }),
  ];
}

function toIntegral(name: string, round: (x: number) => number): [string, PyBuiltin] {
  return [
    name,
    new PyBuiltin(name, (args, kw) => {
      noKwargs(name, kw);
      if (args.length !== 1) typeError(`math.${name}() takes exactly one argument (${args.length} given)`);
      const v = args[0];
      if (typeof v === 'number' || typeof v === 'bigint') return v;
      if (typeof v === 'boolean') return v ? 1 : 0;
      return floatToInt(round(real(v)));
    }),
  ];
}

function log(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x <= 0) return domain();
  return Math.log(x);
}

/** Shewchuk's exact summation (what math.fsum does): partials, then one correctly rounded sum. */
function fsum(xs: number[]): number {
  const partials: number[] = [];
  let special = 0;
  let infSum = 0;
  for (let x of xs) {
    if (!Number.isFinite(x)) {
      special = 1;
      infSum += x;
      continue;
    }
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    if (!Number.isFinite(x)) range();
    partials.length = i;
    partials.push(x);
  }
  if (special) {
    if (Number.isNaN(infSum)) valueError('-inf + inf in fsum');
    return infSum;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    // Round half-even correctly when the rest of the partials push past a tie.
    if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

function gcd2(a: bigint, b: bigint): bigint {
  a = bigAbs(a);
  b = bigAbs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function isqrt(n: bigint): Int {
  if (n < 0n) valueError('isqrt() argument must be nonnegative');
  return normBig(bigIsqrt(n));
}

function comb(n: number, k: number): Int {
  if (n < 0) valueError('n must be a non-negative integer');
  if (k < 0) valueError('k must be a non-negative integer');
  if (k > n) return 0;
  k = Math.min(k, n - k);
  let r = 1n;
  for (let i = 1; i <= k; i++) r = (r * BigInt(n - k + i)) / BigInt(i);
  return normBig(r);
}

function perm(n: number, k: number): Int {
  if (n < 0) valueError('n must be a non-negative integer');
  if (k < 0) valueError('k must be a non-negative integer');
  if (k > n) return 0;
  let r: Int = 1;
  for (let i = 0; i < k; i++) r = intMul(r, n - i);
  return r;
}

export function makeMathModule(): PyModule {
  const entries: [string, Value][] = [
    ['pi', f(Math.PI)],
    ['e', f(Math.E)],
    ['tau', f(2 * Math.PI)],
    ['inf', f(Infinity)],
    ['nan', f(NaN)],
    toIntegral('floor', Math.floor),
    toIntegral('ceil', Math.ceil),
    toIntegral('trunc', Math.trunc),
    fn1('sqrt', Math.sqrt, (x) => x >= 0),
    fn1('exp', Math.exp),
    fn1('expm1', Math.expm1),
    fn1('log2', Math.log2, (x) => x > 0),
    fn1('log10', Math.log10, (x) => x > 0),
    fn1('log1p', Math.log1p, (x) => x > -1),
    fn1('fabs', Math.abs),
    fn1('sin', Math.sin, Number.isFinite),
    fn1('cos', Math.cos, Number.isFinite),
    fn1('tan', Math.tan, Number.isFinite),
    fn1('asin', Math.asin, (x) => x >= -1 && x <= 1),
    fn1('acos', Math.acos, (x) => x >= -1 && x <= 1),
    fn1('atan', Math.atan),
    fn1('sinh', Math.sinh),
    fn1('cosh', Math.cosh),
    fn1('tanh', Math.tanh),
    fn1('asinh', Math.asinh),
    fn1('acosh', Math.acosh, (x) => x >= 1),
    fn1('atanh', Math.atanh, (x) => x > -1 && x < 1),
    fn1('degrees', (x) => x * (180 / Math.PI)),
    fn1('radians', (x) => x * (Math.PI / 180)),
    fn2('atan2', Math.atan2),
    fn2('copysign', (x, y) => (Object.is(y, -0) || y < 0 || (Number.isNaN(y) && false) ? -Math.abs(x) : Math.abs(x))),
    fn2('fmod', (x, y) => (y === 0 || !Number.isFinite(x) ? NaN : x % y)),
    fn2('remainder', (x, y) => {
      if (y === 0 || !Number.isFinite(x)) return NaN;
      if (!Number.isFinite(y)) return x;
      const n = Math.round(x / y);
      const r = x - n * y;
      // Ties go to the even multiple, as IEEE remainder does.
      return Math.abs(r) === Math.abs(y) / 2 && n % 2 !== 0 ? x - (n - Math.sign(x / y)) * y : r;
    }),
    fn2('ldexp', (x, i) => x * 2 ** i),
    fn2('nextafter', (x, y) => nextAfter(x, y)),
    [
      'pow',
      new PyBuiltin('pow', (args, kw) => {
        noKwargs('pow', kw);
        if (args.length !== 2) typeError(`pow expected 2 arguments, got ${args.length}`);
        const x = real(args[0]);
        const y = real(args[1]);
        if (x === 0 && y < 0) domain();
        if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) domain();
        let r: number;
        try {
          r = floatPow(x, y);
        } catch (e) {
          if (e instanceof E.PyException && e.cls === E.OverflowError) range();
          throw e;
        }
        return checked(r, x, y);
      }),
    ],
    [
      'log',
      new PyBuiltin('log', (args, kw) => {
        noKwargs('log', kw);
        if (args.length < 1 || args.length > 2) typeError('math.log requires 1 to 2 arguments');
        const x = log(real(args[0]));
        if (args.length === 1) return f(x);
        const b = log(real(args[1]));
        if (b === 0) raise(E.ZeroDivisionError, 'float division by zero');
        return f(x / b);
      }),
    ],
    ['fsum', new PyBuiltin('fsum', (args) => f(fsum([...iterate(args[0])].map(real))))],
    ['hypot', new PyBuiltin('hypot', (args) => f(hypot(args.map(real))))],
    [
      'dist',
      new PyBuiltin('dist', (args) => {
        const p = [...iterate(args[0])].map(real);
        const q = [...iterate(args[1])].map(real);
        if (p.length !== q.length) valueError('both points must have the same number of dimensions');
        return f(hypot(p.map((x, i) => x - q[i]!)));
      }),
    ],
    [
      'prod',
      new PyBuiltin('prod', (args, kw) => {
        let acc: Value = kw?.get('start') ?? 1;
        for (const x of iterate(args[0])) acc = binop('*', acc, x);
        return acc;
      }),
    ],
    ['gcd', new PyBuiltin('gcd', (args) => normBig(args.map(bigArg).reduce(gcd2, 0n)))],
    [
      'lcm',
      new PyBuiltin('lcm', (args) => {
        const ns = args.map(bigArg);
        if (ns.length === 0) return 1;
        let r = 1n;
        for (const n of ns) {
          if (n === 0n) return 0;
          const b = bigAbs(n);
          r = (r / gcd2(r, b)) * b;
        }
        return normBig(r);
      }),
    ],
    [
      'factorial',
      new PyBuiltin('factorial', (args) => {
        const n = intArg(args[0]);
        if (n < 0) valueError('factorial() not defined for negative values');
        let r: Int = 1;
        for (let i = 2; i <= n; i++) r = intMul(r, i);
        return r;
      }),
    ],
    ['isqrt', new PyBuiltin('isqrt', (args) => isqrt(bigArg(args[0])))],
    ['comb', new PyBuiltin('comb', (args) => comb(intArg(args[0]), intArg(args[1])))],
    ['perm', new PyBuiltin('perm', (args) => (args.length < 2 || args[1] === null ? perm(intArg(args[0]), intArg(args[0])) : perm(intArg(args[0]), intArg(args[1]))))],
    ['isnan', new PyBuiltin('isnan', (args) => Number.isNaN(real(args[0])))],
    ['isinf', new PyBuiltin('isinf', (args) => Math.abs(real(args[0])) === Infinity)],
    ['isfinite', new PyBuiltin('isfinite', (args) => Number.isFinite(real(args[0])))],
    [
      'isclose',
      new PyBuiltin('isclose', (args, kw) => {
        const a = real(args[0] ?? kw?.get('a'));
        const b = real(args[1] ?? kw?.get('b'));
        const rel = real(kw?.get('rel_tol') ?? f(1e-9));
        const abs = real(kw?.get('abs_tol') ?? f(0));
        if (rel < 0 || abs < 0) valueError('tolerances must be non-negative');
        if (a === b) return true;
        if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
        const diff = Math.abs(b - a);
        return diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs;
      }),
    ],
    [
      'modf',
      new PyBuiltin('modf', (args) => {
        const x = real(args[0]);
        if (!Number.isFinite(x)) return new PyTuple([f(Number.isNaN(x) ? x : Math.sign(x) * 0), f(x)]);
        const i = Math.trunc(x);
        return new PyTuple([f(x - i), f(i)]);
      }),
    ],
    [
      'frexp',
      new PyBuiltin('frexp', (args) => {
        const x = real(args[0]);
        if (x === 0 || !Number.isFinite(x)) return new PyTuple([f(x), 0]);
        let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
        let m = x * 2 ** -e;
        while (Math.abs(m) < 0.5) (m *= 2), e--;
        while (Math.abs(m) >= 1) (m /= 2), e++;
        return new PyTuple([f(m), e]);
      }),
    ],
    ['ulp', new PyBuiltin('ulp', (args) => {
      const x = Math.abs(real(args[0]));
      if (!Number.isFinite(x)) return f(x);
      const up = nextAfter(x, Infinity);
      return f(up === Infinity ? x - nextAfter(x, 0) : up - x);
    })],
  ];
  return new PyModule('math', new Map(entries));
}

function nextAfter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  let bits = buf.getBigInt64(0);
  bits += (y > x) === (x > 0) ? 1n : -1n;
  buf.setBigInt64(0, bits);
  return buf.getFloat64(0);
}

/**
 * The Euclidean norm, correctly rounded: the squares are summed exactly (as big integers
 * over a common power of two) and the square root rounded once. CPython's vector_norm is
 * correctly rounded in all but vanishingly rare cases, so this gives its digits.
 */
function hypot(xs: number[]): number {
  let nan = false;
  for (const x of xs) {
    if (Math.abs(x) === Infinity) return Infinity;
    if (Number.isNaN(x)) nan = true;
  }
  if (nan) return NaN;
  const parts = xs.filter((x) => x !== 0).map(Math.abs);
  if (parts.length === 0) return 0;
  if (parts.length === 1) return parts[0]!;
  // Every double is m * 2**e with an integer m < 2**53 and e >= -1074.
  const decomposed = parts.map((x) => {
    let e = Math.floor(Math.log2(x)) - 52;
    if (e < -1074) e = -1074;
    let m = x / 2 ** e;
    while (!Number.isInteger(m)) (m *= 2), e--;
    return { m: BigInt(m), e };
  });
  const emin = Math.min(...decomposed.map((d) => d.e));
  let sum = 0n;
  for (const d of decomposed) sum += (d.m * d.m) << BigInt(2 * (d.e - emin));
  // sqrt(sum) * 2**emin, with 64 extra bits and a sticky bit so that one rounding is exact.
  const shift = 128n;
  const scaled = sum << shift;
  let r = bigIsqrt(scaled);
  if (r * r !== scaled) r = r * 2n + 1n;
  else r *= 2n;
  const bits = r.toString(2).length;
  const drop = Math.max(0, bits - 60);
  // Keep 60 bits (rounding the rest into a sticky bit), then convert: Number() rounds half-even once.
  let top = r >> BigInt(drop);
  if (drop > 0 && (r & ((1n << BigInt(drop)) - 1n)) !== 0n) top |= 1n;
  // Two steps, so that a subnormal result does not underflow an intermediate power of two.
  const exp = drop + emin - 64 - 1;
  return Number(top) * 2 ** Math.ceil(exp / 2) * 2 ** Math.floor(exp / 2);
}

