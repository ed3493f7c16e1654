/** Argument helpers for the modules' builtins: positional-or-keyword lookup with CPython's errors. */
import type { SourceSpan } from '../../trace/format.ts';
import { typeError } from '../runtime/errors.ts';
import { binop, isNumber, num, order } from '../runtime/ops.ts';
import { typeName } from '../runtime/types.ts';
import { PyBuiltin, PyFloat, type CallSite, type NativeFn, type Value } from '../runtime/values.ts';

export type Kw = Map<string, Value> | null;

/** Argument `i` (or keyword `name`), else `dflt`; `undefined` dflt means required. `fn` is the qualified name. */
export function arg(fn: string, args: Value[], kw: Kw, i: number, name: string, dflt?: Value): Value {
  if (i >= 0 && i < args.length) {
    if (kw?.has(name)) typeError(`${fn}() got multiple values for argument '${name}'`);
    return args[i];
  }
  const v = kw?.get(name);
  if (v !== undefined) return v;
  // asyncio's functions are Python functions: their message names the (qualified) function.
  if (dflt === undefined) typeError(`${fn}() missing 1 required positional argument: '${name}'`);
  return dflt;
}

export function checkKw(fn: string, kw: Kw, allowed: readonly string[]): void {
  if (kw === null) return;
  for (const k of kw.keys()) if (!allowed.includes(k)) typeError(`${fn}() got an unexpected keyword argument '${k}'`);
}

/** A module function `name` that refuses keywords outside `allowed` (checkKw) before `f` runs. */
export function keywordChecked(name: string, allowed: readonly string[], f: NativeFn): PyBuiltin {
  return new PyBuiltin(name, (args, kw, site) => {
    checkKw(name, kw, allowed);
    return f(args, kw, site);
  });
}

/**
 * Too many positional arguments for a function CPython writes in Python (asyncio's): its
 * message counts `self` for a method (`given` includes it) and gives the allowed range.
 */
export function maxPositional(fn: string, given: number, min: number, max: number): void {
  if (given <= max) return;
  const takes = min === max ? `${max} positional argument${max === 1 ? '' : 's'}` : `from ${min} to ${max} positional arguments`;
  typeError(`${fn}() takes ${takes} but ${given} ${given === 1 ? 'was' : 'were'} given`);
}

export function maxArgs(fn: string, args: Value[], n: number): void {
  if (args.length > n) typeError(`${fn}() takes ${n === 0 ? 'no' : `at most ${n}`} positional argument${n === 1 ? '' : 's'} (${args.length} given)`);
}

/**
 * How CPython first uses a number of seconds, which decides the TypeError a non-number gets:
 * `delay <= 0` (sleep, wait_for), `loop.time() + delay` (call_later, timeout, wait's timer),
 * `when <= loop.time()` (timeout_at, reschedule), or `clock += secs` (time.sleep, as the
 * reference runner defines it on virtual time).
 */
export type SecondsUse = 'compared' | 'added' | 'deadline' | 'accumulated';

export function seconds(v: Value, use: SecondsUse): number {
  if (isNumber(v)) return num(v);
  // Run the very operation CPython runs, so that the message is the one it gives.
  if (use === 'compared') order('<=', v, 0);
  else if (use === 'added') binop('+', new PyFloat(0), v);
  else if (use === 'deadline') order('<=', v, new PyFloat(0));
  else binop('+', new PyFloat(0), v, true);
  return typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

export function optSeconds(v: Value, use: SecondsUse): number | null {
  return v === null ? null : seconds(v, use);
}

/** The literal argument `i` / keyword `name` came from, if the call site knows it. */
export function literalOf(site: CallSite, i: number, name: string): SourceSpan | undefined {
  return site.argLiterals?.[i] ?? site.kwLiterals?.get(name);
}
