/**
 * How asyncio names a callback in "Exception in callback ...", a Handle's repr and a future's
 * `cb=[...]`: the function's qualname, its arguments as reprlib shows them, and where the
 * function was defined (`main.<locals>.<lambda>() at demo.py:5`), as asyncio's format_helpers
 * writes it. A functools.partial shows its function, then its bound arguments, then the call's.
 */
import { limitedRepr } from '../runtime/reprlib.ts';
import { repr } from '../runtime/repr.ts';
import { typeName } from '../runtime/types.ts';
import { BoundMethod, PyBuiltin, PyClass, PyDict, PyInstance, PyTuple, type Value } from '../runtime/values.ts';
import { PyFunction } from '../compile/frame.ts';

function qualNameOf(f: Value): string {
  if (f instanceof PyFunction) return f.qualName;
  if (f instanceof BoundMethod) return qualNameOf(f.fn);
  if (f instanceof PyBuiltin) return f.self === undefined ? f.name : `${typeName(f.self)}.${f.name}`;
  if (f instanceof PyClass) return String(f.dict.get('__qualname__') ?? f.name);
  return repr(f);
}

interface PartialParts {
  readonly func: Value;
  readonly args: readonly Value[];
  readonly keywords: PyDict;
}

/** functools.partial (or a subclass of it): what it binds. */
function partialParts(f: Value): PartialParts | null {
  if (!(f instanceof PyInstance)) return null;
  const isPartial = f.cls.mro.some((c) => c instanceof PyClass && c.module === 'functools' && c.name === 'partial');
  if (!isPartial) return null;
  const args = f.dict.get('args');
  const keywords = f.dict.get('keywords');
  if (!(args instanceof PyTuple) || !(keywords instanceof PyDict)) return null;
  return { func: f.dict.get('func'), args: args.items, keywords };
}

function argumentsText(args: readonly Value[], keywords: PyDict | null): string {
  const items = args.map(limitedRepr);
  if (keywords !== null) for (const { k, v } of keywords.map.values()) items.push(`${String(k)}=${limitedRepr(v)}`);
  return `(${items.join(', ')})`;
}

function formatCallback(f: Value, args: readonly Value[], keywords: PyDict | null, suffix: string): string {
  const p = partialParts(f);
  if (p !== null) return formatCallback(p.func, p.args, p.keywords, argumentsText(args, keywords) + suffix);
  return qualNameOf(f) + argumentsText(args, keywords) + suffix;
}

/**
 * The function whose definition is named: through functools.wraps' `__wrapped__` (inspect.unwrap)
 * and a partial's function. Only plain functions say where they were defined: asyncio asks
 * inspect.isfunction, which a bound method is not.
 */
function definingFunction(f: Value): PyFunction | null {
  for (let seen = 0; f instanceof PyFunction && seen < 100; seen++) {
    const inner = f.attrs?.get('__wrapped__');
    if (inner === undefined) break;
    f = inner;
  }
  if (f instanceof PyFunction) return f;
  const p = partialParts(f);
  return p !== null ? definingFunction(p.func) : null;
}

/** format_helpers._format_callback_source(func, args). */
export function callbackSource(f: Value, args: readonly Value[]): string {
  const fn = definingFunction(f);
  return formatCallback(f, args, null, '') + (fn !== null ? ` at ${fn.code.filename}:${fn.code.line}` : '');
}
