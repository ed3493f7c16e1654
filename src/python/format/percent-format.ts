/**
 * printf-style `template % values`, following CPython 3.11's unicode formatter: flags
 * `-+ #0`, width and precision (or `*` from the arguments), `%(key)` with a mapping,
 * conversions `s r a c d i u o x X e E f F g G` and `%%`. Values stay opaque: the
 * interpreter supplies str/repr/ascii and a numeric view through hooks.
 */
import { OverflowError, TypeError, ValueError, pyErr } from '../../engine/exceptions';
import { floatBody, type FloatKind } from './float-repr';
import { intAbs, intFromNumber, intToFloat, intToString, type Int } from './int-arith';
import { MSG } from './errors';
import { pyLen } from './format-spec';

export interface PercentHooks<V> {
  str(v: V): string;
  repr(v: V): string;
  ascii(v: V): string;
  /** int and bool → { value, isFloat: false } (a bigint beyond 2**53), float → { value, isFloat: true }, else null. */
  number(v: V): { value: Int; isFloat: boolean } | null;
  /** The JS string when v is a Python str (for %c), else null. */
  text(v: V): string | null;
  /** Python type name for error messages ('str', 'NoneType', …). */
  typeName(v: V): string;
  /** mapping[key] for `%(key)s`; raises the interpreter's own KeyError/TypeError. */
  getItem(mapping: V, key: string): V;
  /**
   * Formatting bytes (`b'%d' % n`): the template and the hooks' text are latin-1, one char a
   * byte; `%b` is `%s`, and `%c` and the leftover-argument error speak of bytes.
   */
  readonly bytes?: boolean;
}

/**
 * The right operand: a tuple's items, or one value. Any non-tuple, non-str value with
 * __getitem__ (dict, and also list) is a mapping to CPython: then `%(key)` works and
 * unused arguments are not an error.
 */
export type PercentOperand<V> =
  | { readonly kind: 'tuple'; readonly items: readonly V[] }
  | { readonly kind: 'single'; readonly value: V; readonly isMapping: boolean };

function typeErr(msg: string): never {
  throw pyErr(TypeError, msg);
}

