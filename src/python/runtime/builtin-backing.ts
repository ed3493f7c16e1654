/**
 * The builtin value inside an instance of a program's `class Stack(list)`, `class
 * Registry(dict)` or `class Tag(str)` (compile/builtin-subclass.ts): isinstance checks against
 * list/dict/str look here, so such an instance counts as one.
 */
import type { PyClass, PyDict, PyInstance, PyList, PyType, Value } from './values.ts';

export type Backing = PyList | PyDict | string;

const backings = new WeakMap<PyInstance, Backing>();

export function backingOf(v: Value): Backing | undefined {
  return typeof v === 'object' && v !== null ? backings.get(v as PyInstance) : undefined;
}

export function setBacking(v: PyInstance, b: Backing): void {
  backings.set(v, b);
}

/**
 * The class a `class Stack(list)` gets as its base stands for the builtin type itself: in
 * issubclass, __mro__ and __bases__ it is `list`, by identity rather than by name.
 */
const standIns = new WeakMap<PyClass, PyType>();

export function setStandIn(base: PyClass, t: PyType): void {
  standIns.set(base, t);
}

/** The builtin type `v` stands in for, or undefined when it is not such a base class. */
export function standInFor(v: Value): PyType | undefined {
  return typeof v === 'object' && v !== null ? standIns.get(v as PyClass) : undefined;
}

/** A class's bases or MRO as a program sees them: stand-ins shown as the types they stand for. */
export function asSeen(classes: readonly Value[]): Value[] {
  return classes.map((k) => standInFor(k) ?? k);
}
