/**
 * dict.keys()/values()/items(): live views over a dict, iterable and len-able, printed as
 * `dict_keys(['a', 'b'])`. Iterating a dict or a view raises RuntimeError when the dict
 * changes size meanwhile, as CPython does.
 */
import * as E from '../../engine/exceptions.ts';
import { raise } from './errors.ts';
import { interp } from './hooks.ts';
import { eq, keyOf } from './ops.ts';
import { repr } from './repr.ts';
import { PyNative } from './native.ts';
import { PyDict, PyList, PySet, PyTuple, type Value } from './values.ts';

export type ViewKind = 'keys' | 'values' | 'items';

type Entry = { k: Value; v: Value };

function changed(): never {
  return raise(E.RuntimeError, 'dictionary changed size during iteration');
}

/** The dict's entries in order, checking before each step that its size is unchanged. */
export function* dictEntries(d: PyDict, reverse = false): Generator<Entry, void, undefined> {
  const size = d.map.size;
  const source: Iterable<Entry> = reverse ? [...d.map.values()].reverse() : d.map.values();
  for (const e of source) {
    if (d.map.size !== size) changed();
    // A reversed snapshot may hold entries deleted since; a deletion changes the size anyway.
    yield e;
  }
  if (d.map.size !== size) changed();
}

export function* dictKeys(d: PyDict): Generator<Value, void, undefined> {
  for (const e of dictEntries(d)) yield e.k;
}

export class DictView extends PyNative {
  readonly pyTypeName: string;
  constructor(
    readonly dict: PyDict,
    readonly kind: ViewKind,
  ) {
    super();
    this.pyTypeName = `dict_${kind}`;
  }

  *items(reverse = false): Generator<Value, void, undefined> {
    for (const e of dictEntries(this.dict, reverse)) {
      yield this.kind === 'keys' ? e.k : this.kind === 'values' ? e.v : new PyTuple([e.k, e.v]);
    }
  }

  override pyIter(): Iterable<Value> {
    return this.items();
  }

  pyRepr(): string {
    return `${this.pyTypeName}(${repr(new PyList([...this.items()]))})`;
  }

  override pyLen(): number {
    return this.dict.map.size;
  }

  override pyContains(v: Value): boolean {
    if (this.kind === 'keys') return this.dict.map.has(keyOf(v));
    if (this.kind === 'values') {
      for (const e of this.dict.map.values()) if (e.v === v || eq(e.v, v)) return true;
      return false;
    }
    if (!(v instanceof PyTuple) || v.items.length !== 2) return false;
    const e = this.dict.map.get(keyOf(v.items[0]));
    return e !== undefined && (e.v === v.items[1] || eq(e.v, v.items[1]));
  }

  /** Keys and items views compare like sets; values views only by identity. */
  override pyEq(other: Value): boolean {
    if (this.kind === 'values') return other === this;
    let theirs: Value[];
    if (other instanceof PySet) theirs = [...other.map.values()];
    else if (other instanceof DictView && other.kind === this.kind) theirs = [...other.items()];
    else return false;
    return theirs.length === this.dict.map.size && theirs.every((x) => this.pyContains(x));
  }
}


/**
 * Keys and items views take part in set algebra with any iterable (`d.keys() & other`),
 * giving a set: both operands as sets, or null when neither is such a view.
 */
export function viewSetOperands(a: Value, b: Value): [PySet, PySet] | null {
  const isView = (v: Value): boolean => v instanceof DictView && v.kind !== 'values';
  if (!isView(a) && !isView(b)) return null;
  const asSet = (v: Value): PySet => {
    if (v instanceof PySet) return v;
    const s = new PySet();
    for (const x of interp.iterate(v)) {
      const k = keyOf(x);
      if (!s.map.has(k)) s.map.set(k, x);
    }
    return s;
  };
  return [asSet(a), asSet(b)];
}

export function dictView(d: PyDict, kind: ViewKind): DictView {
  return new DictView(d, kind);
}
