/** Global and builtin name lookup, and the errors for names that are not bound. */
import * as E from '../../engine/exceptions.ts';
import type { Value } from '../runtime/values.ts';

let builtins: Map<string, Value> = new Map();

/** The builtins of the program being run (one run at a time per JS realm). */
export function setBuiltins(b: Map<string, Value>): void {
  builtins = b;
}

export function globalsLookup(globals: Map<string, Value>, name: string): Value {
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
