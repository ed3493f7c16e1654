/**
 * Python's sort: stable, comparing only with `<` (so a user class needs just __lt__), keys
 * computed once per item before any comparison, and `reverse=True` keeping equal items in
 * their original order (CPython reverses, sorts, and reverses back).
 */
import { interp } from './hooks.ts';
import { order } from './ops.ts';
import type { Value } from './values.ts';

const lt = (a: Value, b: Value): boolean => {
  // The int and str fast paths skip the generic dispatch; the answers are the same.
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return a < b;
  return order('<', a, b);
};

/**
 * All-int or all-str keys (no astral characters, whose UTF-16 order differs from Python's
 * code-point order) sort with the engine's own stable sort: the same order, much faster.
 */
function primitiveOrder(keys: readonly Value[]): 'number' | 'string' | null {
  if (keys.length === 0) return null;
  const kind = typeof keys[0];
  if (kind !== 'number' && kind !== 'string') return null;
  for (const k of keys) {
    if (typeof k !== kind) return null;
    if (kind === 'string' && ASTRAL.test(k as string)) return null;
  }
  return kind;
}
const ASTRAL = /[\uD800-\uDFFF]/;

/** Sorts `items` (returns a new array); `key` is a Python callable or null. */
export function pySort(items: readonly Value[], key: Value, reverse: boolean): Value[] {
  const n = items.length;
  const keys = key === null || key === undefined ? items.slice() : items.map((x) => interp.call(key, [x]));
  const prim = primitiveOrder(keys);
  if (prim !== null) {
    const idx = Array.from({ length: n }, (_, i) => i);
    if (reverse) idx.reverse();
    if (prim === 'number') idx.sort((i, j) => (keys[i] as number) - (keys[j] as number));
    else idx.sort((i, j) => ((keys[i] as string) < (keys[j] as string) ? -1 : (keys[i] as string) > (keys[j] as string) ? 1 : 0));
    if (reverse) idx.reverse();
    return idx.map((i) => items[i]);
  }
  let idx = Array.from({ length: n }, (_, i) => i);
  if (reverse) idx.reverse();
  idx = mergeSort(idx, (i, j) => lt(keys[i], keys[j]));
  if (reverse) idx.reverse();
  return idx.map((i) => items[i]);
}

/** Stable merge sort that asks only "is b < a?" before taking from the right run. */
function mergeSort(a: number[], less: (x: number, y: number) => boolean): number[] {
  if (a.length <= 1) return a;
  if (a.length <= 8) {
    // Insertion sort: an item moves left only past strictly greater ones, which keeps ties in order.
    for (let i = 1; i < a.length; i++) {
      const x = a[i];
      let j = i - 1;
      while (j >= 0 && less(x, a[j])) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = x;
    }
    return a;
  }
  const mid = a.length >> 1;
  const left = mergeSort(a.slice(0, mid), less);
  const right = mergeSort(a.slice(mid), less);
  const out: number[] = new Array(a.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < left.length && j < right.length) {
    if (less(right[j], left[i])) out[k++] = right[j++];
    else out[k++] = left[i++];
  }
  while (i < left.length) out[k++] = left[i++];
  while (j < right.length) out[k++] = right[j++];
  return out;
}
