/**
 * The `bytes` type: immutable byte strings, as tutorials use them for stream-style data
 * (`b"ping"`, `msg.encode()`, `data.decode()`). Items are ints; repr, slicing, `+`, `in`,
 * comparison and hashing follow CPython's bytes. Only utf-8, ascii and latin-1 codecs exist.
 */
import * as E from '../../engine/exceptions.ts';
import { asIndex, checkKwargs, count, param } from '../runtime/builtin-args.ts';
import { raise, typeError, valueError } from '../runtime/errors.ts';
import { toArray } from '../runtime/iter.ts';
import type { Method } from '../runtime/method.ts';
import { intType } from '../runtime/types/number-types.ts';
import { strType } from '../runtime/types/str-type.ts';
import { NativeType, PyNative } from '../runtime/native.ts';
import { index } from '../runtime/ops.ts';
import { typeName } from '../runtime/types.ts';
import { PyBuiltin, PyInstance, PyList, PyTuple, type Value } from '../runtime/values.ts';
import { registerBinding } from '../runtime/types/engine-type.ts';
import { PySlice, sliceIndices } from './subscript.ts';

export class PyBytes extends PyNative {
  readonly pyTypeName = 'bytes';
  constructor(readonly data: Uint8Array) {
    super();
  }
  pyRepr(): string {
    return bytesRepr(this.data);
  }
  override pyLen(): number {
    return this.data.length;
  }
  override pyBool(): boolean {
    return this.data.length > 0;
  }
  override pyIter(): Iterable<Value> {
    return Array.from(this.data);
  }
  override pyReversed(): Iterable<Value> {
    return Array.from(this.data).reverse();
  }
  override pyGetItem(key: Value): Value {
    if (key instanceof PySlice) {
      const [start, stop, step] = sliceIndices(key, this.data.length);
      const out: number[] = [];
      for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(this.data[i]!);
      return new PyBytes(Uint8Array.from(out));
    }
    if (typeof key !== 'number' && typeof key !== 'boolean' && typeof key !== 'bigint' && !(key instanceof PyInstance)) {
      typeError(`byte indices must be integers or slices, not ${typeName(key)}`);
    }
    return this.data[index(key, this.data.length, 'index')]!;
  }
  override pyContains(v: Value): boolean {
    if (v instanceof PyBytes) return findBytes(this.data, v.data, 0) >= 0;
    if (typeof v === 'number' || typeof v === 'boolean') {
      const n = Number(v);
      if (n < 0 || n > 255) valueError('byte must be in range(0, 256)');
      return this.data.includes(n);
    }
    return typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  }
  override pyEq(other: Value): boolean {
    return other instanceof PyBytes && compareBytes(this.data, other.data) === 0;
  }
  override pyCompare(other: Value): number | undefined {
    return other instanceof PyBytes ? compareBytes(this.data, other.data) : undefined;
  }
  override pyKey(): unknown {
    // A lone surrogate no str literal of a tutorial holds keeps bytes keys apart from str keys.
    return '\udfffbytes:' + latin1(this.data);
  }
  override pyType(): NativeType {
    return bytesType;
  }
  override pyBinop(op: string, other: Value, reflected: boolean): Value | undefined {
    if (op === '+' && !reflected) {
      if (other instanceof PyBytes) return new PyBytes(concat(this.data, other.data));
      return typeError(`can't concat ${typeName(other)} to bytes`);
    }
    if (op === '*' && (typeof other === 'number' || typeof other === 'boolean')) {
      const n = Math.max(0, Number(other));
      const out = new Uint8Array(this.data.length * n);
      for (let i = 0; i < n; i++) out.set(this.data, i * this.data.length);
      return new PyBytes(out);
    }
    if (op === '%' && !reflected) return typeError('bytes %-formatting is not supported by Taskline');
    return undefined;
  }
}

