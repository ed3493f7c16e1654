/** Python type names and the class objects values belong to. */
import { isPyException, PyException, type ExcClass } from '../../engine/exceptions.ts';
import { Future } from '../../engine/future.ts';
import { Task } from '../../engine/task.ts';
import { PyNative } from './native.ts';
import { nativeSubclass } from './subclass-hooks.ts';
import {
  BoundMethod,
  PyBuiltin,
  PyClass,
  PyCoroutine,
  PyDict,
  PyFloat,
  PyInstance,
  PyList,
  PyModule,
  PySet,
  PyTuple,
  PyType,
  type Value,
} from './values.ts';

/** Engine classes that Python code sees as asyncio types, named as CPython names them. */
const engineTypeNames = new Map<unknown, string>();
export function registerEngineType(ctor: abstract new (...args: never[]) => unknown, name: string): void {
  engineTypeNames.set(ctor, name);
}

export function isExcClass(v: Value): v is ExcClass {
  return v instanceof PyClass ? v.excBase !== null : builtinExcClasses.has(v as ExcClass);
}

export const builtinExcClasses = new Set<ExcClass>();

export function typeName(v: Value): string {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return 'int';
    case 'string':
      return 'str';
    case 'boolean':
      return 'bool';
    case 'function':
      return 'function';
  }
  if (v === null) return 'NoneType';
  if (v instanceof PyFloat) return 'float';
  const sub = nativeSubclass(v);
  if (sub !== null) return sub.pyType.name;
  if (v instanceof PyList) return 'list';
  if (v instanceof PyTuple) return 'tuple';
  if (v instanceof PyDict) return 'dict';
  if (v instanceof PySet) return 'set';
  if (v instanceof PyInstance) return v.cls.name;
  if (v instanceof PyNative) return v.pyTypeName;
  if (isPyException(v)) return (v as PyException).cls.name;
  if (v instanceof PyCoroutine) return 'coroutine';
  if (v instanceof PyBuiltin) return v.self === undefined ? 'builtin_function_or_method' : 'builtin_function_or_method';
  if (v instanceof BoundMethod) return 'method';
  if (v instanceof PyModule) return 'module';
  if (v instanceof PyClass || v instanceof PyType || builtinExcClasses.has(v as ExcClass)) return 'type';
  if (v instanceof Task) return 'Task';
  if (typeof v === 'object' && v !== null) {
    const n = engineTypeNames.get((v as object).constructor);
    if (n !== undefined) return n;
    if (v instanceof Future) return 'Future';
  }
  return 'function';
}
