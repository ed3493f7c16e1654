/**
 * The `json` module: dumps/loads (and dump-less variants) with CPython's exact text —
 * separators, indent, sort_keys, ensure_ascii, default=, float repr, NaN/Infinity — and its
 * errors (TypeError "Object of type X is not JSON serializable", json.decoder.JSONDecodeError).
 */
import { backingOf } from '../runtime/builtin-backing.ts';
import * as E from '../../engine/exceptions.ts';
import type { ExcClass } from '../../engine/exceptions.ts';
import { floatRepr } from '../format/float-repr.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { interp } from '../runtime/hooks.ts';
import { dictSet, truthy } from '../runtime/ops.ts';
import { pySort } from '../runtime/sort.ts';
import { builtinExcClasses, typeName } from '../runtime/types.ts';
import { NO_CALL_SITE, PyBuiltin, PyClass, PyDict, PyFloat, PyInstance, PyList, PyModule, PyTuple, type Value } from '../runtime/values.ts';
import { callMethod, callValue, getattr } from '../compile/objects.ts';
import { makeClass } from '../compile/class.ts';
import { bytesLike } from '../compile/byte-sequence.ts';
import { decodeBytes } from '../compile/bytes-codecs.ts';
import { MethodBuiltin } from '../runtime/native.ts';

export const JSONDecodeError: ExcClass = Object.freeze({ name: 'JSONDecodeError', module: 'json.decoder', bases: [E.ValueError] });

interface DumpOptions {
  indent: string | null;
  itemSep: string;
  keySep: string;
  sortKeys: boolean;
  ensureAscii: boolean;
  allowNan: boolean;
  skipKeys: boolean;
  dflt: Value;
}

function quote(s: string, ascii: boolean): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20 || (ascii && c > 0x7e)) {
      // Astral characters become a surrogate pair, each escaped.
      for (let i = 0; i < ch.length; i++) out += '\\u' + ch.charCodeAt(i).toString(16).padStart(4, '0');
    } else out += ch;
  }
  return out + '"';
}

function floatText(x: number, o: DumpOptions): string {
  if (Number.isFinite(x)) return floatRepr(x);
  if (!o.allowNan) valueError('Out of range float values are not JSON compliant');
  return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
}

/**
 * A member of an int or str enum (IntEnum, `class C(str, Enum)`) is an int or str subclass
 * instance in CPython, which json writes as its plain value; so is a program's subclass of
 * list, dict or str.
 */
function mixinValue(v: Value): Value {
  const backing = backingOf(v);
  if (backing !== undefined) return backing;
  if (!(v instanceof PyInstance) || !v.dict.has('_value_') || !v.cls.mro.some((c) => c instanceof PyClass && typeof c.dict.get('__enum_mixin__') === 'string')) return v;
  return v.dict.get('_value_')!;
}

function keyText(key: Value, o: DumpOptions): string | null {
  const k = mixinValue(key);
  if (typeof k === 'string') return k;
  if (k instanceof PyFloat) return floatText(k.v, o);
  if (typeof k === 'boolean') return k ? 'true' : 'false';
  if (k === null) return 'null';
  if (typeof k === 'number') return String(k);
  if (o.skipKeys) return null;
  return typeError(`keys must be str, int, float, bool or None, not ${typeName(k)}`);
}

function encode(value: Value, o: DumpOptions, depth: number, seen: Set<object>): string {
  const v = mixinValue(value);
  if (typeof v === 'string') return quote(v, o.ensureAscii);
  if (v === null) return 'null';
  if (v === true) return 'true';
  if (v === false) return 'false';
  if (typeof v === 'number') return String(v);
  if (v instanceof PyFloat) return floatText(v.v, o);
  const nl = o.indent === null ? '' : '\n' + o.indent.repeat(depth + 1);
  const close = o.indent === null ? '' : '\n' + o.indent.repeat(depth);
  if (v instanceof PyList || v instanceof PyTuple) {
    if (v.items.length === 0) return '[]';
    if (seen.has(v)) valueError('Circular reference detected');
    seen.add(v);
    const parts = v.items.map((x) => encode(x, o, depth + 1, seen));
    seen.delete(v);
    return `[${nl}${parts.join(o.itemSep + nl)}${close}]`;
  }
  if (v instanceof PyDict) {
    if (v.map.size === 0) return '{}';
    if (seen.has(v)) valueError('Circular reference detected');
    seen.add(v);
    let entries = [...v.map.values()];
    if (o.sortKeys) {
      const keyOfPair = new PyBuiltin('key', (a) => (a[0] as PyTuple).items[0]);
      entries = (pySort(entries.map((e) => new PyTuple([e.k, e.v])), keyOfPair, false) as PyTuple[]).map((t) => ({ k: t.items[0], v: t.items[1] }));
    }
    const parts: string[] = [];
    for (const e of entries) {
      const k = keyText(e.k, o);
      if (k === null) continue;
      parts.push(quote(k, o.ensureAscii) + o.keySep + encode(e.v, o, depth + 1, seen));
    }
    seen.delete(v);
    return `{${nl}${parts.join(o.itemSep + nl)}${close}}`;
  }
  if (o.dflt !== null) {
    if (typeof v === 'object' && v !== null) {
      if (seen.has(v)) valueError('Circular reference detected');
      seen.add(v);
      try {
        return encode(interp.call(o.dflt, [v]), o, depth, seen);
      } finally {
        seen.delete(v);
      }
    }
    return encode(interp.call(o.dflt, [v]), o, depth, seen);
  }
  return typeError(`Object of type ${typeName(v)} is not JSON serializable`);
}

