/**
 * format(value, spec) for every value, and, given this runtime's values, str.format's template
 * language (`'{} {0!r} {name:>{width}}'`, format/str-format.ts) and `template % args`
 * (format/percent-format.ts), with CPython's error messages.
 */
import {
  formatBool,
  formatFloat,
  formatInt,
  formatStr,
  percentFormat,
  strFormat as strFormatTemplate,
  type PercentHooks,
  type PercentOperand,
  type StrFormatHooks,
} from '../format/index.ts';
import { attrAccess } from './attr-access.ts';
import { typeError } from './errors.ts';
import { interp } from './hooks.ts';
import { dictGet, findMethod, index as seqIndex } from './ops.ts';
import { repr, str } from './repr.ts';
import { typeName } from './types.ts';
import { PyNative } from './native.ts';
import { PyDict, PyFloat, PyInstance, PyList, PyTuple, type Value } from './values.ts';

/** format(v, spec): numbers and str by the spec mini-language, others via __format__ or str(). */
export function formatValue(v: Value, spec: string): string {
  if (typeof v === 'number' || typeof v === 'bigint') return formatInt(v, spec);
  if (typeof v === 'string') return formatStr(v, spec);
  if (v instanceof PyFloat) return formatFloat(v.v, spec);
  if (typeof v === 'boolean') return formatBool(v, spec);
  if (v instanceof PyInstance) {
    const m = findMethod(v, '__format__');
    if (m !== undefined) {
      const r = interp.call(m, [v, spec]);
      if (typeof r !== 'string') typeError(`__format__ must return a str, not ${typeName(r)}`);
      return r as string;
    }
  }
  if (v instanceof PyNative && v.pyFormat !== undefined) return v.pyFormat(spec);
  if (spec !== '') typeError(`unsupported format string passed to ${typeName(v)}.__format__`);
  return str(v);
}

/** How `template % args` sees this runtime's values (bytes formatting adapts a few of them). */
export const percentHooks: PercentHooks<Value> = {
  str,
  repr,
  ascii: asciiOf,
  number(v) {
    if (typeof v === 'number' || typeof v === 'bigint') return { value: v, isFloat: false };
    if (typeof v === 'boolean') return { value: v ? 1 : 0, isFloat: false };
    if (v instanceof PyFloat) return { value: v.v, isFloat: true };
    return null;
  },
  text: (v) => (typeof v === 'string' ? v : null),
  typeName,
  getItem,
};

/** `template % args`. */
export function percentFormatValue(template: string, args: Value): string {
  return percentFormat(template, percentOperand(args), percentHooks);
}

/** The right operand of `%`: a tuple's items, a mapping, or one value. */
export function percentOperand(args: Value, notMapping?: (v: Value) => boolean): PercentOperand<Value> {
  // CPython treats anything subscriptable but a tuple or str as a mapping (lists too): then
  // `%(key)s` looks the key up and unused arguments are no error.
  const isMapping =
    notMapping?.(args) !== true &&
    (args instanceof PyDict ||
      args instanceof PyList ||
      (args instanceof PyNative && args.pyGetItem !== undefined) ||
      (args instanceof PyInstance && findMethod(args, '__getitem__') !== undefined));
  return args instanceof PyTuple ? { kind: 'tuple', items: args.items } : { kind: 'single', value: args, isMapping };
}

/** ascii(v): repr with non-ASCII code points escaped. */
export function asciiOf(v: Value): string {
  let out = '';
  for (const ch of repr(v)) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

const strFormatHooks: StrFormatHooks<Value> = {
  formatValue(value, spec, conversion) {
    const v = conversion === null ? value : conversion === 'r' ? repr(value) : conversion === 's' ? str(value) : asciiOf(value);
    return formatValue(v, spec);
  },
  getAttr: (value, name) => attrAccess.get(value, name),
  getItem,
};

/** `template.format(*args, **kwargs)`. */
export function strFormat(template: string, args: readonly Value[], kwargs: Map<string, Value> | null): string {
  return strFormatTemplate(template, args, kwargs, strFormatHooks);
}

function getItem(v: Value, key: Value): Value {
  if (typeof v === 'string') {
    // `{0[1]}` gives the key as an int when it is all digits, else as a str.
    if (typeof key === 'string') return typeError("string indices must be integers, not 'str'");
    const chars = [...v];
    return chars[seqIndex(key, chars.length, 'string')];
  }
  if (v instanceof PyDict) return dictGet(v, key);
  if (v instanceof PyList || v instanceof PyTuple) return v.items[seqIndex(key, v.items.length, typeName(v))];
  if (v instanceof PyNative && v.pyGetItem !== undefined) return v.pyGetItem(key);
  if (v instanceof PyInstance) {
    const m = findMethod(v, '__getitem__');
    if (m !== undefined) return interp.call(m, [v, key]);
  }
  return typeError(`'${typeName(v)}' object is not subscriptable`);
}
