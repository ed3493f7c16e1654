/**
 * The builtin type objects (int, float, str, bool, list, tuple, dict, set, range, type,
 * object, NoneType, ...): callable as constructors, usable with isinstance, and what
 * `type(x)` returns. bool is a subclass of int, as in Python.
 */
import * as E from '../../engine/exceptions.ts';
import { maketrans } from './str-translate.ts';
import { PyException, type ExcClass } from '../../engine/exceptions.ts';
import { floatToInt, intToFloat, parseFloatStr, parseIntStr, type Int } from '../format/index.ts';
import { asIndex, asInt, checkKwargs, count, noKwargs, param, type Kwargs } from './builtin-args.ts';
import { typeError, Unsupported } from './errors.ts';
import { interp } from './hooks.ts';
import { PyBigRange } from './big-range.ts';
import { iterate, PyRange, toArray } from './iter.ts';
import { dictUpdate, fromkeys } from './methods-dict.ts';
import { dictMethods, floatMethods, intMethods, listMethods, setMethods, strMethods, tupleMethods, type Method } from './method-tables.ts';
import { findMethod, keyOf, truthy } from './ops.ts';
import { fakeAddress, str as strOf } from './repr.ts';
import { NativeType, PyNative } from './native.ts';
import { hasInstanceCheck, nativeSubclass } from './subclass-hooks.ts';
import { PyMetaclass } from './metaclass.ts';
import { backingOf } from './builtin-backing.ts';
import { isExcClass, registerEngineType, typeName } from './types.ts';
import { BoundMethod, PyBuiltin, PyClass, PyDict, PyFloat, PyInstance, PyList, PySet, PyTuple, PyType, type NativeFn, type Value } from './values.ts';

/** Type objects by Python type name, for type(x) of values that are not core classes. */
const byName = new Map<string, PyType>();

function ctor(name: string, call: NativeFn, test: (v: Value) => boolean): PyType {
  const t = new PyType(name, call, test);
  register(name, t);
  return t;
}

// ---- numbers -------------------------------------------------------------------------------

function callDunder(v: PyInstance, names: string[]): Value | undefined {
  for (const n of names) {
    const m = findMethod(v, n);
    if (m !== undefined) return interp.call(m, [v]);
  }
  return undefined;
}

