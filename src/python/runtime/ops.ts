/**
 * Python's operators on our value representation: arithmetic with int/float/str/list
 * semantics, comparisons, equality and hashing for dict keys, truthiness, containment and
 * indexing. The compiled code inlines the int fast paths and calls these for the rest.
 */
import * as E from '../../engine/exceptions.ts';
import { MSG } from '../format/errors.ts';
import { floatPow, floorDiv, intPow, pyMod } from '../format/numeric.ts';
import { raise, typeError, zeroDivision } from './errors.ts';
import { interp } from './hooks.ts';
import { pyHash } from './hash.ts';
import { viewSetOperands } from './dict-views.ts';
import { repr } from './repr.ts';
import { typeName } from './types.ts';
import { PyNative } from './native.ts';
import { PyDictSubclass, subclassBinop } from './subclass-hooks.ts';
import { typeUnion } from './generic-alias.ts';
import { PyClass, PyDict, PyFloat, PyInstance, PyList, PySet, PyTuple, type Value } from './values.ts';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Integers past 2**53 would silently lose digits in a JS number: refuse rather than print a wrong answer. */
export function checkInt(n: number): number {
  if (n > MAX_SAFE || n < -MAX_SAFE) {
    raise(E.OverflowError, 'integers beyond 2**53 are not supported by Taskline');
  }
  return n;
}

export function isNumber(v: Value): v is number | boolean | PyFloat {
  return typeof v === 'number' || typeof v === 'boolean' || v instanceof PyFloat;
}

/** The JS number of an int, bool or float. */
export function num(v: number | boolean | PyFloat): number {
  return typeof v === 'number' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : v.v;
}

export function float(n: number): PyFloat {
  return new PyFloat(n);
}

export function truthy(v: Value): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
  }
  if (v === null) return false;
  if (v instanceof PyFloat) return v.v !== 0;
  if (v instanceof PyList) return v.items.length > 0;
  if (v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict) return v.map.size > 0;
  if (v instanceof PySet) return v.map.size > 0;
  if (v instanceof PyInstance) {
    const b = findMethod(v, '__bool__');
    if (b !== undefined) {
      const r = interp.call(b, [v]);
      if (typeof r !== 'boolean') typeError(`__bool__ should return bool, returned ${typeName(r)}`);
      return r as boolean;
    }
    const l = findMethod(v, '__len__');
    if (l !== undefined) return lenResult(interp.call(l, [v])) !== 0;
  }
  // Sized native objects (range, dict views) are false when empty.
  if (v instanceof PyNative && v.pyLen !== undefined) return v.pyLen() > 0;
  return true;
}

/** A user class's method (searching the MRO), or undefined. */
export function findMethod(v: PyInstance, name: string): Value | undefined {
  for (const c of v.cls.mro) if (c instanceof PyClass && c.dict.has(name)) return c.dict.get(name);
  return undefined;
}

// ---- arithmetic --------------------------------------------------------------------------

const DUNDER: Record<string, [string, string]> = {
  '+': ['__add__', '__radd__'],
  '-': ['__sub__', '__rsub__'],
  '*': ['__mul__', '__rmul__'],
  '/': ['__truediv__', '__rtruediv__'],
  '//': ['__floordiv__', '__rfloordiv__'],
  '%': ['__mod__', '__rmod__'],
  '**': ['__pow__', '__rpow__'],
};

function unsupported(op: string, a: Value, b: Value, augmented = false): never {
  const shown = augmented ? `${op}=` : op === '**' ? '** or pow()' : op;
  return typeError(`unsupported operand type(s) for ${shown}: '${typeName(a)}' and '${typeName(b)}'`);
}

/**
 * The most items (or characters) one repetition may make. CPython would try and perhaps
 * succeed; a browser tab would crash instead, so the program gets a MemoryError that says why.
 */
export const MAX_REPEAT_ITEMS = 50_000_000;

