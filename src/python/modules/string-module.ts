/** The `string` module: its constants, capwords, and Template ($name substitution). */
import * as E from '../../engine/exceptions.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { str } from '../runtime/repr.ts';
import { keyOf } from '../runtime/ops.ts';
import { typeName } from '../runtime/types.ts';
import { PyNative } from '../runtime/native.ts';
import { fakeAddress } from '../runtime/repr.ts';
import { PyBuiltin, PyDict, PyModule, type Value } from '../runtime/values.ts';
import { declareEngineType } from '../runtime/types/engine-type.ts';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const DIGITS = '0123456789';
const PUNCT = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const WHITESPACE = ' \t\n\r\x0b\x0c';

export class PyTemplate extends PyNative {
  readonly pyTypeName = 'Template';
  constructor(readonly template: string) {
    super();
  }
  pyRepr(): string {
    return `<string.Template object at ${fakeAddress(this)}>`;
  }
}

const PLACEHOLDER = /\$(?:(\$)|([_a-zA-Z][_a-zA-Z0-9]*)|\{([_a-zA-Z][_a-zA-Z0-9]*)\}|())/g;

function lookup(args: Value[], kw: Map<string, Value> | null): (name: string) => Value | undefined {
  if (args.length > 1) typeError('Too many positional arguments');
  const mapping = args[0];
  if (mapping !== undefined && !(mapping instanceof PyDict)) typeError('Taskline\'s Template takes a dict as its mapping');
  return (name) => {
    const own = kw?.get(name);
    if (own !== undefined) return own;
    return (mapping as PyDict | undefined)?.map.get(keyOf(name))?.v;
  };
}

function substitute(t: PyTemplate, get: (name: string) => Value | undefined, safe: boolean): string {
  if (typeof t.template !== 'string') typeError(`expected string or bytes-like object, got '${typeName(t.template)}'`);
  return t.template.replace(PLACEHOLDER, (m, esc: string | undefined, named: string | undefined, braced: string | undefined, invalid: string | undefined, offset: number) => {
    if (esc !== undefined) return '$';
    const name = named ?? braced;
    if (name !== undefined) {
      const v = get(name);
      if (v === undefined) {
        if (safe) return m;
        throw E.pyErr(E.KeyError, name);
      }
      return str(v);
    }
    if (invalid !== undefined) {
      if (safe) return m;
      const before = t.template.slice(0, offset);
      const line = before.split('\n').length;
      const col = offset - before.lastIndexOf('\n');
      return valueError(`Invalid placeholder in string: line ${line}, col ${col}`);
    }
    return m;
  });
}

const templateType = declareEngineType({
  cls: PyTemplate,
  name: 'Template',
  module: 'string',
  construct: (args) => {
    if (args.length !== 1) typeError(`Template.__init__() missing 1 required positional argument: 'template'`);
    return new PyTemplate(args[0] as string);
  },
  methods: [
    ['substitute', (t, a, k) => substitute(t, lookup(a, k), false)],
    ['safe_substitute', (t, a, k) => substitute(t, lookup(a, k), true)],
  ],
  props: [['template', (t) => t.template]],
});

function capwords(args: Value[]): string {
  const s = args[0];
  if (typeof s !== 'string') typeError("descriptor 'split' for 'str' objects doesn't apply to a non-str object");
  const sep = args[1] ?? null;
  const cap = (w: string): string => (w.length === 0 ? w : w[0]!.toUpperCase() + w.slice(1).toLowerCase());
  if (sep === null) return (s as string).split(/[ \t\n\r\x0b\x0c]+/).filter((w) => w !== '').map(cap).join(' ');
  return (s as string).split(sep as string).map(cap).join(sep as string);
}

export function makeStringModule(): PyModule {
  return new PyModule(
    'string',
    new Map<string, Value>([
      ['ascii_letters', LOWER + UPPER],
      ['ascii_lowercase', LOWER],
      ['ascii_uppercase', UPPER],
      ['digits', DIGITS],
      ['hexdigits', DIGITS + 'abcdefABCDEF'],
      ['octdigits', '01234567'],
      ['punctuation', PUNCT],
      ['whitespace', WHITESPACE],
      ['printable', DIGITS + LOWER + UPPER + PUNCT + WHITESPACE],
      ['capwords', new PyBuiltin('capwords', capwords)],
      ['Template', templateType],
    ]),
  );
}
