/** type, object and NoneType. */
import { noKwargs } from '../builtin-args.ts';
import { Unsupported, typeError } from '../errors.ts';
import { PyNative } from '../native.ts';
import { fakeAddress } from '../repr.ts';
import { isExcClass } from '../types.ts';
import { typeObjectOf } from '../builtin-types.ts';
import { PyClass, PyType } from '../values.ts';
import { BuiltinType } from './builtin-type.ts';

export const typeType = new BuiltinType<PyType>({
  name: 'type',
  construct(args, kwargs) {
    if (args.length === 3) throw new Unsupported('type() with three arguments (creating a class on the fly) is not supported');
    noKwargs('type', kwargs);
    if (args.length !== 1) typeError('type() takes 1 or 3 arguments');
    return typeObjectOf(args[0]);
  },
  test: (v) => v instanceof PyType || v instanceof PyClass || isExcClass(v),
});

/** What `object()` makes: a featureless value, handy as a unique sentinel. */
export class PyObject extends PyNative {
  readonly pyTypeName = 'object';
  pyRepr(): string {
    return `<object object at ${fakeAddress(this)}>`;
  }
}

export const objectType = new BuiltinType<PyObject>({
  name: 'object',
  construct(args, kwargs) {
    if (args.length > 0 || (kwargs !== null && kwargs.size > 0)) typeError('object() takes no arguments');
    return new PyObject();
  },
  test: () => true,
  dunders: [],
});

export const noneType = new BuiltinType<null>({
  name: 'NoneType',
  construct(args, kwargs) {
    if (args.length > 0 || (kwargs !== null && kwargs.size > 0)) typeError('NoneType takes no arguments');
    return null;
  },
  test: (v) => v === null,
  dunders: ['__bool__'],
  repr: () => 'None',
});
