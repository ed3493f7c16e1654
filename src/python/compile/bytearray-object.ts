/**
 * The `bytearray` type: a mutable bytes. Reading it (indexing, slicing, operators, the shared
 * methods) is ByteSequence's and bytes-methods.ts's, as for bytes; this file adds what
 * mutation needs: a growable buffer, item and slice assignment, deletion, `+=`/`*=` in
 * place, and the list-like methods (append, extend, pop, insert, remove, clear, reverse).
 */
import { raise, typeError, valueError } from '../runtime/errors.ts';
import * as E from '../../engine/exceptions.ts';
import { asIndex, count, noKwargs } from '../runtime/builtin-args.ts';
import { NativeType } from '../runtime/native.ts';
import { index } from '../runtime/ops.ts';
import { toArray } from '../runtime/iter.ts';
import { typeName } from '../runtime/types.ts';
import { PyBuiltin, type Value } from '../runtime/values.ts';
import { registerBinding } from '../runtime/types/engine-type.ts';
import { ByteSequence, byteValue, bytesOfSource, bytesRepr, repeat } from './byte-sequence.ts';
import { BYTE_METHODS, type ByteMethod } from './bytes-methods.ts';
import { maketrans } from './bytes-ascii-methods.ts';
import { PyBytes, constructedBytes, fromHex } from './bytes-object.ts';
import { percentFormatBytes } from './bytes-percent.ts';
import { PySlice, extendedIndices, sliceIndices } from './subscript.ts';

export class PyByteArray extends ByteSequence {
  readonly pyTypeName = 'bytearray';
  /** Room to grow, so a loop of appends is not quadratic; bytes past `length` are unused. */
  private buf: Uint8Array;
  private length: number;
  constructor(data: Uint8Array) {
    super();
    this.buf = data;
    this.length = data.length;
  }
  get data(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
  withData(data: Uint8Array): PyByteArray {
    return new PyByteArray(data);
  }
  pyRepr(): string {
    return `bytearray(${bytesRepr(this.data, true)})`;
  }
  override pyKey(): unknown {
    return typeError("unhashable type: 'bytearray'");
  }
  override pyType(): NativeType {
    return bytearrayType;
  }
  override pyBinop(op: string, other: Value, reflected: boolean): Value | undefined {
    if (op === '%' && !reflected) return new PyByteArray(percentFormatBytes(this.data, other, (d) => new PyBytes(d)));
    return super.pyBinop(op, other, reflected);
  }
  /** `ba += b` extends in place and `ba *= n` repeats in place, so aliases see the change. */
  override pyInplace(op: string, other: Value): Value | undefined {
    if (op === '+') {
      if (!(other instanceof ByteSequence)) return typeError(`can't concat ${typeName(other)} to bytearray`);
      this.splice(this.length, 0, other.data.slice());
      return this;
    }
    if (op === '*' && (typeof other === 'number' || typeof other === 'boolean')) {
      const made = repeat(this.data, Number(other));
      this.splice(0, this.length, made);
      return this;
    }
    return undefined;
  }
  override pySetItem(key: Value, value: Value): void {
    if (key instanceof PySlice) {
      const [start, stop, step] = sliceIndices(key, this.length);
      const vals = typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean'
        ? typeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)')
        : bytesOfSource(value);
      if (step === 1) {
        this.splice(start, Math.max(0, stop - start), vals);
        return;
      }
      const at = extendedIndices(start, stop, step);
      if (vals.length !== at.length) valueError(`attempt to assign bytes of size ${vals.length} to extended slice of size ${at.length}`);
      at.forEach((i, k) => (this.buf[i] = vals[k]!));
      return;
    }
    this.buf[index(key, this.length, 'bytearray')] = byteValue(value);
  }
  override pyDelItem(key: Value): void {
    if (key instanceof PySlice) {
      const [start, stop, step] = sliceIndices(key, this.length);
      if (step === 1) {
        this.splice(start, Math.max(0, stop - start), new Uint8Array(0));
        return;
      }
      const gone = new Set(extendedIndices(start, stop, step));
      this.splice(0, this.length, this.data.filter((_, i) => !gone.has(i)));
      return;
    }
    this.splice(index(key, this.length, 'bytearray'), 1, new Uint8Array(0));
  }

