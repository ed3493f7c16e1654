/**
 * Argument checks for builtin functions and methods, with CPython's exact messages. CPython
 * words them differently depending on how each builtin parses its arguments (METH_O,
 * METH_NOARGS, Argument Clinic), so each helper names the style it imitates.
 */
import { MSG } from '../format/errors.ts';
import { raise, typeError } from './errors.ts';
import { typeName } from './types.ts';
import { PyInstance, type Value } from './values.ts';
import { interp } from './hooks.ts';
import { findMethod } from './ops.ts';
import * as E from '../../engine/exceptions.ts';

export type Kwargs = Map<string, Value> | null;

/** `len() takes no keyword arguments` — for builtins that accept none. */
export function noKwargs(qualName: string, kwargs: Kwargs): void {
  if (kwargs !== null && kwargs.size > 0) typeError(`${qualName}() takes no keyword arguments`);
}

/** METH_O: exactly one positional argument, e.g. `len() takes exactly one argument (2 given)`. */
export function one(qualName: string, args: Value[], kwargs: Kwargs): Value {
  noKwargs(qualName, kwargs);
  if (args.length !== 1) typeError(`${qualName}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** METH_NOARGS: `list.copy() takes no arguments (1 given)`. */
export function noArgs(qualName: string, args: Value[], kwargs: Kwargs): void {
  noKwargs(qualName, kwargs);
  if (args.length !== 0) typeError(`${qualName}() takes no arguments (${args.length} given)`);
}

const plural = (n: number): string => (n === 1 ? 'argument' : 'arguments');

/** Positional-only unpacking: `range expected at least 1 argument, got 0`, `divmod expected 2 arguments, got 1`. */
export function count(name: string, args: Value[], min: number, max: number): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) typeError(`${name} expected ${min} ${plural(min)}, got ${n}`);
  if (n < min) typeError(`${name} expected at least ${min} ${plural(min)}, got ${n}`);
  typeError(`${name} expected at most ${max} ${plural(max)}, got ${n}`);
}

/** Older-style wording: `startswith() takes at least 1 argument (0 given)`. */
export function countOld(name: string, args: Value[], min: number, max: number): void {
  const n = args.length;
  if (n < min) typeError(`${name}() takes at least ${min} ${plural(min)} (${n} given)`);
  if (n > max) typeError(`${name}() takes at most ${max} ${plural(max)} (${n} given)`);
}

/** Rejects keywords outside `allowed`: `'foo' is an invalid keyword argument for print()`. */
export function checkKwargs(name: string, kwargs: Kwargs, allowed: readonly string[]): void {
  if (kwargs === null) return;
  for (const k of kwargs.keys()) {
    if (!allowed.includes(k)) typeError(`'${k}' is an invalid keyword argument for ${name}()`);
  }
}

/**
 * A parameter that may come by position or by keyword (Argument Clinic style); `undefined`
 * when absent. Passing it both ways is CPython's "argument for X() given by name and position".
 */
export function param(name: string, args: Value[], pos: number, kwargs: Kwargs, kw: string): Value | undefined {
  const byName = kwargs?.get(kw);
  if (pos < args.length) {
    if (byName !== undefined) {
      typeError(`argument for ${name}() given by name ('${kw}') and position (${pos + 1})`);
    }
    return args[pos];
  }
  return byName;
}

/** An int-like argument (`__index__`): ints and bools; anything else is CPython's TypeError. */
/** An object's __index__ result (bin(), hex(), range() and the like take it as an int). */
function indexOf(v: PyInstance): Value | undefined {
  const m = findMethod(v, '__index__');
  if (m === undefined || m === null) return undefined;
  const r = interp.call(m, [v]);
  if (typeof r !== 'number' && typeof r !== 'bigint' && typeof r !== 'boolean') typeError(`__index__ returned non-int (type ${typeName(r)})`);
  return r;
}

export function asIndex(v: Value): number {
  if (v instanceof PyInstance) v = indexOf(v) ?? v;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') raise(E.OverflowError, MSG.ssizeOverflow);
  return typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

/** An int argument of any size (`__index__`): ints and bools. */
export function asInt(v: Value): number | bigint {
  if (v instanceof PyInstance) v = indexOf(v) ?? v;
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

/** A str argument: `replace() argument 1 must be str, not int`. */
export function asStr(v: Value, what: string): string {
  if (typeof v !== 'string') typeError(`${what} must be str, not ${typeName(v)}`);
  return v as string;
}

export function keyError(key: Value): never {
  throw E.pyErr(E.KeyError, key);
}

export { raise };
