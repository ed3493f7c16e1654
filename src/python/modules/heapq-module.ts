/**
 * `heapq` and `bisect`: the list algorithms, comparing only with `<` as CPython's do, so ties
 * and user classes with __lt__ come out in CPython's order.
 */
import * as E from '../../engine/exceptions.ts';
import { asIndex } from '../runtime/builtin-args.ts';
import { raise, typeError, valueError } from '../runtime/errors.ts';
import { interp } from '../runtime/hooks.ts';
import { iterate, makeIterator } from '../runtime/iter.ts';
import { order, pyLen } from '../runtime/ops.ts';
import { typeName } from '../runtime/types.ts';
import { getItem } from '../compile/subscript.ts';
import { pySort } from '../runtime/sort.ts';
import { PyBuiltin, PyList, PyModule, type Value } from '../runtime/values.ts';
import { getattr as getattrOf } from '../compile/objects.ts';

const lt = (a: Value, b: Value): boolean => (typeof a === 'number' && typeof b === 'number' ? a < b : order('<', a, b));

/** The heap argument: `heapify() argument must be list, not int`, or `argument 1` for two-argument functions. */
function heapList(v: Value, fn: string, ofTwo: boolean): Value[] {
  if (!(v instanceof PyList)) typeError(`${fn}() argument ${ofTwo ? '1 ' : ''}must be list, not ${typeName(v)}`);
  return (v as PyList).items;
}

/** Move the item at `pos` up towards `start` until its parent is not larger. */
function siftDown(h: Value[], start: number, pos: number): void {
  const item = h[pos];
  while (pos > start) {
    const parentPos = (pos - 1) >> 1;
    const parent = h[parentPos];
    if (!lt(item, parent)) break;
    h[pos] = parent;
    pos = parentPos;
  }
  h[pos] = item;
}

/** Bubble the smaller child up from `pos` to a leaf, then sift the item into place (CPython's _siftup). */
function siftUp(h: Value[], pos: number): void {
  const end = h.length;
  const start = pos;
  const item = h[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !lt(h[child], h[right])) child = right;
    h[pos] = h[child];
    pos = child;
    child = 2 * pos + 1;
  }
  h[pos] = item;
  siftDown(h, start, pos);
}

function heappop(h: Value[]): Value {
  if (h.length === 0) raise(E.IndexError, 'index out of range');
  const last = h.pop();
  if (h.length === 0) return last;
  const top = h[0];
  h[0] = last;
  siftUp(h, 0);
  return top;
}

function need(fn: string, args: Value[], n: number): void {
  if (args.length !== n) typeError(`${fn} expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

/** nsmallest/nlargest: documented as sorted(iterable, key=key[, reverse=True])[:n], which is stable. */
function nBest(fn: string, reverse: boolean): PyBuiltin {
  return new PyBuiltin(fn, (args, kw) => {
    if (args.length !== 2) typeError(`${fn}() missing required argument`);
    const n = asIndex(args[0]);
    const items = [...iterate(args[1])];
    if (n <= 0) return new PyList([]);
    return new PyList(pySort(items, kw?.get('key') ?? null, reverse).slice(0, n));
  });
}

export function makeHeapqModule(): PyModule {
  return new PyModule(
    'heapq',
    new Map<string, Value>([
      [
        'heappush',
        new PyBuiltin('heappush', (a) => {
          need('heappush', a, 2);
          const h = heapList(a[0], 'heappush', true);
          h.push(a[1]);
          siftDown(h, 0, h.length - 1);
          return null;
        }),
      ],
      ['heappop', new PyBuiltin('heappop', (a) => (need('heappop', a, 1), heappop(heapList(a[0], 'heappop', false))))],
      [
        'heapify',
        new PyBuiltin('heapify', (a) => {
          need('heapify', a, 1);
          const h = heapList(a[0], 'heapify', false);
          for (let i = (h.length >> 1) - 1; i >= 0; i--) siftUp(h, i);
          return null;
        }),
      ],
      [
        'heapreplace',
        new PyBuiltin('heapreplace', (a) => {
          need('heapreplace', a, 2);
          const h = heapList(a[0], 'heapreplace', true);
          if (h.length === 0) raise(E.IndexError, 'index out of range');
          const top = h[0];
          h[0] = a[1];
          siftUp(h, 0);
          return top;
        }),
      ],
      [
        'heappushpop',
        new PyBuiltin('heappushpop', (a) => {
          need('heappushpop', a, 2);
          const h = heapList(a[0], 'heappushpop', true);
          let item = a[1];
          if (h.length > 0 && lt(h[0], item)) {
            [item, h[0]] = [h[0], item];
            siftUp(h, 0);
          }
          return item;
        }),
      ],
      ['nlargest', nBest('nlargest', true)],
      ['nsmallest', nBest('nsmallest', false)],
      [
        'merge',
        new PyBuiltin('merge', (args, kw) => {
          const all = args.flatMap((x) => [...iterate(x)]);
          return makeIterator('generator', pySort(all, kw?.get('key') ?? null, kw?.get('reverse') === true));
        }),
      ],
    ]),
  );
}

// ---- bisect ----------------------------------------------------------------------------------

function bisectFn(name: string, right: boolean, insert: boolean): PyBuiltin {
  return new PyBuiltin(name, (args, kw) => {
    const a = args[0] ?? kw?.get('a');
    const x = args[1] ?? kw?.get('x');
    if (a === undefined || x === undefined) typeError(`${name}() missing required argument '${a === undefined ? 'a' : 'x'}' (pos ${a === undefined ? 1 : 2})`);
    const key = kw?.get('key') ?? null;
    // Any sequence: len(a) and a[mid], as CPython's bisect uses them.
    const at = (i: number): Value => (a instanceof PyList ? a.items[i] : getItem(a, i));
    let lo = asIndex(args[2] ?? kw?.get('lo') ?? 0);
    if (lo < 0) valueError('lo must be non-negative');
    const hiV = args[3] ?? kw?.get('hi') ?? null;
    let hi = hiV === null ? pyLen(a) : asIndex(hiV);
    const target = insert && key !== null ? interp.call(key, [x]) : x;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const k = key === null ? at(mid) : interp.call(key, [at(mid)]);
      if (right ? lt(target, k) : lt(k, target)) (right ? (hi = mid) : (lo = mid + 1));
      else right ? (lo = mid + 1) : (hi = mid);
    }
    if (!insert) return lo;
    if (!(a instanceof PyList)) return interp.call(getattrOf(a, 'insert'), [lo, x]);
    a.items.splice(lo, 0, x);
    return null;
  });
}

export function makeBisectModule(): PyModule {
  return new PyModule(
    'bisect',
    new Map<string, Value>([
      ['bisect_left', bisectFn('bisect_left', false, false)],
      ['bisect_right', bisectFn('bisect_right', true, false)],
      ['bisect', bisectFn('bisect_right', true, false)],
      ['insort_left', bisectFn('insort_left', false, true)],
      ['insort_right', bisectFn('insort_right', true, true)],
      ['insort', bisectFn('insort_right', true, true)],
    ]),
  );
}
