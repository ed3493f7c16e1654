/**
 * The `bytes` type: immutable byte strings, as tutorials use them for stream-style data
 * (`b"ping"`, `msg.encode()`, `data.decode()`). What it shares with bytearray (indexing,
 * operators, methods) lives in byte-sequence.ts and bytes-methods.ts; this file adds what
 * only bytes has: hashing, its constructor, `bytes.fromhex` and `str.encode`.
 */
import { checkKwargs, count, param } from '../runtime/builtin-args.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import type { Method } from '../runtime/method.ts';
import { strType } from '../runtime/types/str-type.ts';
import { NativeType } from '../runtime/native.ts';
import { typeName } from '../runtime/types.ts';
import { PyBuiltin, type Value } from '../runtime/values.ts';
import { registerBinding } from '../runtime/types/engine-type.ts';
import { ByteSequence, bytesOfSource, bytesRepr, latin1 } from './byte-sequence.ts';
import { BYTE_METHODS } from './bytes-methods.ts';
import { maketrans } from './bytes-ascii-methods.ts';
import { codecOf, encodeStr, errorsOf } from './bytes-codecs.ts';
import { percentFormatBytes } from './bytes-percent.ts';

export class PyBytes extends ByteSequence {
  readonly pyTypeName = 'bytes';
  constructor(readonly data: Uint8Array) {
    super();
  }
  withData(data: Uint8Array): PyBytes {
    return new PyBytes(data);
  }
  pyRepr(): string {
    return bytesRepr(this.data);
  }
  override pyKey(): unknown {
    // A lone surrogate no str literal of a tutorial holds keeps bytes keys apart from str keys.
    return '\udfffbytes:' + latin1(this.data);
  }
  override pyType(): NativeType {
    return bytesType;
  }
  override pyBinop(op: string, other: Value, reflected: boolean): Value | undefined {
    if (op === '%' && !reflected) return new PyBytes(percentFormatBytes(this.data, other, (d) => new PyBytes(d)));
    return super.pyBinop(op, other, reflected);
  }
}

/** The bytes `bytes(...)` and `bytearray(...)` make of their (source, encoding, errors) arguments. */
export function constructedBytes(name: string, args: Value[], kwargs: Map<string, Value> | null): Uint8Array {
  checkKwargs(name, kwargs, ['source', 'encoding', 'errors']);
  count(name, args, 0, 3);
  const source = param(name, args, 0, kwargs, 'source');
  const encoding = param(name, args, 1, kwargs, 'encoding');
  if (source === undefined) return new Uint8Array(0);
  if (typeof source === 'string') {
    if (encoding === undefined) typeError('string argument without an encoding');
    return encodeStr(source, codecOf(encoding), errorsOf(param(name, args, 2, kwargs, 'errors')));
  }
  if (encoding !== undefined) typeError('encoding without a string argument');
  return bytesOfSource(source);
}

export const bytesType = new NativeType(
  'bytes',
  'builtins',
  (args, kwargs) => {
    if (args.length === 1 && args[0] instanceof PyBytes && kwargs === null) return args[0];
    return new PyBytes(constructedBytes('bytes', args, kwargs));
  },
  (v) => v instanceof PyBytes,
);

registerBinding(PyBytes, { methods: new Map(BYTE_METHODS) as never });

/** `bytes.fromhex(s)` and `bytearray.fromhex(s)`: pairs of hex digits, spaces between pairs allowed. */
export function fromHex(text: Value): Uint8Array {
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
  return Uint8Array.from(out);
}

bytesType.attrs.set('fromhex', new PyBuiltin('fromhex', (args) => new PyBytes(fromHex(args[0]))));
bytesType.attrs.set('maketrans', new PyBuiltin('maketrans', (args) => new PyBytes(maketrans(args))));

const encode: Method = ((self: string, args: Value[], kw: Map<string, Value> | null) => {
  const enc = param('encode', args, 0, kw, 'encoding');
  return new PyBytes(encodeStr(self, enc === undefined ? 'utf-8' : codecOf(enc), errorsOf(param('encode', args, 1, kw, 'errors'))));
}) as Method;
strType.addMethod('encode', encode);

/** A bytes literal's value from the parser (syntax holds plain byte arrays). */
export function bytesConstant(data: Uint8Array): PyBytes {
  return new PyBytes(data);
}
