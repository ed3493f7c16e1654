/** Global and builtin name lookup, and the errors for names that are not bound. */
import * as E from '../../engine/exceptions.ts';
import type { Value } from '../runtime/values.ts';

/** A global name, else a builtin (the realm's table, captured by the compiled lookup). */
export function globalsLookup(globals: Map<string, Value>, builtins: ReadonlyMap<string, Value>, name: string): Value {
  const v = globals.get(name);
  if (v !== undefined) return v;
  const b = builtins.get(name);
  if (b !== undefined) return b;
  return nameError(name, false);
}

export function nameError(name: string, free: boolean): never {
  throw E.pyErr(
    E.NameError,
    free ? `cannot access free variable '${name}' where it is not associated with a value in enclosing scope` : `name '${name}' is not defined`,
  );
}

export function unboundLocal(name: string): never {
  throw E.pyErr(E.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

/** A free variable read before the enclosing scope bound it. */
export function unboundFree(name: string): never {
  return nameError(name, true);
}
