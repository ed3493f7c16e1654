/**
 * typing.get_type_hints: the annotations of a function (or of a class and its bases, base
 * first), with `None` read as NoneType. String annotations would need evaluating their text,
 * which Taskline cannot do: those are refused by name.
 */
import { PyException } from '../../../engine/exceptions.ts';
import { typeError, Unsupported } from '../../runtime/errors.ts';
import { noneType } from '../../runtime/builtin-types.ts';
import { dictSet } from '../../runtime/ops.ts';
import { repr } from '../../runtime/repr.ts';
import { PyClass, PyDict, type Value } from '../../runtime/values.ts';
import { getattr } from '../../compile/objects.ts';

function addHints(out: PyDict, ann: PyDict): void {
  for (const { k, v } of ann.map.values()) {
    if (typeof v === 'string') throw new Unsupported(`typing.get_type_hints of a string annotation (${repr(v)}) is not supported by Taskline: it cannot evaluate the text`);
    dictSet(out, k, v === null ? noneType : v);
  }
}

export function getTypeHints(obj: Value): PyDict {
  const out = new PyDict();
  if (obj instanceof PyClass) {
    for (const base of [...obj.mro].reverse()) {
      const ann = base instanceof PyClass ? base.dict.get('__annotations__') : undefined;
      if (ann instanceof PyDict) addHints(out, ann);
    }
    return out;
  }
  let ann: Value;
  try {
    ann = getattr(obj, '__annotations__');
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    ann = null;
  }
  if (!(ann instanceof PyDict)) typeError(`${repr(obj)} is not a module, class, method, or function.`);
  addHints(out, ann as PyDict);
  return out;
}
