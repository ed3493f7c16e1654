/**
 * collections.UserDict and UserList: classes written to be subclassed. As in CPython they keep
 * their items in `self.data`, and their methods go through the instance's own __getitem__ /
 * __setitem__ (so a subclass's overrides take effect in update(), get(), ...).
 */
import * as E from '../../../engine/exceptions.ts';
import { typeError } from '../../runtime/errors.ts';
import { interp } from '../../runtime/hooks.ts';
import { contains, eq, findMethod, pyLen } from '../../runtime/ops.ts';
import { repr } from '../../runtime/repr.ts';
import { MethodBuiltin } from '../../runtime/native.ts';
import { makeIterator } from '../../runtime/iter.ts';
import { dictView } from '../../runtime/dict-views.ts';
import { PyClass, PyDict, PyInstance, PyList, type NativeFn, type Value } from '../../runtime/values.ts';
import { makeClass } from '../../compile/class.ts';
import { delItem, getItem, setItem } from '../../compile/subscript.ts';
import { callValue, getattr as getattrOf } from '../../compile/objects.ts';

const selfOf = (a: Value[], cls: string): PyInstance => {
  if (!(a[0] instanceof PyInstance)) typeError(`descriptor needs a '${cls}' object`);
  return a[0] as PyInstance;
};

function data<T>(self: PyInstance, kind: new (...args: never[]) => T): T {
  const d = self.dict.get('data');
  if (!(d instanceof kind)) typeError("Taskline's collections user classes keep their items in self.data");
  return d as T;
}

function libClass(name: string, methods: [string, NativeFn][]): PyClass {
  const ns = new Map<string, Value>([['__module__', 'collections']]);
  for (const [n, f] of methods) ns.set(n, new MethodBuiltin(n, f));
  const cls = makeClass(name, [], ns);
  Object.defineProperty(cls, 'module', { value: 'collections' });
  // makeClass marks classes defining __eq__ unhashable, as CPython's are.
  return cls;
}

const isStopKeyError = (e: unknown): boolean => e instanceof E.PyException && E.isSubclass(e.cls, E.KeyError);

/** update(other=(), /, **kw) through the instance's own __setitem__ (MutableMapping.update). */
function update(self: PyInstance, other: Value, kw: Map<string, Value> | null): void {
  if (other instanceof PyDict) for (const e of [...other.map.values()]) setItem(self, e.k, e.v);
  else if (other instanceof PyInstance && findMethod(other, 'keys') !== undefined) {
    for (const k of interp.iterate(callValue(findMethod(other, 'keys'), [other], null))) setItem(self, k, getItem(other, k));
  } else if (other !== undefined) {
    for (const pair of interp.iterate(other)) {
      const [k, v] = [...interp.iterate(pair)];
      setItem(self, k, v);
    }
  }
  for (const [k, v] of kw ?? []) setItem(self, k, v);
}

