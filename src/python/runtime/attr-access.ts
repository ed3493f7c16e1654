/**
 * getattr/setattr as the builtins (getattr, hasattr, setattr, str.format's `{0.name}`) see
 * them. The interpreter owns attribute lookup; it installs its functions here (see
 * makeBuiltins). The defaults cover plain instances so the builtins work in isolation.
 */
import { PyException } from '../../engine/exceptions.ts';
import { attributeError } from './errors.ts';
import { typeName } from './types.ts';
import { BoundMethod, PyClass, PyInstance, type Value } from './values.ts';

export interface AttrAccess {
  /** obj.name, raising AttributeError when missing. */
  get(obj: Value, name: string): Value;
  /** obj.name = v, raising AttributeError where attributes cannot be set. */
  set(obj: Value, name: string, v: Value): void;
}

function missing(obj: Value, name: string): never {
  return attributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
}

export const attrAccess: AttrAccess = {
  get(obj, name) {
    if (obj instanceof PyInstance) {
      if (obj.dict.has(name)) return obj.dict.get(name);
      for (const c of obj.cls.mro.length > 0 ? obj.cls.mro : [obj.cls]) {
        if (c instanceof PyClass && c.dict.has(name)) {
          const v = c.dict.get(name);
          return typeof v === 'object' && v !== null && 'pyName' in v ? new BoundMethod(obj, v) : v;
        }
      }
    }
    if (obj instanceof PyException && obj.attrs?.has(name)) return obj.attrs.get(name);
    return missing(obj, name);
  },
  set(obj, name, v) {
    if (obj instanceof PyInstance) obj.dict.set(name, v);
    else if (obj instanceof PyException) (obj.attrs ??= new Map()).set(name, v);
    else missing(obj, name);
  },
};
