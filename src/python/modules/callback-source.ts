/**
 * How asyncio names a loop callback in "Exception in callback ..." and a Handle's repr: the
 * function's qualname, its arguments' reprs, and where the function was defined
 * (`main.<locals>.<lambda>() at demo.py:5`), as asyncio's format_helpers writes it.
 */
import { repr } from '../runtime/repr.ts';
import { BoundMethod, PyBuiltin, PyClass, type Value } from '../runtime/values.ts';
import { PyFunction } from '../compile/frame.ts';

function qualNameOf(f: Value): string {
  if (f instanceof PyFunction) return f.qualName;
  if (f instanceof BoundMethod) return qualNameOf(f.fn);
  if (f instanceof PyBuiltin) return f.name;
  if (f instanceof PyClass) return String(f.dict.get('__qualname__') ?? f.name);
  return repr(f);
}

/** Only plain functions say where they were defined: asyncio asks inspect.isfunction, which a bound method is not. */
function definedAt(f: Value): string {
  return f instanceof PyFunction ? ` at ${f.code.filename}:${f.code.line}` : '';
}

export function callbackSource(f: Value, args: readonly Value[]): string {
  return `${qualNameOf(f)}(${args.map((a) => repr(a)).join(', ')})${definedAt(f)}`;
}
