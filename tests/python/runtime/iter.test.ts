import { describe, expect, it } from 'vitest';
import { iterate, PyRange, toIterator, nextOf, makeIterator } from '../../../src/python/runtime/iter.ts';
import { repr } from '../../../src/python/runtime/repr.ts';
import { typeName } from '../../../src/python/runtime/types.ts';
import { dictSet } from '../../../src/python/runtime/ops.ts';
import { call, dict, fn, drain, err, f, list, r, set, tup } from './helpers.ts';
import { type Value } from '../../../src/python/runtime/values.ts';

describe('range', () => {
  it('has CPython repr, len, items and index', () => {
    expect(r(call('range', [5]))).toBe('range(0, 5)');
    expect(r(call('range', [1, 5, 2]))).toBe('range(1, 5, 2)');
    const down = call('range', [10, 0, -3]) as PyRange;
    expect(r(down)).toBe('range(10, 0, -3)');
    expect(drain(down)).toBe('[10, 7, 4, 1]');
    expect(down.pyLen()).toBe(4);
    expect(call('len', [down])).toBe(4);
    expect((call('range', [10]) as PyRange).pyGetItem(-1)).toBe(9);
    expect(err(() => (call('range', [10]) as PyRange).pyGetItem(10))).toBe('IndexError: range object index out of range');
    expect(drain(call('range', [3, 3]))).toBe('[]');
    expect(drain(call('range', [0, -3, -1]))).toBe('[0, -1, -2]');
  });
  it('contains by arithmetic, floats included', () => {
    const rg = call('range', [0, 10, 3]) as PyRange;
    expect(rg.pyContains(9)).toBe(true);
    expect(rg.pyContains(8)).toBe(false);
    expect(rg.pyContains(f(3))).toBe(true);
    expect(rg.pyContains('3')).toBe(false);
  });
  it('slices like CPython: range(0, 10, 3)[1:3] is range(3, 9, 3)', () => {
    expect(r((call('range', [0, 10, 3]) as PyRange).slice(1, 3, 1))).toBe('range(3, 9, 3)');
    // range(10)[::-1]: slice.indices(10) is (9, -1, -1)
    expect(r((call('range', [10]) as PyRange).slice(9, -1, -1))).toBe('range(9, -1, -1)');
    // range(10)[2:8:2]
    expect(r((call('range', [10]) as PyRange).slice(2, 8, 2))).toBe('range(2, 8, 2)');
    // range(5, 0, -1)[1:3]: slice.indices(5) is (1, 3, 1)
    expect(drain((call('range', [5, 0, -1]) as PyRange).slice(1, 3, 1))).toBe('[4, 3]');
  });
  it('rejects bad arguments with CPython messages', () => {
    expect(err(() => call('range'))).toBe('TypeError: range expected at least 1 argument, got 0');
    expect(err(() => call('range', [1, 2, 3, 4]))).toBe('TypeError: range expected at most 3 arguments, got 4');
    expect(err(() => call('range', [1, 2, 0]))).toBe('ValueError: range() arg 3 must not be zero');
    expect(err(() => call('range', [f(1.5)]))).toBe("TypeError: 'float' object cannot be interpreted as an integer");
    expect(err(() => call('range', [], { x: 1 }))).toBe('TypeError: range() takes no keyword arguments');
  });
});

describe('iterate', () => {
  it('walks lists live, by index', () => {
    const l = list(1, 2);
    const seen: Value[] = [];
    for (const x of iterate(l)) {
      seen.push(x);
      if (x === 1) l.items.push(3);
    }
    expect(seen).toEqual([1, 2, 3]);
  });
  it('walks strings by code point and dicts by key', () => {
    expect([...iterate('a😀b')]).toEqual(['a', '😀', 'b']);
    expect(drain(dict(['a', 1], ['b', 2]))).toBe("['a', 'b']");
    expect(drain(set(3, 1))).toBe('[1, 3]'); // CPython's order, not insertion order
    expect(drain(set('b', 'a'))).toBe("['b', 'a']");
    expect(drain(tup(1, 'x'))).toBe("[1, 'x']");
  });
  it('raises when a dict changes size during iteration', () => {
    const d = dict(['a', 1], ['b', 2]);
    expect(
      err(() => {
        for (const k of iterate(d)) dictSet(d, String(k) + 'x', 0);
      }),
    ).toBe('RuntimeError: dictionary changed size during iteration');
    const one = dict(['a', 1]);
    expect(
      err(() => {
        for (const _ of iterate(one)) one.map.clear();
      }),
    ).toBe('RuntimeError: dictionary changed size during iteration');
    const s = set(1, 2);
    expect(
      err(() => {
        for (const x of iterate(s)) s.map.set(10 + (x as number), 10 + (x as number));
      }),
    ).toBe('RuntimeError: Set changed size during iteration');
  });
  it("says 'int' object is not iterable", () => {
    expect(err(() => iterate(5))).toBe("TypeError: 'int' object is not iterable");
    expect(err(() => iterate(null))).toBe("TypeError: 'NoneType' object is not iterable");
  });
});

describe('iterator objects', () => {
  it('are named as CPython names them', () => {
    const names = [list(), tup(), 'ab', 'é', dict(), set(), call('range', [2])].map((v) => typeName(toIterator(v)));
    expect(names).toEqual(['list_iterator', 'tuple_iterator', 'str_ascii_iterator', 'str_iterator', 'dict_keyiterator', 'set_iterator', 'range_iterator']);
    expect(repr(toIterator(list()))).toMatch(/^<list_iterator object at 0x[0-9a-f]+>$/);
  });
  it('keep their position across a break and stay exhausted', () => {
    const it = toIterator(list(1, 2, 3));
    for (const x of iterate(it)) if (x === 1) break;
    expect(drain(it)).toBe('[2, 3]');
    expect(drain(it)).toBe('[]');
  });
  it('next() returns the default or raises StopIteration', () => {
    const it = makeIterator('list_iterator', [7]);
    expect(nextOf(it)).toBe(7);
    expect(nextOf(it, 'd')).toBe('d');
    expect(err(() => nextOf(it))).toBe('StopIteration');
    expect(err(() => call('next', [list()]))).toBe("TypeError: 'list' object is not an iterator");
    expect(err(() => call('next'))).toBe('TypeError: next expected at least 1 argument, got 0');
    expect(call('next', [call('iter', [list()]), 7])).toBe(7);
  });
  it('reversed() handles lists, tuples, strings, ranges and dicts', () => {
    expect(drain(call('reversed', [list(1, 2, 3)]))).toBe('[3, 2, 1]');
    expect(drain(call('reversed', ['ab']))).toBe("['b', 'a']");
    expect(drain(call('reversed', [call('range', [3])]))).toBe('[2, 1, 0]');
    expect(drain(call('reversed', [dict(['a', 1], ['b', 2])]))).toBe("['b', 'a']");
    expect(typeName(call('reversed', [list()]))).toBe('list_reverseiterator');
    expect(typeName(call('reversed', [tup(1)]))).toBe('reversed');
    expect(err(() => call('reversed', [5]))).toBe("TypeError: 'int' object is not reversible");
    expect(err(() => call('reversed', [set(1)]))).toBe("TypeError: 'set' object is not reversible");
  });
  it('iter(callable, sentinel) calls until the sentinel', () => {
    const src = list(1, 2, 0, 5);
    const pop = fn('pop', () => src.items.shift());
    expect(drain(call('iter', [pop, 0]))).toBe('[1, 2]');
    expect(err(() => call('iter', [1, 2]))).toBe('TypeError: iter(v, w): v must be callable');
  });
});
