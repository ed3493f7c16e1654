/** functools.cached_property: computes once per instance, then the instance's dict answers. */
import { typeError } from '../runtime/errors.ts';
import { interp } from '../runtime/hooks.ts';
import { PyClass, PyInstance, type Value } from '../runtime/values.ts';
import { optionalAttr } from '../compile/descriptor-builtins.ts';
import { nativeClass, nativeMethods } from './native-class.ts';

export function makeCachedProperty(): PyClass {
  return nativeClass(
    'functools',
    'cached_property',
    [],
    nativeMethods('functools.cached_property', {
      __init__: (args) => {
        const p = args[0] as PyInstance;
        p.dict.set('func', args[1]);
        p.dict.set('attrname', null);
        p.dict.set('__doc__', optionalAttr(args[1], '__doc__', null));
        return null;
      },
      __set_name__: (args) => {
        const [p, , name] = args as [PyInstance, Value, string];
        const had = p.dict.get('attrname');
        if (had === null) p.dict.set('attrname', name);
        else if (had !== name) typeError(`Cannot assign the same cached_property to two different names (${String(had)} and ${name}).`);
        return null;
      },
      __get__: (args) => {
        const [p, obj] = args as [PyInstance, Value];
        if (obj === null) return p;
        const name = p.dict.get('attrname');
        if (name === null) typeError('Cannot use cached_property instance without calling __set_name__ on it.');
        const v = interp.call(p.dict.get('func'), [obj]);
        if (obj instanceof PyInstance) obj.dict.set(name as string, v);
        return v;
      },
    }),
  );
}