  /** Replaces `remove` bytes at `at` with `insert`, growing the buffer by doubling. */
  splice(at: number, remove: number, insert: Uint8Array): void {
    const newLength = this.length - remove + insert.length;
    if (newLength > this.buf.length) {
      const grown = new Uint8Array(Math.max(newLength, this.buf.length * 2, 8));
      grown.set(this.data);
      this.buf = grown;
    }
    this.buf.copyWithin(at + insert.length, at + remove, this.length);
    this.buf.set(insert, at);
    this.length = newLength;
  }
}

type M = (self: PyByteArray, args: Value[], kw: Map<string, Value> | null) => Value;

const MUTATORS: [string, M][] = [
  [
    'append',
    (self, args) => {
      count('append', args, 1, 1);
      self.splice(self.data.length, 0, Uint8Array.of(byteValue(args[0])));
      return null;
    },
  ],
  [
    'extend',
    (self, args) => {
      count('extend', args, 1, 1);
      const src = args[0];
      if (typeof src === 'number' || typeof src === 'bigint' || typeof src === 'boolean') typeError(`can't extend bytearray with ${typeName(src)}`);
      const add = src instanceof ByteSequence ? src.data.slice() : Uint8Array.from(toArray(src).map(byteValue));
      self.splice(self.data.length, 0, add);
      return null;
    },
  ],
  [
    'pop',
    (self, args) => {
      count('pop', args, 0, 1);
      const n = self.data.length;
      if (n === 0) raise(E.IndexError, 'pop from empty bytearray');
      let i = args.length === 0 ? n - 1 : asIndex(args[0]);
      if (i < 0) i += n;
      if (i < 0 || i >= n) raise(E.IndexError, 'pop index out of range');
      const b = self.data[i]!;
      self.splice(i, 1, new Uint8Array(0));
      return b;
    },
  ],
  [
    'insert',
    (self, args) => {
      count('insert', args, 2, 2);
      const n = self.data.length;
      let i = asIndex(args[0]);
      i = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
      self.splice(i, 0, Uint8Array.of(byteValue(args[1])));
      return null;
    },
  ],
  [
    'remove',
    (self, args) => {
      count('remove', args, 1, 1);
      const i = self.data.indexOf(byteValue(args[0]));
      if (i < 0) valueError('value not found in bytearray');
      self.splice(i, 1, new Uint8Array(0));
      return null;
    },
  ],
  [
    'clear',
    (self, args) => {
      count('clear', args, 0, 0);
      self.splice(0, self.data.length, new Uint8Array(0));
      return null;
    },
  ],
  [
    'reverse',
    (self, args) => {
      count('reverse', args, 0, 0);
      self.data.reverse();
      return null;
    },
  ],
  [
    'copy',
    (self, args) => {
      count('copy', args, 0, 0);
      return new PyByteArray(self.data.slice());
    },
  ],
];

export const bytearrayType = new NativeType(
  'bytearray',
  'builtins',
  (args, kwargs) => new PyByteArray(constructedBytes('bytearray', args, kwargs)),
  (v) => v instanceof PyByteArray,
);

bytearrayType.attrs.set('maketrans', new PyBuiltin('maketrans', (args) => new PyBytes(maketrans(args))));

registerBinding(PyByteArray, { methods: new Map<string, ByteMethod | M>([...BYTE_METHODS, ...MUTATORS]) as never });

bytearrayType.attrs.set(
  'fromhex',
  new PyBuiltin('fromhex', (args, kwargs) => {
    noKwargs('fromhex', kwargs);
    return new PyByteArray(fromHex(args[0]));
  }),
);
