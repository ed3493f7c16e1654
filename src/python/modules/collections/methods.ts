/** Method tables for library types, in the form registerBinding and the dict subclasses use. */
import type { Method } from '../../runtime/method.ts';
import { PyBuiltin, type Value } from '../../runtime/values.ts';

export function libMethods(entries: readonly [string, Method][]): Map<string, Method> {
  return new Map(entries);
}

/** `obj.name` for a method of a table: a builtin bound to `self`. */
export function boundFrom(table: ReadonlyMap<string, Method>, self: Value, name: string): PyBuiltin | undefined {
  const m = table.get(name);
  if (m === undefined) return undefined;
  return new PyBuiltin(name, (args, kw, site) => m(self as never, args, kw, site), self);
}
