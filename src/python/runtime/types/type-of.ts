/**
 * Which builtin type declaration describes a value: the one dispatch on a value's JS
 * representation that repr, hash, type(), attribute lookup and method calls share.
 */
import { PyBigRange } from '../big-range.ts';
import { PyRange } from '../iter.ts';
import { PyDict, PyFloat, PyList, PySet, PyTuple, type Value } from '../values.ts';
import type { BuiltinType } from './builtin-type.ts';
import { noneType, objectType, PyObject } from './core-types.ts';
import { dictType } from './dict-type.ts';
import { listType, tupleType } from './list-type.ts';
import { boolType, floatType, intType } from './number-types.ts';
import { rangeType } from './range-type.ts';
import { setType } from './set-type.ts';
import { strType } from './str-type.ts';

/**
 * The builtin type whose implementation `v` uses, or undefined for other values. A library
 * subclass made in JS (Counter is a PyDict) gets its base's: callers that must tell them apart
 * ask runtime/subclass-hooks.ts first.
 */
export function builtinTypeOf(v: Value): BuiltinType | undefined {
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
  if (v instanceof PyList) return listType;
  if (v instanceof PyDict) return dictType;
  if (v instanceof PyTuple) return tupleType;
  if (v instanceof PySet) return setType;
  if (v instanceof PyFloat) return floatType;
  if (v instanceof PyRange || v instanceof PyBigRange) return rangeType;
  if (v instanceof PyObject) return objectType;
  return undefined;
}
