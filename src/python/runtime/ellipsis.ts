/** `...`, the Ellipsis singleton: tutorial stubs write `def f(): ...`, and type hints `Tuple[int, ...]`. */
import { PyNative } from './native.ts';

class PyEllipsis extends PyNative {
  readonly pyTypeName = 'ellipsis';
  pyRepr(): string {
    return 'Ellipsis';
  }
}

export const ELLIPSIS: PyNative = new PyEllipsis();