export function percentFormat<V>(template: string, operand: PercentOperand<V>, h: PercentHooks<V>): string {
  // Argument cursor, as CPython keeps it: a single value is "one argument" (-2 → -1).
  let items: readonly V[] | null = operand.kind === 'tuple' ? operand.items : null;
  let single: V | null = operand.kind === 'single' ? operand.value : null;
  let argIdx = operand.kind === 'tuple' ? 0 : -2;
  let argLen = operand.kind === 'tuple' ? operand.items.length : -1;
  const mapping: V | null = operand.kind === 'single' && operand.isMapping ? operand.value : null;

  const nextArg = (): V => {
    if (argIdx < argLen) {
      const idx = argIdx++;
      return argLen < 0 ? (single as V) : (items as readonly V[])[idx];
    }
    return typeErr('not enough arguments for format string');
  };

  let out = '';
  let pos = 0;
  const n = template.length;
  while (pos < n) {
    const pct = template.indexOf('%', pos);
    if (pct < 0) {
      out += template.slice(pos);
      break;
    }
    out += template.slice(pos, pct);
    let i = pct + 1;
    if (i >= n) throw pyErr(ValueError, 'incomplete format');
    if (template[i] === '%') {
      out += '%';
      pos = i + 1;
      continue;
    }
    if (template[i] === '(') {
      if (mapping === null) typeErr('format requires a mapping');
      let depth = 1;
      const keyStart = ++i;
      while (i < n && depth > 0) {
        if (template[i] === '(') depth++;
        else if (template[i] === ')') depth--;
        i++;
      }
      if (depth > 0) throw pyErr(ValueError, 'incomplete format key');
      const key = template.slice(keyStart, i - 1);
      single = h.getItem(mapping as V, key);
      items = null;
      argLen = -1;
      argIdx = -2;
    }
    let ljust = false;
    let sign = '';
    let alt = false;
    let zero = false;
    for (; i < n; i++) {
      const c = template[i];
      if (c === '-') ljust = true;
      else if (c === '+') sign = '+';
      else if (c === ' ') {
        if (sign !== '+') sign = ' ';
      } else if (c === '#') alt = true;
      else if (c === '0') zero = true;
      else break;
    }
    let width = -1;
    if (template[i] === '*') {
      const w = nextArg();
      const num = h.number(w);
      if (num === null || num.isFloat) typeErr('* wants int');
      if (typeof num.value === 'bigint') throw pyErr(OverflowError, 'Python int too large to convert to C ssize_t');
      width = num.value;
      if (width < 0) {
        ljust = true;
        width = -width;
      }
      i++;
    } else {
      while (i < n && template[i] >= '0' && template[i] <= '9') {
        width = (width < 0 ? 0 : width * 10) + (template.charCodeAt(i) - 48);
        i++;
      }
    }
    let prec = -1;
    if (template[i] === '.') {
      i++;
      prec = 0;
      if (template[i] === '*') {
        const p = nextArg();
        const num = h.number(p);
        if (num === null || num.isFloat) typeErr('* wants int');
        if (typeof num.value === 'bigint') throw pyErr(OverflowError, 'Python int too large to convert to C int');
        prec = Math.max(0, num.value);
        i++;
      } else {
        while (i < n && template[i] >= '0' && template[i] <= '9') {
          prec = prec * 10 + (template.charCodeAt(i) - 48);
          i++;
        }
      }
    }
    // C length modifiers are accepted and ignored.
    while (i < n && (template[i] === 'h' || template[i] === 'l' || template[i] === 'L')) i++;
    if (i >= n) throw pyErr(ValueError, 'incomplete format');
    const written = String.fromCodePoint(template.codePointAt(i) ?? 0);
    const conv = written === 'b' && h.bytes === true ? 's' : written;
    const convIndex = i;
    pos = i + written.length;
    // CPython takes the argument before it looks at the conversion character.
    const arg = nextArg();
    let body: string;
    let numeric = false;
    let signStr = '';
    let prefix = '';
    switch (conv) {
      case 's':
      case 'r':
      case 'a': {
        body = conv === 's' ? h.str(arg) : conv === 'r' ? h.repr(arg) : h.ascii(arg);
        if (prec >= 0 && pyLen(body) > prec) body = Array.from(body).slice(0, prec).join('');
        break;
      }
      case 'c': {
        const wrongArg = h.bytes === true ? '%c requires an integer in range(256) or a single byte' : '%c requires int or char';
        const t = h.text(arg);
        if (t !== null) {
          if (pyLen(t) !== 1) typeErr(wrongArg);
          body = t;
        } else {
          const num = h.number(arg);
          if (num === null || num.isFloat) typeErr(wrongArg);
          const limit = h.bytes === true ? 0x100 : 0x110000;
          if (num.value < 0 || num.value >= limit) throw pyErr(OverflowError, `%c arg not in range(${h.bytes === true ? '256' : '0x110000'})`);
          body = String.fromCodePoint(Number(num.value));
        }
        break;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        const num = h.number(arg);
        const isDec = conv === 'd' || conv === 'i' || conv === 'u';
        if (num === null || (num.isFloat && !isDec)) {
          typeErr(`%${conv} format: ${isDec ? 'a real number' : 'an integer'} is required, not ${h.typeName(arg)}`);
        }
        let v = num.value;
        if (num.isFloat) {
          if (v !== v) throw pyErr(ValueError, MSG.roundNaN);
          if (v === Infinity || v === -Infinity) throw pyErr(OverflowError, MSG.roundInfinity);
          // Every digit of a float beyond 2**53 ('%d' % 1e21), as int() gives them.
          v = intFromNumber(Math.trunc(v as number));
        }
        const neg = v < 0;
        body = intToString(intAbs(v), isDec ? 10 : conv === 'o' ? 8 : 16);
        if (conv === 'X') body = body.toUpperCase();
        if (prec > body.length) body = '0'.repeat(prec - body.length) + body;
        if (alt && conv === 'o') prefix = '0o';
        else if (alt && conv === 'x') prefix = '0x';
        else if (alt && conv === 'X') prefix = '0X';
        signStr = neg ? '-' : sign;
        numeric = true;
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        const num = h.number(arg);
        if (num === null) typeErr(`must be real number, not ${h.typeName(arg)}`);
        const x = num.isFloat ? (num.value as number) : intToFloat(num.value);
        const neg = x < 0 || Object.is(x, -0);
        const a = neg ? -x : x;
        if (a === Infinity || a !== a) body = a === Infinity ? 'inf' : 'nan';
        else body = floatBody(a, conv.toLowerCase() as FloatKind, prec < 0 ? 6 : prec, alt, false);
        if (conv === 'E' || conv === 'F' || conv === 'G') body = body.toUpperCase();
        signStr = neg && a === a ? '-' : sign;
        numeric = true;
        break;
      }
      default: {
        const cp = conv.codePointAt(0) ?? 0;
        const shown = cp >= 32 && cp <= 126 ? conv : '?';
        throw pyErr(ValueError, `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${convIndex}`);
      }
    }
    const len = signStr.length + prefix.length + pyLen(body);
    if (width <= len) out += signStr + prefix + body;
    else if (ljust) out += signStr + prefix + body + ' '.repeat(width - len);
    else if (zero && numeric) out += signStr + prefix + '0'.repeat(width - len) + body;
    else out += ' '.repeat(width - len) + signStr + prefix + body;
  }
  if (argIdx < argLen && mapping === null) typeErr(`not all arguments converted during ${h.bytes === true ? 'bytes' : 'string'} formatting`);
  return out;
}
