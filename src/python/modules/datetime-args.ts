/** Argument checks of datetime's constructors and methods, with the C implementation's messages. */
import { typeError, valueError } from '../runtime/errors.ts';
import { typeName } from '../runtime/types.ts';
import { PyFloat, type Value } from '../runtime/values.ts';
import { daysInMonth } from './calendar-time.ts';
import { TimeZone } from './datetime-values.ts';

export type Kw = Map<string, Value> | null;

/** An int field (CPython refuses floats here). */
export function intField(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
  return typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

/** Bind positional and keyword arguments to `names`, with C's "given by name and position" errors. */
export function fields(fn: string, names: readonly string[], required: number, args: Value[], kw: Kw): (Value | undefined)[] {
  if (args.length > names.length) typeError(`function takes at most ${names.length} arguments (${args.length} given)`);
  const out: (Value | undefined)[] = names.map((_, i) => args[i]);
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) typeError(`'${k}' is an invalid keyword argument for ${fn}()`);
      if (out[i] !== undefined) typeError(`argument for ${fn}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) typeError(`function missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}

export function checkDate(y: number, m: number, d: number): void {
  if (y < 1 || y > 9999) valueError(`year ${y} is out of range`);
  if (m < 1 || m > 12) valueError('month must be in 1..12');
  if (d < 1 || d > daysInMonth(y, m)) valueError('day is out of range for month');
}

export function checkTime(h: number, mi: number, s: number, us: number, fold: number): void {
  if (h < 0 || h > 23) valueError('hour must be in 0..23');
  if (mi < 0 || mi > 59) valueError('minute must be in 0..59');
  if (s < 0 || s > 59) valueError('second must be in 0..59');
  if (us < 0 || us > 999999) valueError('microsecond must be in 0..999999');
  if (fold !== 0 && fold !== 1) valueError('fold must be either 0 or 1');
}

export function tzArg(v: Value | undefined): TimeZone | null {
  if (v === undefined || v === null) return null;
  if (v instanceof TimeZone) return v;
  return typeError(`tzinfo argument must be None or of a tzinfo subclass, not type '${typeName(v)}'`);
}

