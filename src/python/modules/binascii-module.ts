/**
 * The `binascii` module's base64 and hex conversions, which `base64` is built on as in
 * CPython: `a2b_base64` (lenient by default, `strict_mode=True` for base64's validate=),
 * `b2a_base64`, `hexlify`/`unhexlify`, `crc32`, and `binascii.Error` (a ValueError).
 */
import * as E from '../../engine/exceptions.ts';
import type { ExcClass } from '../../engine/exceptions.ts';
import { raise, typeError, valueError } from '../runtime/errors.ts';
import { truthy } from '../runtime/ops.ts';
import { builtinExcClasses, typeName } from '../runtime/types.ts';
import { PyBuiltin, PyModule, type Value } from '../runtime/values.ts';
import { bytesLike, latin1 } from '../compile/byte-sequence.ts';
import { PyBytes, fromHex } from '../compile/bytes-object.ts';
import { arg, checkKw } from './args.ts';

export const BINASCII_ERROR: ExcClass = Object.freeze({ name: 'Error', module: 'binascii', bases: [E.ValueError] });

export function binasciiError(message: string): never {
  return raise(BINASCII_ERROR, message);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Map([...ALPHABET].map((c, i) => [c.charCodeAt(0), i]));
const PAD = 0x3d;

/** What the decoders take: bytes-like data, or a str of ASCII characters. */
export function decodeData(v: Value): Uint8Array {
  if (typeof v === 'string') {
    if (!/^[\x00-\x7f]*$/.test(v)) valueError('string argument should contain only ASCII characters');
    return Uint8Array.from(v, (c) => c.charCodeAt(0));
  }
  const data = bytesLike(v);
  if (data === null) return typeError(`argument should be a bytes-like object or ASCII string, not '${typeName(v)}'`);
  return data;
}

/** What the encoders take: bytes-like data only. */
export function encodeData(v: Value): Uint8Array {
  const data = bytesLike(v);
  if (data === null) return typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return data;
}

export function b2aBase64(data: Uint8Array, newline: boolean): Uint8Array {
  let s = '';
  for (let i = 0; i < data.length; i += 3) {
    const n = (data[i]! << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
    const chars = i + 1 >= data.length ? 2 : i + 2 >= data.length ? 3 : 4;
    for (let k = 0; k < 4; k++) s += k < chars ? ALPHABET[(n >> (18 - 6 * k)) & 63] : '=';
  }
  if (newline) s += '\n';
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** binascii.a2b_base64: characters outside the alphabet are skipped unless strict. */
export function a2bBase64(data: Uint8Array, strict: boolean): Uint8Array {
  const out: number[] = [];
  let quadPos = 0;
  let left = 0;
  let pads = 0;
  let paddingStarted = false;
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    if (c === PAD) {
      paddingStarted = true;
      if (strict && i === 0) binasciiError('Leading padding not allowed');
      if (quadPos >= 2 && quadPos + ++pads >= 4) {
        if (strict && i + 1 < data.length) binasciiError('Excess data after padding');
        return Uint8Array.from(out);
      }
      continue;
    }
    const v = VALUE.get(c);
    if (v === undefined) {
      if (strict) binasciiError('Only base64 data is allowed');
      continue;
    }
    if (strict && paddingStarted) binasciiError('Discontinuous padding not allowed');
    pads = 0;
    if (quadPos === 0) left = v;
    else if (quadPos === 1) out.push(((left << 2) | (v >> 4)) & 0xff), (left = v & 0x0f);
    else if (quadPos === 2) out.push(((left << 4) | (v >> 2)) & 0xff), (left = v & 0x03);
    else out.push(((left << 6) | v) & 0xff);
    quadPos = (quadPos + 1) % 4;
  }
  if (quadPos === 1) {
    binasciiError(`Invalid base64-encoded string: number of data characters (${(out.length / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
  }
  if (quadPos !== 0) binasciiError('Incorrect padding');
  return Uint8Array.from(out);
}

// CRC-32 (the zlib/PNG polynomial, reflected), one table entry per byte value.
const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** binascii.crc32(data, value=0): `value` continues a running checksum. */
function crc32(data: Uint8Array, start: number): number {
  let c = (start ^ 0xffffffff) >>> 0;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function hexlify(data: Uint8Array): Uint8Array {
  return Uint8Array.from(Array.from(data, (b) => b.toString(16).padStart(2, '0')).join(''), (c) => c.charCodeAt(0));
}

export function makeBinasciiModule(): PyModule {
  builtinExcClasses.add(BINASCII_ERROR);
  return new PyModule(
    'binascii',
    new Map<string, Value>([
      ['Error', BINASCII_ERROR],
      [
        'a2b_base64',
        new PyBuiltin('a2b_base64', (args, kw) => {
          checkKw('a2b_base64', kw, ['strict_mode']);
          return new PyBytes(a2bBase64(decodeData(args[0]), truthy(kw?.get('strict_mode') ?? false)));
        }),
      ],
      [
        'b2a_base64',
        new PyBuiltin('b2a_base64', (args, kw) => {
          checkKw('b2a_base64', kw, ['newline']);
          return new PyBytes(b2aBase64(encodeData(args[0]), truthy(kw?.get('newline') ?? true)));
        }),
      ],
      [
        'crc32',
        new PyBuiltin('crc32', (args) => {
          const start = args[1] ?? 0;
          if (typeof start !== 'number' && typeof start !== 'bigint' && typeof start !== 'boolean') typeError(`'${typeName(start)}' object cannot be interpreted as an integer`);
          return crc32(encodeData(args[0]), Number(BigInt.asUintN(32, BigInt(start as number | bigint | boolean))));
        }),
      ],
      ['hexlify', new PyBuiltin('hexlify', (args) => new PyBytes(hexlify(encodeData(args[0]))))],
      ['b2a_hex', new PyBuiltin('b2a_hex', (args) => new PyBytes(hexlify(encodeData(args[0]))))],
      ['unhexlify', new PyBuiltin('unhexlify', (args) => new PyBytes(unhexlify(decodeData(arg('unhexlify', args, null, 0, 'hexstr')))))],
      ['a2b_hex', new PyBuiltin('a2b_hex', (args) => new PyBytes(unhexlify(decodeData(arg('a2b_hex', args, null, 0, 'hexstr')))))],
    ]),
  );
}

function unhexlify(data: Uint8Array): Uint8Array {
  if (data.length % 2 !== 0) binasciiError('Odd-length string');
  const text = latin1(data);
  if (!/^[0-9a-fA-F]*$/.test(text)) binasciiError('Non-hexadecimal digit found');
  return fromHex(text);
}
