/**
 * str, its methods: argument checking and conversion in CPython's words around the algorithms
 * of src/python/format (split, strip, find, center, title, ...). Search results are JS
 * string indices, equal to Python's for text within the BMP.
 */
import { expandtabs } from '../../format/str-pad.ts';
import { backingOf } from '../builtin-backing.ts';
import { reprStr, strMethods as A } from '../../format/index.ts';
import { asIndex, checkKwargs, count, countOld, noArgs, noKwargs, one, param, type Kwargs } from '../builtin-args.ts';
import { typeError } from '../errors.ts';
import { strFormat } from '../format-value.ts';
import { iterate } from '../iter.ts';
import { typeName } from '../types.ts';
import { maketrans, translate } from '../str-translate.ts';
import { hashStr } from '../hash.ts';
import { str } from '../repr.ts';
import { PyBuiltin, PyDict, PyList, PyTuple, type Value } from '../values.ts';
import { BuiltinType, CONTAINER_DUNDERS } from './builtin-type.ts';
import { mixesIn } from './number-types.ts';

type StrMethod = (s: string, args: Value[], kwargs: Kwargs) => Value;

function mustBeStr(v: Value): string {
  if (typeof v !== 'string') typeError(`must be str, not ${typeName(v)}`);
  return v as string;
}

/** start/end of find, count, startswith...: None or an int. */
function sliceBound(v: Value | undefined): number | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  return typeError('slice indices must be integers or None or have an __index__ method');
}

/** find, rfind, index, rindex, count: (sub[, start[, end]]), positional only. */
const ASTRAL = /[\uD800-\uDFFF]/;

/**
 * Python's `start`/`end` count code points; the searches below work on JS string (UTF-16)
 * offsets. For text with characters outside the BMP, clamp the bounds in code points and turn
 * them into offsets; `toPy` turns an offset back into a code-point index.
 */
function utf16Bounds(s: string, a: number | null, b: number | null): [number | null, number | null, (i: number) => number] {
  if (!ASTRAL.test(s)) return [a, b, (i) => i];
  const cps = [...s];
  const [ca, cb] = A.adjustIndices(cps.length, a, b);
  const offset = (n: number): number => {
    let u = 0;
    for (let i = 0; i < n && i < cps.length; i++) u += cps[i]!.length;
    return u;
  };
  // An empty range past the end stays empty (and past the end) in offsets too.
  const ua = ca > cps.length ? s.length + (ca - cps.length) : offset(ca);
  return [ua, offset(cb), (i) => (i < 0 ? i : [...s.slice(0, i)].length)];
}

function search(name: string, f: (s: string, sub: string, a: number | null, b: number | null) => number): StrMethod {
  return (s, args, kwargs) => {
    noKwargs(`str.${name}`, kwargs);
    countOld(name, args, 1, 3);
    const sub = mustBeStr(args[0]);
    const [a, b, toPy] = utf16Bounds(s, sliceBound(args[1]), sliceBound(args[2]));
    const r = f(s, sub, a, b);
    return name === 'count' ? (sub === '' && ASTRAL.test(s) ? emptyCount(s, args) : r) : toPy(r);
  };
}

/** `s.count('')`: one more than the number of code points in the range. */
function emptyCount(s: string, args: Value[]): number {
  const [ca, cb] = A.adjustIndices([...s].length, sliceBound(args[1]), sliceBound(args[2]));
  return ca > cb ? 0 : cb - ca + 1;
}

function affix(name: 'startswith' | 'endswith'): StrMethod {
  return (s, args, kwargs) => {
    noKwargs(`str.${name}`, kwargs);
    countOld(name, args, 1, 3);
    const p = args[0];
    const [a, b] = utf16Bounds(s, sliceBound(args[1]), sliceBound(args[2]));
    if (typeof p === 'string') return A[name](s, p, a, b);
    if (!(p instanceof PyTuple)) return typeError(`${name} first arg must be str or a tuple of str, not ${typeName(p)}`);
    // CPython stops at the first match, before looking at later (possibly invalid) entries.
    for (const x of p.items) {
      if (typeof x !== 'string') typeError(`tuple for ${name} must only contain str, not ${typeName(x)}`);
      if (A[name](s, x as string, a, b)) return true;
    }
    return false;
  };
}

