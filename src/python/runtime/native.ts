/**
 * Builtin objects that live outside the core value model (range, dict views, iterators).
 * Each describes itself, so repr/len/in/subscript/== can handle all of them with one
 * `instanceof PyNative` check instead of learning every class.
 */
import type { Value } from './values.ts';

export abstract class PyNative {
  /** The Python type name: `range`, `dict_keys`, `list_iterator`, ... */
  abstract readonly pyTypeName: string;
  abstract pyRepr(): string;
  /** len(x); absent when the type has no len(). */
  pyLen?(): number;
  /** `v in x`; absent means: compare against each item of the iteration. */
  pyContains?(v: Value): boolean;
  /** x[key] for an int key; absent means not subscriptable. */
  pyGetItem?(key: Value): Value;
  /** x == other; absent means identity. */
  pyEq?(other: Value): boolean;
  /** iter(x); absent means not iterable. */
  pyIter?(): Iterable<Value>;
  /** x[key] = value; absent means no item assignment. */
  pySetItem?(key: Value, value: Value): void;
  /** del x[key]; absent means no item deletion. */
  pyDelItem?(key: Value): void;
  /** reversed(x); absent means not reversible. */
  pyReversed?(): Iterable<Value>;
  /** x(...); absent means not callable. */
  pyCall?(args: Value[], kwargs: Map<string, Value> | null): Value;
}
