/**
 * Attribute lookup on instances of user classes, as CPython's object.__getattribute__,
 * object.__setattr__ and object.__delattr__ do it: data descriptors on the class first, then
 * the instance's dict, then the other class attributes (binding functions), then a
 * `__getattr__` fallback. A class's own `__setattr__`/`__delattr__` replace the default.
 */
import { AttributeError, isSubclass, PyException } from '../../engine/exceptions.ts';
import { attributeError } from '../runtime/errors.ts';
import { interp } from '../runtime/hooks.ts';
import { PyClass, PyDict, PyInstance, type Value } from '../runtime/values.ts';
import { descriptorDelete, descriptorGet, descriptorSet, isDataDescriptor, mroHasDataDescriptor } from './descriptors.ts';

export function lookupClass(cls: PyClass, name: string): Value | undefined {
  for (const c of cls.mro) if (c instanceof PyClass && c.dict.has(name)) return c.dict.get(name);
  return undefined;
}

export function dictOf(m: Map<string, Value>): PyDict {
  const d = new PyDict();
  for (const [k, v] of m) d.map.set(k, { k, v });
  return d;
}

function noAttribute(obj: PyInstance, name: string): never {
  return attributeError(`'${obj.cls.name}' object has no attribute '${name}'`);
}

/** object.__getattribute__ without the `__getattr__` fallback. */
export function genericGetattr(obj: PyInstance, name: string): Value {
  const cls = obj.cls;
  const own = obj.dict.get(name);
  if (own !== undefined && !mroHasDataDescriptor(cls)) return own;
  const attr = lookupClass(cls, name);
  if (attr !== undefined && own !== undefined && !isDataDescriptor(attr)) return own;
  if (attr !== undefined) return descriptorGet(attr, obj, cls);
  if (own !== undefined) return own;
  if (name === '__class__') return cls;
  if (name === '__dict__') return dictOf(obj.dict);
  return noAttribute(obj, name);
}

export function instanceGetattr(obj: PyInstance, name: string): Value {
  const fallback = lookupClass(obj.cls, '__getattr__');
  if (fallback === undefined) return genericGetattr(obj, name);
  try {
    return genericGetattr(obj, name);
  } catch (e) {
    if (!isAttributeError(e)) throw e;
    return interp.call(fallback, [obj, name]);
  }
}

function isAttributeError(e: unknown): boolean {
  return e instanceof PyException && isSubclass(e.cls, AttributeError);
}

/** object.__setattr__: a data descriptor's __set__, else the instance dict. */
export function genericSetattr(obj: PyInstance, name: string, v: Value): void {
  if (mroHasDataDescriptor(obj.cls)) {
    const attr = lookupClass(obj.cls, name);
    if (attr !== undefined && descriptorSet(attr, obj, v)) return;
  }
  obj.dict.set(name, v);
}

export function instanceSetattr(obj: PyInstance, name: string, v: Value): void {
  const hook = lookupClass(obj.cls, '__setattr__');
  if (hook !== undefined) interp.call(hook, [obj, name, v]);
  else genericSetattr(obj, name, v);
}

/** object.__delattr__. */
export function genericDelattr(obj: PyInstance, name: string): void {
  if (mroHasDataDescriptor(obj.cls)) {
    const attr = lookupClass(obj.cls, name);
    if (attr !== undefined && descriptorDelete(attr, obj)) return;
  }
  if (!obj.dict.delete(name)) noAttribute(obj, name);
}

export function instanceDelattr(obj: PyInstance, name: string): void {
  const hook = lookupClass(obj.cls, '__delattr__');
  if (hook !== undefined) interp.call(hook, [obj, name]);
  else genericDelattr(obj, name);
}

/** Keeps `hasDataDescriptor` right when a class attribute is set after the class exists. */
export function noteClassAttr(cls: PyClass, v: Value): void {
  if (!cls.hasDataDescriptor && isDataDescriptor(v)) cls.hasDataDescriptor = true;
}
