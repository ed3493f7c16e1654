/**
 * `bytes % args` (and bytearray's): the one printf-style formatter of format/percent-format.ts,
 * run over the template read as latin-1, one char per byte. What differs from str's `%` is
 * how values become text: `%s`/`%b` take a bytes-like value's own bytes (or `__bytes__`),
 * `%r`/`%a` give ascii(repr(x)), and `%c` takes an int below 256 or a single byte.
 */
import { percentFormat, type PercentHooks } from '../format/index.ts';
import { typeError } from '../runtime/errors.ts';
import { asciiOf, percentHooks, percentOperand } from '../runtime/format-value.ts';
import { interp } from '../runtime/hooks.ts';
import { findMethod } from '../runtime/ops.ts';
import { typeName } from '../runtime/types.ts';
import { PyInstance, type Value } from '../runtime/values.ts';
import { ByteSequence, latin1 } from './byte-sequence.ts';
import { getItem } from './subscript.ts';

function bytesText(v: Value): string {
  if (v instanceof ByteSequence) return latin1(v.data);
  if (v instanceof PyInstance) {
    const m = findMethod(v, '__bytes__');
    if (m !== undefined) {
      const r = interp.call(m, [v]);
      if (!(r instanceof ByteSequence)) typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
      return latin1((r as ByteSequence).data);
    }
  }
  return typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`);
}

function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** `template % args` for a bytes template; `key` makes the bytes key `%(name)s` looks up. */
export function percentFormatBytes(template: Uint8Array, args: Value, key: (name: Uint8Array) => Value): Uint8Array {
  const hooks: PercentHooks<Value> = {
    ...percentHooks,
    bytes: true,
    str: bytesText,
    repr: asciiOf,
    text: (v) => (v instanceof ByteSequence && v.data.length === 1 ? latin1(v.data) : null),
    getItem: (mapping, name) => getItem(mapping, key(latin1Bytes(name))),
  };
  // A bytes operand is one value to CPython, not a mapping (bytes has __getitem__ too).
  const operand = percentOperand(args, (v) => v instanceof ByteSequence);
  return latin1Bytes(percentFormat(latin1(template), operand, hooks));
}