function checkRepeatSize(length: number, n: number): void {
  if (n > 0 && length * n > MAX_REPEAT_ITEMS) {
    raise(E.MemoryError, `Taskline stops a repetition at ${MAX_REPEAT_ITEMS.toLocaleString('en-US')} items (this one makes ${(length * n).toLocaleString('en-US')})`);
  }
}

function repeat<T>(items: readonly T[], n: number): T[] {
  checkRepeatSize(items.length, n);
  const out: T[] = [];
  for (let i = 0; i < n; i++) for (const x of items) out.push(x);
  return out;
}

/** `a op b`; `augmented` (from `a op= b`) only changes the symbol shown in the error. */
export function binop(op: string, a: Value, b: Value, augmented = false): Value {
  if (isNumber(a) && isNumber(b)) return numericOp(op, a, b, augmented);
  const sub = subclassBinop(op, a, b) ?? (op === '|' ? typeUnion(a, b) : undefined);
  if (sub !== undefined) return sub;
  switch (op) {
    case '+':
      if (typeof a === 'string' && typeof b === 'string') return a + b;
      if (a instanceof PyList && b instanceof PyList) return new PyList(a.items.concat(b.items));
      if (a instanceof PyTuple && b instanceof PyTuple) return new PyTuple(a.items.concat(b.items));
      if (typeof a === 'string' || typeof b === 'string') {
        if (typeof a === 'string') typeError(`can only concatenate str (not "${typeName(b)}") to str`);
      }
      if (a instanceof PyList) typeError(`can only concatenate list (not "${typeName(b)}") to list`);
      if (a instanceof PyTuple) typeError(`can only concatenate tuple (not "${typeName(b)}") to tuple`);
      break;
    case '*': {
      const [seqv, n] = typeof b === 'number' || typeof b === 'boolean' ? [a, num(b)] : [b, typeof a === 'number' || typeof a === 'boolean' ? num(a) : NaN];
      if (!Number.isNaN(n)) {
        if (typeof seqv === 'string') {
          checkRepeatSize(seqv.length, n);
          return n > 0 ? seqv.repeat(n) : '';
        }
        if (seqv instanceof PyList) return new PyList(repeat(seqv.items, n));
        if (seqv instanceof PyTuple) return new PyTuple(repeat(seqv.items, n));
      }
      break;
    }
    case '%':
      if (typeof a === 'string') return interp.percentFormat(a, b);
      break;
    case '|':
      if (a instanceof PySet && b instanceof PySet) {
        const r = new PySet();
        for (const [k, v] of a.map) r.map.set(k, v);
        for (const [k, v] of b.map) if (!r.map.has(k)) r.map.set(k, v);
        return r;
      }
      if (a instanceof PyDict && b instanceof PyDict) {
        const r = new PyDict();
        for (const [k, e] of a.map) r.map.set(k, { k: e.k, v: e.v });
        for (const [k, e] of b.map) {
          const old = r.map.get(k);
          r.map.set(k, { k: old ? old.k : e.k, v: e.v });
        }
        return r;
      }
      break;
    case '&':
      if (a instanceof PySet && b instanceof PySet) {
        const r = new PySet();
        for (const [k, v] of a.map) if (b.map.has(k)) r.map.set(k, v);
        return r;
      }
      break;
    case '-':
      if (a instanceof PySet && b instanceof PySet) {
        const r = new PySet();
        for (const [k, v] of a.map) if (!b.map.has(k)) r.map.set(k, v);
        return r;
      }
      break;
    case '^':
      if (a instanceof PySet && b instanceof PySet) {
        const r = new PySet();
        for (const [k, v] of a.map) if (!b.map.has(k)) r.map.set(k, v);
        for (const [k, v] of b.map) if (!a.map.has(k)) r.map.set(k, v);
        return r;
      }
      break;
  }
  if (op === '|' || op === '&' || op === '-' || op === '^') {
    const sets = viewSetOperands(a, b);
    if (sets !== null) return binop(op, sets[0], sets[1]);
  }
  const d = DUNDER[op];
  if (d !== undefined) {
    if (a instanceof PyInstance) {
      const m = findMethod(a, d[0]);
      if (m !== undefined) return interp.call(m, [a, b]);
    }
    if (b instanceof PyInstance) {
      const m = findMethod(b, d[1]);
      if (m !== undefined) return interp.call(m, [b, a]);
    }
  }
  // A sequence on either side claims `*` as repetition, so CPython blames the other operand.
  if (op === '*') {
    if (isSequence(a)) typeError(`can't multiply sequence by non-int of type '${typeName(b)}'`);
    if (isSequence(b)) typeError(`can't multiply sequence by non-int of type '${typeName(a)}'`);
  }
  return unsupported(op, a, b, augmented);
}

