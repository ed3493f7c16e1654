/** set, its methods: add, remove, discard, pop, clear, copy, the set algebra and its comparisons. */
import * as E from '../../../engine/exceptions.ts';
import { count, noArgs, noKwargs, one, type Kwargs } from '../builtin-args.ts';
import { iterate } from '../iter.ts';
import { keyOf } from '../ops.ts';
import { setOrder } from '../set-order.ts';
import { seqRepr } from '../repr.ts';
import { PySet, type Value } from '../values.ts';
import { BuiltinType, CONTAINER_DUNDERS } from './builtin-type.ts';

function makeSet(items: Iterable<Value>): PySet {
  const s = new PySet();
  for (const x of items) {
    const k = keyOf(x);
    if (!s.map.has(k)) s.map.set(k, x);
  }
  return s;
}

function asSet(v: Value): PySet {
  return v instanceof PySet ? v : makeSet(iterate(v));
}

function copy(s: PySet): PySet {
  const r = new PySet();
  for (const [k, v] of s.map) r.map.set(k, v);
  return r;
}

function addAll(s: PySet, items: Iterable<Value>): void {
  for (const x of items) {
    const k = keyOf(x);
    if (!s.map.has(k)) s.map.set(k, x);
  }
}

function intersect(s: PySet, other: Value): PySet {
  const o = asSet(other);
  const r = new PySet();
  for (const [k, v] of s.map) if (o.map.has(k)) r.map.set(k, v);
  return r;
}

function minus(s: PySet, other: Value): PySet {
  const r = copy(s);
  for (const x of iterate(other)) r.map.delete(keyOf(x));
  return r;
}

function symmetric(s: PySet, other: Value): PySet {
  const o = asSet(other);
  const r = copy(s);
  for (const [k, v] of o.map) {
    if (s.map.has(k)) r.map.delete(k);
    else r.map.set(k, v);
  }
  return r;
}

function replaceContents(s: PySet, r: PySet): null {
  s.map.clear();
  for (const [k, v] of r.map) s.map.set(k, v);
  return null;
}

/** Methods taking any number of iterables: union(*others) and friends. */
function variadic(name: string, f: (s: PySet, others: Value[]) => Value): (s: PySet, args: Value[], kwargs: Kwargs) => Value {
  return (s, args, kwargs) => {
    noKwargs(`set.${name}`, kwargs);
    return f(s, args);
  };
}

const setMethods: Record<string, (s: PySet, args: Value[], kwargs: Kwargs) => Value> = {
  add(s, args, kwargs) {
    addAll(s, [one('set.add', args, kwargs)]);
    return null;
  },
  remove(s, args, kwargs) {
    const x = one('set.remove', args, kwargs);
    if (!s.map.delete(keyOf(x))) throw E.pyErr(E.KeyError, x);
    return null;
  },
  discard(s, args, kwargs) {
    s.map.delete(keyOf(one('set.discard', args, kwargs)));
    return null;
  },
  pop(s, args, kwargs) {
    noArgs('set.pop', args, kwargs);
    // CPython pops the first member in its iteration order.
    const order = setOrder(s);
    if (order.length === 0) throw E.pyErr(E.KeyError, 'pop from an empty set');
    s.map.delete(keyOf(order[0]));
    return order[0];
  },
  clear(s, args, kwargs) {
    noArgs('set.clear', args, kwargs);
    s.map.clear();
    return null;
  },
  copy(s, args, kwargs) {
    noArgs('set.copy', args, kwargs);
    return copy(s);
  },
  union: variadic('union', (s, others) => {
    const r = copy(s);
    for (const o of others) addAll(r, iterate(o));
    return r;
  }),
  update: variadic('update', (s, others) => {
    for (const o of others) addAll(s, iterate(o));
    return null;
  }),
  intersection: variadic('intersection', (s, others) => others.reduce<PySet>((acc, o) => intersect(acc, o), copy(s))),
  intersection_update: variadic('intersection_update', (s, others) =>
    replaceContents(s, others.reduce<PySet>((acc, o) => intersect(acc, o), copy(s))),
  ),
  difference: variadic('difference', (s, others) => others.reduce<PySet>((acc, o) => minus(acc, o), copy(s))),
  difference_update: variadic('difference_update', (s, others) =>
    replaceContents(s, others.reduce<PySet>((acc, o) => minus(acc, o), copy(s))),
  ),
  symmetric_difference: (s, args, kwargs) => symmetric(s, one('set.symmetric_difference', args, kwargs)),
  symmetric_difference_update: (s, args, kwargs) => replaceContents(s, symmetric(s, one('set.symmetric_difference_update', args, kwargs))),
  issubset(s, args, kwargs) {
    const o = asSet(one('set.issubset', args, kwargs));
    for (const k of s.map.keys()) if (!o.map.has(k)) return false;
    return true;
  },
  issuperset(s, args, kwargs) {
    for (const x of iterate(one('set.issuperset', args, kwargs))) if (!s.map.has(keyOf(x))) return false;
    return true;
  },
  isdisjoint(s, args, kwargs) {
    for (const x of iterate(one('set.isdisjoint', args, kwargs))) if (s.map.has(keyOf(x))) return false;
    return true;
  },
};


export const setType = new BuiltinType<PySet>({
  name: 'set',
  construct(args, kwargs) {
    noKwargs('set', kwargs);
    count('set', args, 0, 1);
    return makeSet(args.length === 0 ? [] : iterate(args[0]));
  },
  test: (v) => v instanceof PySet,
  methods: setMethods,
  dunders: ['__and__', '__rand__', '__or__', '__ror__', '__xor__', '__rxor__', '__sub__', '__rsub__', ...CONTAINER_DUNDERS],
  // CPython's set order follows hashes; setOrder reproduces it for ints, floats and tuples of them.
  repr: (s) => (s.map.size === 0 ? 'set()' : seqRepr('{', setOrder(s), '}', s)),
  hash: null,
});
