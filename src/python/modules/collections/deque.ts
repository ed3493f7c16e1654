/** collections.deque: a double-ended queue with an optional maxlen, as CPython's. */
import * as E from '../../../engine/exceptions.ts';
import { asIndex, count, noArgs, noKwargs, one } from '../../runtime/builtin-args.ts';
import { raise, typeError, valueError } from '../../runtime/errors.ts';
import { iterate } from '../../runtime/iter.ts';
import { PyNative } from '../../runtime/native.ts';
import { eq } from '../../runtime/ops.ts';
import { repr } from '../../runtime/repr.ts';
import { declareEngineType, type EngineMethod } from '../../runtime/types/engine-type.ts';
import { typeName } from '../../runtime/types.ts';
import { type Value } from '../../runtime/values.ts';

export class PyDeque extends PyNative {
  readonly pyTypeName = 'deque';
  /** The items are buf[head..]: popleft moves `head` instead of shifting a long array. */
  private buf: Value[] = [];
  private head = 0;
  /** The items as one array (compacted first), for the operations that are O(n) anyway. */
  get items(): Value[] {
    this.compact();
    return this.buf;
  }
  private compact(): void {
    if (this.head > 0) {
      this.buf = this.buf.slice(this.head);
      this.head = 0;
    }
  }
  set items(v: Value[]) {
    this.buf = v;
    this.head = 0;
  }
  get size(): number {
    return this.buf.length - this.head;
  }
  /** Bumped by every change, so an iteration in progress can notice it (CPython raises). */
  version = 0;
  constructor(readonly maxlen: number | null) {
    super();
  }
  pyRepr(): string {
    const inner = `[${this.items.map(repr).join(', ')}]`;
    return this.maxlen === null ? `deque(${inner})` : `deque(${inner}, maxlen=${this.maxlen})`;
  }
  override pyLen(): number {
    return this.size;
  }
  override pyContains(v: Value): boolean {
    return this.items.some((x) => x === v || eq(x, v));
  }
  override pyGetItem(key: Value): Value {
    return this.buf[this.head + this.at(key)];
  }
  private at(key: Value): number {
    if (typeof key !== 'number' && typeof key !== 'boolean') typeError(`sequence index must be integer, not '${typeName(key)}'`);
    const n = this.size;
    let i = asIndex(key);
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(E.IndexError, 'deque index out of range');
    return i;
  }
  override pySetItem(key: Value, value: Value): void {
    this.buf[this.head + this.at(key)] = value;
  }
  override pyDelItem(key: Value): void {
    const i = this.at(key);
    this.version++;
    this.items.splice(i, 1);
  }
  override pyReversed(): Iterable<Value> {
    return this.items.slice().reverse();
  }
  override pyEq(other: Value): boolean {
    if (!(other instanceof PyDeque) || other.items.length !== this.items.length) return false;
    return this.items.every((x, i) => x === other.items[i] || eq(x, other.items[i]));
  }
  override pyIter(): Iterable<Value> {
    return this.walk();
  }
  private *walk(): Generator<Value, void, undefined> {
    const v = this.version;
    for (let i = 0; i < this.size; i++) {
      if (this.version !== v) raise(E.RuntimeError, 'deque mutated during iteration');
      yield this.buf[this.head + i];
    }
    if (this.version !== v) raise(E.RuntimeError, 'deque mutated during iteration');
  }

  append(x: Value): void {
    this.version++;
    if (this.maxlen === 0) return;
    if (this.maxlen !== null && this.size >= this.maxlen) this.popLeft();
    this.buf.push(x);
  }
  popLeft(): Value {
    const v = this.buf[this.head];
    this.buf[this.head++] = undefined;
    // Drop the consumed prefix once it is most of the array.
    if (this.head > 64 && this.head * 2 > this.buf.length) this.compact();
    return v;
  }
  appendleft(x: Value): void {
    this.version++;
    if (this.maxlen === 0) return;
    if (this.maxlen !== null && this.size >= this.maxlen) this.buf.pop();
    if (this.head > 0) this.buf[--this.head] = x;
    else this.buf.unshift(x);
  }
  rotate(n: number): void {
    const len = this.items.length;
    if (len <= 1) return;
    const k = ((n % len) + len) % len;
    if (k === 0) return;
    this.version++;
    this.items = this.items.slice(len - k).concat(this.items.slice(0, len - k));
  }
}

function snapshot(d: PyDeque, v: Value): Value[] {
  // d.extend(d) reads the deque as it was.
  return v === d ? d.items.slice() : [...iterate(v)];
}

function indexIn(d: PyDeque, x: Value): number {
  return d.items.findIndex((y) => y === x || eq(y, x));
}

