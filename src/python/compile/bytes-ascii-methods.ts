/**
 * The bytes methods that are str's methods on ASCII text (title, swapcase, center, zfill,
 * rsplit, expandtabs ...). Rather than a second copy of them, the bytes are read as a str in
 * which only the bytes whose meaning str and bytes agree on keep their character: every other
 * byte (0x1c-0x1f, which str counts as whitespace, and all of 0x80-0xff) becomes an uncased,
 * non-space private-use character, and turns back into its byte afterwards.
 */
import { asIndex, param } from '../runtime/builtin-args.ts';
import { typeError } from '../runtime/errors.ts';
import { capitalize, istitle, swapcase, title } from '../format/str-case.ts';
import { center, expandtabs, ljust, rjust, zfill } from '../format/str-pad.ts';
import { rsplit } from '../format/str-split.ts';
import { truthy } from '../runtime/ops.ts';
import { typeName } from '../runtime/types.ts';
import { PyList, type Value } from '../runtime/values.ts';
import { ByteSequence, bytesFrom, compareBytes } from './byte-sequence.ts';
import type { ByteMethod } from './bytes-methods.ts';

const PRIVATE_USE = 0xe000;

function sharesMeaning(b: number): boolean {
  return b < 0x1c || (b > 0x1f && b < 0x80);
}

function asText(data: Uint8Array): string {
  let s = '';
  for (const b of data) s += String.fromCharCode(sharesMeaning(b) ? b : PRIVATE_USE + b);
  return s;
}

function fromText(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] = c >= PRIVATE_USE ? c - PRIVATE_USE : c;
  }
  return out;
}

/** A method whose result is `f` of the receiver read as text, as the receiver's type. */
function viaText(f: (s: string) => string): ByteMethod {
  return (self) => self.withData(fromText(f(asText(self.data))));
}

/** center/ljust/rjust(width, fillbyte=b' '). */
function padded(name: string, f: (s: string, width: number, fill: string) => string): ByteMethod {
  return (self, args) => {
    const width = asIndex(args[0]);
    const fill = args[1] ?? null;
    let fillText = ' ';
    if (fill !== null) {
      if (!(fill instanceof ByteSequence) || fill.data.length !== 1) {
        typeError(`${name}() argument 2 must be a byte string of length 1, not ${typeName(fill)}`);
      }
      fillText = asText((fill as ByteSequence).data);
    }
    return self.withData(fromText(f(asText(self.data), width, fillText)));
  };
}

/** bytes.splitlines(keepends=False): only \n, \r and \r\n end lines (str also splits on \v, \f, \x1c...). */
function splitlines(data: Uint8Array, keepends: boolean): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  let i = 0;
  while (i < data.length) {
    const b = data[i]!;
    if (b === 0x0a || b === 0x0d) {
      const end = b === 0x0d && data[i + 1] === 0x0a ? i + 2 : i + 1;
      out.push(data.slice(start, keepends ? end : i));
      start = i = end;
    } else i++;
  }
  if (start < data.length) out.push(data.slice(start));
  return out;
}

function translate(data: Uint8Array, table: Value, remove: Uint8Array): Uint8Array {
  const map = table === null ? null : bytesFrom(table);
  if (map !== null && map.length !== 256) typeError('translation table must be 256 characters long');
  const out: number[] = [];
  for (const b of data) if (!remove.includes(b)) out.push(map === null ? b : map[b]!);
  return Uint8Array.from(out);
}

export const BYTE_ASCII_METHODS: [string, ByteMethod][] = [
  ['title', viaText(title)],
  ['capitalize', viaText(capitalize)],
  ['swapcase', viaText(swapcase)],
  ['istitle', (self) => istitle(asText(self.data))],
  ['isascii', (self) => self.data.every((b) => b < 0x80)],
  ['center', padded('center', center)],
  ['ljust', padded('ljust', ljust)],
  ['rjust', padded('rjust', rjust)],
  ['zfill', (self, args) => self.withData(fromText(zfill(asText(self.data), asIndex(args[0]))))],
  ['expandtabs', (self, args, kw) => self.withData(fromText(expandtabs(asText(self.data), asIndex(param('expandtabs', args, 0, kw, 'tabsize') ?? 8))))],
  [
    'rsplit',
    (self, args, kw) => {
      const by = param('rsplit', args, 0, kw, 'sep') ?? null;
      const max = param('rsplit', args, 1, kw, 'maxsplit');
      const parts = rsplit(asText(self.data), by === null ? null : asText(bytesFrom(by)), max === undefined ? -1 : asIndex(max));
      return new PyList(parts.map((p) => self.withData(fromText(p))));
    },
  ],
  ['splitlines', (self, args, kw) => new PyList(splitlines(self.data, truthy(param('splitlines', args, 0, kw, 'keepends') ?? false)).map((d) => self.withData(d)))],
  [
    'removeprefix',
    (self, args) => {
      const p = bytesFrom(args[0]);
      const d = self.data;
      return self.withData(p.length <= d.length && compareBytes(d.subarray(0, p.length), p) === 0 ? d.slice(p.length) : d.slice());
    },
  ],
  [
    'removesuffix',
    (self, args) => {
      const p = bytesFrom(args[0]);
      const d = self.data;
      return self.withData(p.length > 0 && p.length <= d.length && compareBytes(d.subarray(d.length - p.length), p) === 0 ? d.slice(0, d.length - p.length) : d.slice());
    },
  ],
  [
    'translate',
    (self, args, kw) => {
      const remove = param('translate', args, 1, kw, 'delete');
      return self.withData(translate(self.data, args[0] ?? null, remove === undefined ? new Uint8Array(0) : bytesFrom(remove)));
    },
  ],
];

/** `bytes.maketrans(from, to)`: the 256-byte table translate() reads, each byte of `from` mapped to its partner in `to`. */
export function maketrans(args: Value[]): Uint8Array {
  const from = bytesFrom(args[0]);
  const to = bytesFrom(args[1]);
  if (from.length !== to.length) typeError('maketrans arguments must have same length');
  const table = Uint8Array.from({ length: 256 }, (_, i) => i);
  from.forEach((b, i) => (table[b] = to[i]!));
  return table;
}
