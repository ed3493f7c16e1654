/**
 * str.format(): parses the template the way CPython's unicode_format.h does (literal text
 * with {{ and }}, fields `{name!conv:spec}`, auto or manual numbering but not both, `.attr`
 * and `[key]` chains, specs that contain nested fields up to two levels) and leaves values
 * to the interpreter through callbacks. Rendering is one pass, so errors surface in the
 * same order as in CPython.
 */
import { IndexError, KeyError, pyErr } from '../../engine/exceptions';
import { valueError } from './errors';

export type Conversion = 'r' | 's' | 'a';

export interface StrFormatHooks<V> {
  /** format(conversion(value), spec); `conversion` is null when the field has none. */
  formatValue(value: V, spec: string, conversion: Conversion | null): string;
  /** `{0.name}`: getattr(value, name). Without it, attribute fields raise ValueError. */
  getAttr?(value: V, name: string): V;
  /** `{0[key]}`: value[key], the key an int when it is all digits, else a str. */
  getItem?(value: V, key: number | string): V;
}

type FormatValueFn<V> = StrFormatHooks<V>['formatValue'];

/** Numbering state shared by a template and its nested specs. */
interface AutoNumber {
  state: 'init' | 'auto' | 'manual';
  next: number;
}

/** All ASCII digits → their value; otherwise -1 (CPython's get_integer on a field part). */
function digitsValue(s: string): number {
  if (s.length === 0) return -1;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    v = v * 10 + (c - 48);
  }
  if (!Number.isSafeInteger(v)) throw valueError('Too many decimal digits in format string');
  return v;
}

/**
 * `template.format(*args, **kwargs)`.
 * `kwargs` may be null; `hooks` may be just the formatValue callback.
 */
export function strFormat<V>(
  template: string,
  args: readonly V[],
  kwargs: ReadonlyMap<string, V> | null,
  hooks: StrFormatHooks<V> | FormatValueFn<V>,
): string {
  const h: StrFormatHooks<V> = typeof hooks === 'function' ? { formatValue: hooks } : hooks;
  return build(template, args, kwargs, h, 2, { state: 'init', next: 0 });
}

function build<V>(
  t: string,
  args: readonly V[],
  kwargs: ReadonlyMap<string, V> | null,
  h: StrFormatHooks<V>,
  depth: number,
  auto: AutoNumber,
): string {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  let out = '';
  let pos = 0;
  const end = t.length;
  while (pos < end) {
    // Literal text up to the next brace.
    let i = pos;
    while (i < end) {
      const c = t.charCodeAt(i);
      if (c === 123 || c === 125) break;
      i++;
    }
    out += t.slice(pos, i);
    if (i >= end) break;
    const brace = t[i];
    const atEnd = i + 1 >= end;
    if (brace === '}') {
      if (atEnd || t[i + 1] !== '}') throw valueError("Single '}' encountered in format string");
      out += '}';
      pos = i + 2;
      continue;
    }
    if (atEnd) throw valueError("Single '{' encountered in format string");
    if (t[i + 1] === '{') {
      out += '{';
      pos = i + 2;
      continue;
    }
    const f = parseField(t, i + 1);
    pos = f.end;
    out += renderField(f, args, kwargs, h, depth, auto);
  }
  return out;
}

interface Field {
  name: string;
  conversion: string | null;
  spec: string;
  specHasFields: boolean;
  end: number;
}

