/**
 * A tiny stand-in for the interpreter's values, enough to drive strFormat and percentFormat
 * in tests: number or bigint = int, { f } = float, string = str, boolean = bool, null = None,
 * arrays = list, Map = dict, { attrs } = an object with attributes.
 */
import { AttributeError, KeyError, TypeError, pyErr } from '../../../src/engine/exceptions';
import {
  asciiStr, floatRepr, formatBool, formatFloat, formatInt, formatStr, intToStr, reprStr,
  type Conversion, type PercentHooks, type StrFormatHooks,
} from '../../../src/python/format';

export interface PyFloatV {
  f: number;
}
export interface PyObjV {
  attrs: Record<string, V>;
}
export type V = number | bigint | PyFloatV | string | boolean | null | V[] | Map<string | number, V> | PyObjV;

export const fl = (f: number): PyFloatV => ({ f });

function isFloat(v: V): v is PyFloatV {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Map) && 'f' in v;
}

export function typeName(v: V): string {
  if (v === null) return 'NoneType';
  if (typeof v === 'number' || typeof v === 'bigint') return 'int';
  if (typeof v === 'string') return 'str';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'list';
  if (v instanceof Map) return 'dict';
  return isFloat(v) ? 'float' : 'P';
}

export function pyRepr(v: V): string {
  if (typeof v === 'string') return reprStr(v);
  return pyStr(v);
}

export function pyStr(v: V): string {
  if (v === null) return 'None';
  if (typeof v === 'number' || typeof v === 'bigint') return intToStr(v);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (Array.isArray(v)) return '[' + v.map(pyRepr).join(', ') + ']';
  if (v instanceof Map) return '{' + [...v].map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`).join(', ') + '}';
  if (isFloat(v)) return floatRepr(v.f);
  return '<P object>';
}

function getItem(v: V, key: number | string): V {
  if (Array.isArray(v) && typeof key === 'number') return v[key];
  if (v instanceof Map) {
    const x = v.get(key);
    if (x === undefined) throw pyErr(KeyError, key);
    return x;
  }
  if (Array.isArray(v)) throw pyErr(TypeError, 'list indices must be integers or slices, not str');
  throw pyErr(TypeError, `'${typeName(v)}' object is not subscriptable`);
}

export const formatHooks: StrFormatHooks<V> = {
  formatValue(v: V, spec: string, conv: Conversion | null): string {
    if (conv !== null) return formatStr(conv === 'r' ? pyRepr(v) : conv === 's' ? pyStr(v) : asciiStr(pyStr(v)), spec);
    if (typeof v === 'number' || typeof v === 'bigint') return formatInt(v, spec);
    if (typeof v === 'string') return formatStr(v, spec);
    if (typeof v === 'boolean') return formatBool(v, spec);
    if (v !== null && isFloat(v)) return formatFloat(v.f, spec);
    if (spec === '') return pyStr(v);
    throw pyErr(TypeError, `unsupported format string passed to ${typeName(v)}.__format__`);
  },
  getAttr(v: V, name: string): V {
    if (typeof v === 'number' && name === 'real') return v;
    if (typeof v === 'object' && v !== null && 'attrs' in v && name in v.attrs) return v.attrs[name];
    throw pyErr(AttributeError, `'${typeName(v)}' object has no attribute '${name}'`);
  },
  getItem,
};

export const percentHooks: PercentHooks<V> = {
  str: pyStr,
  repr: pyRepr,
  ascii: (v) => (typeof v === 'string' ? asciiStr(v) : pyRepr(v)),
  number(v) {
    if (typeof v === 'number' || typeof v === 'bigint') return { value: v, isFloat: false };
    if (typeof v === 'boolean') return { value: v ? 1 : 0, isFloat: false };
    if (v !== null && isFloat(v)) return { value: v.f, isFloat: true };
    return null;
  },
  text: (v) => (typeof v === 'string' ? v : null),
  typeName,
  getItem: (m, key) => getItem(m, key),
};
