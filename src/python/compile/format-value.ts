/** format(value, spec): what an f-string field does with its value. */
import { formatBool, formatFloat, formatInt, formatStr } from '../format/index.ts';
import { typeError } from '../runtime/errors.ts';
import { interp } from '../runtime/hooks.ts';
import { findMethod } from '../runtime/ops.ts';
import { str } from '../runtime/repr.ts';
import { typeName } from '../runtime/types.ts';
import { PyFloat, PyInstance, type Value } from '../runtime/values.ts';

export function formatValue(v: Value, spec: string): string {
  if (typeof v === 'string') return spec === '' ? v : formatStr(v, spec);
  if (typeof v === 'number') return spec === '' ? String(v) : formatInt(v, spec);
  if (v instanceof PyFloat) return formatFloat(v.v, spec);
  if (typeof v === 'boolean') return spec === '' ? (v ? 'True' : 'False') : formatBool(v, spec);
  if (v instanceof PyInstance) {
    const m = findMethod(v, '__format__');
    if (m !== undefined) return interp.call(m, [v, spec]) as string;
  }
  if (spec === '') return str(v);
  return typeError(`unsupported format string passed to ${typeName(v)}.__format__`);
}