function isSequence(v: Value): boolean {
  return typeof v === 'string' || v instanceof PyList || v instanceof PyTuple;
}

function numericOp(op: string, a: number | boolean | PyFloat, b: number | boolean | PyFloat, augmented: boolean): Value {
  const isFloat = a instanceof PyFloat || b instanceof PyFloat;
  const x = num(a);
  const y = num(b);
  switch (op) {
    case '+':
      return isFloat ? float(x + y) : checkInt(x + y);
    case '-':
      return isFloat ? float(x - y) : checkInt(x - y);
    case '*':
      return isFloat ? float(x * y) : checkInt(x * y);
    case '/':
      if (y === 0) zeroDivision(isFloat ? MSG.floatDivisionByZero : MSG.divisionByZero);
      return float(x / y);
    case '//':
      if (y === 0) zeroDivision(isFloat ? MSG.floatFloorDivisionByZero : MSG.intDivisionOrModuloByZero);
      return isFloat ? float(floorDiv(x, y, true)) : floorDiv(x, y, false);
    case '%':
      if (y === 0) zeroDivision(isFloat ? MSG.floatModulo : MSG.intModuloByZero);
      return isFloat ? float(pyMod(x, y, true)) : pyMod(x, y, false);
    case '**':
      return power(x, y, isFloat);
  }
  if (isFloat) return unsupported(op, a, b, augmented);
  // bool's own `& | ^` keep the result a bool: `True & False` is False, not 0.
  if (typeof a === 'boolean' && typeof b === 'boolean') {
    if (op === '&') return a && b;
    if (op === '|') return a || b;
    if (op === '^') return a !== b;
  }
  switch (op) {
    case '<<':
      return checkInt(x * 2 ** y);
    case '>>':
      return Math.floor(x / 2 ** y);
    case '&':
      return bitop(x, y, (p, q) => p & q);
    case '|':
      return bitop(x, y, (p, q) => p | q);
    case '^':
      return bitop(x, y, (p, q) => p ^ q);
  }
  return unsupported(op, a, b, augmented);
}

function bitop(x: number, y: number, f: (p: bigint, q: bigint) => bigint): number {
  return Number(f(BigInt(x), BigInt(y)));
}

function power(x: number, y: number, isFloat: boolean): Value {
  if (!isFloat && y >= 0) return intPow(x, y);
  return float(isFloat ? floatPow(x, y) : intPow(x, y));
}

// ---- comparison --------------------------------------------------------------------------

