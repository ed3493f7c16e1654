/**
 * dict methods (get, items, keys, values, pop, setdefault, update, copy, clear, popitem,
 * fromkeys), and `dictUpdate`, which dict(...) shares.
 */
import { backingOf } from '../builtin-backing.ts';
import * as E from '../../../engine/exceptions.ts';
import { count, noArgs, one, type Kwargs } from '../builtin-args.ts';
import { dictView } from '../dict-views.ts';
import { typeError, valueError } from '../errors.ts';
import { interp } from '../hooks.ts';
import { iterate } from '../iter.ts';
import { dictSet, findMethod, keyOf } from '../ops.ts';
import { isMappingLike } from '../subclass-hooks.ts';
import { containerRepr, repr } from '../repr.ts';
import { PyBuiltin, PyDict, PyInstance, PyList, PyTuple, type Value } from '../values.ts';
import { BuiltinType, CONTAINER_DUNDERS } from './builtin-type.ts';

/**
 * d.update(arg, **kwargs) semantics: a dict (or an object with keys()) is read as a
 * mapping, anything else as an iterable of key/value pairs.
 */
export function dictUpdate(d: PyDict, arg: Value | undefined, kwargs: Kwargs): void {
  if (isMappingLike(arg)) arg = arg.pyMappingDict();
  if (arg instanceof PyDict) {
    // Snapshot first: d.update(d) must not see its own writes.
    for (const e of [...arg.map.values()]) dictSet(d, e.k, e.v);
  } else if (arg instanceof PyInstance && findMethod(arg, 'keys') !== undefined && findMethod(arg, '__getitem__') !== undefined) {
    const getitem = findMethod(arg, '__getitem__');
    for (const k of iterate(interp.call(findMethod(arg, 'keys'), [arg]))) dictSet(d, k, interp.call(getitem, [arg, k]));
  } else if (arg !== undefined) {
    let i = 0;
    for (const item of iterate(arg)) {
      let pair: Value[];
      try {
        pair = item instanceof PyTuple || item instanceof PyList ? item.items.slice() : [...iterate(item)];
      } catch (e) {
        if (e instanceof E.PyException && E.isSubclass(e.cls, E.TypeError)) {
          typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
        }
        throw e;
      }
      if (pair.length !== 2) valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
      dictSet(d, pair[0], pair[1]);
      i++;
    }
  }
  if (kwargs !== null) for (const [k, v] of kwargs) dictSet(d, k, v);
}

export function copyDict(d: PyDict): PyDict {
  const r = new PyDict();
  for (const [k, e] of d.map) r.map.set(k, { k: e.k, v: e.v });
  return r;
}

function noKw(name: string, kwargs: Kwargs): void {
  if (kwargs !== null && kwargs.size > 0) typeError(`dict.${name}() takes no keyword arguments`);
}

const dictMethods: Record<string, (d: PyDict, args: Value[], kwargs: Kwargs) => Value> = {
  get(d, args, kwargs) {
    noKw('get', kwargs);
    count('get', args, 1, 2);
    const e = d.map.get(keyOf(args[0]));
    return e !== undefined ? e.v : args.length > 1 ? args[1] : null;
  },
  keys(d, args, kwargs) {
    noArgs('dict.keys', args, kwargs);
    return dictView(d, 'keys');
  },
  values(d, args, kwargs) {
    noArgs('dict.values', args, kwargs);
    return dictView(d, 'values');
  },
  items(d, args, kwargs) {
    noArgs('dict.items', args, kwargs);
    return dictView(d, 'items');
  },
  pop(d, args, kwargs) {
    noKw('pop', kwargs);
    count('pop', args, 1, 2);
    const k = keyOf(args[0]);
    const e = d.map.get(k);
    if (e === undefined) {
      if (args.length > 1) return args[1];
      throw E.pyErr(E.KeyError, args[0]);
    }
    d.map.delete(k);
    return e.v;
  },
  popitem(d, args, kwargs) {
    noArgs('dict.popitem', args, kwargs);
    let last: [unknown, { k: Value; v: Value }] | undefined;
    for (const entry of d.map) last = entry;
    if (last === undefined) throw E.pyErr(E.KeyError, 'popitem(): dictionary is empty');
    d.map.delete(last[0]);
    return new PyTuple([last[1].k, last[1].v]);
  },
  setdefault(d, args, kwargs) {
    noKw('setdefault', kwargs);
    count('setdefault', args, 1, 2);
    const k = keyOf(args[0]);
    const e = d.map.get(k);
    if (e !== undefined) return e.v;
    const v = args.length > 1 ? args[1] : null;
    d.map.set(k, { k: args[0], v });
    return v;
  },
  update(d, args, kwargs) {
    count('update', args, 0, 1);
    dictUpdate(d, args[0], kwargs);
    return null;
  },
  copy(d, args, kwargs) {
    noArgs('dict.copy', args, kwargs);
    return copyDict(d);
  },
  clear(d, args, kwargs) {
    noArgs('dict.clear', args, kwargs);
    d.map.clear();
    return null;
  },
  fromkeys(_d, args, kwargs) {
    return fromkeys(args, kwargs);
  },
  __contains__(d, args, kwargs) {
    return d.map.has(keyOf(one('dict.__contains__', args, kwargs)));
  },
};

/** dict.fromkeys(iterable, value=None), also reachable as a method of any dict. */
export function fromkeys(args: Value[], kwargs: Kwargs): PyDict {
  noKw('fromkeys', kwargs);
  count('fromkeys', args, 1, 2);
  const r = new PyDict();
  const v = args.length > 1 ? args[1] : null;
  for (const k of iterate(args[0])) dictSet(r, k, v);
  return r;
}


export const dictType = new BuiltinType<PyDict>({
  name: 'dict',
  construct(args, kwargs) {
    count('dict', args, 0, 1);
    const d = new PyDict();
    dictUpdate(d, args[0], kwargs);
    return d;
  },
  test: (v) => v instanceof PyDict || backingOf(v) instanceof PyDict,
  methods: dictMethods,
  dunders: ['__or__', '__ror__', ...CONTAINER_DUNDERS, '__getitem__', '__setitem__', '__delitem__'],
  attrs: { fromkeys: new PyBuiltin('fromkeys', (args, kwargs) => fromkeys(args, kwargs)) },
  repr(d) {
    if (d.map.size === 0) return '{}';
    return containerRepr(d, '{...}', () => {
      const parts: string[] = [];
      for (const { k, v } of d.map.values()) parts.push(`${repr(k)}: ${repr(v)}`);
      return `{${parts.join(', ')}}`;
    });
  },
  hash: null,
});