const dequeMethods: [string, EngineMethod<PyDeque>][] = [
  ['append', (d: PyDeque, a, k) => (d.append(one('deque.append', a, k)), null)],
  ['appendleft', (d: PyDeque, a, k) => (d.appendleft(one('deque.appendleft', a, k)), null)],
  [
    'pop',
    (d: PyDeque, a, k) => {
      noArgs('deque.pop', a, k);
      if (d.items.length === 0) raise(E.IndexError, 'pop from an empty deque');
      d.version++;
      return d.items.pop();
    },
  ],
  [
    'popleft',
    (d: PyDeque, a, k) => {
      noArgs('deque.popleft', a, k);
      if (d.size === 0) raise(E.IndexError, 'pop from an empty deque');
      d.version++;
      return d.popLeft();
    },
  ],
  ['extend', (d: PyDeque, a, k) => (snapshot(d, one('deque.extend', a, k)).forEach((x) => d.append(x)), null)],
  ['extendleft', (d: PyDeque, a, k) => (snapshot(d, one('deque.extendleft', a, k)).forEach((x) => d.appendleft(x)), null)],
  [
    'rotate',
    (d: PyDeque, a, k) => {
      noKwargs('deque.rotate', k);
      count('rotate', a, 0, 1);
      d.rotate(a.length === 0 ? 1 : asIndex(a[0]));
      return null;
    },
  ],
  ['clear', (d: PyDeque, a, k) => (noArgs('deque.clear', a, k), d.version++, (d.items = []), null)],
  ['copy', (d: PyDeque, a, k) => (noArgs('deque.copy', a, k), copyDeque(d))],
  ['count', (d: PyDeque, a, k) => {
    const x = one('deque.count', a, k);
    return d.items.filter((y) => y === x || eq(y, x)).length;
  }],
  [
    'index',
    (d: PyDeque, a, k) => {
      noKwargs('deque.index', k);
      count('index', a, 1, 3);
      const n = d.items.length;
      const norm = (v: Value, dflt: number): number => {
        if (v === undefined) return dflt;
        const i = asIndex(v);
        return i < 0 ? Math.max(0, i + n) : Math.min(i, n);
      };
      const start = norm(a[1], 0);
      const stop = norm(a[2], n);
      for (let i = start; i < stop; i++) if (d.items[i] === a[0] || eq(d.items[i], a[0])) return i;
      return valueError(`${repr(a[0])} is not in deque`);
    },
  ],
  [
    'insert',
    (d: PyDeque, a, k) => {
      noKwargs('deque.insert', k);
      count('insert', a, 2, 2);
      if (d.maxlen !== null && d.items.length >= d.maxlen) raise(E.IndexError, 'deque already at its maximum size');
      const n = d.items.length;
      let i = asIndex(a[0]);
      if (i < 0) i = Math.max(0, i + n);
      d.version++;
      d.items.splice(Math.min(i, n), 0, a[1]);
      return null;
    },
  ],
  [
    'remove',
    (d: PyDeque, a, k) => {
      const x = one('deque.remove', a, k);
      const i = indexIn(d, x);
      if (i < 0) valueError(`${repr(x)} is not in deque`);
      d.version++;
      d.items.splice(i, 1);
      return null;
    },
  ],
  ['reverse', (d: PyDeque, a, k) => (noArgs('deque.reverse', a, k), d.version++, d.items.reverse(), null)],
];


export function copyDeque(d: PyDeque): PyDeque {
  const c = new PyDeque(d.maxlen);
  c.items = d.items.slice();
  return c;
}

export const dequeType = declareEngineType({
  cls: PyDeque,
  name: 'deque',
  module: 'collections',
  construct: (args, kwargs) => {
    if (args.length > 2) typeError(`deque expected at most 2 arguments, got ${args.length}`);
    for (const k of kwargs?.keys() ?? []) if (k !== 'iterable' && k !== 'maxlen') typeError(`'${k}' is an invalid keyword argument for deque()`);
    const it = args.length > 0 ? args[0] : kwargs?.get('iterable');
    const ml = args.length > 1 ? args[1] : (kwargs?.get('maxlen') ?? null);
    let maxlen: number | null = null;
    if (ml !== null) {
      if (typeof ml !== 'number' && typeof ml !== 'boolean') typeError('an integer is required');
      maxlen = asIndex(ml);
      if (maxlen < 0) valueError('maxlen must be non-negative');
    }
    const d = new PyDeque(maxlen);
    if (it !== undefined) for (const x of iterate(it)) d.append(x);
    return d;
  },
  methods: dequeMethods,
  props: [['maxlen', (d) => d.maxlen]],
});