const DUMPS_KW = ['skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan', 'cls', 'indent', 'separators', 'default', 'sort_keys'];

function dumps(args: Value[], kw: Map<string, Value> | null, encoderClass: PyClass): string {
  if (args.length === 0) typeError("dumps() missing 1 required positional argument: 'obj'");
  if (args.length !== 1) typeError(`dumps() takes 1 positional argument but ${args.length} were given`);
  for (const k of kw?.keys() ?? []) if (!DUMPS_KW.includes(k)) typeError(`dumps() got an unexpected keyword argument '${k}'`);
  const cls = kw?.get('cls') ?? null;
  if (cls !== null && cls !== encoderClass) {
    // cls=MyEncoder: CPython builds the encoder with the other options and calls its encode().
    const rest = new Map(kw);
    rest.delete('cls');
    return callMethod(callValue(cls, [], rest.size > 0 ? rest : null), 'encode', [args[0]], null, NO_CALL_SITE) as string;
  }
  return encode(args[0], dumpOptions(kw), 0, new Set());
}

function dumpOptions(kw: Map<string, Value> | null): DumpOptions {
  const get = (k: string, d: Value): Value => kw?.get(k) ?? d;
  const ind = get('indent', null);
  let indent: string | null = null;
  if (typeof ind === 'number') indent = ' '.repeat(Math.max(0, ind));
  else if (typeof ind === 'string') indent = ind;
  else if (ind !== null) typeError(`can't multiply sequence by non-int of type '${typeName(ind)}'`);
  const seps = get('separators', null);
  let itemSep = indent === null ? ', ' : ',';
  let keySep = ': ';
  if (seps !== null) {
    const s = [...interp.iterate(seps)];
    if (s.length !== 2) valueError(`too many values to unpack (expected 2)`);
    [itemSep, keySep] = s as [string, string];
  }
  const o: DumpOptions = {
    indent,
    itemSep,
    keySep,
    sortKeys: truthy(get('sort_keys', false)),
    ensureAscii: truthy(get('ensure_ascii', true)),
    allowNan: truthy(get('allow_nan', true)),
    skipKeys: truthy(get('skipkeys', false)),
    dflt: get('default', null),
  };
  return o;
}

const ENCODER_ATTRS: [string, Value][] = [
  ['skipkeys', false],
  ['ensure_ascii', true],
  ['check_circular', true],
  ['allow_nan', true],
  ['sort_keys', false],
  ['indent', null],
];

/** json.JSONEncoder: a class programs subclass to override default(). */
function encoderClass(): PyClass {
  const self = (a: Value[]): PyInstance => {
    if (!(a[0] instanceof PyInstance)) typeError("descriptor needs a 'JSONEncoder' object");
    return a[0] as PyInstance;
  };
  const ns = new Map<string, Value>([
    [
      '__init__',
      new MethodBuiltin('__init__', (a, kw) => {
        const me = self(a);
        if (a.length > 1) typeError(`JSONEncoder.__init__() takes 1 positional argument but ${a.length} were given`);
        for (const k of kw?.keys() ?? []) if (!DUMPS_KW.includes(k) || k === 'cls') typeError(`JSONEncoder.__init__() got an unexpected keyword argument '${k}'`);
        for (const [k, d] of ENCODER_ATTRS) me.dict.set(k, kw?.get(k) ?? d);
        const o = dumpOptions(kw);
        me.dict.set('item_separator', o.itemSep);
        me.dict.set('key_separator', o.keySep);
        const dflt = kw?.get('default') ?? null;
        if (dflt !== null) me.dict.set('default', dflt);
        return null;
      }),
    ],
    [
      'default',
      new MethodBuiltin('default', (a) => typeError(`Object of type ${typeName(a[a.length - 1])} is not JSON serializable`)),
    ],
    [
      'encode',
      new MethodBuiltin('encode', (a) => {
        const me = self(a);
        const attr = (k: string): Value => me.dict.get(k) ?? null;
        const ind = attr('indent');
        const o: DumpOptions = {
          indent: typeof ind === 'number' ? ' '.repeat(Math.max(0, ind)) : typeof ind === 'string' ? ind : null,
          itemSep: attr('item_separator') as string,
          keySep: attr('key_separator') as string,
          sortKeys: truthy(attr('sort_keys')),
          ensureAscii: truthy(attr('ensure_ascii')),
          allowNan: truthy(attr('allow_nan')),
          skipKeys: truthy(attr('skipkeys')),
          dflt: getattr(me, 'default'),
        };
        return encode(a[1], o, 0, new Set());
      }),
    ],
  ]);
  const cls = makeClass('JSONEncoder', [], ns);
  Object.defineProperty(cls, 'module', { value: 'json.encoder' });
  ns.set('__module__', 'json.encoder');
  return cls;
}

