/**
 * The `re` module over JS RegExp (see re/translate.ts for the syntax): compile, search, match,
 * fullmatch, findall, finditer, sub/subn (templates and functions), split, escape; Pattern and
 * Match objects with CPython's reprs. Positions are code points, as Python counts them.
 */
import * as E from '../../engine/exceptions.ts';
import type { ExcClass } from '../../engine/exceptions.ts';
import { asIndex } from '../runtime/builtin-args.ts';
import { indexError, typeError, valueError } from '../runtime/errors.ts';
import { interp } from '../runtime/hooks.ts';
import { makeIterator } from '../runtime/iter.ts';
import { PyNative } from '../runtime/native.ts';
import { repr, str } from '../runtime/repr.ts';
import { builtinExcClasses, typeName } from '../runtime/types.ts';
import { PyBuiltin, PyDict, PyList, PyModule, PyTuple, type Value } from '../runtime/values.ts';
import { declareEngineType, type EngineMethod } from '../runtime/types/engine-type.ts';
import { dictSet } from '../runtime/ops.ts';
import { FLAGS, translate, type Translated } from './re/translate.ts';

export const ReError: ExcClass = Object.freeze({ name: 'error', module: 're', bases: [E.Exception] });

const ASTRAL = /[\uD800-\uDFFF]/;
/** Code-point index of a UTF-16 index in `s`. */
const cpIndex = (s: string, i: number): number => (ASTRAL.test(s) ? [...s.slice(0, i)].length : i);
/** UTF-16 index of a code-point index. */
const jsIndex = (s: string, cp: number): number => (ASTRAL.test(s) ? [...s].slice(0, cp).join('').length : cp);

const FLAG_NAMES: [number, string][] = [
  [FLAGS.I, 're.IGNORECASE'],
  [FLAGS.L, 're.LOCALE'],
  [FLAGS.M, 're.MULTILINE'],
  [FLAGS.S, 're.DOTALL'],
  [FLAGS.U, 're.UNICODE'],
  [FLAGS.X, 're.VERBOSE'],
  [FLAGS.A, 're.ASCII'],
];

export class PyPattern extends PyNative {
  readonly pyTypeName = 're.Pattern';
  readonly t: Translated;
  readonly global: RegExp;
  readonly full: RegExp;
  constructor(
    readonly pattern: string,
    flags: number,
  ) {
    super();
    this.t = translate(pattern, flags);
    const jsFlags = 'dgu' + ((this.t.flags & FLAGS.I) !== 0 ? 'i' : '');
    try {
      this.global = new RegExp(this.t.source, jsFlags);
      this.full = new RegExp(`(?:${this.t.source})(?![\\s\\S])`, jsFlags.replace('g', 'y'));
    } catch (e) {
      throw E.pyErr(ReError, `bad pattern ${repr(pattern)}: ${(e as Error).message}`);
    }
  }
  pyRepr(): string {
    const f = FLAG_NAMES.filter(([bit]) => (this.t.flags & bit) !== 0 && bit !== FLAGS.U).map(([, n]) => n);
    return `re.compile(${repr(this.pattern)}${f.length > 0 ? ', ' + f.join('|') : ''})`;
  }
  override pyEq(other: Value): boolean {
    return other instanceof PyPattern && other.pattern === this.pattern && other.t.flags === this.t.flags;
  }

  /** The first match starting at or after `pos` (search), exactly at `pos` (match), or spanning the rest (full). */
  exec(s: string, pos: number, endpos: number, mode: 'search' | 'match' | 'full'): PyMatch | null {
    const text = s.slice(0, endpos);
    const re = mode === 'full' ? this.full : this.global;
    re.lastIndex = pos;
    const m = re.exec(text);
    if (m === null || (mode === 'match' && m.index !== pos)) return null;
    return new PyMatch(this, s, m, pos, endpos);
  }

