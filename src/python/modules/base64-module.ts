/**
 * The `base64` module: base64 (standard, URL-safe, MIME lines), base32 and base16 encodings of
 * bytes, as tutorials use them for tokens and payloads. Decoders take bytes or ASCII str and
 * raise binascii.Error, as CPython's do; base64 itself is binascii-module.ts's.
 */
import * as E from '../../engine/exceptions.ts';
import { raise } from '../runtime/errors.ts';
import { truthy } from '../runtime/ops.ts';
import { repr } from '../runtime/repr.ts';
import { PyModule, type NativeFn, type Value } from '../runtime/values.ts';
import { PyBytes } from '../compile/bytes-object.ts';
import { latin1 } from '../compile/byte-sequence.ts';
import { arg, keywordChecked } from './args.ts';
import { a2bBase64, b2aBase64, binasciiError, decodeData, encodeData, BINASCII_ERROR } from './binascii-module.ts';
import { builtinExcClasses } from '../runtime/types.ts';

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** Swaps the two characters standard base64 uses for 62 and 63 with `alt` (`-_` in the URL-safe form). */
function swapAltchars(data: Uint8Array, from: string, to: string): Uint8Array {
  const a = from.charCodeAt(0);
  const b = from.charCodeAt(1);
  return data.map((c) => (c === a ? to.charCodeAt(0) : c === b ? to.charCodeAt(1) : c));
}

function altcharsOf(v: Value): string | null {
  if (v === null) return null;
  const data = decodeData(v);
  if (data.length !== 2) raise(E.AssertionError, repr(v));
  return latin1(data);
}

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function b32encode(data: Uint8Array): Uint8Array {
  let s = '';
  for (let i = 0; i < data.length; i += 5) {
    const chunk = data.subarray(i, i + 5);
    let n = 0n;
    for (let k = 0; k < 5; k++) n = (n << 8n) | BigInt(chunk[k] ?? 0);
    const chars = [0, 2, 4, 5, 7, 8][chunk.length]!;
    for (let k = 0; k < 8; k++) s += k < chars ? B32[Number((n >> BigInt(35 - 5 * k)) & 31n)] : '=';
  }
  return ascii(s);
}

function b32decode(data: Uint8Array, casefold: boolean, map01: string | null): Uint8Array {
  let text = latin1(data);
  if (text.length % 8 !== 0) binasciiError('Incorrect padding');
  // RFC 4648 section 2.4: a 0 may stand for O, and a 1 for I or L.
  if (map01 !== null) text = text.replace(/[01]/g, (c) => (c === '0' ? 'O' : map01));
  if (casefold) text = text.toUpperCase();
  const body = text.replace(/=+$/, '');
  const padding = text.length - body.length;
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 8) {
    let n = 0n;
    for (let k = 0; k < 8; k++) {
      const c = text[i + k]!;
      const v = c === '=' && i + k >= body.length ? 0 : B32.indexOf(c);
      if (v < 0) binasciiError('Non-base32 digit found');
      n = (n << 5n) | BigInt(v);
    }
    for (let k = 0; k < 5; k++) out.push(Number((n >> BigInt(32 - 8 * k)) & 0xffn));
  }
  // Digits are checked before padding, as CPython's loop does.
  if (![0, 1, 3, 4, 6].includes(padding)) binasciiError('Incorrect padding');
  const drop = [0, 1, 0, 2, 3, 0, 4][padding]!;
  return Uint8Array.from(out.slice(0, out.length - drop));
}

function b16decode(data: Uint8Array, casefold: boolean): Uint8Array {
  let text = latin1(data);
  if (casefold) text = text.toUpperCase();
  if (text.length % 2 !== 0) binasciiError('Odd-length string');
  if (!/^[0-9A-F]*$/.test(text)) binasciiError('Non-base16 digit found');
  return Uint8Array.from({ length: text.length / 2 }, (_, i) => parseInt(text.slice(2 * i, 2 * i + 2), 16));
}

/** encodebytes: base64 in lines of at most 76 characters, each ending in a newline. */
function encodebytes(data: Uint8Array): Uint8Array {
  const parts: number[] = [];
  for (let i = 0; i < data.length; i += 57) parts.push(...b2aBase64(data.subarray(i, i + 57), true));
  return Uint8Array.from(parts);
}

export function makeBase64Module(): PyModule {
  builtinExcClasses.add(BINASCII_ERROR);
  const d = new Map<string, Value>();
  const fn = (name: string, allowed: readonly string[], f: NativeFn): void => void d.set(name, keywordChecked(name, allowed, f));
  fn('b64encode', ['s', 'altchars'], (args, kw) => {
    const alt = altcharsOf(arg('b64encode', args, kw, 1, 'altchars', null));
    const out = b2aBase64(encodeData(arg('b64encode', args, kw, 0, 's')), false);
    return new PyBytes(alt === null ? out : swapAltchars(out, '+/', alt));
  });
  fn('b64decode', ['s', 'altchars', 'validate'], (args, kw) => {
    const alt = altcharsOf(arg('b64decode', args, kw, 1, 'altchars', null));
    let data = decodeData(arg('b64decode', args, kw, 0, 's'));
    if (alt !== null) data = swapAltchars(data, alt, '+/');
    return new PyBytes(a2bBase64(data, truthy(arg('b64decode', args, kw, 2, 'validate', false))));
  });
  fn('standard_b64encode', ['s'], (args) => new PyBytes(b2aBase64(encodeData(args[0]), false)));
  fn('standard_b64decode', ['s'], (args) => new PyBytes(a2bBase64(decodeData(args[0]), false)));
  fn('urlsafe_b64encode', ['s'], (args) => new PyBytes(swapAltchars(b2aBase64(encodeData(args[0]), false), '+/', '-_')));
  fn('urlsafe_b64decode', ['s'], (args) => new PyBytes(a2bBase64(swapAltchars(decodeData(args[0]), '-_', '+/'), false)));
  fn('encodebytes', ['s'], (args) => new PyBytes(encodebytes(encodeData(args[0]))));
  fn('decodebytes', ['s'], (args) => new PyBytes(a2bBase64(encodeData(args[0]), false)));
  fn('b32encode', ['s'], (args) => new PyBytes(b32encode(encodeData(args[0]))));
  fn('b32decode', ['s', 'casefold', 'map01'], (args, kw) => {
    const map01 = arg('b32decode', args, kw, 2, 'map01', null);
    const mapped = map01 === null ? null : latin1(decodeData(map01));
    if (mapped !== null && mapped.length !== 1) raise(E.AssertionError, repr(map01));
    return new PyBytes(b32decode(decodeData(args[0]), truthy(arg('b32decode', args, kw, 1, 'casefold', false)), mapped));
  });
  fn('b16encode', ['s'], (args) => new PyBytes(ascii(Array.from(encodeData(args[0]), (b) => b.toString(16).padStart(2, '0').toUpperCase()).join(''))));
  fn('b16decode', ['s', 'casefold'], (args, kw) => new PyBytes(b16decode(decodeData(args[0]), truthy(arg('b16decode', args, kw, 1, 'casefold', false)))));
  return new PyModule('base64', d);
}
