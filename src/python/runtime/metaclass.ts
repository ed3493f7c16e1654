/**
 * The library's metaclasses (abc.ABCMeta, enum.EnumType) as values a program can name and
 * pass as `metaclass=`. Each carries the ClassProtocol its classes follow; a program's own
 * metaclasses stay outside the subset.
 */
import { PyNative } from './native.ts';
import type { ClassProtocol } from './values.ts';

export class PyMetaclass extends PyNative {
  readonly pyTypeName = 'type';
  constructor(
    readonly name: string,
    readonly module: string,
    readonly protocol: ClassProtocol,
  ) {
    super();
    protocol.metaclass = this;
  }
  pyRepr(): string {
    return `<class '${this.module}.${this.name}'>`;
  }
}