function stripper(name: 'strip' | 'lstrip' | 'rstrip'): StrMethod {
  return (s, args, kwargs) => {
    noKwargs(`str.${name}`, kwargs);
    count(name, args, 0, 1);
    const chars = args.length > 0 ? args[0] : null;
    if (chars !== null && typeof chars !== 'string') typeError(`${name} arg must be None or str`);
    return A[name](s, chars as string | null);
  };
}

function splitter(name: 'split' | 'rsplit'): StrMethod {
  return (s, args, kwargs) => {
    checkKwargs(name, kwargs, ['sep', 'maxsplit']);
    countOld(name, args, 0, 2);
    const sep = param(name, args, 0, kwargs, 'sep') ?? null;
    if (sep !== null && typeof sep !== 'string') typeError(`must be str or None, not ${typeName(sep)}`);
    const max = param(name, args, 1, kwargs, 'maxsplit');
    return new PyList(A[name](s, sep as string | null, max === undefined ? -1 : asIndex(max)));
  };
}

function noArg(name: string, f: (s: string) => Value): StrMethod {
  return (s, args, kwargs) => {
    noArgs(`str.${name}`, args, kwargs);
    return f(s);
  };
}

function pad(name: 'center' | 'ljust' | 'rjust'): StrMethod {
  return (s, args, kwargs) => {
    noKwargs(`str.${name}`, kwargs);
    count(name, args, 1, 2);
    const width = asIndex(args[0]);
    const fill = args.length > 1 ? args[1] : ' ';
    if (typeof fill !== 'string') typeError(`The fill character must be a unicode character, not ${typeName(fill)}`);
    return A[name](s, width, fill as string);
  };
}

function parter(name: 'partition' | 'rpartition'): StrMethod {
  return (s, args, kwargs) => new PyTuple(A[name](s, mustBeStr(one(`str.${name}`, args, kwargs))));
}

