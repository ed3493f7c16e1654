/**
 * The builtin type objects as a program sees them: what `type(x)` returns, `T.name` on a type,
 * callable(), isinstance() and issubclass(). Each builtin type is declared once, in types/.
 */
import { PyException, type ExcClass } from '../../engine/exceptions.ts';
import type { Kwargs } from './builtin-args.ts';
import { typeError } from './errors.ts';
import { findMethod } from './ops.ts';
import { NativeType, PyNative } from './native.ts';
import { hasInstanceCheck, nativeSubclass } from './subclass-hooks.ts';
import { PyMetaclass } from './metaclass.ts';
import { isExcClass, typeName } from './types.ts';
import { BuiltinType } from './types/builtin-type.ts';
import { standInFor } from './builtin-backing.ts';
import { objectType, typeType } from './types/core-types.ts';
import { builtinTypeOf } from './types/type-of.ts';
import { EngineType, engineTypeOf } from './types/engine-type.ts';
import { BoundMethod, PyBuiltin, PyClass, PyInstance, PyTuple, PyType, type Value } from './values.ts';

export { noneType, objectType, typeType } from './types/core-types.ts';
export { dictType } from './types/dict-type.ts';
export { listType, tupleType } from './types/list-type.ts';
export { boolType, floatType, intType } from './types/number-types.ts';
export { rangeType } from './types/range-type.ts';
export { setType } from './types/set-type.ts';
export { strType } from './types/str-type.ts';

/** Type objects by Python type name, for type(x) of values that are not core classes. */
const byName = new Map<string, PyType>();

// ---- type registry ---------------------------------------------------------------------------

/** Makes `type(x)` return `t` for values whose typeName() is `name` (enumerate, Task, ...). */
export function register(name: string, t: PyType): void {
  byName.set(name, t);
}

/** The type object of any value: a PyType, a user PyClass, or an exception class. */
export function typeObjectOf(v: Value): Value {
  const sub = nativeSubclass(v);
  if (sub !== null) return sub.pyType;
  const builtin = builtinTypeOf(v);
  if (builtin !== undefined) return builtin;
  if (v instanceof PyInstance) return v.cls;
  if (v instanceof PyException) return v.cls;
  if (v instanceof PyClass && v.meta?.metaclass !== undefined) return v.meta.metaclass;
  if (v instanceof PyType || v instanceof PyClass || isExcClass(v)) return typeType;
  if (v instanceof PyNative && v.pyType !== undefined) return v.pyType();
  const engine = engineTypeOf(v);
  if (engine !== undefined) return engine;
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

/**
 * `T.name` for a builtin type: its __name__, `dict.fromkeys`, or an unbound method such as
 * `str.lower` (handy as `key=str.lower`) that takes `self` as its first argument.
 * undefined when the type has no such attribute.
 */
export function typeAttribute(t: PyType, name: string): Value | undefined {
  if (name === '__name__' || name === '__qualname__') return t.name;
  if (t instanceof EngineType && (name === '__bases__' || name === '__mro__')) {
    if (name === '__mro__') return new PyTuple([...t.mro, objectType]);
    return new PyTuple(t.bases.length > 0 ? [...t.bases] : [objectType]);
  }
  if (t instanceof NativeType) return name === '__module__' ? t.module : t.typeAttr(name);
  if (!(t instanceof BuiltinType)) return name === '__module__' ? 'builtins' : undefined;
  if (name === '__module__') return t.module;
  const attr = t.attrs.get(name);
  if (attr !== undefined) return attr;
  const m = t.methods.get(name);
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
  if (c instanceof EngineType) return base === objectType || (base instanceof EngineType && c.isSubtypeOf(base));
  if (c instanceof PyType) {
    if (base === objectType) return true;
    for (let k: PyType | null = c; k !== null; k = k instanceof BuiltinType || k instanceof NativeType ? k.base : null) if (k === base) return true;
    return false;
  }
  // A program's subclass of a stdlib class (logging.Handler) inherits from its Python-level base.
  if (c instanceof PyClass && base instanceof NativeType && base.subclassBase !== null) return c.mro.includes(base.subclassBase);
  // `class Stack(list)` inherits from a stand-in base class that is `list` itself to issubclass (builtin-backing.ts).
  if (c instanceof PyClass && base instanceof PyType && c.mro.some((k) => standInFor(k) === base)) return true;
  if (c instanceof PyClass || isExcClass(c)) return base === objectType || classIsSubclass(c as PyClass | ExcClass, base);
  return typeError('issubclass() arg 1 must be a class');
}
