/**
 * collections' dict subclasses: Counter, defaultdict and OrderedDict. Each is a PyDict (so every
 * dict operation works on it, and isinstance(x, dict) holds) with CPython's extra methods,
 * __missing__ and repr.
 */
import * as E from '../../../engine/exceptions.ts';
import { count, noArgs, type Kwargs } from '../../runtime/builtin-args.ts';
import { raise, typeError } from '../../runtime/errors.ts';
import { interp } from '../../runtime/hooks.ts';
import { iterate, makeIterator } from '../../runtime/iter.ts';
import type { Method } from '../../runtime/method.ts';
import { dictType, dictUpdate } from '../../runtime/types/dict-type.ts';
import { binop, dictSet, eq, keyOf, order, truthy } from '../../runtime/ops.ts';
import { repr } from '../../runtime/repr.ts';
import { pySort } from '../../runtime/sort.ts';
import { PyDictSubclass } from '../../runtime/subclass-hooks.ts';
import { NativeType } from '../../runtime/native.ts';
import { isCallable } from '../../runtime/builtin-types.ts';
import { PyBuiltin, PyDict, PyList, PyTuple, type Value } from '../../runtime/values.ts';
import { boundFrom } from './methods.ts';
import { DictView, type ViewKind } from '../../runtime/dict-views.ts';

/** repr of the entries as a plain dict: `{'a': 1}`. */
function plainRepr(d: PyDict): string {
  const plain = new PyDict();
  for (const [k, e] of d.map) plain.map.set(k, e);
  return repr(plain);
}

function copyInto<T extends PyDict>(from: PyDict, to: T): T {
  for (const [k, e] of from.map) to.map.set(k, { k: e.k, v: e.v });
  return to;
}

function getOr(d: PyDict, key: Value, dflt: Value): Value {
  const e = d.map.get(keyOf(key));
  return e === undefined ? dflt : e.v;
}

// ---- Counter ---------------------------------------------------------------------------------

export class PyCounter extends PyDictSubclass {
  get pyType(): NativeType {
    return counterType;
  }
  pyRepr(): string {
    if (this.map.size === 0) return 'Counter()';
    let d: PyDict;
    try {
      d = new PyDict();
      for (const t of mostCommon(this)) dictSet(d, (t as PyTuple).items[0], (t as PyTuple).items[1]);
    } catch (e) {
      // Counts that do not compare (CPython's TypeError fallback): insertion order.
      if (!(e instanceof E.PyException && E.isSubclass(e.cls, E.TypeError))) throw e;
      d = this;
    }
    return `Counter(${plainRepr(d)})`;
  }
  pyAttr(name: string): Value | undefined {
    return boundFrom(counterMethods, this, name);
  }
  override pyMissing(): Value {
    return 0;
  }
  override pyEq(other: Value): boolean | undefined {
    if (!(other instanceof PyCounter)) return undefined;
    for (const [a, b] of [[this, other], [other, this]] as const) {
      for (const e of a.map.values()) if (!eq(e.v, getOr(b, e.k, 0))) return false;
    }
    return true;
  }
  override pyBinop(op: string, other: Value, reflected: boolean): Value | undefined {
    if (!(other instanceof PyCounter) || !'+-|&'.includes(op) || op.length !== 1) return undefined;
    const [a, b] = reflected ? [other, this] : [this, other];
    return counterOp(op, a, b);
  }
  /** `+c` keeps the positive counts; `-c` turns the negative ones positive. */
  override pyUnary(op: string): Value | undefined {
    if (op !== '+' && op !== '-') return undefined;
    const r = new PyCounter();
    for (const { k, v } of this.map.values()) {
      if (op === '+' ? order('>', v, 0) : order('<', v, 0)) dictSet(r, k, op === '+' ? v : binop('-', 0, v));
    }
    return r;
  }
}

