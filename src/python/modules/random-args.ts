/**
 * Argument binding for `random`'s methods, which CPython writes in Python: the errors name the
 * qualified method (`Random.randint()`) and count `self` among the positional arguments.
 */
import { typeError } from '../runtime/errors.ts';
import type { Value } from '../runtime/values.ts';

export interface Signature {
  /** Positional-or-keyword parameters, after self. */
  readonly params: readonly string[];
  /** How many of them have no default (the first ones). */
  readonly required: number;
  readonly kwOnly?: readonly string[];
}

const quoted = (names: string[]): string =>
  names.length === 1 ? `'${names[0]}'` : `${names.slice(0, -1).map((n) => `'${n}'`).join(', ')} and '${names[names.length - 1]}'`;

/** The arguments in parameter order (params, then kwOnly); `undefined` where a default applies. */
export function bindArgs(fn: string, sig: Signature, args: Value[], kw: Map<string, Value> | null): (Value | undefined)[] {
  const { params, required } = sig;
  const kwOnly = sig.kwOnly ?? [];
  if (args.length > params.length) {
    const max = params.length + 1;
    const min = required + 1;
    const takes = min === max ? `${max} positional argument${max === 1 ? '' : 's'}` : `from ${min} to ${max} positional arguments`;
    typeError(`${fn}() takes ${takes} but ${args.length + 1} ${args.length + 1 === 1 ? 'was' : 'were'} given`);
  }
  const out: (Value | undefined)[] = [...args];
  out.length = params.length + kwOnly.length;
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = params.indexOf(k);
      const j = kwOnly.indexOf(k);
      if (i < 0 && j < 0) typeError(`${fn}() got an unexpected keyword argument '${k}'`);
      if (i >= 0 && i < args.length) typeError(`${fn}() got multiple values for argument '${k}'`);
      out[i >= 0 ? i : params.length + j] = v;
    }
  }
  const missing = params.slice(0, required).filter((_, i) => out[i] === undefined);
  if (missing.length > 0) {
    typeError(`${fn}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${quoted(missing)}`);
  }
  return out;
}
