/**
 * A coroutine's call written out for the chart's row labels: `long_operation('Task 1 started', 3)`.
 * Only plain values are shown by their repr; anything else is "…", because repr() of an object
 * could run the program's own `__repr__` (prints, side effects) or hand it a fake address that
 * would shift the addresses the program itself prints later. The recorder
 * (public/taskline-record.py) follows the same rules, so both traces carry the same text.
 */
import { CORO_CALL_MAX } from '../../trace/format.ts';
import { reprStr } from '../format/index.ts';
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
  try {
    return plainRepr(v, 0) ?? '…';
  } catch {
    // An int past CPython's 4,300-digit str() limit raises: a label never fails the program.
    return '…';
  }
}

/**
 * The repr of None, bool, int, float, str, and exact lists, tuples and dicts of those (reprs
 * that run no program code); undefined for anything else. Written out here in one pass, not
 * checked and then handed to repr(): a label is made for every task, and repr's general
 * dispatch on each item cost more than the rest of creating the task.
 */
function plainRepr(v: Value, depth: number): string | undefined {
  switch (typeof v) {
    case 'number':
      return String(v);
    case 'string':
      return reprStr(v);
    case 'boolean':
      return v ? 'True' : 'False';
    case 'bigint':
      return repr(v);
  }
  if (v === null) return 'None';
  if (depth >= MAX_DEPTH || typeof v !== 'object') return undefined;
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto === PyFloat.prototype) return repr(v);
  if (proto === PyList.prototype || proto === PyTuple.prototype) {
    const items = (v as PyList | PyTuple).items;
    if (items.length > MAX_ITEMS) return undefined;
    const list = proto === PyList.prototype;
    let s = list ? '[' : '(';
    for (let i = 0; i < items.length; i++) {
      const x = plainRepr(items[i], depth + 1);
      if (x === undefined) return undefined;
      s += i === 0 ? x : `, ${x}`;
    }
    return s + (list ? ']' : items.length === 1 ? ',)' : ')');
  }
  if (proto === PyDict.prototype) {
    const map = (v as PyDict).map;
    if (map.size > MAX_ITEMS) return undefined;
    let s = '';
    for (const { k, v: x } of map.values()) {
      const kt = plainRepr(k, depth + 1);
      const xt = kt === undefined ? undefined : plainRepr(x, depth + 1);
      if (xt === undefined) return undefined;
      s += s === '' ? `${kt}: ${xt}` : `, ${kt}: ${xt}`;
    }
    return `{${s}}`;
  }
  return undefined;
}
