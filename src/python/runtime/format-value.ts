/**
 * format(value, spec) for every value, str.format's template language
 * (`'{} {0!r} {name:>{width}}'`), and `template % args` (format/percent-format.ts given
 * this runtime's values), with CPython's error messages.
 */
import * as E from '../../engine/exceptions.ts';
import { formatBool, formatFloat, formatInt, formatStr, percentFormat, type PercentHooks, type PercentOperand } from '../format/index.ts';
import { attrAccess } from './attr-access.ts';
import { raise, typeError, valueError } from './errors.ts';
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

const percentHooks: PercentHooks<Value> = {
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
  // CPython treats anything subscriptable but a tuple or str as a mapping (lists too): then
  // `%(key)s` looks the key up and unused arguments are no error.
  const isMapping =
    args instanceof PyDict ||
    args instanceof PyList ||
    (args instanceof PyNative && args.pyGetItem !== undefined) ||
    (args instanceof PyInstance && findMethod(args, '__getitem__') !== undefined);
  const operand: PercentOperand<Value> = args instanceof PyTuple ? { kind: 'tuple', items: args.items } : { kind: 'single', value: args, isMapping };
  return percentFormat(template, operand, percentHooks);
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

function convert(v: Value, conv: string): Value {
  switch (conv) {
    case '':
      return v;
    case 'r':
      return repr(v);
    case 's':
      return str(v);
    case 'a':
      return asciiOf(v);
  }
  return valueError(`Unknown conversion specifier ${conv}`);
}

/** State shared by the fields of one template: automatic numbering and the arguments. */
interface Ctx {
  readonly args: readonly Value[];
  readonly kwargs: Map<string, Value> | null;
  auto: number;
  /** 'auto' or 'manual' once the first field has chosen, as CPython forbids mixing them. */
  mode: '' | 'auto' | 'manual';
}

/** `template.format(*args, **kwargs)`. */
export function strFormat(template: string, args: readonly Value[], kwargs: Map<string, Value> | null): string {
  return render(template, { args, kwargs, auto: 0, mode: '' }, 2);
}

function render(t: string, ctx: Ctx, depth: number): string {
  if (depth <= 0) valueError('Max string recursion exceeded');
  let out = '';
  let i = 0;
  const n = t.length;
  while (i < n) {
    const c = t[i];
    if (c === '}') {
      if (t[i + 1] !== '}') valueError("Single '}' encountered in format string");
      out += '}';
      i += 2;
      continue;
    }
    if (c !== '{') {
      const next = nextBrace(t, i);
      out += t.slice(i, next);
      i = next;
      continue;
    }
    if (t[i + 1] === '{') {
      out += '{';
      i += 2;
      continue;
    }
    // A replacement field: find its closing brace, counting nested {} of the spec.
    let j = i + 1;
    let level = 1;
    let bracket = false;
    while (j < n) {
      const d = t[j];
      if (d === '[' && !bracket) bracket = true;
      else if (d === ']') bracket = false;
      else if (!bracket && d === '{') level++;
      else if (!bracket && d === '}' && --level === 0) break;
      j++;
    }
    if (j >= n) valueError(level > 1 ? "expected '}' before end of string" : "Single '{' encountered in format string");
    out += field(t.slice(i + 1, j), ctx, depth);
    i = j + 1;
  }
  return out;
}

function nextBrace(t: string, from: number): number {
  const a = t.indexOf('{', from);
  const b = t.indexOf('}', from);
  if (a < 0) return b < 0 ? t.length : b;
  return b < 0 ? a : Math.min(a, b);
}

/** One `field_name[!conv][:spec]`. */
function field(body: string, ctx: Ctx, depth: number): string {
  // The name ends at the first '!' or ':' outside an index bracket.
  let k = 0;
  let bracket = false;
  while (k < body.length) {
    const d = body[k];
    if (d === '[') bracket = true;
    else if (d === ']') bracket = false;
    else if (!bracket && (d === '!' || d === ':')) break;
    k++;
  }
  const name = body.slice(0, k);
  let conv = '';
  let spec = '';
  if (body[k] === '!') {
    if (k + 1 >= body.length) valueError('end of string while looking for conversion specifier');
    conv = body[k + 1];
    k += 2;
    if (k < body.length && body[k] !== ':') valueError("expected ':' after conversion specifier");
  }
  if (body[k] === ':') spec = body.slice(k + 1);
  const value = convert(lookup(name, ctx), conv);
  // Nested fields in the spec (`{:{width}}`) take their values from the same arguments.
  if (spec.includes('{')) spec = render(spec, ctx, depth - 1);
  return formatValue(value, spec);
}

function lookup(name: string, ctx: Ctx): Value {
  const m = /^[^.[]*/.exec(name)![0];
  let v: Value;
  if (m === '') {
    if (ctx.mode === 'manual') valueError('cannot switch from manual field specification to automatic field numbering');
    ctx.mode = 'auto';
    v = positional(ctx, ctx.auto++);
  } else if (/^\d+$/.test(m)) {
    if (ctx.mode === 'auto') valueError('cannot switch from automatic field numbering to manual field specification');
    ctx.mode = 'manual';
    v = positional(ctx, Number(m));
  } else {
    const kw = ctx.kwargs?.get(m);
    if (kw === undefined) throw E.pyErr(E.KeyError, m);
    v = kw;
  }
  // Then any number of `.attr` and `[key]` steps.
  let i = m.length;
  while (i < name.length) {
    if (name[i] === '.') {
      const end = name.slice(i + 1).search(/[.[]/);
      const attr = end < 0 ? name.slice(i + 1) : name.slice(i + 1, i + 1 + end);
      if (attr === '') valueError('Empty attribute in format string');
      v = attrAccess.get(v, attr);
      i += 1 + attr.length;
    } else if (name[i] === '[') {
      const close = name.indexOf(']', i);
      if (close < 0) valueError("Missing ']' in format string");
      const key = name.slice(i + 1, close);
      if (key === '') valueError('Empty attribute in format string');
      v = getItem(v, /^\d+$/.test(key) ? Number(key) : key);
      i = close + 1;
    } else {
      valueError('Only \'.\' or \'[\' may follow \']\' in format field specifier');
    }
  }
  return v;
}

function positional(ctx: Ctx, i: number): Value {
  if (i >= ctx.args.length) raise(E.IndexError, `Replacement index ${i} out of range for positional args tuple`);
  return ctx.args[i];
}

function getItem(v: Value, key: Value): Value {
  if (v instanceof PyDict) return dictGet(v, key);
  if (v instanceof PyList || v instanceof PyTuple) return v.items[seqIndex(key, v.items.length, typeName(v))];
  if (v instanceof PyNative && v.pyGetItem !== undefined) return v.pyGetItem(key);
  if (v instanceof PyInstance) {
    const m = findMethod(v, '__getitem__');
    if (m !== undefined) return interp.call(m, [v, key]);
  }
  return typeError(`'${typeName(v)}' object is not subscriptable`);
}
