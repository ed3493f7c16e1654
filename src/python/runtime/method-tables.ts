/**
 * Methods of the builtin types, looked up by name when a program calls `obj.method(...)`.
 * The compiler calls them directly with `self`, so `xs.append(x)` allocates no bound method.
 */
import type { CallSite, Value } from './values.ts';

/** `site` is where the call happens, for methods that record source locations (TaskGroup.create_task). */
export type Method = (self: never, args: Value[], kwargs: Map<string, Value> | null, site?: CallSite) => Value;

export const strMethods = new Map<string, Method>();
export const listMethods = new Map<string, Method>();
export const tupleMethods = new Map<string, Method>();
export const dictMethods = new Map<string, Method>();
export const setMethods = new Map<string, Method>();
export const floatMethods = new Map<string, Method>();
export const intMethods = new Map<string, Method>();
export const rangeMethods = new Map<string, Method>();