export function makeUserDict(): PyClass {
  return libClass('UserDict', [
    [
      '__init__',
      (a, kw) => {
        const self = selfOf(a, 'UserDict');
        if (a.length > 2) typeError(`expected at most 1 argument, got ${a.length - 1}`);
        self.dict.set('data', new PyDict());
        update(self, a[1] ?? undefined, kw);
        return null;
      },
    ],
    ['__len__', (a) => data(selfOf(a, 'UserDict'), PyDict).map.size],
    [
      '__getitem__',
      (a) => {
        const self = selfOf(a, 'UserDict');
        const d = data(self, PyDict);
        if (contains(d, a[1])) return getItem(d, a[1]);
        const missing = findMethod(self, '__missing__');
        if (missing !== undefined) return interp.call(missing, [self, a[1]]);
        throw E.pyErr(E.KeyError, a[1]);
      },
    ],
    ['__setitem__', (a) => (setItem(data(selfOf(a, 'UserDict'), PyDict), a[1], a[2]), null)],
    ['__delitem__', (a) => (delItem(data(selfOf(a, 'UserDict'), PyDict), a[1]), null)],
    ['__iter__', (a) => makeIterator('dict_keyiterator', interp.iterate(data(selfOf(a, 'UserDict'), PyDict)))],
    ['__contains__', (a) => contains(data(selfOf(a, 'UserDict'), PyDict), a[1])],
    ['__repr__', (a) => repr(data(selfOf(a, 'UserDict'), PyDict))],
    [
      '__eq__',
      (a) => {
        const other = a[1];
        const mine = data(selfOf(a, 'UserDict'), PyDict);
        if (other instanceof PyInstance && other.dict.get('data') instanceof PyDict) return eq(mine, other.dict.get('data'));
        return eq(mine, other);
      },
    ],
    [
      'get',
      (a) => {
        try {
          return getItem(a[0], a[1]);
        } catch (e) {
          if (isStopKeyError(e)) return a[2] ?? null;
          throw e;
        }
      },
    ],
    ['keys', (a) => dictView(data(selfOf(a, 'UserDict'), PyDict), 'keys')],
    ['values', (a) => dictView(data(selfOf(a, 'UserDict'), PyDict), 'values')],
    ['items', (a) => dictView(data(selfOf(a, 'UserDict'), PyDict), 'items')],
    ['update', (a, kw) => (update(selfOf(a, 'UserDict'), a[1], kw), null)],
    [
      'setdefault',
      (a) => {
        // MutableMapping.setdefault: self[key], or store the default on KeyError.
        const self = selfOf(a, 'UserDict');
        try {
          return getItem(self, a[1]);
        } catch (e) {
          if (!isStopKeyError(e)) throw e;
        }
        setItem(self, a[1], a[2] ?? null);
        return a[2] ?? null;
      },
    ],
    [
      'pop',
      (a) => {
        // MutableMapping.pop: self[key] (KeyError gives the default), then del self[key].
        const self = selfOf(a, 'UserDict');
        let v: Value;
        try {
          v = getItem(self, a[1]);
        } catch (e) {
          if (!isStopKeyError(e) || a.length < 3) throw e;
          return a[2];
        }
        delItem(self, a[1]);
        return v;
      },
    ],
    ['clear', (a) => (data(selfOf(a, 'UserDict'), PyDict).map.clear(), null)],
    [
      'copy',
      (a) => {
        const self = selfOf(a, 'UserDict');
        const c = new PyInstance(self.cls);
        for (const [k, v] of self.dict) c.dict.set(k, v);
        const d = new PyDict();
        for (const [k, e] of data(self, PyDict).map) d.map.set(k, { k: e.k, v: e.v });
        c.dict.set('data', d);
        return c;
      },
    ],
  ]);
}

export function makeUserList(): PyClass {
  const list = (a: Value[]): PyList => data(selfOf(a, 'UserList'), PyList);
  const forward = (name: string): [string, NativeFn] => [name, (a, kw) => callList(list(a), name, a.slice(1), kw)];
  return libClass('UserList', [
    [
      '__init__',
      (a) => {
        const self = selfOf(a, 'UserList');
        self.dict.set('data', new PyList(a.length > 1 ? [...interp.iterate(a[1])] : []));
        return null;
      },
    ],
    ['__len__', (a) => pyLen(list(a))],
    [
      '__getitem__',
      (a) => {
        const r = getItem(list(a), a[1]);
        if (!(r instanceof PyList) || typeof a[1] === 'number') return r;
        return callValue((a[0] as PyInstance).cls, [r], null);
      },
    ],
    ['__setitem__', (a) => (setItem(list(a), a[1], a[2]), null)],
    ['__delitem__', (a) => (delItem(list(a), a[1]), null)],
    ['__iter__', (a) => makeIterator('list_iterator', interp.iterate(list(a)))],
    ['__contains__', (a) => contains(list(a), a[1])],
    ['__repr__', (a) => repr(list(a))],
    ['__eq__', (a) => eq(list(a), a[1] instanceof PyInstance && a[1].dict.get('data') instanceof PyList ? a[1].dict.get('data') : a[1])],
    ...['append', 'extend', 'insert', 'pop', 'remove', 'index', 'count', 'sort', 'reverse', 'clear'].map(forward),
  ]);
}

function callList(l: PyList, name: string, args: Value[], kw: Map<string, Value> | null): Value {
  return callValue(getattrOf(l, name), args, kw);
}

