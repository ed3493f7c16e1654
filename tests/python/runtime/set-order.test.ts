import { describe, expect, it } from 'vitest';
import { setFromConstants, setOrder } from '../../../src/python/runtime/set-order.ts';
import { keyOf } from '../../../src/python/runtime/ops.ts';
import { repr } from '../../../src/python/runtime/repr.ts';
import { PyFloat, PySet, PyTuple, type Value } from '../../../src/python/runtime/values.ts';
import cases from './fixtures/set-order.json';
import literals from './fixtures/set-literals.json';

// Each case: values added one by one to an empty set in CPython 3.11, and repr() of the result.
type Enc = number | { b: boolean } | { f: number } | { t: Enc[] };
function decode(e: Enc): Value {
  if (typeof e === 'number') return e;
  if ('b' in e) return e.b;
  if ('f' in e) return new PyFloat(e.f);
  return new PyTuple(e.t.map(decode));
}

function build(values: Value[]): PySet {
  const s = new PySet();
  for (const v of values) if (!s.map.has(keyOf(v))) s.map.set(keyOf(v), v);
  return s;
}

const show = (s: PySet): string => '{' + setOrder(s).map((v) => repr(v)).join(', ') + '}';

describe('setOrder', () => {
  it.each((cases as { insert: Enc[]; order: string }[]).map((c, i) => [i, c.insert.length, c] as const))(
    'case %i (%i insertions) prints as CPython does',
    (_i, _n, c) => {
      expect(show(build(c.insert.map(decode)))).toBe(c.order);
    },
  );
  // Each literal case: the items of a constant set display `{a, b, ...}` and CPython's repr of it.
  it.each((literals as { items: Enc[]; repr: string }[]).map((c, i) => [i, c.items.length, c] as const))(
    'set display %i (%i items) prints as CPython does',
    (_i, _n, c) => {
      expect(show(setFromConstants(c.items.map(decode)))).toBe(c.repr);
    },
  );
  it('forgets a constant layout once the set changes', () => {
    const s = setFromConstants([100, 5, 37, 64]);
    expect(show(s)).toBe('{64, 5, 100, 37}');
    s.map.delete(keyOf(5));
    expect(show(s)).toBe('{64, 100, 37}');
  });
  it('keeps insertion order when members have per-process hashes', () => {
    expect(show(build(['b', 'a', 3]))).toBe("{'b', 'a', 3}");
    expect(show(build([null, 2, 1]))).toBe('{None, 2, 1}');
  });
  it('orders small int sets built by add() as CPython does', () => {
    expect(show(build([3, 1, 2]))).toBe('{1, 2, 3}');
    expect(show(build([9, 1]))).toBe('{9, 1}');
    expect(show(build([100, 5, 37, 64]))).toBe('{64, 37, 100, 5}');
    expect(show(build([true, 2, 0]))).toBe('{0, True, 2}');
  });
});