export function toInt(args: Value[], kwargs: Kwargs): Int {
  checkKwargs('int', kwargs, ['base']);
  if (args.length > 2) typeError(`int() takes at most 2 arguments (${args.length} given)`);
  const baseArg = param('int', args, 1, kwargs, 'base');
  if (args.length === 0) {
    if (baseArg !== undefined) typeError('int() missing string argument');
    return 0;
  }
  const x = args[0];
  if (baseArg !== undefined) {
    const base = asIndex(baseArg);
    if (typeof x !== 'string') typeError("int() can't convert non-string with explicit base");
    return parseIntStr(x as string, base);
  }
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof PyFloat) return floatToInt(x.v);
  if (typeof x === 'string') return parseIntStr(x, 10);
  if (x instanceof PyInstance) {
    const r = callDunder(x, ['__int__', '__index__']);
    if (typeof r === 'number' || typeof r === 'bigint') return r;
    if (r !== undefined) typeError(`__int__ returned non-int (type ${typeName(r)})`);
  }
  return typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`);
}

export function toFloat(args: Value[], kwargs: Kwargs): PyFloat {
  noKwargs('float', kwargs);
  count('float', args, 0, 1);
  if (args.length === 0) return new PyFloat(0);
  const x = args[0];
  if (x instanceof PyFloat) return x;
  if (typeof x === 'number' || typeof x === 'bigint') return new PyFloat(intToFloat(x));
  if (typeof x === 'boolean') return new PyFloat(x ? 1 : 0);
  if (typeof x === 'string') return new PyFloat(parseFloatStr(x));
  if (x instanceof PyInstance) {
    const r = callDunder(x, ['__float__', '__index__']);
    if (r instanceof PyFloat) return r;
    if (typeof r === 'number' || typeof r === 'bigint') return new PyFloat(intToFloat(r));
    if (r !== undefined) typeError(`${typeName(x)}.__float__ returned non-float (type ${typeName(r)})`);
  }
  return typeError(`float() argument must be a string or a real number, not '${typeName(x)}'`);
}

/** Members of an int or str enum (IntEnum, StrEnum) are instances of that builtin type too. */
function mixesIn(v: Value, type: string): boolean {
  return v instanceof PyInstance && findMethod(v, '__enum_mixin__') === type;
}

export const intType = ctor('int', (a, k) => toInt(a, k), (v) => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || mixesIn(v, 'int'));
export const floatType = ctor('float', (a, k) => toFloat(a, k), (v) => v instanceof PyFloat);
export const boolType = ctor(
  'bool',
  (args, kwargs) => {
    noKwargs('bool', kwargs);
    count('bool', args, 0, 1);
    return args.length > 0 && truthy(args[0]);
  },
  (v) => typeof v === 'boolean',
);

// ---- str and containers ------------------------------------------------------------------

export const strType = ctor(
  'str',
  (args, kwargs) => {
    checkKwargs('str', kwargs, ['object', 'encoding', 'errors']);
    if (args.length > 3) typeError(`str() takes at most 3 arguments (${args.length} given)`);
    const obj = param('str', args, 0, kwargs, 'object');
    if (args.length > 1 || kwargs?.has('encoding') || kwargs?.has('errors')) {
      const enc = args.length > 1 ? args[1] : kwargs?.get('encoding');
      if (enc !== undefined && typeof enc !== 'string') typeError(`str() argument 'encoding' must be str, not ${typeName(enc)}`);
      if (typeof obj === 'string') typeError('decoding str is not supported');
      return typeError(`decoding to str: need a bytes-like object, ${typeName(obj)} found`);
    }
    return obj === undefined ? '' : strOf(obj);
  },
  (v) => typeof v === 'string' || mixesIn(v, 'str') || typeof backingOf(v) === 'string',
);

function collection(name: string, make: (items: Value[]) => Value, test: (v: Value) => boolean): PyType {
  return ctor(
    name,
    (args, kwargs) => {
      noKwargs(name, kwargs);
      count(name, args, 0, 1);
      return make(args.length === 0 ? [] : toArray(args[0]));
    },
    test,
  );
}

export function makeSet(items: Iterable<Value>): PySet {
  const s = new PySet();
  for (const x of items) {
    const k = keyOf(x);
    if (!s.map.has(k)) s.map.set(k, x);
  }
  return s;
}

export const listType = collection('list', (items) => new PyList(items), (v) => v instanceof PyList || backingOf(v) instanceof PyList);
export const tupleType = collection('tuple', (items) => new PyTuple(items), (v) => v instanceof PyTuple);
export const setType = ctor(
  'set',
  (args, kwargs) => {
    noKwargs('set', kwargs);
    count('set', args, 0, 1);
    return makeSet(args.length === 0 ? [] : iterate(args[0]));
  },
  (v) => v instanceof PySet,
);
export const dictType = ctor(
  'dict',
  (args, kwargs) => {
    count('dict', args, 0, 1);
    const d = new PyDict();
    dictUpdate(d, args[0], kwargs);
    return d;
  },
  (v) => v instanceof PyDict || backingOf(v) instanceof PyDict,
);

export const rangeType = ctor(
  'range',
  (args, kwargs) => {
    noKwargs('range', kwargs);
    count('range', args, 1, 3);
    if (args.some((a) => typeof a === 'bigint')) return bigRange(args.map(asInt));
    const n = args.map(asIndex);
    if (n.length === 1) return new PyRange(0, n[0], 1);
    if (n[2] === 0) throw E.pyErr(E.ValueError, 'range() arg 3 must not be zero');
    return new PyRange(n[0], n[1], n.length > 2 ? n[2] : 1);
  },
  (v) => v instanceof PyRange || v instanceof PyBigRange,
);

function bigRange(n: Int[]): PyBigRange {
  if (n.length === 1) return new PyBigRange(0, n[0], 1);
  if (n[2] === 0) throw E.pyErr(E.ValueError, 'range() arg 3 must not be zero');
  return new PyBigRange(n[0], n[1], n.length > 2 ? n[2] : 1);
}

// ---- type, object, NoneType ----------------------------------------------------------------

export const typeType = ctor(
  'type',
  (args, kwargs) => {
    if (args.length === 3) throw new Unsupported('type() with three arguments (creating a class on the fly) is not supported');
    noKwargs('type', kwargs);
    if (args.length !== 1) typeError('type() takes 1 or 3 arguments');
    return typeObjectOf(args[0]);
  },
  (v) => v instanceof PyType || v instanceof PyClass || isExcClass(v),
);

/** What `object()` makes: a featureless value, handy as a unique sentinel. */
export class PyObject extends PyNative {
  readonly pyTypeName = 'object';
  pyRepr(): string {
    return `<object object at ${fakeAddress(this)}>`;
  }
}
registerEngineType(PyObject, 'object');

export const objectType = ctor(
  'object',
  (args, kwargs) => {
    if (args.length > 0 || (kwargs !== null && kwargs.size > 0)) typeError('object() takes no arguments');
    return new PyObject();
  },
  () => true,
);

export const noneType = ctor(
  'NoneType',
  (args, kwargs) => {
    if (args.length > 0 || (kwargs !== null && kwargs.size > 0)) typeError('NoneType takes no arguments');
    return null;
  },
  (v) => v === null,
);

// ---- type registry ---------------------------------------------------------------------------

/** Makes `type(x)` return `t` for values whose typeName() is `name` (enumerate, Task, ...). */
export function register(name: string, t: PyType): void {
  byName.set(name, t);
}

/** The type object of any value: a PyType, a user PyClass, or an exception class. */
export function typeObjectOf(v: Value): Value {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return intType;
    case 'string':
      return strType;
    case 'boolean':
      return boolType;
  }
  if (v === null) return noneType;
  if (v instanceof PyFloat) return floatType;
  const sub = nativeSubclass(v);
  if (sub !== null) return sub.pyType;
  if (v instanceof PyList) return listType;
  if (v instanceof PyTuple) return tupleType;
  if (v instanceof PyDict) return dictType;
  if (v instanceof PySet) return setType;
  if (v instanceof PyInstance) return v.cls;
  if (v instanceof PyException) return v.cls;
  if (v instanceof PyClass && v.meta?.metaclass !== undefined) return v.meta.metaclass;
  if (v instanceof PyType || v instanceof PyClass || isExcClass(v)) return typeType;
  if (v instanceof PyNative && v.pyType !== undefined) return v.pyType();
  const name = v instanceof PyNative ? v.pyTypeName : typeName(v);
  let t = byName.get(name);
  if (t === undefined) {
    // Types a program can name but not build: functions, coroutines, iterators, ...
    t = new PyType(name, () => typeError(`cannot create '${name}' instances`), (x) => typeName(x) === name);
    byName.set(name, t);
  }
  return t;
}

/** callable(v): functions, builtins, classes, bound methods and objects with __call__. */
export function isCallable(v: Value): boolean {
  if (typeof v === 'function') return true;
  if (v instanceof PyBuiltin || v instanceof PyType || v instanceof PyClass || v instanceof BoundMethod) return true;
  if (isExcClass(v)) return true;
  if (v instanceof PyInstance) return findMethod(v, '__call__') !== undefined;
  // staticmethod objects (since 3.10) and the library's C-style methods are callable too.
  if (v instanceof PyNative) return v.pyCall !== undefined || v.pyTypeName === 'staticmethod' || v.pyTypeName === 'method_descriptor';
  // User functions are the compiler's objects; they carry their Python name.
  return typeof v === 'object' && v !== null && 'pyName' in v;
}

/** A type's methods table, for attribute access on the type itself (`str.lower`). */
function methodsOf(t: PyType): Map<string, Method> | undefined {
  if (t === strType) return strMethods;
  if (t === listType) return listMethods;
  if (t === tupleType) return tupleMethods;
  if (t === dictType) return dictMethods;
  if (t === setType) return setMethods;
  if (t === intType) return intMethods;
  if (t === floatType) return floatMethods;
  return undefined;
}

/**
 * `T.name` for a builtin type: its __name__, `dict.fromkeys`, or an unbound method such as
 * `str.lower` (handy as `key=str.lower`) that takes `self` as its first argument.
 * undefined when the type has no such attribute.
 */
export function typeAttribute(t: PyType, name: string): Value | undefined {
  if (name === '__name__' || name === '__qualname__') return t.name;
  if (t instanceof NativeType) return name === '__module__' ? t.module : t.typeAttr(name);
  if (name === '__module__') return 'builtins';
  if (t === dictType && name === 'fromkeys') return new PyBuiltin('fromkeys', (args, kwargs) => fromkeys(args, kwargs));
  // A static method: str.maketrans(...) takes no str first.
  if (t === strType && name === 'maketrans') return new PyBuiltin('maketrans', (args, kwargs) => maketrans(args, kwargs));
  const m = methodsOf(t)?.get(name);
  if (m === undefined) return undefined;
  const call = m as (self: Value, args: Value[], kwargs: Kwargs) => Value;
  return new PyBuiltin(name, (args, kwargs) => {
    if (args.length === 0) typeError(`unbound method ${t.name}.${name}() needs an argument`);
    const self = args[0];
    if (!t.test(self)) {
      typeError(`descriptor '${name}' for '${t.name}' objects doesn't apply to a '${typeName(self)}' object`);
    }
    return call(self, args.slice(1), kwargs);
  });
}

