/**
 * The integer side of `random`: getrandbits, _randbelow, randrange (every argument form, with
 * CPython's errors and its 3.10 deprecation of integral floats) and randint.
 */
import { typeError, valueError } from '../runtime/errors.ts';
import { eq } from '../runtime/ops.ts';
import { typeName } from '../runtime/types.ts';
import { intType } from '../runtime/builtin-types.ts';
import { NO_CALL_SITE, type Value } from '../runtime/values.ts';
import type { MersenneTwister } from './mersenne-twister.ts';

/** An int result: a number while it is exact as one, else a bigint (the runtime's big ints). */
export function intResult(b: bigint): Value {
  if (b >= -BigInt(Number.MAX_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(b);
  return b;
}

/** An int value (bool included) as a number or a bigint; null when `v` is not an int. */
function exactInt(v: Value): number | bigint | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return v;
  return null;
}

/** operator.index(v), for C methods whose argument must be an int. */
export function indexArg(v: Value): number | bigint {
  const n = exactInt(v);
  if (n === null) return typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return n;
}

export function getrandbits(mt: MersenneTwister, kv: Value): Value {
  const k = indexArg(kv);
  if (k < 0) return valueError('number of bits must be non-negative');
  if (k <= 53) return mt.bitsNumber(Number(k));
  return intResult(mt.bitsBig(Number(k)));
}

/** _randbelow(n) for an int n >= 1. */
export function randbelow(mt: MersenneTwister, n: number | bigint): number | bigint {
  return typeof n === 'number' && n <= Number.MAX_SAFE_INTEGER ? mt.below(n) : mt.belowBig(BigInt(n));
}

/** How randrange reads one argument: an int, or (deprecated) a float that is one. */
export type Warn = (message: string) => void;

function rangeArg(v: Value, what: string, warn: Warn): bigint {
  const n = exactInt(v);
  if (n !== null) return BigInt(n);
  const i = intType.call([v], null, NO_CALL_SITE);
  if (!eq(i, v)) {
    warn('randrange() will raise TypeError in the future');
    return valueError(`non-integer ${what} for randrange()`);
  }
  warn('non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version');
  return BigInt(exactInt(i) ?? 0);
}

const small = (b: bigint): number | bigint => (b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b);

/** randrange(start, stop=None, step=1), as Lib/random.py computes it (one _randbelow draw). */
export function randrange(mt: MersenneTwister, start: Value, stop: Value, step: Value | undefined, warn: Warn): Value {
  const istart = rangeArg(start, 'arg 1', warn);
  if (stop === null) {
    if (step !== undefined) return typeError('Missing a non-None stop argument');
    if (istart > 0n) return intResult(BigInt(randbelow(mt, small(istart))));
    return valueError('empty range for randrange()');
  }
  const istop = rangeArg(stop, 'stop', warn);
  const width = istop - istart;
  const istep = step === undefined ? 1n : rangeArg(step, 'step', warn);
  if (istep === 1n) {
    if (width > 0n) return intResult(istart + BigInt(randbelow(mt, small(width))));
    return valueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
  }
  let n: bigint;
  if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
  else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
  else return valueError('zero step for randrange()');
  if (n <= 0n) return valueError('empty range for randrange()');
  return intResult(istart + istep * BigInt(randbelow(mt, small(n))));
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}
