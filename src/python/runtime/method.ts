/**
 * The shape of a builtin type's method: the compiler calls it directly with `self`, so
 * `xs.append(x)` allocates no bound method. Each type's methods are listed in its declaration
 * (runtime/types/).
 */
import type { CallSite, Value } from './values.ts';

/** `site` is where the call happens, for methods that record source locations (TaskGroup.create_task). */
export type Method = (self: never, args: Value[], kwargs: Map<string, Value> | null, site?: CallSite) => Value;
