/** Argument helpers for the modules' builtins: positional-or-keyword lookup with CPython's errors. */
import type { SourceSpan } from '../../trace/format.ts';
import { typeError } from '../runtime/errors.ts';
import { num } from '../runtime/ops.ts';
import { typeName } from '../runtime/types.ts';
import { PyFloat, type CallSite, type Value } from '../runtime/values.ts';

export type Kw = Map<string, Value> | null;

/** Argument `i` (or keyword `name`), else `dflt`; `undefined` dflt means required. */
export function arg(fn: string, args: Value[], kw: Kw, i: number, name: string, dflt?: Value): Value {
  if (i >= 0 && i < args.length) {
    if (kw?.has(name)) typeError(`${fn}() got multiple values for argument '${name}'`);
    return args[i];
  }
  const v = kw?.get(name);
  if (v !== undefined) return v;
  if (dflt === undefined) typeError(`${fn}() missing required argument '${name}' (pos ${i + 1})`);
  return dflt;
}

export function checkKw(fn: string, kw: Kw, allowed: readonly string[]): void {
  if (kw === null) return;
  for (const k of kw.keys()) if (!allowed.includes(k)) typeError(`${fn}() got an unexpected keyword argument '${k}'`);
}

export function maxArgs(fn: string, args: Value[], n: number): void {
  if (args.length > n) typeError(`${fn}() takes ${n === 0 ? 'no' : `at most ${n}`} positional argument${n === 1 ? '' : 's'} (${args.length} given)`);
}

export function seconds(v: Value, what: string): number {
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof PyFloat) return num(v);
  return typeError(`'${typeName(v)}' object cannot be interpreted as ${what}`);
}

export function optSeconds(v: Value, what: string): number | null {
  return v === null ? null : seconds(v, what);
}

/** The literal argument `i` / keyword `name` came from, if the call site knows it. */
export function literalOf(site: CallSite, i: number, name: string): SourceSpan | undefined {
  return site.argLiterals?.[i] ?? site.kwLiterals?.get(name);
}
