/**
 * A coroutine's call written out for the chart's row labels: `long_operation('Task 1 started', 3)`.
 * Only plain values are shown by their repr; anything else is "…", because repr() of an object
 * could run the program's own `__repr__` (prints, side effects) or hand it a fake address that
 * would shift the addresses the program itself prints later. The recorder
 * (public/taskline-record.py) follows the same rules, so both traces carry the same text.
 */
import { CORO_CALL_MAX } from '../../trace/format.ts';
import { repr } from './repr.ts';
import { PyDict, PyFloat, PyList, PyTuple, type Value } from './values.ts';

/** Containers bigger or deeper than this are a label's "…", not a dump. */
const MAX_ITEMS = 10;
const MAX_DEPTH = 3;

/** `name(a, b, key=c)`, cut to CORO_CALL_MAX characters with an ellipsis. */
export function callText(name: string, positional: readonly Value[], keywords: readonly (readonly [string, Value])[]): string {
  const args = [...positional.map(argText), ...keywords.map(([k, v]) => `${k}=${argText(v)}`)].join(', ');
  const full = `${name}(${args})`;
  return full.length <= CORO_CALL_MAX ? full : `${full.slice(0, CORO_CALL_MAX - 2)}…)`;
}

function argText(v: Value): string {
  if (!isPlain(v, 0)) return '…';
  try {
    return repr(v);
  } catch {
    // An int past CPython's 4,300-digit str() limit raises: a label never fails the program.
    return '…';
  }
}

/** None, bool, int, float, str, and exact lists, tuples and dicts of those: reprs that run no program code. */
function isPlain(v: Value, depth: number): boolean {
  if (v === null) return true;
  const t = typeof v;
  if (t === 'number' || t === 'bigint' || t === 'string' || t === 'boolean') return true;
  if (depth >= MAX_DEPTH || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto === PyFloat.prototype) return true;
  if (proto === PyList.prototype || proto === PyTuple.prototype) {
    const items = (v as PyList | PyTuple).items;
    return items.length <= MAX_ITEMS && items.every((x) => isPlain(x, depth + 1));
  }
  if (proto === PyDict.prototype) {
    const map = (v as PyDict).map;
    if (map.size > MAX_ITEMS) return false;
    for (const { k, v: x } of map.values()) if (!isPlain(k, depth + 1) || !isPlain(x, depth + 1)) return false;
    return true;
  }
  return false;
}