export function eq(a: Value, b: Value): boolean {
  if (a === b) return !(a instanceof PyFloat && Number.isNaN(a.v));
  const ta = typeof a;
  if (ta === 'string' || typeof b === 'string') return false;
  if (isNumber(a) && isNumber(b)) return num(a) === num(b);
  if (a instanceof PyList && b instanceof PyList) return seqEq(a.items, b.items);
  if (a instanceof PyTuple && b instanceof PyTuple) return seqEq(a.items, b.items);
  if (a instanceof PyDict && b instanceof PyDict) {
    const own = a instanceof PyDictSubclass ? a.pyEq?.(b) : b instanceof PyDictSubclass ? b.pyEq?.(a) : undefined;
    if (own !== undefined) return own;
    if (a.map.size !== b.map.size) return false;
    for (const [k, e] of a.map) {
      const o = b.map.get(k);
      if (o === undefined || !eq(e.v, o.v)) return false;
    }
    return true;
  }
  if (a instanceof PySet && b instanceof PySet) {
    if (a.map.size !== b.map.size) return false;
    for (const k of a.map.keys()) if (!b.map.has(k)) return false;
    return true;
  }
  if (a instanceof PyNative && a.pyEq) return a.pyEq(b);
  if (a instanceof PyInstance) {
    const m = findMethod(a, '__eq__');
    if (m !== undefined) return truthy(interp.call(m, [a, b]));
  }
  if (b instanceof PyInstance) {
    const m = findMethod(b, '__eq__');
    if (m !== undefined) return truthy(interp.call(m, [b, a]));
  }
  return false;
}

function seqEq(a: readonly Value[], b: readonly Value[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!eq(a[i], b[i])) return false;
  return true;
}

const REFLECT: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };
const ORDER_DUNDER: Record<string, string> = { '<': '__lt__', '>': '__gt__', '<=': '__le__', '>=': '__ge__' };

