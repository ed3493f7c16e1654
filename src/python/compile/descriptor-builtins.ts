/** The builtins `property`, `staticmethod` and `classmethod`, and the attributes of what they make. */
import { checkKwargs, count, param } from '../runtime/builtin-args.ts';
import { register } from '../runtime/builtin-types.ts';
import { typeError } from '../runtime/errors.ts';
import type { Method } from '../runtime/method.ts';
import { PyType, type Value } from '../runtime/values.ts';
import { PyClassMethod, PyProperty, PyStaticMethod } from './descriptors.ts';
import { getattr } from './objects.ts';
import { registerBinding } from '../runtime/types/engine-type.ts';
import { truthy } from '../runtime/ops.ts';
import { AttributeError, isSubclass, PyException } from '../../engine/exceptions.ts';

function accessor(v: Value | undefined): Value {
  return v === undefined ? null : v;
}

export const propertyType = new PyType(
  'property',
  (args, kwargs) => {
    checkKwargs('property', kwargs, ['fget', 'fset', 'fdel', 'doc']);
    count('property', args, 0, 4);
    const fget = accessor(param('property', args, 0, kwargs, 'fget'));
    const doc = param('property', args, 3, kwargs, 'doc');
    // As CPython does, a property without its own doc takes the getter's docstring.
    const shownDoc = doc === undefined || doc === null ? docOf(fget) : doc;
    return new PyProperty(fget, accessor(param('property', args, 1, kwargs, 'fset')), accessor(param('property', args, 2, kwargs, 'fdel')), shownDoc);
  },
  (v) => v instanceof PyProperty,
);

function docOf(fn: Value): Value {
  return fn === null ? null : optionalAttr(fn, '__doc__', null);
}

/** `getattr(v, name, dflt)`. */
export function optionalAttr(v: Value, name: string, dflt: Value): Value {
  try {
    return getattr(v, name);
  } catch (e) {
    if (e instanceof PyException && isSubclass(e.cls, AttributeError)) return dflt;
    throw e;
  }
}

function wrapperType(name: 'staticmethod' | 'classmethod', make: (fn: Value) => Value, test: (v: Value) => boolean): PyType {
  return new PyType(
    name,
    (args, kwargs) => {
      if (kwargs !== null && kwargs.size > 0) typeError(`${name}() takes no keyword arguments`);
      if (args.length !== 1) typeError(`${name} expected 1 argument, got ${args.length}`);
      return make(args[0]);
    },
    test,
  );
}

export const staticmethodType = wrapperType('staticmethod', (fn) => new PyStaticMethod(fn), (v) => v instanceof PyStaticMethod);
export const classmethodType = wrapperType('classmethod', (fn) => new PyClassMethod(fn), (v) => v instanceof PyClassMethod);

register('property', propertyType);
register('staticmethod', staticmethodType);
register('classmethod', classmethodType);

function oneArg(name: string, args: Value[]): Value {
  if (args.length !== 1) typeError(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

const propertyMethods = new Map<string, Method>([
  ['getter', ((p: PyProperty, args: Value[]) => p.with('fget', oneArg('getter', args))) as Method],
  ['setter', ((p: PyProperty, args: Value[]) => p.with('fset', oneArg('setter', args))) as Method],
  ['deleter', ((p: PyProperty, args: Value[]) => p.with('fdel', oneArg('deleter', args))) as Method],
]);
registerBinding(PyProperty, {
  methods: propertyMethods,
  props: new Map<string, (self: never) => Value>([
    ['fget', ((p: PyProperty) => p.fget) as (self: never) => Value],
    ['fset', ((p: PyProperty) => p.fset) as (self: never) => Value],
    ['fdel', ((p: PyProperty) => p.fdel) as (self: never) => Value],
    ['__doc__', ((p: PyProperty) => p.doc) as (self: never) => Value],
    ['__isabstractmethod__', ((p: PyProperty) => [p.fget, p.fset, p.fdel].some(isAbstract)) as (self: never) => Value],
  ]),
});

/** abc's test: whether a class attribute is marked `__isabstractmethod__`. */
export function isAbstract(fn: Value): boolean {
  return fn !== null && truthy(optionalAttr(fn, '__isabstractmethod__', false));
}

for (const ctor of [PyStaticMethod, PyClassMethod]) {
  registerBinding(ctor, {
    methods: new Map(),
    props: new Map<string, (self: never) => Value>([
      ['__func__', ((w: PyStaticMethod) => w.fn) as (self: never) => Value],
      ['__wrapped__', ((w: PyStaticMethod) => w.fn) as (self: never) => Value],
      ['__isabstractmethod__', ((w: PyStaticMethod) => isAbstract(w.fn)) as (self: never) => Value],
      // Since 3.10 the wrappers carry the function's names and doc.
      ...['__name__', '__qualname__', '__doc__', '__module__'].map(
        (n) => [n, ((w: PyStaticMethod) => w.attrs?.get(n) ?? optionalAttr(w.fn, n, null)) as (self: never) => Value] as [string, (self: never) => Value],
      ),
    ]),
  });
}
