/**
 * `super()` and the methods of `object` that a class's own hooks fall back on
 * (`object.__setattr__`, `object.__new__`, `super().__init_subclass__()`...).
 */
import { groupMembers } from '../runtime/exception-group.ts';
import * as E from '../../engine/exceptions.ts';
import { PyException, type ExcClass } from '../../engine/exceptions.ts';
import { attributeError, raise, typeError, Unsupported } from '../runtime/errors.ts';
import { repr } from '../runtime/repr.ts';
import { builtinExcClasses, typeName } from '../runtime/types.ts';
import { objectType, typeAttribute } from '../runtime/builtin-types.ts';
import { PyBuiltin, PyClass, PyInstance, PyTuple, PyType, type Value } from '../runtime/values.ts';
import { descriptorGet } from './descriptors.ts';
import { genericDelattr, genericGetattr, genericSetattr, lookupClass } from './instance-attrs.ts';
import { classOf, delattr, getattr, setattr } from './objects.ts';

/** The value `super()` gives inside a method: attribute lookup starts after `cls` in the MRO. */
export class PySuper {
  constructor(
    readonly cls: PyClass,
    readonly self: Value,
  ) {}
}

/** `super(Class, obj)`, the explicit form (the compiler handles a bare `super()` itself). */
export const superBuiltin = new PyBuiltin('super', (args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) typeError('super() takes no keyword arguments');
  if (args.length === 0) raise(E.RuntimeError, 'super(): no arguments');
  if (args.length > 2) typeError(`super() expected at most 2 arguments, got ${args.length}`);
  if (args.length === 1) throw new Unsupported('`super()` with one argument (an unbound super object) is not supported by Taskline');
  const [cls, obj] = args as [Value, Value];
  const isType = cls instanceof PyClass || cls instanceof PyType || builtinExcClasses.has(cls as ExcClass);
  if (!isType) return typeError(`super() argument 1 must be a type, not ${typeName(cls)}`);
  const objCls = obj instanceof PyInstance ? obj.cls : obj instanceof PyException && obj.cls instanceof PyClass ? obj.cls : null;
  if (objCls === null || !objCls.mro.includes(cls as PyClass)) return typeError('super(type, obj): obj must be an instance or subtype of type');
  return new PySuper(cls as PyClass, obj);
});

/** object.__new__(cls): a bare instance, for a class's own __new__ to return. */
const objectNew = new PyBuiltin('__new__', (args) => {
  const cls = args[0];
  if (!(cls instanceof PyClass)) return typeError(`object.__new__(X): X is not a type object (${typeName(cls)})`);
  if (args.length > 1 && lookupClass(cls, '__init__') === undefined) typeError(`${cls.name}() takes no arguments`);
  return cls.excBase !== null ? new PyException(cls, args.slice(1)) : new PyInstance(cls);
});

/** `object.__setattr__(self, name, v)` and friends: the defaults a class's own hooks fall back on. */
export function objectAttribute(name: string): Value | undefined {
  switch (name) {
    case '__new__':
      return objectNew;
    case '__setattr__':
      return new PyBuiltin('__setattr__', (args) => {
        if (args.length !== 3) typeError(`expected 3 arguments, got ${args.length}`);
        genericSetattrOf(args[0], args[1] as string, args[2]);
        return null;
      });
    case '__delattr__':
      return new PyBuiltin('__delattr__', (args) => {
        if (args.length !== 2) typeError(`expected 2 arguments, got ${args.length}`);
        if (args[0] instanceof PyInstance) genericDelattr(args[0], args[1] as string);
        else delattr(args[0], args[1] as string);
        return null;
      });
    case '__getattribute__':
      return new PyBuiltin('__getattribute__', (args) => {
        if (args.length !== 2) typeError(`expected 2 arguments, got ${args.length}`);
        return args[0] instanceof PyInstance ? genericGetattr(args[0], args[1] as string) : getattr(args[0], args[1] as string);
      });
  }
  return typeAttribute(objectType, name);
}

function genericSetattrOf(obj: Value, name: string, v: Value): void {
  if (obj instanceof PyInstance) genericSetattr(obj, name, v);
  else setattr(obj, name, v);
}

export function superAttr(s: PySuper, name: string): Value {
  const selfClass = s.self instanceof PyInstance || s.self instanceof PyException ? classOf(s.self) : s.self instanceof PyClass ? s.self : null;
  const mro = s.self instanceof PyInstance || s.self instanceof PyException ? (selfClass?.mro ?? []) : selfClass !== null ? selfClass.mro : s.cls.mro;
  const start = mro.indexOf(s.cls);
  for (let i = start + 1; i < mro.length; i++) {
    const c = mro[i]!;
    if (c instanceof PyClass) {
      if (c.dict.has(name)) {
        // super() in a classmethod binds to the class; in a method, to the instance.
        const onClass = s.self instanceof PyClass;
        return descriptorGet(c.dict.get(name), onClass ? undefined : s.self, selfClass ?? s.cls);
      }
      continue;
    }
    const fallback = objectMethodFor(s, name);
    if (fallback !== undefined) return fallback;
    // A builtin base (Exception, object): the few methods a subclass calls through super().
    if (name === '__init__') {
      return new PyBuiltin('__init__', (args) => {
        // A group's arguments were checked and kept when it was made (BaseExceptionGroup.__new__).
        if (s.self instanceof PyException && groupMembers(s.self) === null) s.self.args = args;
        return null;
      });
    }
    if (name === '__str__' && s.self instanceof PyException) {
      const self = s.self;
      return new PyBuiltin('__str__', () => {
        const saved = self.cls;
        return excStrDefault(self, saved);
      });
    }
    if (name === '__repr__') return new PyBuiltin('__repr__', () => repr(s.self));
  }
  const fallback = objectMethodFor(s, name);
  if (fallback !== undefined) return fallback;
  if (name === '__init__') return new PyBuiltin('__init__', () => null);
  return attributeError(`'super' object has no attribute '${name}'`);
}

/** object's own methods reached through super(): bound to the super object's `self`. */
function objectMethodFor(s: PySuper, name: string): Value | undefined {
  if (name === '__setattr__' || name === '__delattr__' || name === '__getattribute__') {
    const f = objectAttribute(name) as PyBuiltin;
    return new PyBuiltin(name, (args, kw, site) => f.fn([s.self, ...args], kw, site));
  }
  if (name === '__new__') return objectNew;
  if (name === '__init_subclass__') {
    const cls = s.self instanceof PyClass ? s.self : s.cls;
    const qual = String(cls.dict.get('__qualname__') ?? cls.name);
    return new PyBuiltin('__init_subclass__', (args, kw) => {
      if (kw !== null && kw.size > 0) typeError(`${qual}.__init_subclass__() takes no keyword arguments`);
      if (args.length > 0) typeError(`${qual}.__init_subclass__() takes no arguments (${args.length} given)`);
      return null;
    });
  }
  return undefined;
}

function excStrDefault(e: PyException, _cls: ExcClass): string {
  const args = e.args;
  if (args.length === 0) return '';
  if (args.length === 1) return typeof args[0] === 'string' ? args[0] : repr(args[0]);
  return repr(new PyTuple(args));
}

