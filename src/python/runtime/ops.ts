/**
 * Python's operators on our value representation: arithmetic with int/float/str/list
 * semantics, comparisons, equality and hashing for dict keys, truthiness, containment and
 * indexing. The compiled code inlines the int fast paths and calls these for the rest.
 */
import * as E from '../../engine/exceptions.ts';
import { MSG } from '../format/errors.ts';
import { floatPow, floorDiv, intPow, pyMod } from '../format/numeric.ts';
import { intAdd, intAnd, intFloorDiv, intMod, intMul, intOr, intShl, intShr, intSub, intToFloat, intTrueDiv, intXor, type Int } from '../format/int-arith.ts';
import { raise, typeError, zeroDivision } from './errors.ts';
import { interp } from './hooks.ts';
import { pyHash } from './hash.ts';
import { viewSetOperands } from './dict-views.ts';
import { repr } from './repr.ts';
import { typeName } from './types.ts';
import { PyNative } from './native.ts';
import { PyDictSubclass, subclassBinop } from './subclass-hooks.ts';
import { NotImplemented } from './not-implemented.ts';
import { typeUnion } from './generic-alias.ts';
import { PyClass, PyDict, PyFloat, PyInstance, PyList, PySet, PyTuple, type Value } from './values.ts';
import { currentRealm } from './realm.ts';

/** int, bool or float. */
export function isNumber(v: Value): v is number | bigint | boolean | PyFloat {
  return typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v instanceof PyFloat;
}

/** int or bool. */
export function isInt(v: Value): v is number | bigint | boolean {
  return typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint';
}

