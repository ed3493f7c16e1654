/** `functools`: partial, wraps/update_wrapper, reduce, lru_cache/cache, total_ordering, cached_property. */
import { optionalAttr } from '../compile/descriptor-builtins.ts';
import { callValue, RECURSION_LIMIT, setattr } from '../compile/objects.ts';
import * as E from '../../engine/exceptions.ts';
import { typeName } from '../runtime/types.ts';
import { raise, typeError } from '../runtime/errors.ts';
import { iterate, makeIterator } from '../runtime/iter.ts';
import { getItem } from '../compile/subscript.ts';
import { eq, keyOf, truthy } from '../runtime/ops.ts';
import { NotImplemented } from '../runtime/not-implemented.ts';
import { repr } from '../runtime/repr.ts';
import { isCallable } from '../runtime/builtin-types.ts';
import { BoundMethod, PyBuiltin, PyClass, PyDict, PyInstance, PyModule, PyTuple, type NativeFn, type Value } from '../runtime/values.ts';
import { makeCachedProperty } from './functools-cached-property.ts';
import { makeTotalOrdering } from './functools-total-ordering.ts';
import { makeSingledispatch, makeSingledispatchMethod } from './functools-singledispatch.ts';
import { nativeClass, nativeMethods } from './native-class.ts';
import { currentRealm } from '../runtime/realm.ts';

const WRAPPER_ASSIGNMENTS = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];

function self(args: Value[]): PyInstance {
  return args[0] as PyInstance;
}

/** update_wrapper(wrapper, wrapped): copy the names and the dict, then point __wrapped__ back. */
export function updateWrapper(wrapper: Value, wrapped: Value): Value {
  for (const name of WRAPPER_ASSIGNMENTS) {
    const v = optionalAttr(wrapped, name, undefined);
    if (v !== undefined) setattr(wrapper, name, v);
  }
  const dict = optionalAttr(wrapped, '__dict__', null);
  if (dict instanceof PyDict) for (const { k, v } of dict.map.values()) if (typeof k === 'string') setattr(wrapper, k, v);
  setattr(wrapper, '__wrapped__', wrapped);
  return wrapper;
}