  /** Every match from `pos`, as finditer walks them (an empty match moves one character on). */
  *all(s: string, pos: number, endpos: number): Generator<PyMatch, void, undefined> {
    const text = s.slice(0, endpos);
    const re = new RegExp(this.global.source, this.global.flags);
    re.lastIndex = pos;
    while (re.lastIndex <= text.length) {
      const m = re.exec(text);
      if (m === null) return;
      if (m[0] === '') re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
      yield new PyMatch(this, s, m, pos, endpos);
    }
  }
}

export class PyMatch extends PyNative {
  readonly pyTypeName = 're.Match';
  constructor(
    readonly re: PyPattern,
    readonly string: string,
    readonly m: RegExpExecArray,
    readonly pos: number,
    readonly endpos: number,
  ) {
    super();
  }
  index(g: Value): number {
    if (typeof g === 'string') {
      const i = this.re.t.groupNames.get(g);
      if (i === undefined) indexError('no such group');
      return i!;
    }
    if (typeof g !== 'number' && typeof g !== 'boolean') indexError('no such group');
    const i = asIndex(g);
    if (i < 0 || i > this.re.t.groups) indexError('no such group');
    return i;
  }
  group(g: Value): Value {
    return this.m[this.index(g)] ?? null;
  }
  span(g: Value): [number, number] {
    const r = this.m.indices?.[this.index(g)];
    if (r === undefined) return [-1, -1];
    return [cpIndex(this.string, r[0]), cpIndex(this.string, r[1])];
  }
  pyRepr(): string {
    const [a, b] = this.span(0);
    return `<re.Match object; span=(${a}, ${b}), match=${repr(this.m[0])}>`;
  }
  override pyGetItem(key: Value): Value {
    return this.group(key);
  }
  groupsTuple(dflt: Value): PyTuple {
    const out: Value[] = [];
    for (let i = 1; i <= this.re.t.groups; i++) out.push(this.m[i] ?? dflt);
    return new PyTuple(out);
  }
}

const dflt = (a: Value[], k: Map<string, Value> | null): Value => a[0] ?? k?.get('default') ?? null;

const matchType = declareEngineType({
  cls: PyMatch,
  name: 'Match',
  module: 're',
  methods: [
    ['group', (m: PyMatch, a) => (a.length === 0 ? m.group(0) : a.length === 1 ? m.group(a[0]) : new PyTuple(a.map((g) => m.group(g))))],
    ['groups', (m: PyMatch, a, k) => m.groupsTuple(dflt(a, k))],
    [
      'groupdict',
      (m: PyMatch, a, k) => {
        const d = new PyDict();
        for (const [name, i] of m.re.t.groupNames) dictSet(d, name, m.m[i] ?? dflt(a, k));
        return d;
      },
    ],
    ['start', (m: PyMatch, a) => m.span(a[0] ?? 0)[0]],
    ['end', (m: PyMatch, a) => m.span(a[0] ?? 0)[1]],
    ['span', (m: PyMatch, a) => new PyTuple(m.span(a[0] ?? 0))],
    ['expand', (m: PyMatch, a) => expand(m, template(String(a[0])))],
  ],
  props: [
    ['string', (m) => m.string],
    ['re', (m) => m.re],
    ['pos', (m) => m.pos],
    ['endpos', (m) => m.endpos],
    [
      'lastindex',
      (m) => {
        let last: number | null = null;
        let end = -1;
        for (let i = 1; i <= m.re.t.groups; i++) {
          const r = m.m.indices?.[i];
          // The group that closed last: the furthest end, the outer one on a tie.
          if (r !== undefined && r[1] > end) {
            last = i;
            end = r[1];
          }
        }
        return last;
      },
    ],
  ],
});

// ---- templates for sub() ---------------------------------------------------------------------

type Piece = string | number;

