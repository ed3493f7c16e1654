/**
 * `uuid`: the UUID type (from hex, bytes, bytes_le, fields or int; str, repr, hex, int, urn,
 * version, variant, ordering, hashing) and uuid1/uuid3/uuid4/uuid5 with the standard
 * namespaces. uuid3 and uuid5 are CPython's exactly; uuid4 and uuid1 draw their random bits from
 * the run's seed (CPython reads os.urandom), so a shared link makes the same ids again.
 */
import { attributeError, typeError, valueError } from '../runtime/errors.ts';
import { typeName } from '../runtime/types.ts';
import { PyNative } from '../runtime/native.ts';
import { hashInt } from '../runtime/hash.ts';
import { normBig, toBig, type Int } from '../format/int-arith.ts';
import { declareEngineType } from '../runtime/types/engine-type.ts';
import { PyBuiltin, PyModule, PyTuple, type Value } from '../runtime/values.ts';
import { PyBytes } from '../compile/bytes-object.ts';
import { ByteSequence } from '../compile/byte-sequence.ts';
import { md5, sha1 } from './digests.ts';
import { MersenneTwister } from './mersenne-twister.ts';
import { arg, checkKw, type Kw } from './args.ts';
import type { ModuleContext } from './registry.ts';
import { callValue } from '../compile/objects.ts';

const MAX = 1n << 128n;
/** 100-ns intervals between the Gregorian reform (1582-10-15) and the Unix epoch, uuid1's origin. */
const GREGORIAN_OFFSET = 0x01b21dd213814000n;

