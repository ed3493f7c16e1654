/**
 * `random` over sequences: choice, shuffle, sample (both of CPython's algorithms, picked by
 * the same set-size estimate, and counts=) and choices (weights, cum_weights, k). Each makes
 * the same draws in the same order as Lib/random.py, so a seeded program picks the same items.
 */
import { typeError, valueError, indexError } from '../runtime/errors.ts';
import { binop, order, pyLen } from '../runtime/ops.ts';
import { iterate, PyRange, toArray } from '../runtime/iter.ts';
import { PyFloat, PyList, PyTuple, type Value } from '../runtime/values.ts';
import { getItem, setItem } from '../compile/subscript.ts';
import { PyNative } from '../runtime/native.ts';
import { DictView } from '../runtime/dict-views.ts';
import type { MersenneTwister } from './mersenne-twister.ts';
import { indexArg, randbelow } from './random-ints.ts';

export function choice(mt: MersenneTwister, seq: Value): Value {
  const n = pyLen(seq);
  if (n === 0) return indexError('Cannot choose from an empty sequence');
  return getItem(seq, mt.below(n));
}

export function shuffle(mt: MersenneTwister, x: Value): void {
  if (x instanceof PyList) {
    const items = x.items;
    for (let i = items.length - 1; i >= 1; i--) {
      const j = mt.below(i + 1);
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    return;
  }
  for (let i = pyLen(x) - 1; i >= 1; i--) {
    const j = mt.below(i + 1);
    const a = getItem(x, j);
    const b = getItem(x, i);
    setItem(x, i, a);
    setItem(x, j, b);
  }
}

function accumulate(xs: Value): Value[] {
  const out: Value[] = [];
  for (const x of iterate(xs)) out.push(out.length === 0 ? x : binop('+', out[out.length - 1], x));
  return out;
}

/** bisect.bisect_right(a, x, lo, hi). */
function bisectRight(a: readonly Value[], x: Value, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (order('<', x, a[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** isinstance(v, collections.abc.Sequence): indexable by position with a len (not dicts, sets or their views). */
const isSequence = (v: Value): boolean =>
  v instanceof PyList ||
  v instanceof PyTuple ||
  typeof v === 'string' ||
  v instanceof PyRange ||
  (v instanceof PyNative && v.pyGetItem !== undefined && v.pyLen !== undefined && !(v instanceof DictView));

export function sample(mt: MersenneTwister, population: Value, kv: Value, counts: Value): PyList {
  if (!isSequence(population)) return typeError('Population must be a sequence.  For dicts or sets, use sorted(d).');
  const n = pyLen(population);
  if (counts !== null) {
    const cum = accumulate(counts);
    if (cum.length !== n) return valueError('The number of counts does not match the population');
    const total = cum.pop();
    if (typeof total !== 'number' && typeof total !== 'boolean') return typeError('Counts must be integers');
    if (!order('>', total, 0)) return valueError('Total of counts must be greater than zero');
    const picks = sample(mt, new PyRange(0, Number(total), 1), kv, null);
    return new PyList(picks.items.map((s) => getItem(population, bisectRight(cum, s, 0, cum.length))));
  }
  if (!(order('<=', 0, kv) && order('<=', kv, n))) return valueError('Sample larger than population or is negative');
  if (kv instanceof PyFloat) return typeError("can't multiply sequence by non-int of type 'float'");
  const k = Number(indexArg(kv));
  const result = new Array<Value>(k);
  // CPython's estimate of a set's memory against a list copy's decides which algorithm runs.
  let setsize = 21;
  if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
  if (n <= setsize) {
    const pool = toArray(population);
    for (let i = 0; i < k; i++) {
      const j = mt.below(n - i);
      result[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < k; i++) {
      let j = mt.below(n);
      while (selected.has(j)) j = mt.below(n);
      selected.add(j);
      result[i] = getItem(population, j);
    }
  }
  return new PyList(result);
}

/** `repeat(None, k)`: k must be an int; a negative k makes no draws. */
function repeatCount(kv: Value): number {
  const k = kv instanceof PyFloat ? typeError('integer argument expected, got float') : Number(indexArg(kv));
  return Math.max(0, k);
}

export function choices(mt: MersenneTwister, population: Value, weights: Value, cumWeights: Value, kv: Value): PyList {
  const n = pyLen(population);
  let cum: Value[];
  if (cumWeights === null) {
    if (weights === null) {
      const k = repeatCount(kv);
      const out: Value[] = [];
      for (let i = 0; i < k; i++) out.push(getItem(population, Math.floor(mt.random() * n)));
      return new PyList(out);
    }
    if (typeof weights === 'number') return typeError(`The number of choices must be a keyword argument: k=${weights}`);
    cum = accumulate(weights);
  } else {
    if (weights !== null) return typeError('Cannot specify both weights and cumulative weights');
    cum = toArray(cumWeights);
  }
  if (cum.length !== n) return valueError('The number of weights does not match the population');
  const total = binop('+', getItem(new PyList(cum), -1), new PyFloat(0)) as PyFloat;
  if (total.v <= 0) return valueError('Total of weights must be greater than zero');
  if (!Number.isFinite(total.v)) return valueError('Total of weights must be finite');
  const k = repeatCount(kv);
  const out: Value[] = [];
  for (let i = 0; i < k; i++) out.push(getItem(population, bisectRight(cum, new PyFloat(mt.random() * total.v), 0, n - 1)));
  return new PyList(out);
}

export { randbelow };