function template(repl: string): Piece[] {
  const out: Piece[] = [];
  let lit = '';
  for (let i = 0; i < repl.length; i++) {
    const c = repl[i]!;
    if (c !== '\\') {
      lit += c;
      continue;
    }
    const d = repl[++i];
    if (d === undefined) throw E.pyErr(ReError, 'bad escape (end of pattern)');
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07', b: '\b', '\\': '\\' };
    if (d in simple) lit += simple[d];
    else if (/[0-9]/.test(d)) {
      let num = d;
      if (/[0-9]/.test(repl[i + 1] ?? '')) num += repl[++i];
      out.push(lit, Number(num));
      lit = '';
    } else if (d === 'g') {
      const end = repl.indexOf('>', i);
      if (repl[i + 1] !== '<' || end < 0) throw E.pyErr(ReError, 'missing <');
      const name = repl.slice(i + 2, end);
      out.push(lit, /^\d+$/.test(name) ? Number(name) : name);
      lit = '';
      i = end;
    } else if (/[A-Za-z]/.test(d)) throw E.pyErr(ReError, `bad escape \\${d} at position ${i - 1}`);
    else lit += '\\' + d;
  }
  out.push(lit);
  return out;
}

function expand(m: PyMatch, pieces: readonly (Piece | string)[]): string {
  let s = '';
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (i % 2 === 0) s += p as string;
    else {
      const g = m.group(p);
      s += g === null ? '' : (g as string);
    }
  }
  return s;
}

// ---- module functions -------------------------------------------------------------------------

function textArg(v: Value): string {
  if (typeof v !== 'string') typeError(`expected string or bytes-like object, got '${typeName(v)}'`);
  return v as string;
}

function subImpl(p: PyPattern, repl: Value, s: string, count: number): [string, number] {
  const pieces = typeof repl === 'string' ? template(repl) : null;
  let out = '';
  let last = 0;
  let n = 0;
  for (const m of p.all(s, 0, s.length)) {
    if (count > 0 && n >= count) break;
    out += s.slice(last, m.m.index);
    out += pieces !== null ? expand(m, pieces) : str(interp.call(repl, [m]));
    last = m.m.index + m.m[0].length;
    n++;
  }
  return [out + s.slice(last), n];
}

function splitImpl(p: PyPattern, s: string, maxsplit: number): PyList {
  const out: Value[] = [];
  let last = 0;
  let n = 0;
  for (const m of p.all(s, 0, s.length)) {
    if (maxsplit > 0 && n >= maxsplit) break;
    out.push(s.slice(last, m.m.index), ...m.groupsTuple(null).items);
    last = m.m.index + m.m[0].length;
    n++;
  }
  out.push(s.slice(last));
  return new PyList(out);
}

function findallItem(m: PyMatch): Value {
  const g = m.re.t.groups;
  if (g === 0) return m.m[0];
  if (g === 1) return m.m[1] ?? '';
  return m.groupsTuple('');
}

const ESCAPED = new Set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f');

const range = (s: string, a: Value[], k: Map<string, Value> | null, at: number): [number, number] => {
  const pos = a[at] ?? k?.get('pos') ?? 0;
  const end = a[at + 1] ?? k?.get('endpos') ?? null;
  const len = [...s].length;
  const clamp = (v: number): number => Math.max(0, Math.min(len, v));
  return [jsIndex(s, clamp(asIndex(pos))), jsIndex(s, end === null ? len : clamp(asIndex(end)))];
};
// Methods shared by Pattern objects and the module functions (which compile first).
const ops: Record<string, (p: PyPattern, a: Value[], k: Map<string, Value> | null, pat: boolean) => Value> = {
  search: (p, a, k, pat) => p.exec(textArg(a[0]), ...(pat ? range(a[0] as string, a, k, 1) : [0, (a[0] as string).length] as [number, number]), 'search'),
  match: (p, a, k, pat) => p.exec(textArg(a[0]), ...(pat ? range(a[0] as string, a, k, 1) : [0, (a[0] as string).length] as [number, number]), 'match'),
  fullmatch: (p, a, k, pat) => p.exec(textArg(a[0]), ...(pat ? range(a[0] as string, a, k, 1) : [0, (a[0] as string).length] as [number, number]), 'full'),
  findall: (p, a, k, pat) => {
    const s = textArg(a[0]);
    return new PyList([...p.all(s, ...(pat ? range(s, a, k, 1) : ([0, s.length] as [number, number])))].map(findallItem));
  },
  finditer: (p, a, k, pat) => {
    const s = textArg(a[0]);
    return makeIterator('callable_iterator', p.all(s, ...(pat ? range(s, a, k, 1) : ([0, s.length] as [number, number]))));
  },
  sub: (p, a, k) => subImpl(p, a[0], textArg(a[1]), asIndex(a[2] ?? k?.get('count') ?? 0))[0],
  subn: (p, a, k) => new PyTuple(subImpl(p, a[0], textArg(a[1]), asIndex(a[2] ?? k?.get('count') ?? 0))),
  split: (p, a, k) => splitImpl(p, textArg(a[0]), asIndex(a[1] ?? k?.get('maxsplit') ?? 0)),
};