export class PyUUID extends PyNative {
  readonly pyTypeName = 'UUID';
  constructor(readonly value: bigint) {
    super();
  }
  get hex(): string {
    return this.value.toString(16).padStart(32, '0');
  }
  override pyStr(): string {
    const h = this.hex;
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
  pyRepr(): string {
    return `UUID('${this.pyStr()}')`;
  }
  override pyEq(other: Value): boolean {
    return other instanceof PyUUID && other.value === this.value;
  }
  override pyCompare(other: Value): number | undefined {
    if (!(other instanceof PyUUID)) return undefined;
    return this.value < other.value ? -1 : this.value > other.value ? 1 : 0;
  }
  override pyKey(): unknown {
    return `\u0000uuid:${this.hex}`;
  }
  get bytes(): Uint8Array {
    const out = new Uint8Array(16);
    for (let i = 0; i < 16; i++) out[i] = Number((this.value >> BigInt(8 * (15 - i))) & 0xffn);
    return out;
  }
  get variant(): string {
    if ((this.value & (0x8000n << 48n)) === 0n) return 'reserved for NCS compatibility';
    if ((this.value & (0x4000n << 48n)) === 0n) return 'specified in RFC 4122';
    if ((this.value & (0x2000n << 48n)) === 0n) return 'reserved for Microsoft compatibility';
    return 'reserved for future definition';
  }
  get version(): number | null {
    return this.variant === 'specified in RFC 4122' ? Number((this.value >> 76n) & 0xfn) : null;
  }
  /** The six fields of the RFC: time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low, node. */
  get fields(): Int[] {
    const v = this.value;
    return [v >> 96n, (v >> 80n) & 0xffffn, (v >> 64n) & 0xffffn, (v >> 56n) & 0xffn, (v >> 48n) & 0xffn, v & 0xffffffffffffn].map(normBig);
  }
}

function fromBytes(data: Uint8Array): bigint {
  let v = 0n;
  for (const b of data) v = (v << 8n) | BigInt(b);
  return v;
}

/** uuid.UUID's version argument: the variant and version bits set as RFC 4122 says. */
function withVersion(v: bigint, version: Value): bigint {
  if (version === null) return v;
  if (typeof version !== 'number' || version < 1 || version > 5) valueError('illegal version number');
  v &= ~(0xc000n << 48n);
  v |= 0x8000n << 48n;
  v &= ~(0xf000n << 64n);
  return v | (BigInt(version as number) << 76n);
}

function bytesArg(v: Value, what: string): Uint8Array {
  if (!(v instanceof ByteSequence)) typeError(`${what} must be bytes`);
  return (v as PyBytes).data;
}

function construct(args: Value[], kw: Kw): PyUUID {
  checkKw('UUID', kw, ['hex', 'bytes', 'bytes_le', 'fields', 'int', 'version', 'is_safe']);
  const hex = arg('UUID', args, kw, 0, 'hex', null);
  const bytes = arg('UUID', args, kw, 1, 'bytes', null);
  const bytesLe = arg('UUID', args, kw, 2, 'bytes_le', null);
  const fields = arg('UUID', args, kw, 3, 'fields', null);
  const int = arg('UUID', args, kw, 4, 'int', null);
  const version = arg('UUID', args, kw, 5, 'version', null);
  const given = [hex, bytes, bytesLe, fields, int].filter((x) => x !== null).length;
  if (given !== 1) typeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given');
  let v: bigint;
  if (hex !== null) {
    if (typeof hex !== 'string') attributeError(`'${typeName(hex)}' object has no attribute 'replace'`);
    const h = (hex as string).replace('urn:', '').replace('uuid:', '').replace(/^[{}]+|[{}]+$/g, '').replaceAll('-', '');
    if (h.length !== 32) valueError('badly formed hexadecimal UUID string');
    if (!/^[0-9a-fA-F]+$/.test(h)) valueError(`invalid literal for int() with base 16: '${h}'`);
    v = BigInt(`0x${h}`);
  } else if (bytes !== null || bytesLe !== null) {
    let data = bytesArg(bytes ?? bytesLe, bytes !== null ? 'bytes' : 'bytes_le');
    if (data.length !== 16) valueError(`${bytes !== null ? 'bytes' : 'bytes_le'} is not a 16-char string`);
    // bytes_le: the first three fields little-endian, as Windows stores a GUID.
    if (bytes === null) data = Uint8Array.from([3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15].map((i) => data[i]!));
    v = fromBytes(data);
  } else if (fields !== null) {
    const parts = fields instanceof PyTuple ? fields.items : null;
    if (parts === null || parts.length !== 6) valueError('fields is not a 6-tuple');
    const [tl, tm, th, hi, lo, node] = parts!.map((p) => toBig(p as Int));
    const limits: [bigint, string][] = [
      [1n << 32n, 'time_low'],
      [1n << 16n, 'time_mid'],
      [1n << 16n, 'time_hi_version'],
      [1n << 8n, 'clock_seq_hi_variant'],
      [1n << 8n, 'clock_seq_low'],
      [1n << 48n, 'node'],
    ];
    [tl, tm, th, hi, lo, node].forEach((f, i) => {
      if (f! < 0n || f! >= limits[i]![0]) valueError(`field ${i + 1} out of range (need a ${limits[i]![0].toString(2).length - 1}-bit value)`);
    });
    v = (tl! << 96n) | (tm! << 80n) | (th! << 64n) | (((hi! << 8n) | lo!) << 48n) | node!;
  } else {
    if (typeof int !== 'number' && typeof int !== 'bigint') typeError(`'<=' not supported between instances of 'int' and '${typeName(int)}'`);
    v = toBig(int as Int);
    if (v < 0n || v >= MAX) valueError('int is out of range (need a 128-bit value)');
  }
  return new PyUUID(withVersion(v, version));
}

const uuidType = declareEngineType({
  cls: PyUUID,
  name: 'UUID',
  module: 'uuid',
  construct: (args, kw) => construct(args, kw),
  props: [
    ['hex', (u) => u.hex],
    ['int', (u) => normBig(u.value)],
    ['bytes', (u) => new PyBytes(u.bytes)],
    ['urn', (u) => `urn:uuid:${u.pyStr()}`],
    ['version', (u) => u.version],
    ['variant', (u) => u.variant],
    ['fields', (u) => new PyTuple(u.fields)],
    ['time_low', (u) => u.fields[0]!],
    ['time_mid', (u) => u.fields[1]!],
    ['time_hi_version', (u) => u.fields[2]!],
    ['clock_seq_hi_variant', (u) => u.fields[3]!],
    ['clock_seq_low', (u) => u.fields[4]!],
    ['node', (u) => u.fields[5]!],
    ['time', (u) => normBig(((u.value >> 64n) & 0x0fffn) << 48n | ((u.value >> 80n) & 0xffffn) << 32n | (u.value >> 96n))],
    ['clock_seq', (u) => normBig(((u.value >> 56n) & 0x3fn) << 8n | ((u.value >> 48n) & 0xffn))],
  ],
  hash: (u) => hashInt(normBig(u.value)),
});

function nameBytes(name: Value): Uint8Array {
  if (typeof name === 'string') return new TextEncoder().encode(name);
  return bytesArg(name, 'name');
}

function namespaced(digest: (m: Uint8Array) => Uint8Array, version: number) {
  return (args: Value[], kw: Kw): PyUUID => {
    checkKw(version === 3 ? 'uuid3' : 'uuid5', kw, ['namespace', 'name']);
    const ns = arg(`uuid${version}`, args, kw, 0, 'namespace');
    const name = arg(`uuid${version}`, args, kw, 1, 'name');
    if (!(ns instanceof PyUUID)) attributeError(`'${typeName(ns)}' object has no attribute 'bytes'`);
    const base = (ns as PyUUID).bytes;
    const tail = nameBytes(name);
    const message = new Uint8Array(base.length + tail.length);
    message.set(base);
    message.set(tail, base.length);
    return new PyUUID(withVersion(fromBytes(digest(message).slice(0, 16)), version));
  };
}

export function makeUuidModule(ctx: ModuleContext): PyModule {
  // A stream of its own from the run's seed: drawing ids does not move `random`'s numbers.
  const entropy = new MersenneTwister();
  entropy.seedWords([ctx.seed % 2 ** 32, Math.floor(ctx.seed / 2 ** 32), 0x1d1d]);
  const randomBits = (bits: number): bigint => {
    ctx.seedUsed();
    return entropy.bitsBig(bits);
  };
  const d = new Map<string, Value>();
  const fn = (name: string, f: (args: Value[], kw: Kw) => Value): void => void d.set(name, new PyBuiltin(name, f));
  d.set('UUID', uuidType);
  fn('uuid4', (args, kw) => {
    checkKw('uuid4', kw, []);
    if (args.length > 0) typeError(`uuid4() takes 0 positional arguments but ${args.length} were given`);
    return new PyUUID(withVersion(randomBits(128), 4));
  });
  fn('uuid3', namespaced(md5, 3));
  fn('uuid5', namespaced(sha1, 5));
  // uuid1: the virtual clock in 100-ns steps since 1582, a random clock sequence and node.
  let lastTimestamp = -1n;
  fn('uuid1', (args, kw) => {
    checkKw('uuid1', kw, ['node', 'clock_seq']);
    const node = arg('uuid1', args, kw, 0, 'node', null);
    const clockSeq = arg('uuid1', args, kw, 1, 'clock_seq', null);
    let timestamp = BigInt(Math.round(ctx.loop.time() * 1e7)) + GREGORIAN_OFFSET;
    if (timestamp <= lastTimestamp) timestamp = lastTimestamp + 1n;
    lastTimestamp = timestamp;
    // CPython takes the clock sequence from `random`'s own generator, moving its numbers on.
    const seq = clockSeq === null ? toBig(callValue(ctx.module('random').dict.get('getrandbits'), [14], null) as Int) : toBig(clockSeq as Int) & 0x3fffn;
    const nodeBits = node === null ? randomBits(48) | (1n << 40n) : toBig(node as Int);
    const v = ((timestamp & 0xffffffffn) << 96n) | (((timestamp >> 32n) & 0xffffn) << 80n) | (((timestamp >> 48n) & 0x0fffn) << 64n) | (seq << 48n) | nodeBits;
    return new PyUUID(withVersion(v, 1));
  });
  fn('getnode', () => normBig(randomBits(48) | (1n << 40n)));
  d.set('NAMESPACE_DNS', new PyUUID(0x6ba7b8109dad11d180b400c04fd430c8n));
  d.set('NAMESPACE_URL', new PyUUID(0x6ba7b8119dad11d180b400c04fd430c8n));
  d.set('NAMESPACE_OID', new PyUUID(0x6ba7b8129dad11d180b400c04fd430c8n));
  d.set('NAMESPACE_X500', new PyUUID(0x6ba7b8149dad11d180b400c04fd430c8n));
  d.set('RESERVED_NCS', 'reserved for NCS compatibility');
  d.set('RFC_4122', 'specified in RFC 4122');
  d.set('RESERVED_MICROSOFT', 'reserved for Microsoft compatibility');
  d.set('RESERVED_FUTURE', 'reserved for future definition');
  return new PyModule('uuid', d);
}