/** a < b etc. for numbers, strings, lists and tuples (lexicographic), and user __lt__. */
export function order(op: string, a: Value, b: Value): boolean {
  if (isNumber(a) && isNumber(b)) return cmpNum(op, num(a), num(b));
  if (typeof a === 'string' && typeof b === 'string') return cmpNum(op, a < b ? -1 : a > b ? 1 : 0, 0);
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    const x = a.items;
    const y = (b as PyList | PyTuple).items;
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      if (!eq(x[i], y[i])) return order(op, x[i], y[i]);
    }
    return cmpNum(op, x.length, y.length);
  }
  if (a instanceof PySet && b instanceof PySet) {
    const sub = (p: PySet, q: PySet) => [...p.map.keys()].every((k) => q.map.has(k));
    switch (op) {
      case '<=':
        return sub(a, b);
      case '<':
        return sub(a, b) && a.map.size < b.map.size;
      case '>=':
        return sub(b, a);
      case '>':
        return sub(b, a) && a.map.size > b.map.size;
    }
  }
  if (a instanceof PyInstance) {
    const m = findMethod(a, ORDER_DUNDER[op]!);
    if (m !== undefined) return truthy(interp.call(m, [a, b]));
  }
  if (b instanceof PyInstance) {
    const m = findMethod(b, ORDER_DUNDER[REFLECT[op]!]!);
    if (m !== undefined) return truthy(interp.call(m, [b, a]));
  }
  return typeError(`'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

function cmpNum(op: string, x: number, y: number): boolean {
  switch (op) {
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>':
      return x > y;
    default:
      return x >= y;
  }
}

export function compare(op: string, a: Value, b: Value): boolean {
  switch (op) {
    case '==':
      return eq(a, b);
    case '!=':
      return !eq(a, b);
    case 'is':
      return is(a, b);
    case 'is not':
      return !is(a, b);
    case 'in':
      return contains(b, a);
    case 'not in':
      return !contains(b, a);
    default:
      return order(op, a, b);
  }
}

/** `is`: identity. Small ints and interned strings are identical in CPython too. */
export function is(a: Value, b: Value): boolean {
  return a === b;
}

// ---- hashing ------------------------------------------------------------------------------

/**
 * The Map key that stands for a Python value: equal values (1, 1.0, True) get the same key,
 * tuples compare by content, and other objects by identity.
 */
export function keyOf(v: Value): unknown {
  switch (typeof v) {
    case 'number':
    case 'string':
      return v;
    case 'boolean':
      return v ? 1 : 0;
  }
  if (v === null) return null;
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyTuple) return '\u0000(' + v.items.map(tupleKeyPart).join('\u0000,');
  if (v instanceof PyList || v instanceof PyDict || v instanceof PySet) typeError(`unhashable type: '${typeName(v)}'`);
  if (v instanceof PyInstance) return instanceKey(v);
  return v;
}

function tupleKeyPart(v: Value): string {
  const k = keyOf(v);
  if (typeof k === 'string') return 's' + k;
  if (typeof k === 'number') return 'n' + k;
  if (k === null) return 'N';
  // Objects inside tuples: fall back to a per-object id.
  return 'o' + objectId(k as object);
}

/**
 * Instances whose class defines __hash__ are keyed by value: the first instance seen with a
 * given hash that compares equal (__eq__) stands for all of them. Others keep identity.
 */
let instancesByHash = new Map<bigint, PyInstance[]>();

/** Forget the previous run's instances (their __eq__ must never run again). */
export function resetInstanceKeys(): void {
  instancesByHash = new Map();
}

function instanceKey(v: PyInstance): unknown {
  const m = findMethod(v, '__hash__');
  if (m === undefined) return v;
  const h = pyHash(v); // raises for __hash__ = None
  let same = instancesByHash.get(h);
  if (same === undefined) instancesByHash.set(h, (same = []));
  for (const r of same) if (r === v || eq(r, v)) return r;
  same.push(v);
  return v;
}

const ids = new WeakMap<object, number>();
let nextId = 1;
function objectId(o: object): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId++;
    ids.set(o, id);
  }
  return id;
}

// ---- containers ---------------------------------------------------------------------------

export function contains(container: Value, item: Value): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
    return container.includes(item as string);
  }
  if (container instanceof PyList || container instanceof PyTuple) {
    for (const x of container.items) if (x === item || eq(x, item)) return true;
    return false;
  }
  if (container instanceof PyDict) return container.map.has(keyOf(item));
  if (container instanceof PySet) return container.map.has(keyOf(item));
  if (container instanceof PyNative && container.pyContains) return container.pyContains(item);
  if (container instanceof PyInstance) {
    const m = findMethod(container, '__contains__');
    if (m !== undefined) return truthy(interp.call(m, [container, item]));
  }
  for (const x of interp.iterate(container)) if (eq(x, item)) return true;
  return false;
}

export function pyLen(v: Value): number {
  if (typeof v === 'string') return [...v].length === v.length ? v.length : [...v].length;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict || v instanceof PySet) return v.map.size;
  if (v instanceof PyNative && v.pyLen) return v.pyLen();
  if (v instanceof PyInstance) {
    const m = findMethod(v, '__len__');
    if (m !== undefined) return lenResult(interp.call(m, [v]));
  }
  return typeError(`object of type '${typeName(v)}' has no len()`);
}

/** What a user `__len__` returned, checked as CPython checks it. */
function lenResult(r: Value): number {
  if (typeof r === 'boolean') return r ? 1 : 0;
  if (typeof r !== 'number') return typeError(`'${typeName(r)}' object cannot be interpreted as an integer`);
  if (r < 0) raise(E.ValueError, '__len__() should return >= 0');
  return r;
}

/** Normalise a Python index (negative counts from the end) or raise IndexError. */
export function index(i: Value, len: number, what: string): number {
  if (typeof i !== 'number') {
    if (typeof i === 'boolean') i = i ? 1 : 0;
    else typeError(`${what} indices must be integers or slices, not ${typeName(i)}`);
  }
  let n = i as number;
  if (n < 0) n += len;
  if (n < 0 || n >= len) raise(E.IndexError, `${what} index out of range`);
  return n;
}

export function dictGet(d: PyDict, key: Value): Value {
  const e = d.map.get(keyOf(key));
  if (e === undefined) throw E.pyErr(E.KeyError, key);
  return e.v;
}

export function dictSet(d: PyDict, key: Value, value: Value): void {
  const k = keyOf(key);
  const e = d.map.get(k);
  if (e !== undefined) e.v = value;
  else d.map.set(k, { k: key, v: value });
}

export function reprOf(v: Value): string {
  return repr(v);
}