const patternType = declareEngineType({
  cls: PyPattern,
  name: 'Pattern',
  module: 're',
  methods: Object.entries(ops).map(([name, f]): [string, EngineMethod<PyPattern>] => [name, (p, a, k) => f(p, a, k, true)]),
  props: [
    ['pattern', (p) => p.pattern],
    ['flags', (p) => p.t.flags | FLAGS.U],
    ['groups', (p) => p.t.groups],
    [
      'groupindex',
      (p) => {
        const d = new PyDict();
        for (const [n, i] of p.t.groupNames) dictSet(d, n, i);
        return d;
      },
    ],
  ],
});

export function makeReModule(): PyModule {
  builtinExcClasses.add(ReError);
  const cache = new Map<string, PyPattern>();
  const compile = (pat: Value, flags: Value): PyPattern => {
    if (pat instanceof PyPattern) return pat;
    const f = flags === undefined || flags === null ? 0 : asIndex(flags);
    if (typeof pat !== 'string') typeError('first argument must be string or compiled pattern');
    if ((f & FLAGS.L) !== 0) valueError('cannot use LOCALE flag with a str pattern');
    const key = `${f}:${pat as string}`;
    let p = cache.get(key);
    if (p === undefined) cache.set(key, (p = new PyPattern(pat as string, f)));
    return p;
  };
  const d = new Map<string, Value>();
  // Module functions: re.sub(pattern, repl, string, count=0, flags=0) and the like.
  const argCount: Record<string, number> = { search: 2, match: 2, fullmatch: 2, findall: 2, finditer: 2, split: 3, sub: 4, subn: 4 };
  for (const [name, f] of Object.entries(ops)) {
    d.set(
      name,
      new PyBuiltin(name, (a, k) => {
        const flags = a[argCount[name]!] ?? k?.get('flags');
        const rest = a.slice(1, argCount[name]);
        return f(compile(a[0] ?? k?.get('pattern'), flags), rest, k, false);
      }),
    );
  }
  d.set('compile', new PyBuiltin('compile', (a, k) => compile(a[0] ?? k?.get('pattern'), a[1] ?? k?.get('flags'))));
  d.set('escape', new PyBuiltin('escape', (a) => [...textArg(a[0])].map((c) => (ESCAPED.has(c) ? '\\' + c : c)).join('')));
  d.set('purge', new PyBuiltin('purge', () => (cache.clear(), null)));
  d.set('error', ReError);
  d.set('Pattern', patternType);
  d.set('Match', matchType);
  for (const [short, long] of [['I', 'IGNORECASE'], ['M', 'MULTILINE'], ['S', 'DOTALL'], ['X', 'VERBOSE'], ['A', 'ASCII'], ['U', 'UNICODE'], ['L', 'LOCALE']] as const) {
    d.set(short, FLAGS[short]);
    d.set(long, FLAGS[short]);
  }
  d.set('NOFLAG', 0);
  return new PyModule('re', d);
}