// ---- loads -----------------------------------------------------------------------------------

class Decoder {
  i = 0;
  constructor(readonly s: string) {}
  fail(msg: string, at = this.i): never {
    const before = this.s.slice(0, at);
    const line = before.split('\n').length;
    const col = at - before.lastIndexOf('\n');
    const err = E.pyErr(JSONDecodeError, `${msg}: line ${line} column ${col} (char ${at})`);
    // CPython's JSONDecodeError keeps the parts of its message as attributes.
    err.attrs = new Map<string, unknown>([['msg', msg], ['doc', this.s], ['pos', at], ['lineno', line], ['colno', col]]);
    throw err;
  }
  ws(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i]!)) this.i++;
  }
  value(): Value {
    this.ws();
    const s = this.s;
    const c = s[this.i];
    if (c === '"') return this.string();
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    for (const [word, v] of [['null', null], ['true', true], ['false', false], ['NaN', new PyFloat(NaN)], ['Infinity', new PyFloat(Infinity)], ['-Infinity', new PyFloat(-Infinity)]] as const) {
      if (s.startsWith(word, this.i)) {
        this.i += word.length;
        return v;
      }
    }
    const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(s.slice(this.i));
    if (m === null) return this.fail('Expecting value');
    this.i += m[0].length;
    return m[1] !== undefined || m[2] !== undefined ? new PyFloat(parseFloat(m[0])) : parseInt(m[0], 10);
  }
  string(): string {
    const start = this.i++;
    let out = '';
    for (;;) {
      if (this.i >= this.s.length) this.fail('Unterminated string starting at', start);
      const c = this.s[this.i++]!;
      if (c === '"') return out;
      if (c === '\\') {
        const e = this.s[this.i++];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) out += simple[e];
        else if (e === 'u') {
          const hex = this.s.slice(this.i, this.i + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('Invalid \\uXXXX escape', this.i - 1);
          out += String.fromCharCode(parseInt(hex, 16));
          this.i += 4;
        } else this.fail('Invalid \\escape', this.i - 2);
      } else if (c < ' ') this.fail('Invalid control character at', this.i - 1);
      else out += c;
    }
  }
  object(): PyDict {
    const d = new PyDict();
    this.i++;
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return d;
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') this.fail('Expecting property name enclosed in double quotes');
      const k = this.string();
      this.ws();
      if (this.s[this.i] !== ':') this.fail("Expecting ':' delimiter");
      this.i++;
      dictSet(d, k, this.value());
      this.ws();
      if (this.s[this.i] === '}') {
        this.i++;
        return d;
      }
      if (this.s[this.i] !== ',') this.fail("Expecting ',' delimiter");
      this.i++;
    }
  }
  array(): PyList {
    const l = new PyList([]);
    this.i++;
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return l;
    }
    for (;;) {
      l.items.push(this.value());
      this.ws();
      if (this.s[this.i] === ']') {
        this.i++;
        return l;
      }
      if (this.s[this.i] !== ',') this.fail("Expecting ',' delimiter");
      this.i++;
    }
  }
}

function loads(args: Value[], _kw?: Map<string, Value> | null): Value {
  const data = bytesLike(args[0]);
  // Bytes are JSON text in UTF-8 (CPython also sniffs UTF-16 and UTF-32, which tutorials never send).
  const s = data === null ? args[0] : decodeBytes(data, 'utf-8', 'strict');
  if (typeof s !== 'string') typeError(`the JSON object must be str, bytes or bytearray, not ${typeName(s)}`);
  const d = new Decoder(s as string);
  const v = d.value();
  d.ws();
  if (d.i < d.s.length) d.fail('Extra data');
  return v;
}

export function makeJsonModule(): PyModule {
  builtinExcClasses.add(JSONDecodeError);
  const enc = encoderClass();
  const m = new Map<string, Value>([
    ['JSONEncoder', enc],
    ['dumps', new PyBuiltin('dumps', (a, kw) => dumps(a, kw, enc))],
    ['loads', new PyBuiltin('loads', loads)],
    // dump(obj, fp) writes what dumps makes through fp.write (sys.stdout, an io.StringIO).
    ['dump', new PyBuiltin('dump', (args, kw) => (callMethod(args[1], 'write', [dumps(args.slice(0, 1), kw, enc)], null, NO_CALL_SITE), null))],
    ['load', new PyBuiltin('load', (args, kw) => loads([callMethod(args[0], 'read', [], null, NO_CALL_SITE)], kw))],
    ['JSONDecodeError', JSONDecodeError],
  ]);
  return new PyModule('json', m);
}
