/**
 * What `bytes` and `bytearray` share: a sequence of ints 0..255 with CPython's indexing,
 * slicing, `in`, `+`, `*`, comparison and iteration. Each subclass says how a result of its
 * own type is made (`withData`), so `bytearray(b'ab')[1:]` and `.upper()` stay bytearrays
 * while the code that computes them is written once.
 */
import { asIndex } from '../runtime/builtin-args.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { NativeType, PyNative } from '../runtime/native.ts';
import { index } from '../runtime/ops.ts';
import { typeName } from '../runtime/types.ts';
import { PyInstance, PyList, PyTuple, type Value } from '../runtime/values.ts';
import { toArray } from '../runtime/iter.ts';
import { PySlice, sliceIndices } from './subscript.ts';

export abstract class ByteSequence extends PyNative {
  /** The bytes themselves; a bytearray's view changes when it grows or shrinks. */
  abstract readonly data: Uint8Array;
  /** A new value of this sequence's own type holding `data`. */
  abstract withData(data: Uint8Array): ByteSequence;
  abstract override pyType(): NativeType;

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
    const data = this.data;
    if (key instanceof PySlice) {
      const [start, stop, step] = sliceIndices(key, data.length);
      if (step === 1) return this.withData(data.slice(start, Math.max(start, stop)));
      const out: number[] = [];
      for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(data[i]!);
      return this.withData(Uint8Array.from(out));
    }
    if (typeof key !== 'number' && typeof key !== 'boolean' && typeof key !== 'bigint' && !(key instanceof PyInstance)) {
      typeError(`byte indices must be integers or slices, not ${typeName(key)}`);
    }
    return data[index(key, data.length, this.pyTypeName === 'bytes' ? 'index' : this.pyTypeName)]!;
  }
  override pyContains(v: Value): boolean {
    if (v instanceof ByteSequence) return findBytes(this.data, v.data, 0) >= 0;
    if (typeof v === 'number' || typeof v === 'boolean') return this.data.includes(byteValue(v));
    return typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  }
  override pyEq(other: Value): boolean {
    return other instanceof ByteSequence && compareBytes(this.data, other.data) === 0;
  }
  override pyCompare(other: Value): number | undefined {
    return other instanceof ByteSequence ? compareBytes(this.data, other.data) : undefined;
  }
  override pyBinop(op: string, other: Value, reflected: boolean): Value | undefined {
    if (op === '+' && !reflected) {
      if (other instanceof ByteSequence) return this.withData(concat(this.data, other.data));
      return typeError(`can't concat ${typeName(other)} to ${this.pyTypeName}`);
    }
    if (op === '*' && (typeof other === 'number' || typeof other === 'boolean')) return this.withData(repeat(this.data, Number(other)));
    return undefined;
  }
}

/** The bytes of a bytes-like value (bytes, bytearray), or null for anything else. */
export function bytesLike(v: Value): Uint8Array | null {
  return v instanceof ByteSequence ? v.data : null;
}

/** The bytes of a bytes-like argument, else CPython's TypeError (`what` prefixes the message). */
export function bytesFrom(v: Value, what = ''): Uint8Array {
  if (v instanceof ByteSequence) return v.data;
  return typeError(`${what}a bytes-like object is required, not '${typeName(v)}'`);
}

/** An int that must be one byte (bytearray items, `in`). */
export function byteValue(v: Value): number {
  if (typeof v === 'bigint') valueError('byte must be in range(0, 256)');
  const n = asIndex(v);
  if (n < 0 || n > 255) valueError('byte must be in range(0, 256)');
  return n;
}

/** The bytes `bytes(x)` and `bytearray(x)` make of an int count, a bytes-like value or an iterable of ints. */
export function bytesOfSource(source: Value): Uint8Array {
  if (source instanceof ByteSequence) return source.data.slice();
  if (typeof source === 'number' || typeof source === 'bigint' || typeof source === 'boolean') {
    const n = asIndex(source);
    if (n < 0) valueError('negative count');
    return new Uint8Array(n);
  }
  const items = source instanceof PyList || source instanceof PyTuple ? source.items : toArray(source);
  return Uint8Array.from(
    items.map((x) => {
      const n = typeof x === 'bigint' ? -1 : asIndex(x);
      if (n < 0 || n > 255) valueError('bytes must be in range(0, 256)');
      return n;
    }),
  );
}

export function latin1(data: Uint8Array): string {
  let s = '';
  for (const b of data) s += String.fromCharCode(b);
  return s;
}

export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

export function repeat(data: Uint8Array, times: number): Uint8Array {
  const n = Math.max(0, times);
  const out = new Uint8Array(data.length * n);
  for (let i = 0; i < n; i++) out.set(data, i * data.length);
  return out;
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

export function findBytes(hay: Uint8Array, needle: Uint8Array, from: number): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * CPython's bytes repr body with its quotes: single quotes unless only double quotes avoid
 * escaping. bytearray's repr escapes a single quote even inside double quotes, as CPython's does.
 */
export function bytesRepr(data: Uint8Array, escapeBothQuotes = false): string {
  const quote = data.includes(0x27) && !data.includes(0x22) ? '"' : "'";
  let out = 'b' + quote;
  for (const b of data) {
    if (b === 0x5c) out += '\\\\';
    else if (b === quote.charCodeAt(0) || (escapeBothQuotes && b === 0x27)) out += '\\' + String.fromCharCode(b);
    else if (b === 0x09) out += '\\t';
    else if (b === 0x0a) out += '\\n';
    else if (b === 0x0d) out += '\\r';
    else if (b < 0x20 || b >= 0x7f) out += '\\x' + b.toString(16).padStart(2, '0');
    else out += String.fromCharCode(b);
  }
  return out + quote;
}
