/**
 * The builtin value inside an instance of a program's `class Stack(list)`, `class
 * Registry(dict)` or `class Tag(str)` (compile/builtin-subclass.ts): isinstance checks against
 * list/dict/str look here, so such an instance counts as one.
 */
import type { PyDict, PyInstance, PyList, Value } from './values.ts';

export type Backing = PyList | PyDict | string;

const backings = new WeakMap<PyInstance, Backing>();

export function backingOf(v: Value): Backing | undefined {
  return typeof v === 'object' && v !== null ? backings.get(v as PyInstance) : undefined;
}

export function setBacking(v: PyInstance, b: Backing): void {
  backings.set(v, b);
}
