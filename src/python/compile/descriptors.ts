/**
 * The descriptor protocol: what `obj.name` does with the class attribute it finds. Functions
 * bind, `staticmethod`/`classmethod`/`property` objects do their own thing, and any object
 * whose class defines `__get__`/`__set__`/`__delete__` takes part the same way, as in
 * CPython's object.__getattribute__ and object.__setattr__.
 */
import { attributeError } from '../runtime/errors.ts';
import { interp } from '../runtime/hooks.ts';
import { findMethod } from '../runtime/ops.ts';
import { MethodBuiltin, PyNative } from '../runtime/native.ts';
import { fakeAddress as addressOf, repr } from '../runtime/repr.ts';
import { typeName as typeNameOf } from '../runtime/types.ts';
import { BoundMethod, PyBuiltin, PyClass, PyInstance, type Value } from '../runtime/values.ts';
import { PyMethodDescriptor } from '../runtime/method-descriptor.ts';
// The method objects of TypeScript-written classes live with the runtime, which makes them for engine types too.
export { PyMethodDescriptor };
import { PyFunction } from './frame.ts';

export class PyStaticMethod extends PyNative {
  readonly pyTypeName = 'staticmethod';
  attrs: Map<string, Value> | null = null;
  constructor(readonly fn: Value) {
    super();
  }
  pyRepr(): string {
    return `<staticmethod(${repr(this.fn)})>`;
  }
}

export class PyClassMethod extends PyNative {
  readonly pyTypeName = 'classmethod';
  attrs: Map<string, Value> | null = null;
  constructor(readonly fn: Value) {
    super();
  }
  pyRepr(): string {
    return `<classmethod(${repr(this.fn)})>`;
  }
}

export class PyProperty extends PyNative {
  readonly pyTypeName = 'property';
  /** The attribute name, from __set_name__: CPython's messages say "property 'x' of 'C' object". */
  name: string | null = null;
  constructor(
    readonly fget: Value,
    readonly fset: Value,
    readonly fdel: Value,
    readonly doc: Value,
  ) {
    super();
  }
  pyRepr(): string {
    return `<property object at ${addressOf(this)}>`;
  }
  /** A copy with one accessor replaced: what `@x.setter` makes. */
  with(part: 'fget' | 'fset' | 'fdel', fn: Value): PyProperty {
    const p = new PyProperty(part === 'fget' ? fn : this.fget, part === 'fset' ? fn : this.fset, part === 'fdel' ? fn : this.fdel, this.doc);
    p.name = this.name;
    return p;
  }
  missing(what: string, obj: Value): never {
    const owner = obj instanceof PyInstance ? obj.cls.name : typeNameOf(obj);
    return attributeError(`property ${this.name === null ? '' : `'${this.name}' `}of '${owner}' object has no ${what}`);
  }
}

/** A user object acting as a descriptor: its class's `__get__`, `__set__` or `__delete__`. */
function userHook(attr: Value, name: string): Value | undefined {
  return attr instanceof PyInstance ? findMethod(attr, name) : undefined;
}

/** Data descriptors (with __set__ or __delete__) win over the instance's own dict. */
export function isDataDescriptor(attr: Value): boolean {
  if (attr instanceof PyProperty) return true;
  return attr instanceof PyInstance && (findMethod(attr, '__set__') !== undefined || findMethod(attr, '__delete__') !== undefined);
}

/**
 * `attr.__get__(obj, cls)`: the value `obj.name` (or `cls.name` when obj is undefined) gives
 * for a class attribute. Non-descriptors come back unchanged.
 */
export function descriptorGet(attr: Value, obj: Value | undefined, cls: PyClass): Value {
  if (attr instanceof PyFunction) return obj === undefined ? attr : new BoundMethod(obj, attr);
  // A library callable that acts as a function (contextlib's decorated functions) binds too.
  if ((attr instanceof PyNative && attr.pyBindsAsMethod === true) || attr instanceof MethodBuiltin) return obj === undefined ? attr : new BoundMethod(obj, attr);
  if (attr instanceof PyStaticMethod) return attr.fn;
  if (attr instanceof PyMethodDescriptor) {
    if (obj === undefined) return attr;
    return new PyBuiltin(attr.name, (args, kw, site) => attr.fn([obj, ...args], kw, site), obj);
  }
  if (attr instanceof PyClassMethod) return new BoundMethod(cls, attr.fn);
  if (attr instanceof PyProperty) {
    if (obj === undefined) return attr;
    if (attr.fget === null) attr.missing('getter', obj);
    return interp.call(attr.fget, [obj]);
  }
  const get = userHook(attr, '__get__');
  if (get !== undefined) return interp.call(get, [attr, obj === undefined ? null : obj, cls]);
  return attr;
}

/** `obj.name = v` through a data descriptor; false when `attr` is not one that sets. */
export function descriptorSet(attr: Value, obj: Value, v: Value): boolean {
  if (attr instanceof PyProperty) {
    if (attr.fset === null) attr.missing('setter', obj);
    interp.call(attr.fset, [obj, v]);
    return true;
  }
  const set = userHook(attr, '__set__');
  if (set !== undefined) {
    interp.call(set, [attr, obj, v]);
    return true;
  }
  return false;
}

/** `del obj.name` through a data descriptor; false when `attr` is not one that deletes. */
export function descriptorDelete(attr: Value, obj: Value): boolean {
  if (attr instanceof PyProperty) {
    if (attr.fdel === null) attr.missing('deleter', obj);
    interp.call(attr.fdel, [obj]);
    return true;
  }
  const del = userHook(attr, '__delete__');
  if (del !== undefined) {
    interp.call(del, [attr, obj]);
    return true;
  }
  return false;
}

/** Whether some class on the MRO holds a data descriptor (so the instance dict is not enough). */
export function mroHasDataDescriptor(cls: PyClass): boolean {
  for (const c of cls.mro) if (c instanceof PyClass && c.hasDataDescriptor) return true;
  return false;
}

/** `__set_name__(owner, name)` for each attribute of a new class that defines it. */
export function setNames(cls: PyClass): void {
  for (const [name, v] of [...cls.dict]) {
    if (v instanceof PyProperty) {
      if (v.name === null) v.name = name;
      continue;
    }
    const hook = userHook(v, '__set_name__');
    if (hook !== undefined) interp.call(hook, [v, cls, name]);
  }
}
