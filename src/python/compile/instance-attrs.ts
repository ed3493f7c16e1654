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

type Entry = { k: Value; v: Value };

/**
 * A dict's entry table that reads and writes an attribute map, so `obj.__dict__[k] = v` and
 * `vars(obj)` see and change the object itself, as in CPython.
 */
class LiveEntries extends Map<unknown, Entry> {
  constructor(
    private readonly src: Map<string, Value>,
    /** Slot values live in the same map but are not part of `__dict__`. */
    private readonly hidden: ReadonlySet<string> | null,
  ) {
    super();
    Object.defineProperty(this, 'size', { get: () => (hidden === null ? src.size : [...this.keys()].length) });
  }
  override get(k: unknown): Entry | undefined {
    const src = this.src;
    if (!src.has(k as string) || this.hidden?.has(k as string) === true) return undefined;
    return {
      k,
      get v() {
        return src.get(k as string);
      },
      set v(x: Value) {
        src.set(k as string, x);
      },
    };
  }
  override set(k: unknown, e: Entry): this {
    this.src.set(k as string, e.v);
    return this;
  }
  override has(k: unknown): boolean {
    return this.src.has(k as string) && this.hidden?.has(k as string) !== true;
  }
  override delete(k: unknown): boolean {
    return this.src.delete(k as string);
  }
  override clear(): void {
    this.src.clear();
  }
  override *keys(): MapIterator<unknown> {
    for (const k of this.src.keys()) if (this.hidden?.has(k) !== true) yield k;
  }
  override *values(): MapIterator<Entry> {
    for (const k of [...this.keys()]) yield this.get(k)!;
  }
  override *entries(): MapIterator<[unknown, Entry]> {
    for (const k of [...this.keys()]) yield [k, this.get(k)!];
  }
  override [Symbol.iterator](): MapIterator<[unknown, Entry]> {
    return this.entries();
  }
  override forEach(cb: (e: Entry, k: unknown, m: Map<unknown, Entry>) => void): void {
    for (const [k, e] of this.entries()) cb(e, k, this);
  }
}

const liveDicts = new WeakMap<Map<string, Value>, PyDict>();

/** `obj.__dict__`: a dict that is a live view of the attribute map (the same dict each time). */
export function dictOf(m: Map<string, Value>, hidden: ReadonlySet<string> | null = null): PyDict {
  let d = liveDicts.get(m);
  if (d === undefined) {
    d = new PyDict();
    (d as { map: Map<unknown, Entry> }).map = new LiveEntries(m, hidden);
    liveDicts.set(m, d);
  }
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
  if (name === '__dict__' && cls.slots === null) return dictOf(obj.dict, cls.slotNames);
  return noAttribute(obj, name);
}

export function instanceGetattr(obj: PyInstance, name: string): Value {
  // The common case first: an attribute of the instance that no data descriptor shadows.
  const own = obj.dict.get(name);
  if (own !== undefined && !mroHasDataDescriptor(obj.cls)) return own;
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
  if (obj.cls.slots !== null && !obj.cls.slots.has(name)) noAttribute(obj, name);
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
