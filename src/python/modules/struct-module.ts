/**
 * The `struct` module: pack()/unpack() of C structs as bytes, as binary-protocol tutorials
 * build headers (`struct.pack('>HI', kind, length)`), with calcsize, pack_into, unpack_from,
 * iter_unpack and the Struct class. Layouts are struct-format.ts's; items struct-values.ts's.
 */
import { typeError } from '../runtime/errors.ts';
import { makeIterator } from '../runtime/iter.ts';
import { PyNative } from '../runtime/native.ts';
import { fakeAddress } from '../runtime/repr.ts';
import { builtinExcClasses, typeName } from '../runtime/types.ts';
import { PyBuiltin, PyModule, PyTuple, type Value } from '../runtime/values.ts';
import { declareEngineType } from '../runtime/types/engine-type.ts';
import { bytesLike, latin1 } from '../compile/byte-sequence.ts';
import { PyByteArray } from '../compile/bytearray-object.ts';
import { PyBytes } from '../compile/bytes-object.ts';
import { asIndex } from '../runtime/builtin-args.ts';
import { parseFormat, structError, STRUCT_ERROR, type Layout } from './struct-format.ts';
import { packItem, unpackItem } from './struct-values.ts';

function formatText(format: Value): string {
  if (typeof format === 'string') return format;
  const data = bytesLike(format);
  if (data === null) return typeError(`Struct() argument 1 must be a str or bytes object, not ${typeName(format)}`);
  return latin1(data);
}

function packInto(layout: Layout, target: Uint8Array, base: number, values: readonly Value[], fn: string): void {
  if (values.length !== layout.arity) structError(`${fn} expected ${layout.arity} items for packing (got ${values.length})`);
  const view = new DataView(target.buffer, target.byteOffset, target.byteLength);
  layout.items.forEach((item, i) => packItem(view, base, item, layout, values[i]));
}

function pack(layout: Layout, values: readonly Value[]): PyBytes {
  const out = new Uint8Array(layout.size);
  packInto(layout, out, 0, values, 'pack');
  return new PyBytes(out);
}

function unpackAt(layout: Layout, data: Uint8Array, base: number): PyTuple {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return new PyTuple(layout.items.map((item) => unpackItem(view, base, item, layout)));
}

function bufferOf(v: Value): Uint8Array {
  const data = bytesLike(v);
  if (data === null) return typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return data;
}

function unpack(layout: Layout, buffer: Value): PyTuple {
  const data = bufferOf(buffer);
  if (data.length !== layout.size) structError(`unpack requires a buffer of ${layout.size} bytes`);
  return unpackAt(layout, data, 0);
}

function unpackFrom(layout: Layout, buffer: Value, offsetArg: Value | undefined): PyTuple {
  const data = bufferOf(buffer);
  let offset = offsetArg === undefined ? 0 : asIndex(offsetArg);
  if (offset < 0) {
    if (offset + data.length < 0) structError(`offset ${offset} out of range for ${data.length}-byte buffer`);
    offset += data.length;
  }
  if (data.length - offset < layout.size) {
    structError(`unpack_from requires a buffer of at least ${layout.size + offset} bytes for unpacking ${layout.size} bytes at offset ${offset} (actual buffer size is ${data.length})`);
  }
  return unpackAt(layout, data, offset);
}

function iterUnpack(layout: Layout, buffer: Value): Value {
  const data = bufferOf(buffer).slice();
  if (layout.size === 0) structError('cannot iteratively unpack with a struct of length 0');
  if (data.length % layout.size !== 0) structError(`iterative unpacking requires a buffer of a multiple of ${layout.size} bytes`);
  const tuples = function* (): Generator<Value> {
    for (let at = 0; at < data.length; at += layout.size) yield unpackAt(layout, data, at);
  };
  return makeIterator('unpack_iterator', tuples());
}

function packIntoArgs(layout: Layout, args: Value[], fn: string): null {
  const target = args[0];
  if (!(target instanceof PyByteArray)) return typeError(`argument must be read-write bytes-like object, not ${typeName(target)}`);
  const data = target.data;
  let offset = asIndex(args[1]);
  if (offset < 0) {
    if (offset + data.length < 0) structError(`offset ${offset} out of range for ${data.length}-byte buffer`);
    offset += data.length;
  }
  if (data.length - offset < layout.size) {
    structError(`pack_into requires a buffer of at least ${layout.size + offset} bytes for packing ${layout.size} bytes at offset ${offset} (actual buffer size is ${data.length})`);
  }
  packInto(layout, data, offset, args.slice(2), fn);
  return null;
}

/** struct.Struct(format): a format parsed once. */
class PyStruct extends PyNative {
  readonly pyTypeName = 'Struct';
  constructor(
    readonly format: string,
    readonly layout: Layout,
  ) {
    super();
  }
  pyRepr(): string {
    return `<_struct.Struct object at ${fakeAddress(this)}>`;
  }
}

const structType = declareEngineType({
  cls: PyStruct,
  name: 'Struct',
  module: '_struct',
  construct: (args) => {
    if (args.length !== 1) typeError(`Struct() takes exactly 1 argument (${args.length} given)`);
    const text = formatText(args[0]);
    return new PyStruct(text, parseFormat(text));
  },
  methods: [
    ['pack', (s, args) => pack(s.layout, args)],
    ['unpack', (s, args) => unpack(s.layout, args[0])],
    ['unpack_from', (s, args) => unpackFrom(s.layout, args[0], args[1])],
    ['iter_unpack', (s, args) => iterUnpack(s.layout, args[0])],
    ['pack_into', (s, args) => packIntoArgs(s.layout, args, 'pack_into')],
  ],
  props: [
    ['size', (s) => s.layout.size],
    ['format', (s) => s.format],
  ],
});

export function makeStructModule(): PyModule {
  builtinExcClasses.add(STRUCT_ERROR);
  // This run's parsed layouts by format: programs pack the same few formats over and over.
  const layouts = new Map<string, Layout>();
  const layout = (args: Value[]): Layout => {
    if (args.length === 0) typeError('function takes at least 1 argument (0 given)');
    const text = formatText(args[0]);
    let parsed = layouts.get(text);
    if (parsed === undefined) {
      parsed = parseFormat(text);
      layouts.set(text, parsed);
    }
    return parsed;
  };
  return new PyModule(
    'struct',
    new Map<string, Value>([
      ['error', STRUCT_ERROR],
      ['Struct', structType],
      ['calcsize', new PyBuiltin('calcsize', (args) => layout(args).size)],
      ['pack', new PyBuiltin('pack', (args) => pack(layout(args), args.slice(1)))],
      ['unpack', new PyBuiltin('unpack', (args) => unpack(layout(args), args[1]))],
      ['unpack_from', new PyBuiltin('unpack_from', (args, kw) => unpackFrom(layout(args), args[1], args[2] ?? kw?.get('offset')))],
      ['iter_unpack', new PyBuiltin('iter_unpack', (args) => iterUnpack(layout(args), args[1]))],
      ['pack_into', new PyBuiltin('pack_into', (args) => packIntoArgs(layout(args), args.slice(1), 'pack_into'))],
    ]),
  );
}