function counterOp(op: string, a: PyCounter, b: PyCounter): PyCounter {
  const r = new PyCounter();
  const positive = (v: Value): boolean => order('>', v, 0);
  for (const { k, v } of a.map.values()) {
    const o = getOr(b, k, 0);
    let n: Value;
    if (op === '+') n = binop('+', v, o);
    else if (op === '-') n = binop('-', v, o);
    else if (op === '|') n = order('<', v, o) ? o : v;
    else n = order('<', v, o) ? v : o;
    if (positive(n)) dictSet(r, k, n);
  }
  if (op === '&') return r;
  for (const { k, v } of b.map.values()) {
    if (a.map.has(keyOf(k))) continue;
    if (op === '-') {
      if (order('<', v, 0)) dictSet(r, k, binop('-', 0, v));
    } else if (positive(v)) dictSet(r, k, v);
  }
  return r;
}

function mostCommon(c: PyDict, n?: number): PyTuple[] {
  const pairs = [...c.map.values()].map((e) => new PyTuple([e.k, e.v]));
  const key = new PyBuiltin('itemgetter', (a) => (a[0] as PyTuple).items[1]);
  const sorted = pySort(pairs, key, true) as PyTuple[];
  return n === undefined ? sorted : sorted.slice(0, Math.max(0, n));
}

/** Counter.update / subtract: counts from a mapping, or one per item of an iterable. */
function addCounts(c: PyDict, arg: Value | undefined, kwargs: Kwargs, sign: '+' | '-'): void {
  if (arg instanceof PyDict) {
    for (const e of [...arg.map.values()]) dictSet(c, e.k, binop(sign, getOr(c, e.k, 0), e.v));
  } else if (arg !== undefined && arg !== null) {
    for (const x of iterate(arg)) dictSet(c, x, binop(sign, getOr(c, x, 0), 1));
  }
  if (kwargs !== null) for (const [k, v] of kwargs) dictSet(c, k, binop(sign, getOr(c, k, 0), v));
}

const counterMethods = new Map<string, Method>([
  [
    'most_common',
    (c: PyCounter, a, k) => {
      const n = a.length > 0 ? a[0] : (k?.get('n') ?? null);
      if (n !== null && typeof n !== 'number') typeError(`'${typeof n === 'boolean' ? 'bool' : 'NoneType'}' object cannot be interpreted as an integer`);
      return new PyList(mostCommon(c, n === null ? undefined : (n as number)));
    },
  ],
  [
    'elements',
    (c: PyCounter, a, k) => {
      noArgs('Counter.elements', a, k);
      const out: Value[] = [];
      for (const { k: key, v } of c.map.values()) {
        if (typeof v !== 'number' && typeof v !== 'boolean') typeError(`'${typeof v}' object cannot be interpreted as an integer`);
        for (let i = 0; i < Number(v); i++) out.push(key);
      }
      return makeIterator('itertools.chain', out);
    },
  ],
  ['total', (c: PyCounter, a, k) => (noArgs('Counter.total', a, k), [...c.map.values()].reduce<Value>((s, e) => binop('+', s, e.v), 0))],
  ['update', (c: PyCounter, a, k) => (count('update', a, 0, 1), addCounts(c, a[0], k, '+'), null)],
  ['subtract', (c: PyCounter, a, k) => (count('subtract', a, 0, 1), addCounts(c, a[0], k, '-'), null)],
  ['copy', (c: PyCounter, a, k) => (noArgs('Counter.copy', a, k), copyInto(c, new PyCounter()))],
]);

export const counterType = new NativeType(
  'Counter',
  'collections',
  (args, kwargs) => {
    if (args.length > 1) typeError(`expected at most 1 arguments, got ${args.length}`);
    const c = new PyCounter();
    addCounts(c, args[0], kwargs, '+');
    return c;
  },
  (v) => v instanceof PyCounter,
);

// ---- defaultdict -----------------------------------------------------------------------------

export class PyDefaultDict extends PyDictSubclass {
  constructor(public factory: Value) {
    super();
  }
  get pyType(): NativeType {
    return defaultdictType;
  }
  pyRepr(): string {
    return `defaultdict(${repr(this.factory)}, ${plainRepr(this)})`;
  }
  pyAttr(name: string): Value | undefined {
    if (name === 'default_factory') return this.factory;
    if (name === 'copy') return new PyBuiltin('copy', () => copyInto(this, new PyDefaultDict(this.factory)), this);
    return undefined;
  }
  override pyMissing(key: Value): Value {
    if (this.factory === null) throw E.pyErr(E.KeyError, key);
    const v = interp.call(this.factory, []);
    dictSet(this, key, v);
    return v;
  }
}