export function makeFunctoolsModule(): PyModule {
  const d = new Map<string, Value>();
  const fn = (name: string, f: NativeFn): void => void d.set(name, new PyBuiltin(name, f));

  // ---- partial ------------------------------------------------------------------------------
  const partial: PyClass = nativeClass(
    'functools',
    'partial',
    [],
    nativeMethods('functools.partial', {
      __init__: (args, kw) => {
        const p = self(args);
        if (args.length < 2) typeError("type 'partial' takes at least one argument");
        let func = args[1];
        let pargs = args.slice(2);
        let keywords = new Map<string, Value>();
        // A partial of a partial flattens, as CPython's does.
        if (func instanceof PyInstance && func.cls === partial) {
          pargs = [...(func.dict.get('args') as PyTuple).items, ...pargs];
          for (const { k, v } of (func.dict.get('keywords') as PyDict).map.values()) keywords.set(k as string, v);
          func = func.dict.get('func');
        }
        if (!isCallable(func)) typeError('the first argument must be callable');
        if (kw !== null) for (const [k, v] of kw) keywords.set(k, v);
        const kd = new PyDict();
        for (const [k, v] of keywords) kd.map.set(k, { k, v });
        p.dict.set('func', func);
        p.dict.set('args', new PyTuple(pargs));
        p.dict.set('keywords', kd);
        return null;
      },
      __call__: (args, kw, site) => {
        const p = self(args);
        const merged = new Map<string, Value>();
        for (const { k, v } of (p.dict.get('keywords') as PyDict).map.values()) merged.set(k as string, v);
        if (kw !== null) for (const [k, v] of kw) merged.set(k, v);
        return callValue(p.dict.get('func'), [...(p.dict.get('args') as PyTuple).items, ...args.slice(1)], merged.size > 0 ? merged : null, site);
      },
      __repr__: (args) => {
        const p = self(args);
        const parts = [repr(p.dict.get('func')), ...(p.dict.get('args') as PyTuple).items.map(repr)];
        for (const { k, v } of (p.dict.get('keywords') as PyDict).map.values()) parts.push(`${k as string}=${repr(v)}`);
        return `functools.partial(${parts.join(', ')})`;
      },
    }),
  );
  d.set('partial', partial);
  // partialmethod: a descriptor that binds the instance in front of the stored arguments.
  d.set(
    'partialmethod',
    nativeClass(
      'functools',
      'partialmethod',
      [],
      nativeMethods('functools.partialmethod', {
        __init__: (args, kw) => {
          const p = self(args);
          if (args.length < 2) typeError("descriptor '__init__' of partialmethod object needs an argument");
          p.dict.set('func', args[1]);
          p.dict.set('args', new PyTuple(args.slice(2)));
          const kd = new PyDict();
          if (kw !== null) for (const [k, v] of kw) kd.map.set(k, { k, v });
          p.dict.set('keywords', kd);
          return null;
        },
        __get__: (args) => {
          const [p, obj] = args as [PyInstance, Value];
          const kw = new Map<string, Value>();
          for (const { k, v } of (p.dict.get('keywords') as PyDict).map.values()) kw.set(k as string, v);
          const stored = (p.dict.get('args') as PyTuple).items;
          const func = p.dict.get('func');
          if (obj === null) return callValue(partial, [func, ...stored], kw.size > 0 ? kw : null);
          return callValue(partial, [func, obj, ...stored], kw.size > 0 ? kw : null);
        },
      }),
    ),
  );

  // ---- wraps / update_wrapper ---------------------------------------------------------------
  fn('update_wrapper', (args, kw) => {
    const wrapper = args[0] ?? kw?.get('wrapper');
    const wrapped = args[1] ?? kw?.get('wrapped');
    if (wrapper === undefined || wrapped === undefined) typeError("update_wrapper() missing 1 required positional argument: 'wrapped'");
    return updateWrapper(wrapper, wrapped);
  });
  fn('wraps', (args, kw) => {
    const wrapped = args[0] ?? kw?.get('wrapped');
    if (wrapped === undefined) typeError("wraps() missing 1 required positional argument: 'wrapped'");
    return new PyBuiltin('update_wrapper', (a) => {
      if (a.length !== 1) typeError(`update_wrapper() takes 1 positional argument but ${a.length} were given`);
      return updateWrapper(a[0], wrapped);
    });
  });
  d.set('WRAPPER_ASSIGNMENTS', new PyTuple(WRAPPER_ASSIGNMENTS));
  d.set('WRAPPER_UPDATES', new PyTuple(['__dict__']));

  // ---- reduce -------------------------------------------------------------------------------
  fn('reduce', (args, kw) => {
    if (kw !== null && kw.size > 0) typeError('reduce() takes no keyword arguments');
    if (args.length < 2) typeError(`reduce expected at least 2 arguments, got ${args.length}`);
    if (args.length > 3) typeError(`reduce expected at most 3 arguments, got ${args.length}`);
    const f = args[0];
    let acc: Value = args.length === 3 ? args[2] : undefined;
    for (const x of iterate(args[1])) acc = acc === undefined ? x : callValue(f, [acc, x], null);
    if (acc === undefined) typeError('reduce() of empty iterable with no initial value');
    return acc;
  });

  // ---- lru_cache / cache --------------------------------------------------------------------
  const cacheInfo = nativeClass(
    'functools',
    'CacheInfo',
    [],
    nativeMethods('functools.CacheInfo', {
      __repr__: (args) => {
        const i = self(args);
        return `CacheInfo(${['hits', 'misses', 'maxsize', 'currsize'].map((k) => `${k}=${repr(i.dict.get(k))}`).join(', ')})`;
      },
      // A namedtuple in CPython: it unpacks, indexes and has a length.
      __iter__: (args) => makeIterator('tuple_iterator', infoTuple(self(args)).items),
      __getitem__: (args) => getItem(infoTuple(self(args)), args[1]),
      __len__: () => 4,
      __eq__: (args) => {
        const [a, b] = args as [PyInstance, Value];
        if (b instanceof PyTuple) return eq(infoTuple(a), b);
        if (!(b instanceof PyInstance) || b.cls !== a.cls) return NotImplemented;
        return ['hits', 'misses', 'maxsize', 'currsize'].every((k) => eq(a.dict.get(k), b.dict.get(k)));
      },
    }),
  );
  const infoTuple = (i: PyInstance): PyTuple => new PyTuple(['hits', 'misses', 'maxsize', 'currsize'].map((k) => i.dict.get(k)));
  const KW_MARK = {};
  const lruWrapper: PyClass = nativeClass(
    'functools',
    '_lru_cache_wrapper',
    [],
    nativeMethods('functools._lru_cache_wrapper', {
      __call__: (args, kw, site) => {
        const w = self(args);
        const state = states.get(w)!;
        const callArgs = args.slice(1);
        const parts: Value[] = [...callArgs];
        if (kw !== null && kw.size > 0) {
          parts.push(KW_MARK);
          for (const [k, v] of kw) parts.push(k, v);
        }
        // typed=True: 1 and 1.0 are cached apart.
        if (state.typed) for (const a of callArgs) parts.push(typeName(a));
        const key = keyOf(parts.length === 1 && typeof parts[0] !== 'object' ? parts[0] : new PyTuple(parts));
        if (state.maxsize !== 0 && state.cache.has(key)) {
          state.hits++;
          const v = state.cache.get(key);
          // Least recently used first: a hit moves its entry to the end.
          state.cache.delete(key);
          state.cache.set(key, v);
          return v;
        }
        state.misses++;
        // The wrapper is C code in CPython: its call counts toward the recursion limit too.
        if (currentRealm.callDepth >= RECURSION_LIMIT) raise(E.RecursionError, 'maximum recursion depth exceeded while calling a Python object');
        currentRealm.callDepth++;
        let v: Value;
        try {
          v = callValue(w.dict.get('__wrapped__'), callArgs, kw, site);
        } finally {
          currentRealm.callDepth--;
        }
        if (state.maxsize === 0) return v;
        state.cache.set(key, v);
        if (state.maxsize !== null && state.cache.size > state.maxsize) state.cache.delete(state.cache.keys().next().value);
        return v;
      },
      __get__: (args) => {
        const [w, obj] = args;
        return obj === null ? w : new BoundMethod(obj, w);
      },
      cache_info: (args) => {
        const state = states.get(self(args))!;
        const i = new PyInstance(cacheInfo);
        i.dict.set('hits', state.hits);
        i.dict.set('misses', state.misses);
        i.dict.set('maxsize', state.maxsize);
        i.dict.set('currsize', state.cache.size);
        return i;
      },
      cache_clear: (args) => {
        const state = states.get(self(args))!;
        state.cache.clear();
        state.hits = state.misses = 0;
        return null;
      },
      cache_parameters: (args) => {
        const state = states.get(self(args))!;
        const p = new PyDict();
        p.map.set('maxsize', { k: 'maxsize', v: state.maxsize });
        p.map.set('typed', { k: 'typed', v: state.typed });
        return p;
      },
    }),
  );
  interface CacheState {
    readonly cache: Map<unknown, Value>;
    readonly maxsize: number | null;
    readonly typed: boolean;
    hits: number;
    misses: number;
  }
  const states = new WeakMap<PyInstance, CacheState>();
  const wrap = (f: Value, maxsize: number | null, typed: boolean): PyInstance => {
    if (!isCallable(f)) typeError('the first argument must be callable');
    const w = new PyInstance(lruWrapper);
    states.set(w, { cache: new Map(), maxsize, typed, hits: 0, misses: 0 });
    updateWrapper(w, f);
    return w;
  };
  fn('lru_cache', (args, kw) => {
    let maxsize: Value = args.length > 0 ? args[0] : kw?.has('maxsize') === true ? kw.get('maxsize') : 128;
    const typed = truthy(args.length > 1 ? args[1] : (kw?.get('typed') ?? false));
    // @lru_cache without parentheses: the function itself comes as maxsize.
    if (isCallable(maxsize) && args.length === 1) return wrap(maxsize, 128, typed);
    if (typeof maxsize === 'number' && maxsize < 0) maxsize = 0;
    else if (typeof maxsize === 'boolean') maxsize = maxsize ? 1 : 0;
    else if (maxsize !== null && typeof maxsize !== 'number') typeError('Expected first argument to be an integer, a callable, or None');
    const size = maxsize as number | null;
    return new PyBuiltin('decorating_function', (a) => wrap(a[0], size, typed));
  });
  fn('cache', (args) => {
    if (args.length !== 1) typeError(`cache() takes 1 positional argument but ${args.length} were given`);
    return wrap(args[0], null, false);
  });

  d.set('total_ordering', makeTotalOrdering());
  const singledispatch = makeSingledispatch(updateWrapper);
  d.set('singledispatch', singledispatch);
  d.set('singledispatchmethod', makeSingledispatchMethod(singledispatch, updateWrapper));
  d.set('cached_property', makeCachedProperty());
  fn('cmp_to_key', (args) => {
    const cmp = args[0];
    const keyClass: PyClass = nativeClass(
      'functools',
      'KeyWrapper',
      [],
      nativeMethods('functools.KeyWrapper', {
        __init__: (a) => {
          self(a).dict.set('obj', a[1]);
          return null;
        },
        __lt__: (a) => (callValue(cmp, [self(a).dict.get('obj'), (a[1] as PyInstance).dict.get('obj')], null) as number) < 0,
        __gt__: (a) => (callValue(cmp, [self(a).dict.get('obj'), (a[1] as PyInstance).dict.get('obj')], null) as number) > 0,
        __eq__: (a) => (callValue(cmp, [self(a).dict.get('obj'), (a[1] as PyInstance).dict.get('obj')], null) as number) === 0,
      }),
    );
    return keyClass;
  });
  return new PyModule('functools', d);
}