/** Parses `name!c:spec}` starting after the opening brace. */
function parseField(t: string, start: number): Field {
  const end = t.length;
  let i = start;
  let c = '';
  while (i < end) {
    c = t[i++];
    if (c === '{') throw valueError("unexpected '{' in field name");
    if (c === '[') {
      while (i < end && t[i] !== ']') i++;
      continue;
    }
    if (c === '}' || c === ':' || c === '!') break;
    c = '';
  }
  const name = t.slice(start, c === '' ? i : i - 1);
  if (c !== '!' && c !== ':') {
    if (c !== '}') throw valueError("expected '}' before end of string");
    return { name, conversion: null, spec: '', specHasFields: false, end: i };
  }
  let conversion: string | null = null;
  if (c === '!') {
    if (i >= end) throw valueError('end of string while looking for conversion specifier');
    conversion = String.fromCodePoint(t.codePointAt(i) ?? 0);
    i += conversion.length;
    if (i < end) {
      const n = t[i++];
      if (n === '}') return { name, conversion, spec: '', specHasFields: false, end: i };
      if (n !== ':') throw valueError("expected ':' after conversion specifier");
    }
  }
  const specStart = i;
  let count = 1;
  let specHasFields = false;
  while (i < end) {
    const s = t[i++];
    if (s === '{') {
      specHasFields = true;
      count++;
    } else if (s === '}') {
      count--;
      if (count === 0) return { name, conversion, spec: t.slice(specStart, i - 1), specHasFields, end: i };
    }
  }
  throw valueError("unmatched '{' in format spec");
}

function renderField<V>(
  f: Field,
  args: readonly V[],
  kwargs: ReadonlyMap<string, V> | null,
  h: StrFormatHooks<V>,
  depth: number,
  auto: AutoNumber,
): string {
  const value = lookup(f.name, args, kwargs, h, auto);
  let conv: Conversion | null = null;
  if (f.conversion !== null) {
    const c = f.conversion;
    if (c !== 'r' && c !== 's' && c !== 'a') {
      const cp = c.codePointAt(0) ?? 0;
      throw valueError(`Unknown conversion specifier ${cp > 32 && cp < 127 ? c : '\\x' + cp.toString(16)}`);
    }
    conv = c;
  }
  const spec = f.specHasFields ? build(f.spec, args, kwargs, h, depth - 1, auto) : f.spec;
  return h.formatValue(value, spec, conv);
}

/** Resolves `first(.attr|[key])*` against the arguments. */
function lookup<V>(
  name: string,
  args: readonly V[],
  kwargs: ReadonlyMap<string, V> | null,
  h: StrFormatHooks<V>,
  auto: AutoNumber,
): V {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  let index = digitsValue(first);
  const empty = first.length === 0;
  if (empty || index >= 0) {
    if (auto.state === 'init') auto.state = empty ? 'auto' : 'manual';
    if (auto.state === 'manual' && empty) {
      throw valueError('cannot switch from manual field specification to automatic field numbering');
    }
    if (auto.state === 'auto' && !empty) {
      throw valueError('cannot switch from automatic field numbering to manual field specification');
    }
    if (empty) index = auto.next++;
  }
  let obj: V;
  if (index < 0) {
    const v = kwargs?.get(first);
    if (v === undefined) throw pyErr(KeyError, first);
    obj = v;
  } else {
    if (index >= args.length) {
      throw pyErr(IndexError, `Replacement index ${index} out of range for positional args tuple`);
    }
    obj = args[index];
  }
  while (i < name.length) {
    const c = name[i++];
    if (c === '.') {
      const s = i;
      while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
      const attr = name.slice(s, i);
      if (attr.length === 0) throw valueError('Empty attribute in format string');
      if (h.getAttr === undefined) throw valueError('attribute lookup is not supported in format fields');
      obj = h.getAttr(obj, attr);
    } else if (c === '[') {
      const s = i;
      while (i < name.length && name[i] !== ']') i++;
      if (i >= name.length) throw valueError("Missing ']' in format string");
      const key = name.slice(s, i);
      i++;
      if (key.length === 0) throw valueError('Empty attribute in format string');
      if (h.getItem === undefined) throw valueError('item lookup is not supported in format fields');
      const k = digitsValue(key);
      obj = h.getItem(obj, k >= 0 ? k : key);
    } else {
      throw valueError("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}
