/** Python type names and the class objects values belong to. */
import { isPyException, PyException, type ExcClass } from '../../engine/exceptions.ts';
import { PyNative } from './native.ts';
import { nativeSubclass } from './subclass-hooks.ts';
import { builtinTypeOf } from './types/type-of.ts';
import { engineTypeOf } from './types/engine-type.ts';
import {
  BoundMethod,
  PyBuiltin,
  PyClass,
  PyCoroutine,
  PyInstance,
  PyModule,
  PyType,
  type Value,
} from './values.ts';


export function isExcClass(v: Value): v is ExcClass {
  return v instanceof PyClass ? v.excBase !== null : builtinExcClasses.has(v as ExcClass);
}

export const builtinExcClasses = new Set<ExcClass>();

export function typeName(v: Value): string {
  if (typeof v === 'function') return 'function';
  const sub = nativeSubclass(v);
  if (sub !== null) return sub.pyType.name;
  const builtin = builtinTypeOf(v);
  if (builtin !== undefined) return builtin.name;
  if (v instanceof PyInstance) return v.cls.name;
  if (v instanceof PyNative) return v.pyTypeName;
  if (isPyException(v)) return (v as PyException).cls.name;
  if (v instanceof PyCoroutine) return 'coroutine';
  if (v instanceof PyBuiltin) return v.self === undefined ? 'builtin_function_or_method' : 'builtin_function_or_method';
  if (v instanceof BoundMethod) return 'method';
  if (v instanceof PyModule) return 'module';
  if (v instanceof PyClass || v instanceof PyType || builtinExcClasses.has(v as ExcClass)) return 'type';
  return engineTypeOf(v)?.name ?? 'function';
}
