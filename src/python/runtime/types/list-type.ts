/** list and tuple, their methods with CPython's argument checks and messages. */
import { backingOf } from '../builtin-backing.ts';
import * as E from '../../../engine/exceptions.ts';
import { asIndex, checkKwargs, count, noArgs, noKwargs, one, type Kwargs } from '../builtin-args.ts';
import { indexError, raise, typeError, valueError } from '../errors.ts';
import { toArray } from '../iter.ts';
import { eq, truthy } from '../ops.ts';
import { hashTuple } from '../hash.ts';
import { repr, seqRepr } from '../repr.ts';
import { pySort } from '../sort.ts';
import { PyList, PyTuple, type NativeFn, type Value } from '../values.ts';
import { BuiltinType, CONTAINER_DUNDERS } from './builtin-type.ts';

const same = (a: Value, b: Value): boolean => a === b || eq(a, b);

/** start/stop of index(): ints, negative from the end, clamped. */
function bound(v: Value | undefined, len: number, dflt: number): number {
  if (v === undefined) return dflt;
  if (typeof v !== 'number' && typeof v !== 'boolean' && typeof v !== 'bigint') typeError('slice indices must be integers or have an __index__ method');
  let n = typeof v === 'bigint' ? Number(v) : asIndex(v);
  if (n < 0) n = Math.max(0, n + len);
  return Math.min(n, len);
}

function indexOf(kind: 'list' | 'tuple', items: readonly Value[], args: Value[], kwargs: Kwargs): number {
  noKwargs(`${kind}.index`, kwargs);
  count('index', args, 1, 3);
  const x = args[0];
  const start = bound(args[1], items.length, 0);
  const stop = bound(args[2], items.length, items.length);
  for (let i = start; i < stop && i < items.length; i++) if (same(items[i], x)) return i;
  return valueError(kind === 'list' ? `${repr(x)} is not in list` : 'tuple.index(x): x not in tuple');
}

function countOf(items: readonly Value[], x: Value): number {
  let n = 0;
  for (const y of items) if (same(y, x)) n++;
  return n;
}

const listMethods: Record<string, (l: PyList, args: Value[], kwargs: Kwargs) => Value> = {
  append(l, args, kwargs) {
    l.items.push(one('list.append', args, kwargs));
    return null;
  },
  extend(l, args, kwargs) {
    const items = toArray(one('list.extend', args, kwargs));
    for (const x of items) l.items.push(x);
    return null;
  },
  insert(l, args, kwargs) {
    noKwargs('list.insert', kwargs);
    count('insert', args, 2, 2);
    let i = asIndex(args[0]);
    const n = l.items.length;
    if (i < 0) i = Math.max(0, i + n);
    l.items.splice(Math.min(i, n), 0, args[1]);
    return null;
  },
  pop(l, args, kwargs) {
    noKwargs('list.pop', kwargs);
    count('pop', args, 0, 1);
    const n = l.items.length;
    let i = args.length > 0 ? asIndex(args[0]) : -1;
    if (n === 0) indexError('pop from empty list');
    if (i < 0) i += n;
    if (i < 0 || i >= n) indexError('pop index out of range');
    return i === n - 1 ? l.items.pop() : l.items.splice(i, 1)[0];
  },
  remove(l, args, kwargs) {
    const x = one('list.remove', args, kwargs);
    for (let i = 0; i < l.items.length; i++) {
      if (same(l.items[i], x)) {
        l.items.splice(i, 1);
        return null;
      }
    }
    return valueError('list.remove(x): x not in list');
  },
  index: (l, args, kwargs) => indexOf('list', l.items, args, kwargs),
  count: (l, args, kwargs) => countOf(l.items, one('list.count', args, kwargs)),
  sort(l, args, kwargs) {
    if (args.length > 0) typeError('sort() takes no positional arguments');
    checkKwargs('sort', kwargs, ['key', 'reverse']);
    const key = kwargs?.get('key') ?? null;
    const reverse = truthy(kwargs?.get('reverse') ?? false);
    // Like CPython, the list looks empty while it is being sorted, so a key function or
    // __lt__ that changes it is caught instead of corrupting the result.
    const items = l.items;
    l.items = [];
    let sorted: Value[];
    try {
      sorted = pySort(items, key, reverse);
    } catch (e) {
      l.items = items;
      throw e;
    }
    const modified = l.items.length > 0;
    l.items = sorted;
    if (modified) raise(E.ValueError, 'list modified during sort');
    return null;
  },
  reverse(l, args, kwargs) {
    noArgs('list.reverse', args, kwargs);
    l.items.reverse();
    return null;
  },
  copy(l, args, kwargs) {
    noArgs('list.copy', args, kwargs);
    return new PyList(l.items.slice());
  },
  clear(l, args, kwargs) {
    noArgs('list.clear', args, kwargs);
    l.items.length = 0;
    return null;
  },
};

const tupleMethods: Record<string, (t: PyTuple, args: Value[], kwargs: Kwargs) => Value> = {
  index: (t, args, kwargs) => indexOf('tuple', t.items, args, kwargs),
  count: (t, args, kwargs) => countOf(t.items, one('tuple.count', args, kwargs)),
};


function sequenceOf(name: string, make: (items: Value[]) => Value): NativeFn {
  return (args, kwargs) => {
    noKwargs(name, kwargs);
    count(name, args, 0, 1);
    return make(args.length === 0 ? [] : toArray(args[0]));
  };
}

export const listType = new BuiltinType<PyList>({
  name: 'list',
  construct: sequenceOf('list', (items) => new PyList(items)),
  test: (v) => v instanceof PyList || backingOf(v) instanceof PyList,
  methods: listMethods,
  dunders: ['__add__', '__mul__', '__rmul__', ...CONTAINER_DUNDERS, '__getitem__', '__setitem__', '__delitem__'],
  repr: (l) => seqRepr('[', l.items, ']', l),
  hash: null,
});

export const tupleType = new BuiltinType<PyTuple>({
  name: 'tuple',
  construct: sequenceOf('tuple', (items) => new PyTuple(items)),
  test: (v) => v instanceof PyTuple,
  methods: tupleMethods,
  dunders: ['__add__', '__mul__', '__rmul__', ...CONTAINER_DUNDERS, '__getitem__'],
  repr: (t) => seqRepr('(', t.items, t.items.length === 1 ? ',)' : ')', t),
  hash: (t) => hashTuple(t.items),
});
