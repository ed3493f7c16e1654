/** collections.ChainMap: one view over several mappings; writes go to the first. */
import * as E from '../../../engine/exceptions.ts';
import { typeError } from '../../runtime/errors.ts';
import { PyNative } from '../../runtime/native.ts';
import { dictSet, eq, keyOf } from '../../runtime/ops.ts';
import { repr } from '../../runtime/repr.ts';
import { PyDict, PyList, type Value } from '../../runtime/values.ts';
import { declareEngineType, type EngineMethod } from '../../runtime/types/engine-type.ts';
import { dictView } from '../../runtime/dict-views.ts';

export class PyChainMap extends PyNative {
  readonly pyTypeName = 'ChainMap';
  constructor(readonly maps: PyList) {
    super();
  }
  private dicts(): PyDict[] {
    return this.maps.items.map((m) => {
      if (!(m instanceof PyDict)) typeError("Taskline's ChainMap chains dicts");
      return m as PyDict;
    });
  }
  /** The merged view: keys in CPython's order (the last mapping's first), values from the first that has them. */
  merged(): PyDict {
    const d = new PyDict();
    for (const m of [...this.dicts()].reverse()) for (const e of m.map.values()) dictSet(d, e.k, null);
    for (const [k, e] of d.map) e.v = this.lookup(e.k, k)!.v;
    return d;
  }
  pyMappingDict(): PyDict {
    return this.merged();
  }
  lookup(key: Value, k: unknown = keyOf(key)): { v: Value } | undefined {
    for (const m of this.dicts()) {
      const e = m.map.get(k);
      if (e !== undefined) return e;
    }
    return undefined;
  }
  pyRepr(): string {
    return `ChainMap(${this.maps.items.map(repr).join(', ')})`;
  }
  override pyLen(): number {
    return this.merged().map.size;
  }
  override pyContains(v: Value): boolean {
    return this.lookup(v) !== undefined;
  }
  override pyGetItem(key: Value): Value {
    const e = this.lookup(key);
    if (e === undefined) throw E.pyErr(E.KeyError, key);
    return e.v;
  }
  override pySetItem(key: Value, value: Value): void {
    dictSet(this.dicts()[0]!, key, value);
  }
  override pyDelItem(key: Value): void {
    if (!this.dicts()[0]!.map.delete(keyOf(key))) throw E.pyErr(E.KeyError, `Key not found in the first mapping: ${repr(key)}`);
  }
  override pyIter(): Iterable<Value> {
    return [...this.merged().map.values()].map((e) => e.k);
  }
  override pyEq(other: Value): boolean {
    const mine = this.merged();
    const theirs = other instanceof PyChainMap ? other.merged() : other instanceof PyDict ? other : null;
    return theirs !== null && eq(mine, theirs);
  }
}

const methods: [string, EngineMethod<PyChainMap>][] = [
  ['get', (c: PyChainMap, a) => c.lookup(a[0])?.v ?? (a[1] ?? null)],
  ['keys', (c: PyChainMap) => dictView(c.merged(), 'keys')],
  ['values', (c: PyChainMap) => dictView(c.merged(), 'values')],
  ['items', (c: PyChainMap) => dictView(c.merged(), 'items')],
  ['new_child', (c: PyChainMap, a, k) => new PyChainMap(new PyList([a[0] ?? k?.get('m') ?? new PyDict(), ...c.maps.items]))],
  ['copy', (c: PyChainMap) => {
    const first = new PyDict();
    const src = c.maps.items[0] as PyDict;
    for (const [k, e] of src.map) first.map.set(k, { k: e.k, v: e.v });
    return new PyChainMap(new PyList([first, ...c.maps.items.slice(1)]));
  }],
  [
    'pop',
    (c: PyChainMap, a) => {
      const first = c.maps.items[0] as PyDict;
      const k = keyOf(a[0]);
      const e = first.map.get(k);
      if (e === undefined) {
        if (a.length > 1) return a[1];
        throw E.pyErr(E.KeyError, `Key not found in the first mapping: ${repr(a[0])}`);
      }
      first.map.delete(k);
      return e.v;
    },
  ],
  ['clear', (c: PyChainMap) => ((c.maps.items[0] as PyDict).map.clear(), null)],
];

export const chainMapType = declareEngineType({
  cls: PyChainMap,
  name: 'ChainMap',
  module: 'collections',
  construct: (args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) typeError("ChainMap.__init__() got an unexpected keyword argument");
    return new PyChainMap(new PyList(args.length > 0 ? args.slice() : [new PyDict()]));
  },
  methods,
  props: [
    ['maps', (c) => c.maps],
    ['parents', (c) => new PyChainMap(new PyList(c.maps.items.slice(1)))],
  ],
});
