/**
 * `int.to_bytes` and `int.from_bytes`: an int as a fixed number of bytes in either byte order,
 * two's complement when signed. They live beside bytes because they make and read bytes.
 */
import * as E from '../../engine/exceptions.ts';
import { normBig } from '../format/int-arith.ts';
import { asIndex, checkKwargs, count, param } from '../runtime/builtin-args.ts';
import { raise, typeError, valueError } from '../runtime/errors.ts';
import type { Method } from '../runtime/method.ts';
import { truthy } from '../runtime/ops.ts';
import { intType } from '../runtime/types/number-types.ts';
import { PyBuiltin, type Value } from '../runtime/values.ts';
import { bytesOfSource } from './byte-sequence.ts';
import { PyBytes } from './bytes-object.ts';

function byteorderOf(v: Value | undefined): 'big' | 'little' {
  const order = v ?? 'big';
  if (order !== 'big' && order !== 'little') valueError("byteorder must be either 'little' or 'big'");
  return order as 'big' | 'little';
}

/** int.to_bytes(length=1, byteorder='big', *, signed=False). */
const toBytes: Method = ((self: number | bigint | boolean, args: Value[], kw: Map<string, Value> | null) => {
  checkKwargs('to_bytes', kw, ['length', 'byteorder', 'signed']);
  count('to_bytes', args, 0, 2);
  const length = asIndex(param('to_bytes', args, 0, kw, 'length') ?? 1);
  if (length < 0) valueError('length argument must be non-negative');
  const order = byteorderOf(param('to_bytes', args, 1, kw, 'byteorder'));
  const signed = truthy(kw?.get('signed') ?? false);
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

/** int.from_bytes(bytes, byteorder='big', *, signed=False): `bytes` may be any iterable of byte values. */
function fromBytes(args: Value[], kw: Map<string, Value> | null): Value {
  checkKwargs('from_bytes', kw, ['bytes', 'byteorder', 'signed']);
  count('from_bytes', args, 1, 2);
  const source = param('from_bytes', args, 0, kw, 'bytes')!;
  if (typeof source === 'string') typeError("cannot convert 'str' object to bytes");
  const data = bytesOfSource(source);
  const order = byteorderOf(param('from_bytes', args, 1, kw, 'byteorder'));
  const signed = truthy(kw?.get('signed') ?? false);
  let n = 0n;
  const bytes = order === 'big' ? data : data.slice().reverse();
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  if (signed && bytes.length > 0 && bytes[0]! >= 0x80) n -= 1n << BigInt(8 * bytes.length);
  return normBig(n);
}
intType.addAttr('from_bytes', new PyBuiltin('from_bytes', fromBytes));
intType.addMethod('from_bytes', ((_self: Value, args: Value[], kw: Map<string, Value> | null) => fromBytes(args, kw)) as Method);