const strMethods: Record<string, StrMethod> = {
  join(s, args, kwargs) {
    const it = one('str.join', args, kwargs);
    let parts: Iterable<Value>;
    try {
      parts = iterate(it);
    } catch {
      return typeError('can only join an iterable');
    }
    const out: string[] = [];
    let i = 0;
    for (const x of parts) {
      // A program's str subclass joins as the text it holds.
      const text = typeof x === 'string' ? x : backingOf(x);
      if (typeof text !== 'string') typeError(`sequence item ${i}: expected str instance, ${typeName(x)} found`);
      out.push(text as string);
      i++;
    }
    return out.join(s);
  },
  split: splitter('split'),
  rsplit: splitter('rsplit'),
  splitlines(s, args, kwargs) {
    checkKwargs('splitlines', kwargs, ['keepends']);
    countOld('splitlines', args, 0, 1);
    const keep = param('splitlines', args, 0, kwargs, 'keepends');
    return new PyList(A.splitlines(s, keep !== undefined && asIndex(keep) !== 0));
  },
  strip: stripper('strip'),
  lstrip: stripper('lstrip'),
  rstrip: stripper('rstrip'),
  upper: noArg('upper', A.upper),
  lower: noArg('lower', A.lower),
  casefold: noArg('casefold', A.casefold),
  isprintable: noArg('isprintable', A.isprintable),
  title: noArg('title', A.title),
  capitalize: noArg('capitalize', A.capitalize),
  swapcase: noArg('swapcase', A.swapcase),
  isdigit: noArg('isdigit', A.isdigit),
  isdecimal: noArg('isdecimal', A.isdecimal),
  isnumeric: noArg('isnumeric', A.isnumeric),
  isalpha: noArg('isalpha', A.isalpha),
  isalnum: noArg('isalnum', A.isalnum),
  isspace: noArg('isspace', A.isspace),
  isupper: noArg('isupper', A.isupper),
  islower: noArg('islower', A.islower),
  istitle: noArg('istitle', A.istitle),
  isascii: noArg('isascii', A.isascii),
  isidentifier: noArg('isidentifier', (s) => /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s)),
  replace(s, args, kwargs) {
    noKwargs('str.replace', kwargs);
    count('replace', args, 2, 3);
    for (let i = 0; i < 2; i++) {
      if (typeof args[i] !== 'string') typeError(`replace() argument ${i + 1} must be str, not ${typeName(args[i])}`);
    }
    return A.replace(s, args[0] as string, args[1] as string, args.length > 2 ? asIndex(args[2]) : -1);
  },
  startswith: affix('startswith'),
  endswith: affix('endswith'),
  count: search('count', A.count),
  find: search('find', A.find),
  rfind: search('rfind', A.rfind),
  index: search('index', A.index),
  rindex: search('rindex', A.rindex),
  format: (s, args, kwargs) => strFormat(s, args, kwargs),
  format_map(s, args, kwargs) {
    const mapping = one('str.format_map', args, kwargs);
    if (!(mapping instanceof PyDict)) return typeError(`'${typeName(mapping)}' object is not subscriptable`);
    // Fields name their keys as strings; other keys cannot be reached from a template.
    const named = new Map<string, Value>();
    for (const e of mapping.map.values()) if (typeof e.k === 'string') named.set(e.k, e.v);
    return strFormat(s, [], named);
  },
  center: pad('center'),
  ljust: pad('ljust'),
  rjust: pad('rjust'),
  zfill: (s, args, kwargs) => A.zfill(s, asIndex(one('str.zfill', args, kwargs))),
  partition: parter('partition'),
  rpartition: parter('rpartition'),
  translate: (s, args, kwargs) => translate(s, one('str.translate', args, kwargs)),
  maketrans: (_s, args, kwargs) => maketrans(args, kwargs),
  removeprefix(s, args, kwargs) {
    const p = mustBeStr(one('str.removeprefix', args, kwargs));
    return p !== '' && s.startsWith(p) ? s.slice(p.length) : s;
  },
  removesuffix(s, args, kwargs) {
    const p = mustBeStr(one('str.removesuffix', args, kwargs));
    return p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
  },
  expandtabs(s, args, kwargs) {
    checkKwargs('expandtabs', kwargs, ['tabsize']);
    countOld('expandtabs', args, 0, 1);
    const ts = param('expandtabs', args, 0, kwargs, 'tabsize');
    return expandtabs(s, ts === undefined ? 8 : asIndex(ts));
  },
};



export const strType = new BuiltinType<string>({
  name: 'str',
  construct(args, kwargs) {
    checkKwargs('str', kwargs, ['object', 'encoding', 'errors']);
    if (args.length > 3) typeError(`str() takes at most 3 arguments (${args.length} given)`);
    const obj = param('str', args, 0, kwargs, 'object');
    if (args.length > 1 || kwargs?.has('encoding') || kwargs?.has('errors')) {
      const enc = args.length > 1 ? args[1] : kwargs?.get('encoding');
      if (enc !== undefined && typeof enc !== 'string') typeError(`str() argument 'encoding' must be str, not ${typeName(enc)}`);
      if (typeof obj === 'string') typeError('decoding str is not supported');
      return typeError(`decoding to str: need a bytes-like object, ${typeName(obj)} found`);
    }
    return obj === undefined ? '' : str(obj);
  },
  test: (v) => typeof v === 'string' || mixesIn(v, 'str') || typeof backingOf(v) === 'string',
  methods: strMethods,
  dunders: ['__add__', '__mul__', '__rmul__', '__mod__', ...CONTAINER_DUNDERS, '__getitem__'],
  // A static method: str.maketrans(...) takes no str first.
  attrs: { maketrans: new PyBuiltin('maketrans', (args, kwargs) => maketrans(args, kwargs)) },
  repr: (s) => reprStr(s),
  hash: (s) => hashStr(s),
});
