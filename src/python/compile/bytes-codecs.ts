/**
 * The text codecs bytes and str share: `s.encode(...)`, `b.decode(...)`, `bytes(s, enc)`.
 * Only utf-8, ascii and latin-1 exist (what tutorials use), with the strict, ignore and
 * replace error handlers and CPython's messages.
 */
import * as E from '../../engine/exceptions.ts';
import { raise, typeError } from '../runtime/errors.ts';
import { typeName } from '../runtime/types.ts';
import type { Value } from '../runtime/values.ts';
import { latin1 } from './byte-sequence.ts';

export type Codec = 'utf-8' | 'ascii' | 'latin-1';

export function codecOf(name: Value): Codec {
  if (typeof name !== 'string') return typeError(`encode() argument 'encoding' must be str, not ${typeName(name)}`);
  const n = name.toLowerCase().replace(/_/g, '-');
  if (n === 'utf-8' || n === 'utf8') return 'utf-8';
  if (n === 'ascii' || n === 'us-ascii') return 'ascii';
  if (n === 'latin-1' || n === 'latin1' || n === 'iso-8859-1') return 'latin-1';
  return raise(E.LookupError, `unknown encoding: ${name}`);
}

export function errorsOf(v: Value): 'strict' | 'ignore' | 'replace' {
  if (v === undefined || v === 'strict') return 'strict';
  if (v === 'ignore' || v === 'replace') return v;
  return typeError('only the strict, ignore and replace error handlers are supported by Taskline');
}

export function encodeStr(s: string, codec: Codec, errors: 'strict' | 'ignore' | 'replace' = 'strict'): Uint8Array {
  if (codec === 'utf-8') return new TextEncoder().encode(s);
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
  return Uint8Array.from(out);
}

/** How CPython's encode errors show the character: `\\xe9`, `\\u20ac`, `\\U0001f600`. */
function charEscape(cp: number): string {
  if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

export function decodeBytes(data: Uint8Array, codec: Codec, errors: 'strict' | 'ignore' | 'replace'): string {
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