// ---- isinstance --------------------------------------------------------------------------------

function classIsSubclass(c: PyClass | ExcClass, base: Value): boolean {
  if (c === base) return true;
  if (c instanceof PyClass && c.mro.length > 0) return c.mro.includes(base as PyClass);
  return c.bases.some((b) => classIsSubclass(b, base));
}

function badClassInfo(fn: string): never {
  return typeError(`${fn}() arg 2 must be a type, a tuple of types, or a union`);
}

/** isinstance(v, cls) where cls may be a type, a class, an exception class or a tuple of them. */
export function isInstance(v: Value, cls: Value): boolean {
  if (cls instanceof PyType) return cls.test(v);
  if (hasInstanceCheck(cls)) return cls.pyInstanceCheck(v);
  if (cls instanceof PyClass) {
    if (v instanceof PyInstance) return classIsSubclass(v.cls, cls);
    if (v instanceof PyException) return classIsSubclass(v.cls, cls);
    return false;
  }
  if (isExcClass(cls)) return v instanceof PyException && classIsSubclass(v.cls, cls);
  if (cls instanceof PyMetaclass) return v instanceof PyClass && v.meta === cls.protocol;
  if (cls instanceof PyTuple) {
    // Python checks entries left to right and stops at the first match.
    for (const c of cls.items) if (isInstance(v, c)) return true;
    return false;
  }
  return badClassInfo('isinstance');
}

/** issubclass(c, base). */
export function isSubclassOf(c: Value, base: Value): boolean {
  if (base instanceof PyTuple) return base.items.some((b) => isSubclassOf(c, b));
  if (!(base instanceof PyType || base instanceof PyClass || isExcClass(base))) return badClassInfo('issubclass');
  if (c instanceof PyType) {
    if (base === objectType) return true;
    return c === base || (c === boolType && base === intType);
  }
  // A program's subclass of a stdlib class (logging.Handler) inherits from its Python-level base.
  if (c instanceof PyClass && base instanceof NativeType && base.subclassBase !== null) return c.mro.includes(base.subclassBase);
  // `class Stack(list)` inherits from the stand-in base class named after the builtin (compile/builtin-subclass.ts).
  if (c instanceof PyClass && base instanceof PyType && !(base instanceof NativeType) && c.mro.some((k) => k instanceof PyClass && k.module === 'builtins' && k.name === base.name)) return true;
  if (c instanceof PyClass || isExcClass(c)) return base === objectType || classIsSubclass(c as PyClass | ExcClass, base);
  return typeError('issubclass() arg 1 must be a class');
}