/** The Int of an int or bool. */
export function intOf(v: number | bigint | boolean): Int {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

/** The JS number of an int, bool or float (float(n) of a big int: OverflowError when too large). */
export function num(v: number | bigint | boolean | PyFloat): number {
  return typeof v === 'number' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : typeof v === 'bigint' ? intToFloat(v) : v.v;
}

/** The exact numeric value for comparisons: JS compares a bigint with a double exactly. */
function exact(v: number | bigint | boolean | PyFloat): number | bigint {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v instanceof PyFloat ? v.v : v;
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
    case 'bigint':
      return v !== 0n;
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
  if (v instanceof PyNative) {
    if (v.pyBool !== undefined) return v.pyBool();
    if (v.pyLen !== undefined) return v.pyLen() > 0;
  }
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
  '|': ['__or__', '__ror__'],
  '&': ['__and__', '__rand__'],
  '^': ['__xor__', '__rxor__'],
  '<<': ['__lshift__', '__rlshift__'],
  '>>': ['__rshift__', '__rrshift__'],
  '@': ['__matmul__', '__rmatmul__'],
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

/** A repeat count: a big int beyond sys.maxsize cannot fit; below it, it is far past the size limit. */
function repeatCount(v: number | bigint | boolean): number {
  if (typeof v !== 'bigint') return num(v);
  if (v >= 1n << 63n || v < -(1n << 63n)) raise(E.OverflowError, MSG.indexSized);
  return v < 0n ? 0 : Number(v);
}

function repeat<T>(items: readonly T[], n: number): T[] {
  checkRepeatSize(items.length, n);
  if (items.length === 0) return [];
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
      // The other operand's __radd__ gets its turn before the sequence's own error.
      if (b instanceof PyInstance && findMethod(b, '__radd__') !== undefined) break;
      if (typeof a === 'string') typeError(`can only concatenate str (not "${typeName(b)}") to str`);
      if (a instanceof PyList) typeError(`can only concatenate list (not "${typeName(b)}") to list`);
      if (a instanceof PyTuple) typeError(`can only concatenate tuple (not "${typeName(b)}") to tuple`);
      break;
    case '*': {
      const [seqv, n] = isInt(b) ? [a, repeatCount(b)] : [b, isInt(a) ? repeatCount(a) : NaN];
      if (!Number.isNaN(n)) {
        if (typeof seqv === 'string') {
          checkRepeatSize(seqv.length, n);
          return n > 0 && seqv.length > 0 ? seqv.repeat(n) : '';
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
  if (a instanceof PyNative && a.pyBinop !== undefined) {
    const r = a.pyBinop(op, b, false);
    if (r !== undefined) return r;
  }
  if (b instanceof PyNative && b.pyBinop !== undefined) {
    const r = b.pyBinop(op, a, true);
    if (r !== undefined) return r;
  }
  const d = DUNDER[op];
  if (d !== undefined) {
    if (a instanceof PyInstance) {
      const m = findMethod(a, d[0]);
      if (m !== undefined) {
        const r = interp.call(m, [a, b]);
        if (r !== NotImplemented) return r;
      }
    }
    // As in CPython, the reflected method is only tried for an operand of another type.
    if (b instanceof PyInstance && !(a instanceof PyInstance && a.cls === b.cls)) {
      const m = findMethod(b, d[1]);
      if (m !== undefined) {
        const r = interp.call(m, [b, a]);
        if (r !== NotImplemented) return r;
      }
    }
  }
  // A sequence on either side claims `*` as repetition, so CPython blames the other operand.
  if (op === '*') {
    // ...unless that operand has __index__: it repeats by that int.
    if (isSequence(a) && b instanceof PyInstance && findMethod(b, '__index__') !== undefined) return binop(op, a, interp.call(findMethod(b, '__index__'), [b]));
    if (isSequence(b) && a instanceof PyInstance && findMethod(a, '__index__') !== undefined) return binop(op, interp.call(findMethod(a, '__index__'), [a]), b);
    if (isSequence(a)) typeError(`can't multiply sequence by non-int of type '${typeName(b)}'`);
    if (isSequence(b)) typeError(`can't multiply sequence by non-int of type '${typeName(a)}'`);
  }
  return unsupported(op, a, b, augmented);
}

function isSequence(v: Value): boolean {
  return typeof v === 'string' || v instanceof PyList || v instanceof PyTuple;
}

/** The operators float has (no shifts, no bitwise ones). */
const FLOAT_OPS = new Set(['+', '-', '*', '/', '//', '%', '**']);

function numericOp(op: string, a: number | bigint | boolean | PyFloat, b: number | bigint | boolean | PyFloat, augmented: boolean): Value {
  if (a instanceof PyFloat || b instanceof PyFloat) {
    if (!FLOAT_OPS.has(op)) return unsupported(op, a, b, augmented);
    // CPython converts the int operand first: `10**400 + 1.0` is an OverflowError.
    const x = num(a);
    const y = num(b);
    switch (op) {
      case '+':
        return float(x + y);
      case '-':
        return float(x - y);
      case '*':
        return float(x * y);
      case '/':
        if (y === 0) zeroDivision(MSG.floatDivisionByZero);
        return float(x / y);
      case '//':
        if (y === 0) zeroDivision(MSG.floatFloorDivisionByZero);
        return float(floorDiv(x, y, true) as number);
      case '%':
        if (y === 0) zeroDivision(MSG.floatModulo);
        return float(pyMod(x, y, true) as number);
      default:
        return float(floatPow(x, y));
    }
  }
  // bool's own `& | ^` keep the result a bool: `True & False` is False, not 0.
  if (typeof a === 'boolean' && typeof b === 'boolean') {
    if (op === '&') return a && b;
    if (op === '|') return a || b;
    if (op === '^') return a !== b;
  }
  const x = intOf(a);
  const y = intOf(b);
  switch (op) {
    case '+':
      return intAdd(x, y);
    case '-':
      return intSub(x, y);
    case '*':
      return intMul(x, y);
    case '/':
      return float(intTrueDiv(x, y));
    case '//':
      return intFloorDiv(x, y);
    case '%':
      return intMod(x, y);
    case '**':
      return y < 0 ? float(intPow(x, y) as number) : intPow(x, y);
    case '<<':
      return intShl(x, y);
    case '>>':
      return intShr(x, y);
    case '&':
      return intAnd(x, y);
    case '|':
      return intOr(x, y);
    case '^':
      return intXor(x, y);
  }
  return unsupported(op, a, b, augmented);
}

// ---- comparison --------------------------------------------------------------------------

export function eq(a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (a === b) return !(a instanceof PyFloat && Number.isNaN(a.v));
  const ta = typeof a;
  // A str equals only an equal str, unless the other side is an object with its own __eq__.
  if ((ta === 'string' || typeof b === 'string') && !(a instanceof PyInstance) && !(b instanceof PyInstance)) return false;
  if (isNumber(a) && isNumber(b)) return numEq(exact(a), exact(b));
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
    if (m !== undefined) {
      const r = interp.call(m, [a, b]);
      if (r !== NotImplemented) return truthy(r);
    }
  }
  if (b instanceof PyInstance) {
    const m = findMethod(b, '__eq__');
    if (m !== undefined) {
      const r = interp.call(m, [b, a]);
      if (r !== NotImplemented) return truthy(r);
    }
  }
  // Both sides declined: identity, as object.__eq__ gives.
  return false;
}

/** Equal numeric values, exactly: an int beyond 2**53 and a double are compared as numbers, not rounded. */
function numEq(x: number | bigint, y: number | bigint): boolean {
  // eslint-disable-next-line eqeqeq -- JS's == between a bigint and a number compares their exact values.
  return typeof x === typeof y ? x === y : x == y;
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
  if (isNumber(a) && isNumber(b)) return cmpNum(op, exact(a), exact(b));
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
  if (a instanceof PyNative && a.pyCompare !== undefined) {
    const c = a.pyCompare(b);
    if (c !== undefined) return cmpNum(op, c, 0);
  }
  if (b instanceof PyNative && b.pyCompare !== undefined) {
    const c = b.pyCompare(a);
    if (c !== undefined) return cmpNum(op, 0, c);
  }
  if (a instanceof PyInstance) {
    const m = findMethod(a, ORDER_DUNDER[op]!);
    if (m !== undefined) {
      const r = interp.call(m, [a, b]);
      if (r !== NotImplemented) return truthy(r);
    }
  }
  if (b instanceof PyInstance) {
    const m = findMethod(b, ORDER_DUNDER[REFLECT[op]!]!);
    if (m !== undefined) {
      const r = interp.call(m, [b, a]);
      if (r !== NotImplemented) return truthy(r);
    }
  }
  return typeError(`'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

function cmpNum(op: string, x: number | bigint, y: number | bigint): boolean {
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
    case 'bigint':
      return v;
  }
  if (v === null) return null;
  // An integral float beyond 2**53 equals a big int, and must find its entry.
  if (v instanceof PyFloat) return Number.isInteger(v.v) && !Number.isSafeInteger(v.v) ? BigInt(v.v) : v.v;
  if (v instanceof PyTuple) return '\u0000(' + v.items.map(tupleKeyPart).join('\u0000,');
  if (v instanceof PyList || v instanceof PyDict || v instanceof PySet) typeError(`unhashable type: '${typeName(v)}'`);
  if (v instanceof PyInstance) return instanceKey(v);
  if (v instanceof PyNative && v.pyKey !== undefined) return v.pyKey();
  return v;
}

function tupleKeyPart(v: Value): string {
  const k = keyOf(v);
  if (typeof k === 'string') return 's' + k;
  if (typeof k === 'number' || typeof k === 'bigint') return 'n' + k;
  if (k === null) return 'N';
  // Objects inside tuples: fall back to a per-object id.
  return 'o' + objectId(k as object);
}

/**
 * Instances whose class defines __hash__ are keyed by value: the first instance seen with a
 * given hash that compares equal (__eq__) stands for all of them. Others keep identity. The
 * table is the realm's, so a run never calls another run's __eq__.
 */

function instanceKey(v: PyInstance): unknown {
  const m = findMethod(v, '__hash__');
  if (m === undefined) return v;
  const h = pyHash(v); // raises for __hash__ = None
  const byHash = currentRealm.instancesByHash;
  let same = byHash.get(h) as PyInstance[] | undefined;
  if (same === undefined) byHash.set(h, (same = []));
  for (const r of same) if (r === v || eq(r, v)) return r;
  same.push(v);
  return v;
}

function objectId(o: object): number {
  const realm = currentRealm;
  let id = realm.objectIds.get(o);
  if (id === undefined) {
    id = realm.nextObjectId++;
    realm.objectIds.set(o, id);
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
  if (container instanceof PyClass && container.meta?.contains !== undefined) return container.meta.contains(container, item);
  for (const x of interp.iterate(container)) if (eq(x, item)) return true;
  return false;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** len() of a str counts code points: a pair of UTF-16 surrogates is one character (a lone one is one too). */
function strLen(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const hi = s.charCodeAt(i);
    if (hi < 0xd800 || hi > 0xdbff) continue;
    const lo = s.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) {
      n--;
      i++;
    }
  }
  return n;
}

export function pyLen(v: Value): number {
  if (typeof v === 'string') return strLen(v);
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict || v instanceof PySet) return v.map.size;
  if (v instanceof PyNative && v.pyLen) {
    // A range past 2**53 items says Infinity: CPython's len() overflows past sys.maxsize.
    const n = v.pyLen();
    return n === Infinity ? raise(E.OverflowError, MSG.ssizeOverflow) : n;
  }
  if (v instanceof PyInstance) {
    const m = findMethod(v, '__len__');
    if (m !== undefined) return lenResult(interp.call(m, [v]));
  }
  if (v instanceof PyClass && v.meta?.len !== undefined) return v.meta.len(v);
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
    else if (typeof i === 'bigint') i = bigIndex(i);
    else if (i instanceof PyInstance && findMethod(i, '__index__') !== undefined) i = interp.call(findMethod(i, '__index__'), [i]);
    else typeError(`${what} indices must be integers or slices, not ${typeName(i)}`);
  }
  let n = i as number;
  if (n < 0) n += len;
  if (n < 0 || n >= len) raise(E.IndexError, `${what} index out of range`);
  return n;
}

/** A big int as an index: beyond sys.maxsize it cannot fit; below, it is out of range of any sequence. */
export function bigIndex(i: bigint): number {
  if (i >= 1n << 63n || i < -(1n << 63n)) raise(E.IndexError, MSG.indexSized);
  return i < 0n ? -Infinity : Infinity;
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
