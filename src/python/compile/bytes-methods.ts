/**
 * The methods bytes and bytearray share (`decode`, `split`, `strip`, `replace`, `hex`, ...),
 * written once over a ByteSequence: a result of the receiver's own type comes from
 * `self.withData`, so `bytearray.upper()` is a bytearray as in CPython.
 */
import { asIndex, param } from '../runtime/builtin-args.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { toArray } from '../runtime/iter.ts';
import { typeName } from '../runtime/types.ts';
import { PyList, PyTuple, type Value } from '../runtime/values.ts';
import { ByteSequence, byteValue, bytesFrom, compareBytes, concat, findBytes } from './byte-sequence.ts';
import { codecOf, decodeBytes, errorsOf } from './bytes-codecs.ts';
import { BYTE_ASCII_METHODS } from './bytes-ascii-methods.ts';

export type ByteMethod = (self: ByteSequence, args: Value[], kw: Map<string, Value> | null) => Value;

function sep(v: Value | undefined): Uint8Array | null {
  return v === undefined || v === null ? null : bytesFrom(v);
}

function isSpace(b: number): boolean {
  return b === 0x20 || (b >= 0x09 && b <= 0x0d);
}

function strip(self: ByteSequence, chars: Uint8Array | null, left: boolean, right: boolean): ByteSequence {
  const data = self.data;
  const drop = (b: number): boolean => (chars === null ? isSpace(b) : chars.includes(b));
  let i = 0;
  let j = data.length;
  if (left) while (i < j && drop(data[i]!)) i++;
  if (right) while (j > i && drop(data[j - 1]!)) j--;
  return self.withData(data.slice(i, j));
}

/** split(sep=None, maxsplit=-1): runs of whitespace, or each occurrence of `by`. */
function splitData(data: Uint8Array, by: Uint8Array | null, maxsplit = -1): Uint8Array[] {
  const parts: Uint8Array[] = [];
  if (by === null) {
    let i = 0;
    while (i < data.length) {
      while (i < data.length && isSpace(data[i]!)) i++;
      if (i === data.length) break;
      if (maxsplit >= 0 && parts.length === maxsplit) {
        let j = data.length;
        while (j > i && isSpace(data[j - 1]!)) j--;
        parts.push(data.slice(i, j));
        break;
      }
      const from = i;
      while (i < data.length && !isSpace(data[i]!)) i++;
      parts.push(data.slice(from, i));
    }
    return parts;
  }
  if (by.length === 0) valueError('empty separator');
  let from = 0;
  for (let at = findBytes(data, by, 0); at >= 0 && (maxsplit < 0 || parts.length < maxsplit); at = findBytes(data, by, from)) {
    parts.push(data.slice(from, at));
    from = at + by.length;
  }
  parts.push(data.slice(from));
  return parts;
}

function countOf(data: Uint8Array, by: Uint8Array): number {
  if (by.length === 0) return data.length + 1;
  let n = 0;
  for (let at = findBytes(data, by, 0); at >= 0; at = findBytes(data, by, at + by.length)) n++;
  return n;
}

function lastIndexOf(data: Uint8Array, needle: Uint8Array): number {
  for (let i = data.length - needle.length; i >= 0; i--) {
    if (compareBytes(data.subarray(i, i + needle.length), needle) === 0) return i;
  }
  return -1;
}

/** A find argument: a bytes-like value, or an int naming one byte. */
function needleOf(v: Value): Uint8Array {
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return Uint8Array.of(byteValue(v));
  if (v instanceof ByteSequence) return v.data;
  return typeError(`argument should be integer or bytes-like object, not '${typeName(v)}'`);
}

function partition(self: ByteSequence, by: Uint8Array, last: boolean): PyTuple {
  if (by.length === 0) valueError('empty separator');
  const data = self.data;
  const at = last ? lastIndexOf(data, by) : findBytes(data, by, 0);
  const empty = (): ByteSequence => self.withData(new Uint8Array(0));
  if (at < 0) return new PyTuple(last ? [empty(), empty(), self.withData(data.slice())] : [self.withData(data.slice()), empty(), empty()]);
  return new PyTuple([self.withData(data.slice(0, at)), self.withData(by.slice()), self.withData(data.slice(at + by.length))]);
}

/** startswith/endswith: a prefix, or a tuple of candidates. */
function affix(self: ByteSequence, arg: Value, name: string, atEnd: boolean): boolean {
  const data = self.data;
  const candidates = arg instanceof PyTuple ? arg.items : [arg];
  return candidates.some((c) => {
    if (!(c instanceof ByteSequence)) {
      return typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeName(c)}`);
    }
    const p = c.data;
    if (p.length > data.length) return false;
    return compareBytes(atEnd ? data.subarray(data.length - p.length) : data.subarray(0, p.length), p) === 0;
  });
}

function joinWith(self: ByteSequence, items: readonly Value[]): ByteSequence {
  const by = self.data;
  let out: Uint8Array = new Uint8Array(0);
  items.forEach((x, i) => {
    if (!(x instanceof ByteSequence)) typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(x)} found`);
    out = concat(i === 0 ? out : concat(out, by), (x as ByteSequence).data);
  });
  return self.withData(out);
}

