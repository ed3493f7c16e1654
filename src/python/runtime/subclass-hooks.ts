/**
 * Hooks for library types that CPython builds on builtin ones: Counter, defaultdict and
 * OrderedDict are dicts, a namedtuple is a tuple. Making them JS subclasses of PyDict/PyTuple
 * lets every builtin operation (len, in, iteration, ==, json, sorted, unpacking) work on them
 * unchanged; the few places that must tell them apart (type(), repr(), attributes, a missing
 * key, Counter arithmetic) ask these hooks. Class statements get two hooks of their own,
 * CPython's `__mro_entries__` (Generic[T], Protocol) and a metaclass-like builder
 * (NamedTuple, TypedDict).
 */
import { PyDict, PyTuple, PyType, type Value } from './values.ts';

export interface NativeSubclass {
  /** What type(x) returns. */
  readonly pyType: PyType;
  pyRepr(): string;
  /** str(x) when it differs from repr(x) (a namedtuple class with its own __str__). */
  pyStr?(): string;
  /** Attributes beyond (or replacing) the base type's; undefined falls back to the base's. */
  pyAttr(name: string): Value | undefined;
  /** obj.name = value; false when the base type's rule applies. */
  pySetAttr?(name: string, value: Value): boolean;
}

export abstract class PyDictSubclass extends PyDict implements NativeSubclass {
  abstract readonly pyType: PyType;
  abstract pyRepr(): string;
  abstract pyAttr(name: string): Value | undefined;
  /** dict.__missing__: the value of `d[key]` for a key that is not there (undefined: KeyError). */
  pyMissing?(key: Value): Value;
  /** `this op other` (or `other op this` when reflected); undefined when not defined for `other`. */
  pyBinop?(op: string, other: Value, reflected: boolean): Value | undefined;
  /** A unary operator (`+c`, `-c`); undefined when the type does not define it. */
  pyUnary?(op: string): Value | undefined;
  /** `this == other` when it differs from dict's (Counter: missing counts are zero); undefined: dict's. */
  pyEq?(other: Value): boolean | undefined;
}

export abstract class PyTupleSubclass extends PyTuple implements NativeSubclass {
  abstract readonly pyType: PyType;
  abstract pyRepr(): string;
  pyStr?(): string;
  abstract pyAttr(name: string): Value | undefined;
  pySetAttr?(name: string, value: Value): boolean;
}

export function nativeSubclass(v: Value): NativeSubclass | null {
  return v instanceof PyDictSubclass || v instanceof PyTupleSubclass ? v : null;
}

/** Counter arithmetic and the like, asked before dict's own `|`. */
export function subclassBinop(op: string, a: Value, b: Value): Value | undefined {
  if (a instanceof PyDictSubclass && a.pyBinop !== undefined) {
    const r = a.pyBinop(op, b, false);
    if (r !== undefined) return r;
  }
  if (b instanceof PyDictSubclass && b.pyBinop !== undefined) return b.pyBinop(op, a, true);
  return undefined;
}

// ---- class statements ------------------------------------------------------------------------

/** A base in a class statement that stands for other bases (CPython's __mro_entries__). */
export interface MroEntries {
  pyMroEntries(ns: Map<string, Value>): Value[];
}

/** A base that builds the class itself, as a metaclass would (typing.NamedTuple, TypedDict). */
export interface ClassBuilder {
  /** `kw`: the class statement's keywords (`class M(TypedDict, total=False)`). */
  pyBuildClass(name: string, bases: readonly Value[], ns: Map<string, Value>, kw: ReadonlyMap<string, Value>): Value;
}

export function hasMroEntries(v: Value): v is MroEntries {
  return typeof v === 'object' && v !== null && typeof (v as Partial<MroEntries>).pyMroEntries === 'function';
}

export function isClassBuilder(v: Value): v is ClassBuilder {
  return typeof v === 'object' && v !== null && typeof (v as Partial<ClassBuilder>).pyBuildClass === 'function';
}

// ---- T[...] ----------------------------------------------------------------------------------

/** A type whose subscript makes a generic alias (`list[int]`, `deque[str]`): CPython's __class_getitem__. */
export interface ClassGetItem {
  pyClassGetItem(key: Value): Value;
}

export function hasClassGetItem(v: Value): v is ClassGetItem {
  return typeof v === 'object' && v !== null && typeof (v as Partial<ClassGetItem>).pyClassGetItem === 'function';
}


// ---- isinstance --------------------------------------------------------------------------------

/** A class-like object with its own instance check (collections.abc.Iterable, typing.List). */
export interface InstanceCheck {
  pyInstanceCheck(v: Value): boolean;
}

export function hasInstanceCheck(v: Value): v is InstanceCheck {
  return typeof v === 'object' && v !== null && typeof (v as Partial<InstanceCheck>).pyInstanceCheck === 'function';
}


/** A mapping that is not a dict (ChainMap): dict(x) and d.update(x) read it through this. */
export interface MappingLike {
  pyMappingDict(): PyDict;
}

export function isMappingLike(v: Value): v is MappingLike {
  return typeof v === 'object' && v !== null && typeof (v as Partial<MappingLike>).pyMappingDict === 'function';
}