function latin1(data: Uint8Array): string {
  let s = '';
  for (const b of data) s += String.fromCharCode(b);
  return s;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

function findBytes(hay: Uint8Array, needle: Uint8Array, from: number): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** CPython's bytes repr: single quotes unless only double quotes avoid escaping. */
export function bytesRepr(data: Uint8Array): string {
  const quote = data.includes(0x27) && !data.includes(0x22) ? '"' : "'";
  let out = 'b' + quote;
  for (const b of data) {
    if (b === 0x5c) out += '\\\\';
    else if (b === quote.charCodeAt(0)) out += '\\' + quote;
    else if (b === 0x09) out += '\\t';
    else if (b === 0x0a) out += '\\n';
    else if (b === 0x0d) out += '\\r';
    else if (b < 0x20 || b >= 0x7f) out += '\\x' + b.toString(16).padStart(2, '0');
    else out += String.fromCharCode(b);
  }
  return out + quote;
}

type Codec = 'utf-8' | 'ascii' | 'latin-1';

function codecOf(name: Value): Codec {
  if (typeof name !== 'string') return typeError(`encode() argument 'encoding' must be str, not ${typeName(name)}`);
  const n = name.toLowerCase().replace(/_/g, '-');
  if (n === 'utf-8' || n === 'utf8') return 'utf-8';
  if (n === 'ascii' || n === 'us-ascii') return 'ascii';
  if (n === 'latin-1' || n === 'latin1' || n === 'iso-8859-1') return 'latin-1';
  return raise(E.LookupError, `unknown encoding: ${name}`);
}

function errorsOf(v: Value): 'strict' | 'ignore' | 'replace' {
  if (v === undefined || v === 'strict') return 'strict';
  if (v === 'ignore' || v === 'replace') return v;
  return typeError('only the strict, ignore and replace error handlers are supported by Taskline');
}

export function encodeStr(s: string, codec: Codec, errors: 'strict' | 'ignore' | 'replace' = 'strict'): PyBytes {
  if (codec === 'utf-8') return new PyBytes(new TextEncoder().encode(s));
  const limit = codec === 'ascii' ? 0x80 : 0x100;
  const out: number[] = [];
  const chars = [...s];
  chars.forEach((ch, i) => {
    const cp = ch.codePointAt(0)!;
    if (cp < limit) out.push(cp);
    else if (errors === 'replace') out.push(0x3f);
    else if (errors === 'strict') {
      raise(E.UnicodeEncodeError, `'${codec}' codec can't encode character '${charEscape(cp)}' in position ${i}: ordinal not in range(${limit})`);
    }
  });
  return new PyBytes(Uint8Array.from(out));
}

/** How CPython's encode errors show the character: `\\xe9`, `\\u20ac`, `\\U0001f600`. */
function charEscape(cp: number): string {
  if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

function decodeBytes(data: Uint8Array, codec: Codec, errors: 'strict' | 'ignore' | 'replace'): string {
  if (codec === 'latin-1') return latin1(data);
  if (codec === 'ascii') {
    let s = '';
    data.forEach((b, i) => {
      if (b < 0x80) s += String.fromCharCode(b);
      else if (errors === 'replace') s += '\ufffd';
      else if (errors === 'strict') {
        raise(E.UnicodeDecodeError, `'ascii' codec can't decode byte 0x${b.toString(16)} in position ${i}: ordinal not in range(128)`);
      }
    });
    return s;
  }
  if (errors !== 'strict') return new TextDecoder('utf-8', { fatal: false }).decode(data);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return raise(E.UnicodeDecodeError, utf8Failure(data));
  }
}

/** CPython's message for the first invalid utf-8 sequence in `data`. */
function utf8Failure(data: Uint8Array): string {
  let i = 0;
  while (i < data.length) {
    const b = data[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    const at = `'utf-8' codec can't decode byte 0x${b.toString(16).padStart(2, '0')} in position ${i}`;
    if (need < 0) return `${at}: invalid start byte`;
    let j = 1;
    while (j <= need && i + j < data.length && (data[i + j]! & 0xc0) === 0x80) j++;
    if (j <= need) {
      if (i + j >= data.length) return `'utf-8' codec can't decode byte${j > 1 ? 's' : ''} in position ${i}${j > 1 ? `-${i + j - 1}` : ''}: unexpected end of data`;
      return j === 1 ? `${at}: invalid continuation byte` : `'utf-8' codec can't decode bytes in position ${i}-${i + j - 1}: invalid continuation byte`;
    }
    i += need + 1;
  }
  return `'utf-8' codec can't decode bytes: invalid data`;
}

function bytesFrom(v: Value, what: string): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  return typeError(`${what}a bytes-like object is required, not '${typeName(v)}'`);
}

function byteValues(items: readonly Value[]): Uint8Array {
  return Uint8Array.from(
    items.map((x) => {
      if (typeof x !== 'number' && typeof x !== 'boolean' && typeof x !== 'bigint') typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
      const n = Number(x);
      if (n < 0 || n > 255) valueError('bytes must be in range(0, 256)');
      return n;
    }),
  );
}

export const bytesType = new NativeType(
  'bytes',
  'builtins',
  (args, kwargs) => {
    checkKwargs('bytes', kwargs, ['source', 'encoding', 'errors']);
    count('bytes', args, 0, 3);
    const source = param('bytes', args, 0, kwargs, 'source');
    const encoding = param('bytes', args, 1, kwargs, 'encoding');
    if (source === undefined) return new PyBytes(new Uint8Array(0));
    if (typeof source === 'string') {
      if (encoding === undefined) typeError('string argument without an encoding');
      return encodeStr(source, codecOf(encoding), errorsOf(param('bytes', args, 2, kwargs, 'errors')));
    }
    if (encoding !== undefined) typeError('encoding without a string argument');
    if (source instanceof PyBytes) return source;
    if (typeof source === 'number' || typeof source === 'bigint' || typeof source === 'boolean') {
      const n = asIndex(source);
      if (n < 0) valueError('negative count');
      return new PyBytes(new Uint8Array(Number(n)));
    }
    if (source instanceof PyList || source instanceof PyTuple) return new PyBytes(byteValues(source.items));
    return new PyBytes(byteValues(toArray(source)));
  },
  (v) => v instanceof PyBytes,
);

type M = (self: PyBytes, args: Value[], kw: Map<string, Value> | null) => Value;

function sep(v: Value | undefined): Uint8Array | null {
  return v === undefined || v === null ? null : bytesFrom(v, '');
}

function isSpace(b: number): boolean {
  return b === 0x20 || (b >= 0x09 && b <= 0x0d);
}

function strip(data: Uint8Array, chars: Uint8Array | null, left: boolean, right: boolean): PyBytes {
  const drop = (b: number): boolean => (chars === null ? isSpace(b) : chars.includes(b));
  let i = 0;
  let j = data.length;
  if (left) while (i < j && drop(data[i]!)) i++;
  if (right) while (j > i && drop(data[j - 1]!)) j--;
  return new PyBytes(data.slice(i, j));
}

function split(data: Uint8Array, by: Uint8Array | null): PyList {
  const parts: Value[] = [];
  if (by === null) {
    let i = 0;
    while (i < data.length) {
      while (i < data.length && isSpace(data[i]!)) i++;
      const from = i;
      while (i < data.length && !isSpace(data[i]!)) i++;
      if (i > from) parts.push(new PyBytes(data.slice(from, i)));
    }
    return new PyList(parts);
  }
  if (by.length === 0) valueError('empty separator');
  let from = 0;
  for (let at = findBytes(data, by, 0); at >= 0; at = findBytes(data, by, from)) {
    parts.push(new PyBytes(data.slice(from, at)));
    from = at + by.length;
  }
  parts.push(new PyBytes(data.slice(from)));
  return new PyList(parts);
}

function partition(data: Uint8Array, by: Uint8Array): PyTuple {
  if (by.length === 0) valueError('empty separator');
  const at = findBytes(data, by, 0);
  if (at < 0) return new PyTuple([new PyBytes(data), new PyBytes(new Uint8Array(0)), new PyBytes(new Uint8Array(0))]);
  return new PyTuple([new PyBytes(data.slice(0, at)), new PyBytes(by), new PyBytes(data.slice(at + by.length))]);
}

function mapAscii(data: Uint8Array, f: (b: number) => number): PyBytes {
  return new PyBytes(data.map(f));
}

const METHODS: [string, M][] = [
  [
    'decode',
    (self, args, kw) => {
      const enc = param('decode', args, 0, kw, 'encoding');
      return decodeBytes(self.data, enc === undefined ? 'utf-8' : codecOf(enc), errorsOf(param('decode', args, 1, kw, 'errors')));
    },
  ],
  [
    'hex',
    (self, args, kw) => {
      const by = param('hex', args, 0, kw, 'sep');
      if (by !== undefined && (typeof by !== 'string' || [...by].length !== 1)) valueError('sep must be length 1.');
      return Array.from(self.data, (b) => b.toString(16).padStart(2, '0')).join(by === undefined ? '' : (by as string));
    },
  ],
  ['startswith', (self, args) => startsWith(self.data, bytesFrom(args[0], ''))],
  ['endswith', (self, args) => endsWith(self.data, bytesFrom(args[0], ''))],
  ['strip', (self, args) => strip(self.data, sep(args[0]), true, true)],
  ['lstrip', (self, args) => strip(self.data, sep(args[0]), true, false)],
  ['rstrip', (self, args) => strip(self.data, sep(args[0]), false, true)],
  ['split', (self, args) => split(self.data, sep(args[0]))],
  ['find', (self, args) => findBytes(self.data, bytesFrom(args[0], ''), 0)],
  ['partition', (self, args) => partition(self.data, bytesFrom(args[0], ''))],
  ['count', (self, args) => split(self.data, bytesFrom(args[0], '')).items.length - 1],
  ['upper', (self) => mapAscii(self.data, (b) => (b >= 0x61 && b <= 0x7a ? b - 32 : b))],
  ['lower', (self) => mapAscii(self.data, (b) => (b >= 0x41 && b <= 0x5a ? b + 32 : b))],
  ['replace', (self, args) => joinWith(bytesFrom(args[1], ''), split(self.data, bytesFrom(args[0], '')).items)],
  ['join', (self, args) => joinWith(self.data, toArray(args[0]))],
];

function startsWith(data: Uint8Array, prefix: Uint8Array): boolean {
  return prefix.length <= data.length && compareBytes(data.slice(0, prefix.length), prefix) === 0;
}

function endsWith(data: Uint8Array, suffix: Uint8Array): boolean {
  return suffix.length <= data.length && compareBytes(data.slice(data.length - suffix.length), suffix) === 0;
}

function joinWith(by: Uint8Array, items: readonly Value[]): PyBytes {
  let out: Uint8Array = new Uint8Array(0);
  items.forEach((x, i) => {
    if (!(x instanceof PyBytes)) typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(x)} found`);
    out = concat(i === 0 ? out : concat(out, by), (x as PyBytes).data);
  });
  return new PyBytes(out);
}

registerBinding(PyBytes, { methods: new Map(METHODS) as never });

bytesType.attrs.set(
  'fromhex',
  new PyBuiltin('fromhex', (args) => {
    const text = args[0];
    if (typeof text !== 'string') return typeError(`fromhex() argument must be str, not ${typeName(text)}`);
    const out: number[] = [];
    let i = 0;
    while (i < text.length) {
      if (text[i] === ' ') {
        i++;
        continue;
      }
      const pair = text.slice(i, i + 2);
      if (!/^[0-9a-fA-F]{2}$/.test(pair)) valueError(`non-hexadecimal number found in fromhex() arg at position ${/^[0-9a-fA-F]/.test(pair) ? i + 1 : i}`);
      out.push(parseInt(pair, 16));
      i += 2;
    }
    return new PyBytes(Uint8Array.from(out));
  }),
);

/** int.to_bytes(length=1, byteorder='big', *, signed=False). */
const toBytes: Method = ((self: number | bigint | boolean, args: Value[], kw: Map<string, Value> | null) => {
  const length = Number(asIndex(param('to_bytes', args, 0, kw, 'length') ?? 1));
  const order = param('to_bytes', args, 1, kw, 'byteorder') ?? 'big';
  if (order !== 'big' && order !== 'little') valueError("byteorder must be either 'little' or 'big'");
  const signed = kw?.get('signed') === true;
  let n = BigInt(self);
  if (n < 0n && !signed) raise(E.OverflowError, "can't convert negative int to unsigned");
  const limit = 1n << BigInt(8 * length);
  if (signed ? n >= limit / 2n || n < -limit / 2n : n >= limit) raise(E.OverflowError, 'int too big to convert');
  if (n < 0n) n += limit;
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(n & 0xffn);
    n >>= 8n;
  }
  return new PyBytes(order === 'big' ? out : out.reverse());
}) as Method;
intType.addMethod('to_bytes', toBytes);

const encode: Method = ((self: string, args: Value[], kw: Map<string, Value> | null) => {
  const enc = param('encode', args, 0, kw, 'encoding');
  return encodeStr(self, enc === undefined ? 'utf-8' : codecOf(enc), errorsOf(param('encode', args, 1, kw, 'errors')));
}) as Method;
strType.addMethod('encode', encode);

/** A bytes literal's value from the parser (syntax holds plain byte arrays). */
export function bytesConstant(data: Uint8Array): PyBytes {
  return new PyBytes(data);
}
