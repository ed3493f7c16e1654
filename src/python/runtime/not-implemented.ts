/** `NotImplemented`: what a binary dunder returns to let the other operand (or the default) answer. */
import { PyNative } from './native.ts';

class PyNotImplementedType extends PyNative {
  readonly pyTypeName = 'NotImplementedType';
  pyRepr(): string {
    return 'NotImplemented';
  }
}

export const NotImplemented = new PyNotImplementedType();
