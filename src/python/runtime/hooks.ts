/**
 * Late-bound entry points into the interpreter, so that runtime helpers (sorted's key=,
 * __repr__ of user classes, map/filter) can call Python functions without importing the
 * compiler (which imports them).
 */
import type { Value } from './values.ts';

export interface Interp {
  /** Call any Python callable with positional (and keyword) arguments. */
  call(fn: Value, args: Value[], kwargs?: Map<string, Value> | null): Value;
  /** Iterate any Python iterable (list, str, dict keys, range, iterators, user __iter__). */
  iterate(v: Value): Iterable<Value>;
  /** `"%s" % x`: printf-style formatting. */
  percentFormat(template: string, args: Value): string;
}

const uninitialised = (): never => {
  throw new Error('internal: the interpreter is not initialised');
};

export const interp: Interp = {
  call: uninitialised,
  iterate: uninitialised,
  percentFormat: uninitialised,
};