function replace(self: ByteSequence, old: Uint8Array, by: Uint8Array, count: number): ByteSequence {
  const parts = splitDataForReplace(self.data, old, count);
  let out: Uint8Array = parts[0]!;
  for (const p of parts.slice(1)) out = concat(concat(out, by), p);
  return self.withData(out);
}

/** The pieces between occurrences of `old`; an empty `old` matches before every byte and at the end. */
function splitDataForReplace(data: Uint8Array, old: Uint8Array, count: number): Uint8Array[] {
  if (old.length > 0) return splitData(data, old, count);
  const points = count < 0 ? data.length + 1 : Math.min(count, data.length + 1);
  if (points === 0) return [data.slice()];
  const parts: Uint8Array[] = [new Uint8Array(0)];
  for (let i = 0; i < points - 1; i++) parts.push(data.slice(i, i + 1));
  parts.push(data.slice(points - 1));
  return parts;
}

function ascii(test: (b: number) => boolean): ByteMethod {
  return (self) => self.data.length > 0 && self.data.every(test);
}

const isLower = (b: number): boolean => b >= 0x61 && b <= 0x7a;
const isUpper = (b: number): boolean => b >= 0x41 && b <= 0x5a;
const isDigit = (b: number): boolean => b >= 0x30 && b <= 0x39;

function maxsplitOf(name: string, args: Value[], kw: Map<string, Value> | null): number {
  const m = param(name, args, 1, kw, 'maxsplit');
  return m === undefined ? -1 : asIndex(m);
}

function find(self: ByteSequence, args: Value[], last: boolean): number {
  const needle = needleOf(args[0]);
  const data = self.data;
  const len = data.length;
  const clamp = (v: Value | undefined, d: number): number => {
    if (v === undefined || v === null) return d;
    const n = asIndex(v);
    return n < 0 ? Math.max(0, n + len) : Math.min(n, len);
  };
  const start = clamp(args[1], 0);
  const end = clamp(args[2], len);
  const window = data.subarray(0, end);
  if (end - start < needle.length) return -1;
  const at = last ? lastIndexOf(window.subarray(start), needle) : findBytes(window, needle, start);
  return at < 0 ? -1 : last ? at + start : at;
}

function found(at: number): number {
  if (at < 0) valueError('subsection not found');
  return at;
}

export const BYTE_METHODS: [string, ByteMethod][] = [
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
  ['startswith', (self, args) => affix(self, args[0], 'startswith', false)],
  ['endswith', (self, args) => affix(self, args[0], 'endswith', true)],
  ['strip', (self, args) => strip(self, sep(args[0]), true, true)],
  ['lstrip', (self, args) => strip(self, sep(args[0]), true, false)],
  ['rstrip', (self, args) => strip(self, sep(args[0]), false, true)],
  ['split', (self, args, kw) => new PyList(splitData(self.data, sep(param('split', args, 0, kw, 'sep')), maxsplitOf('split', args, kw)).map((d) => self.withData(d)))],
  ['find', (self, args) => find(self, args, false)],
  ['rfind', (self, args) => find(self, args, true)],
  ['index', (self, args) => found(find(self, args, false))],
  ['rindex', (self, args) => found(find(self, args, true))],
  ['partition', (self, args) => partition(self, bytesFrom(args[0]), false)],
  ['rpartition', (self, args) => partition(self, bytesFrom(args[0]), true)],
  ['count', (self, args) => countOf(self.data, needleOf(args[0]))],
  ['upper', (self) => self.withData(self.data.map((b) => (isLower(b) ? b - 32 : b)))],
  ['lower', (self) => self.withData(self.data.map((b) => (isUpper(b) ? b + 32 : b)))],
  ['replace', (self, args) => replace(self, bytesFrom(args[0]), bytesFrom(args[1]), args[2] === undefined ? -1 : asIndex(args[2]))],
  ['join', (self, args) => joinWith(self, toArray(args[0]))],
  ['isdigit', ascii(isDigit)],
  ['isalpha', ascii((b) => isLower(b) || isUpper(b))],
  ['isalnum', ascii((b) => isLower(b) || isUpper(b) || isDigit(b))],
  ['isspace', ascii(isSpace)],
  ['islower', (self) => self.data.some(isLower) && !self.data.some(isUpper)],
  ['isupper', (self) => self.data.some(isUpper) && !self.data.some(isLower)],
  ...BYTE_ASCII_METHODS,
];
