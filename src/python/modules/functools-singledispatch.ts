/**
 * functools.singledispatch: a generic function that picks its implementation by the type of
 * its first argument, walking that type's MRO. Implementations register with an explicit type
 * (`@fun.register(int)`) or by their first parameter's annotation (`@fun.register`).
 */
import { typeError, Unsupported } from '../runtime/errors.ts';
import { objectType, typeObjectOf, boolType, intType } from '../runtime/builtin-types.ts';
import { interp } from '../runtime/hooks.ts';
import { NO_CALL_SITE, PyBuiltin, PyClass, PyDict, PyInstance, PyType, type Value } from '../runtime/values.ts';
import type { ExcClass } from '../../engine/exceptions.ts';
import { PyException } from '../../engine/exceptions.ts';
import { linearize } from '../compile/class.ts';
import { getattr, setattr } from '../compile/objects.ts';
import { optionalAttr } from '../compile/descriptor-builtins.ts';
import { repr } from '../runtime/repr.ts';
import { descriptorGet, PyClassMethod, PyStaticMethod } from '../compile/descriptors.ts';
import { isCallable } from '../runtime/builtin-types.ts';
import { nativeClass, nativeFunction, nativeMethods } from './native-class.ts';

/** The classes a value's type lists in its MRO, object last. */
function mroOf(v: Value): Value[] {
  if (v instanceof PyInstance || v instanceof PyException) return classMro(v.cls);
  return classMro(typeObjectOf(v));
}

/** A class's own MRO, object last. */
function classMro(c: Value): Value[] {
  if (c instanceof PyClass) return [...c.mro, objectType];
  if (c === boolType) return [boolType, intType, objectType];
  if (c instanceof PyType) return c === objectType ? [objectType] : [c, objectType];
  return [...linearize(c as ExcClass), objectType];
}

function isType(v: Value): boolean {
  return v instanceof PyClass || v instanceof PyType || (typeof v === 'object' && v !== null && 'bases' in v && 'module' in v);
}

export function makeSingledispatch(updateWrapper: (wrapper: Value, wrapped: Value) => Value): PyBuiltin {
  return new PyBuiltin('singledispatch', (args) => {
    if (args.length !== 1) typeError(`singledispatch() takes 1 positional argument but ${args.length} were given`);
    const base = args[0];
    const registry = new Map<Value, Value>([[objectType, base]]);
    const dispatch = (cls: Value[]): Value => {
      for (const c of cls) if (registry.has(c)) return registry.get(c);
      return base;
    };
    const name = String((base as { qualName?: string }).qualName ?? 'singledispatch_function');
    const wrapper = nativeFunction(name, { vararg: 'args', kwarg: 'kw', filename: 'functools.py' }, (a) => {
      if (a.varargs.length === 0) typeError(`${name} requires at least 1 positional argument`);
      const impl = dispatch(mroOf(a.varargs[0]));
      return interp.call(impl, [...a.varargs], a.kwargs.size > 0 ? a.kwargs : null);
    });
    const register = new PyBuiltin('register', (ra) => {
      let [cls, func] = ra;
      if (!isType(cls)) {
        if (func !== undefined) typeError(`Invalid first argument to \`register()\`. ${repr(cls)} is not a class or union type.`);
        // `@f.register` on an annotated function: the first annotation names the type.
        const ann = isCallable(cls) ? optionalAttr(cls, '__annotations__', null) : null;
        const first = ann instanceof PyDict ? ann.map.values().next().value : undefined;
        if (first === undefined) {
          return typeError(`Invalid first argument to \`register()\`: ${repr(cls)}. Use either \`@register(some_class)\` or plain \`@register\` on an annotated function.`);
        }
        func = cls;
        cls = first.v;
        if (typeof cls === 'string') throw new Unsupported('`register()` by a string annotation is not supported by Taskline (it cannot evaluate the text): annotate with the type itself');
        if (!isType(cls)) typeError(`Invalid annotation for ${repr(first.k)}. ${repr(cls)} is not a class.`);
      }
      if (func !== undefined) {
        registry.set(cls, func);
        return func;
      }
      return new PyBuiltin('register', (fa) => {
        registry.set(cls, fa[0]);
        return fa[0];
      });
    });
    updateWrapper(wrapper, base);
    setattr(wrapper, 'register', register);
    setattr(wrapper, 'dispatch', new PyBuiltin('dispatch', (da) => dispatch(isType(da[0]) ? classMro(da[0]) : mroOf(da[0]))));
    const view = new PyDict();
    setattr(wrapper, 'registry', view);
    const refresh = (): void => {
      view.map.clear();
      for (const [k, v] of registry) view.map.set(k, { k, v });
    };
    const set = registry.set.bind(registry);
    registry.set = (k, v) => {
      set(k, v);
      refresh();
      return registry;
    };
    refresh();
    return wrapper;
  });
}

/** functools.singledispatchmethod: dispatches on the first argument after self (or cls). */
export function makeSingledispatchMethod(singledispatch: PyBuiltin, updateWrapper: (wrapper: Value, wrapped: Value) => Value): PyClass {
  return nativeClass(
    'functools',
    'singledispatchmethod',
    [],
    nativeMethods('functools.singledispatchmethod', {
      __init__: (a) => {
        const self = a[0] as PyInstance;
        const func = a[1];
        if (!isCallable(func) && !(func instanceof PyClassMethod || func instanceof PyStaticMethod)) typeError(`${String(func)} is not callable or a descriptor`);
        self.dict.set('func', func);
        self.dict.set('dispatcher', singledispatch.fn([func], null, NO_CALL_SITE));
        return null;
      },
      register: (a) => interp.call(getattr((a[0] as PyInstance).dict.get('dispatcher'), 'register'), a.slice(1)),
      __get__: (a) => {
        const [self, obj, cls] = a as [PyInstance, Value, Value];
        const dispatcher = self.dict.get('dispatcher');
        const method = nativeFunction('singledispatchmethod.__get__.<locals>._method', { vararg: 'args', kwarg: 'kw', filename: 'functools.py' }, (b) => {
          const args = [...b.varargs];
          const kw = b.kwargs.size > 0 ? b.kwargs : null;
          if (args.length === 0) typeError('singledispatchmethod method requires at least 1 positional argument');
          const impl = interp.call(getattr(dispatcher, 'dispatch'), [typeObjectOf(args[0])]);
          const owner = cls instanceof PyClass ? cls : obj instanceof PyInstance ? obj.cls : null;
          const bound = owner === null ? impl : descriptorGet(impl, obj === null ? undefined : obj, owner);
          return interp.call(bound, args, kw);
        });
        updateWrapper(method, self.dict.get('func'));
        return method;
      },
    }),
  );
}
