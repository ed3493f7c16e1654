/**
 * A method of a class written in TypeScript as its type object shows it (`partial.__call__`,
 * `asyncio.Future.done`): it binds like a function but, like CPython's C methods, adds no
 * Python frame, and prints as `<method 'done' of '_asyncio.Future' objects>`.
 */
import { PyNative } from './native.ts';
import type { NativeFn } from './values.ts';

export class PyMethodDescriptor extends PyNative {
  readonly pyTypeName = 'method_descriptor';
  constructor(
    readonly name: string,
    /** The owning type's qualified name: `_asyncio.Future`, `functools.partial`. */
    readonly owner: string,
    /** Receives `self` first. */
    readonly fn: NativeFn,
  ) {
    super();
  }
  pyRepr(): string {
    return `<method '${this.name}' of '${this.owner}' objects>`;
  }
}
