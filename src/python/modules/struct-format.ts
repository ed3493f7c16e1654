/**
 * struct format strings: the byte order and size mode (`@` native with alignment, `=` `<` `>`
 * `!` standard), and the items they lay out, each with its offset. Native sizes are those of
 * the 64-bit Linux machine CPython's results come from (long, size_t and pointers are 8 bytes).
 */
import * as E from '../../engine/exceptions.ts';
import type { ExcClass } from '../../engine/exceptions.ts';
import { raise } from '../runtime/errors.ts';

/** `struct.error`, which a failing pack or unpack raises (an Exception, not a ValueError). */
export const STRUCT_ERROR: ExcClass = Object.freeze({ name: 'error', module: 'struct', bases: [E.Exception] });

export type Order = '@' | '=' | '<' | '>';

export interface Item {
  readonly code: string;
  /** Byte offset of the item in the packed data. */
  readonly offset: number;
  /** Bytes it takes: its size, or the count of an `s`/`p` string. */
  readonly size: number;
}

export interface Layout {
  readonly order: Order;
  readonly littleEndian: boolean;
  readonly items: readonly Item[];
  readonly size: number;
  /** How many values pack() takes (pad bytes take none). */
  readonly arity: number;
}

const STANDARD_SIZES: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1 };
const NATIVE_SIZES: Record<string, number> = { ...STANDARD_SIZES, l: 8, L: 8, n: 8, N: 8, P: 8 };

export function structError(message: string): never {
  return raise(STRUCT_ERROR, message);
}

export function parseFormat(format: string): Layout {
  let i = 0;
  let order: Order = '@';
  const first = format[0];
  if (first === '@' || first === '=' || first === '<' || first === '>' || first === '!') {
    order = first === '!' ? '>' : first;
    i = 1;
  }
  const native = order === '@';
  const sizes = native ? NATIVE_SIZES : STANDARD_SIZES;
  const items: Item[] = [];
  let offset = 0;
  let arity = 0;
  while (i < format.length) {
    const ch = format[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let count = 1;
    if (ch >= '0' && ch <= '9') {
      let j = i;
      while (j < format.length && format[j]! >= '0' && format[j]! <= '9') j++;
      count = Number(format.slice(i, j));
      i = j;
      if (i >= format.length) structError('repeat count given without format specifier');
    }
    const code = format[i]!;
    const size = sizes[code];
    if (size === undefined) structError('bad char in struct format');
    // Native mode aligns each item to its own size, as a C compiler lays out a struct.
    if (native && size > 1) offset = Math.ceil(offset / size) * size;
    if (code === 's' || code === 'p') {
      items.push({ code, offset, size: count });
      offset += count;
      arity++;
    } else if (code === 'x') {
      offset += count;
    } else {
      for (let k = 0; k < count; k++) {
        items.push({ code, offset, size });
        offset += size;
      }
      arity += count;
    }
    i++;
  }
  return { order, littleEndian: order !== '>', items, size: offset, arity };
}