export const defaultdictType = new NativeType(
  'defaultdict',
  'collections',
  (args, kwargs) => {
    const factory = args.length > 0 ? args[0] : null;
    if (factory !== null && !isCallable(factory)) typeError('first argument must be callable or None');
    if (args.length > 2) typeError(`dict expected at most 1 argument, got ${args.length - 1}`);
    const d = new PyDefaultDict(factory);
    dictUpdate(d, args[1], kwargs);
    return d;
  },
  (v) => v instanceof PyDefaultDict,
);

// ---- OrderedDict -----------------------------------------------------------------------------

export class PyOrderedDict extends PyDictSubclass {
  get pyType(): NativeType {
    return orderedDictType;
  }
  pyRepr(): string {
    if (this.map.size === 0) return 'OrderedDict()';
    return `OrderedDict(${repr(new PyList([...this.map.values()].map((e) => new PyTuple([e.k, e.v]))))})`;
  }
  pyAttr(name: string): Value | undefined {
    return boundFrom(orderedMethods, this, name);
  }
  /** Two OrderedDicts are equal only in the same order; against a plain dict, order is ignored. */
  override pyEq(other: Value): boolean | undefined {
    if (!(other instanceof PyOrderedDict)) return undefined;
    if (other.map.size !== this.map.size) return false;
    const theirs = [...other.map.entries()];
    let i = 0;
    for (const [k, e] of this.map) {
      const [ok, oe] = theirs[i++]!;
      if (ok !== k || !eq(e.v, oe.v)) return false;
    }
    return true;
  }
}

function lastFlag(a: Value[], k: Kwargs, pos: number): boolean {
  const v = a.length > pos ? a[pos] : k?.get('last');
  return v === undefined ? true : truthy(v);
}

const orderedMethods = new Map<string, Method>([
  [
    'move_to_end',
    (d: PyOrderedDict, a, k) => {
      count('move_to_end', a, 1, 2);
      const key = keyOf(a[0]);
      const e = d.map.get(key);
      if (e === undefined) throw E.pyErr(E.KeyError, a[0]);
      d.map.delete(key);
      if (lastFlag(a, k, 1)) d.map.set(key, e);
      else {
        const rest = [...d.map];
        d.map.clear();
        d.map.set(key, e);
        for (const [rk, re] of rest) d.map.set(rk, re);
      }
      return null;
    },
  ],
  [
    'popitem',
    (d: PyOrderedDict, a, k) => {
      count('popitem', a, 0, 1);
      if (d.map.size === 0) raise(E.KeyError, 'dictionary is empty');
      const keys = [...d.map.keys()];
      const key = lastFlag(a, k, 0) ? keys[keys.length - 1] : keys[0];
      const e = d.map.get(key)!;
      d.map.delete(key);
      return new PyTuple([e.k, e.v]);
    },
  ],
  ['copy', (d: PyOrderedDict, a, k) => (noArgs('OrderedDict.copy', a, k), copyInto(d, new PyOrderedDict()))],
  ...(['keys', 'values', 'items'] as const).map((kind): [string, Method] => [kind, (d: PyOrderedDict, a, k) => (noArgs(`OrderedDict.${kind}`, a, k), new ODictView(d, kind))]),
]);

/** OrderedDict's views print as odict_keys(...), odict_values(...), odict_items(...). */
class ODictView extends DictView {
  override readonly pyTypeName: string;
  constructor(d: PyDict, kind: ViewKind) {
    super(d, kind);
    this.pyTypeName = `odict_${kind}`;
  }
}

export const orderedDictType = new NativeType(
  'OrderedDict',
  'collections',
  (args, kwargs) => {
    if (args.length > 1) typeError(`OrderedDict expected at most 1 arguments, got ${args.length}`);
    const d = new PyOrderedDict();
    dictUpdate(d, args[0], kwargs);
    return d;
  },
  (v) => v instanceof PyOrderedDict,
);

// All three are dicts to issubclass, as CPython's classes are.
for (const t of [counterType, defaultdictType, orderedDictType]) t.base = dictType;
