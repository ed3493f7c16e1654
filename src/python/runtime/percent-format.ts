/**
 * printf-style formatting, `'%s: %5.2f' % (name, x)`, as CPython's str.__mod__ does it:
 * `%[(key)][flags][width][.precision]type` with flags `-+ #0` and `*` widths.
 */
import * as E from '../../engine/exceptions.ts';
import { formatFloat } from '../format/index.ts';
import { raise, typeError, valueError } from './errors.ts';
import { findMethod, dictGet } from './ops.ts';
import { interp } from './hooks.ts';
import { asciiOf } from './format-value.ts';
import { repr, str } from './repr.ts';
import { typeName } from './types.ts';
import { PyDict, PyFloat, PyInstance, PyList, PyTuple, type Value } from './values.ts';

interface Flags {
  left: boolean;
  plus: boolean;
  space: boolean;
  alt: boolean;
  zero: boolean;
}

export function percentFormat(template: string, args: Value): string {
  // CPython treats anything subscriptable but a tuple or str as a mapping (lists too), which
  // matters only for the "not all arguments converted" check.
  const isMapping = args instanceof PyDict || args instanceof PyList || (args instanceof PyInstance && findMethod(args, '__getitem__') !== undefined);
  const list: readonly Value[] = args instanceof PyTuple ? args.items : [args];
  const mapping = isMapping ? args : null;
  let argi = 0;
  let keyed = false;
  const nextArg = (): Value => {
    // After a %(key)s the argument is the mapping's value, and nothing is left for positional specs.
    if (argi >= list.length || keyed) typeError('not enough arguments for format string');
    return list[argi++];
  };
  let out = '';
  let i = 0;
  const n = template.length;
  while (i < n) {
    const pct = template.indexOf('%', i);
    if (pct < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, pct);
    i = pct + 1;
    if (i >= n) valueError('incomplete format');
    let value: Value | undefined;
    if (template[i] === '(') {
      if (mapping === null || mapping instanceof PyList) typeError('format requires a mapping');
      let depth = 1;
      let j = i + 1;
      while (j < n && depth > 0) {
        if (template[j] === '(') depth++;
        else if (template[j] === ')') depth--;
        j++;
      }
      if (depth > 0) valueError('incomplete format key');
      const key = template.slice(i + 1, j - 1);
      value = mapping instanceof PyDict ? dictGet(mapping, key) : interp.call(findMethod(mapping as PyInstance, '__getitem__'), [mapping, key]);
      keyed = true;
      i = j;
    }
    const flags: Flags = { left: false, plus: false, space: false, alt: false, zero: false };
    for (; i < n; i++) {
      const c = template[i];
      if (c === '-') flags.left = true;
      else if (c === '+') flags.plus = true;
      else if (c === ' ') flags.space = true;
      else if (c === '#') flags.alt = true;
      else if (c === '0') flags.zero = true;
      else break;
    }
    let width = -1;
    if (template[i] === '*') {
      width = starArg(nextArg());
      if (width < 0) {
        flags.left = true;
        width = -width;
      }
      i++;
    } else {
      const m = /^\d+/.exec(template.slice(i));
      if (m !== null) {
        width = Number(m[0]);
        i += m[0].length;
      }
    }
    let prec = -1;
    if (template[i] === '.') {
      i++;
      if (template[i] === '*') {
        prec = Math.max(0, starArg(nextArg()));
        i++;
      } else {
        const m = /^\d*/.exec(template.slice(i))![0];
        prec = m === '' ? 0 : Number(m);
        i += m.length;
      }
    }
    while (template[i] === 'h' || template[i] === 'l' || template[i] === 'L') i++;
    if (i >= n) valueError('incomplete format');
    const type = template[i++];
    if (type === '%') {
      out += '%';
      continue;
    }
    const v = value !== undefined ? value : nextArg();
    out += convertOne(type, v, flags, width, prec, i - 1);
  }
  if (argi < list.length && mapping === null) typeError('not all arguments converted during string formatting');
  return out;
}

function starArg(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return typeError('* wants int');
}

function pad(body: string, width: number, left: boolean): string {
  const k = width - [...body].length;
  if (k <= 0) return body;
  return left ? body + ' '.repeat(k) : ' '.repeat(k) + body;
}

/** Sign, prefix and digits laid out in `width`, zero-padded between sign and digits with `0`. */
function layout(sign: string, prefix: string, digits: string, f: Flags, width: number): string {
  const len = sign.length + prefix.length + digits.length;
  if (width <= len) return sign + prefix + digits;
  if (f.left) return sign + prefix + digits + ' '.repeat(width - len);
  if (f.zero) return sign + prefix + '0'.repeat(width - len) + digits;
  return ' '.repeat(width - len) + sign + prefix + digits;
}

function signOf(neg: boolean, f: Flags): string {
  return neg ? '-' : f.plus ? '+' : f.space ? ' ' : '';
}

function convertOne(type: string, v: Value, f: Flags, width: number, prec: number, at: number): string {
  switch (type) {
    case 's':
    case 'r':
    case 'a': {
      let s = type === 's' ? str(v) : type === 'r' ? repr(v) : asciiOf(v);
      if (prec >= 0) s = [...s].slice(0, prec).join('');
      return pad(s, width, f.left);
    }
    case 'd':
    case 'i':
    case 'u': {
      const x = realNumber(v, type);
      const t = Math.trunc(x);
      let digits = Math.abs(t).toString();
      if (prec > digits.length) digits = digits.padStart(prec, '0');
      return layout(signOf(t < 0, f), '', digits, f, width);
    }
    case 'x':
    case 'X':
    case 'o': {
      const x = integer(v, type);
      let digits = Math.abs(x).toString(type === 'o' ? 8 : 16);
      if (type === 'X') digits = digits.toUpperCase();
      if (prec > digits.length) digits = digits.padStart(prec, '0');
      const prefix = f.alt ? (type === 'o' ? '0o' : type === 'x' ? '0x' : '0X') : '';
      return layout(signOf(x < 0, f), prefix, digits, f, width);
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      const x = floatArg(v);
      const spec = `${f.alt ? '#' : ''}.${prec < 0 ? 6 : prec}${type}`;
      const body = formatFloat(Math.abs(x), spec);
      const neg = x < 0 || Object.is(x, -0);
      return layout(signOf(neg && !Number.isNaN(x), f), '', body, f, width);
    }
    case 'c': {
      let ch: string;
      if (typeof v === 'number' || typeof v === 'boolean') {
        const cp = typeof v === 'number' ? v : v ? 1 : 0;
        if (cp < 0 || cp > 0x10ffff) raise(E.OverflowError, '%c arg not in range(0x110000)');
        ch = String.fromCodePoint(cp);
      } else if (typeof v === 'string' && [...v].length === 1) {
        ch = v;
      } else {
        return typeError('%c requires int or char');
      }
      return pad(ch, width, f.left);
    }
  }
  const cp = type.codePointAt(0) ?? 0;
  return valueError(`unsupported format character '${type}' (0x${cp.toString(16)}) at index ${at}`);
}

function realNumber(v: Value, type: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) {
    if (!Number.isFinite(v.v)) raise(Number.isNaN(v.v) ? E.ValueError : E.OverflowError, Number.isNaN(v.v) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
    return v.v;
  }
  return typeError(`%${type} format: a real number is required, not ${typeName(v)}`);
}

function integer(v: Value, type: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return typeError(`%${type} format: an integer is required, not ${typeName(v)}`);
}

function floatArg(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return v.v;
  return typeError(`must be real number, not ${typeName(v)}`);
}
