/**
 * The `pprint` module (pprint, pformat, pp): PrettyPrinter's layout for dicts (keys sorted by
 * default), lists, tuples, sets and long strings, which fit on one line when they can and
 * otherwise put one item per line, indented under the opening bracket.
 */
import * as E from '../../engine/exceptions.ts';
import { typeError } from '../runtime/errors.ts';
import { repr } from '../runtime/repr.ts';
import { nativeSubclass } from '../runtime/subclass-hooks.ts';
import { pySort } from '../runtime/sort.ts';
import { setOrder } from '../runtime/set-order.ts';
import { truthy } from '../runtime/ops.ts';
import { PyBuiltin, PyDict, PyList, PyModule, PySet, PyTuple, type Value } from '../runtime/values.ts';

interface Opts {
  width: number;
  indentPer: number;
  sortDicts: boolean;
  compact: boolean;
}

/** sorted() that, like pprint's _safe_key, falls back to type-name order for unorderable items. */
function safeSort<T>(items: T[], key: (x: T) => Value): T[] {
  const keyFn = new PyBuiltin('key', (a) => key(a[0] as T));
  try {
    return pySort(items, keyFn, false) as T[];
  } catch (e) {
    if (!(e instanceof E.PyException && E.isSubclass(e.cls, E.TypeError))) throw e;
    return items;
  }
}

const plain = (v: Value): boolean => nativeSubclass(v) === null;

/** _safe_repr: repr with dict keys sorted all the way down (for plain dicts, lists, tuples). */
function safeRepr(v: Value, o: Opts, seen: Set<unknown>): string {
  if (v instanceof PyDict && plain(v)) {
    if (v.map.size === 0) return '{}';
    if (seen.has(v)) return `<Recursion on dict with id=0>`;
    seen.add(v);
    let items = [...v.map.values()];
    if (o.sortDicts) items = safeSort(items, (e) => e.k);
    const s = `{${items.map((e) => `${safeRepr(e.k, o, seen)}: ${safeRepr(e.v, o, seen)}`).join(', ')}}`;
    seen.delete(v);
    return s;
  }
  if ((v instanceof PyList || v instanceof PyTuple) && plain(v)) {
    if (v.items.length === 0) return v instanceof PyList ? '[]' : '()';
    if (seen.has(v)) return `<Recursion on ${v instanceof PyList ? 'list' : 'tuple'} with id=0>`;
    seen.add(v);
    const inner = v.items.map((x) => safeRepr(x, o, seen)).join(', ');
    seen.delete(v);
    return v instanceof PyList ? `[${inner}]` : v.items.length === 1 ? `(${inner},)` : `(${inner})`;
  }
  return repr(v);
}

class Printer {
  out = '';
  constructor(readonly o: Opts) {}

  format(v: Value, indent: number, allowance: number, level: number): void {
    const rep = safeRepr(v, this.o, new Set());
    const maxWidth = this.o.width - indent - allowance;
    if (rep.length > maxWidth) {
      if (v instanceof PyDict && plain(v)) return this.dict(v, indent, allowance, level + 1);
      if (v instanceof PyList && plain(v)) return this.seq('[', v.items, ']', indent, allowance, level + 1);
      if (v instanceof PyTuple && plain(v)) return this.seq('(', v.items, v.items.length === 1 ? ',)' : ')', indent, allowance, level + 1);
      if (v instanceof PySet && v.map.size > 0) return this.seq('{', safeSort([...setOrder(v)], (x) => x), '}', indent, allowance, level + 1);
      if (typeof v === 'string' && v.length > 0) return this.str(v, indent, allowance, level + 1);
    }
    this.out += rep;
  }

  dict(d: PyDict, indent: number, allowance: number, level: number): void {
    this.out += '{';
    if (this.o.indentPer > 1) this.out += ' '.repeat(this.o.indentPer - 1);
    let items = [...d.map.values()];
    if (this.o.sortDicts) items = safeSort(items, (e) => e.k);
    indent += this.o.indentPer;
    items.forEach((e, i) => {
      const last = i === items.length - 1;
      const rep = safeRepr(e.k, this.o, new Set());
      this.out += rep + ': ';
      this.format(e.v, indent + rep.length + 2, last ? allowance + 1 : 1, level);
      if (!last) this.out += ',\n' + ' '.repeat(indent);
    });
    this.out += '}';
  }

  seq(open: string, items: readonly Value[], close: string, indent: number, allowance: number, level: number): void {
    this.out += open;
    allowance += close.length;
    indent += this.o.indentPer;
    if (this.o.indentPer > 1) this.out += ' '.repeat(this.o.indentPer - 1);
    const delimNl = ',\n' + ' '.repeat(indent);
    let delim = '';
    let width = this.o.width - indent + 1;
    let maxWidth = width;
    items.forEach((x, i) => {
      const last = i === items.length - 1;
      if (last) {
        maxWidth -= allowance;
        width -= allowance;
      }
      if (this.o.compact) {
        const rep = safeRepr(x, this.o, new Set());
        const w = rep.length + 2;
        if (width < w) {
          width = maxWidth;
          if (delim !== '') delim = delimNl;
        }
        if (width >= w) {
          width -= w;
          this.out += delim + rep;
          delim = ', ';
          return;
        }
      }
      this.out += delim;
      delim = delimNl;
      this.format(x, indent, last ? allowance : 1, level);
    });
    this.out += close;
  }

  str(s: string, indent: number, allowance: number, level: number): void {
    const lines = s.match(/[^\n]*\n|[^\n]+$/g) ?? [s];
    if (level === 1) {
      indent += 1;
      allowance += 1;
    }
    const chunks: string[] = [];
    let maxWidth1 = this.o.width - indent;
    const maxWidth = maxWidth1;
    let rep = '';
    lines.forEach((line, i) => {
      rep = repr(line);
      if (i === lines.length - 1) maxWidth1 -= allowance;
      if (rep.length <= maxWidth1) {
        chunks.push(rep);
        return;
      }
      const parts = line.match(/\S*\s*/g)!.filter((p) => p !== '');
      let maxWidth2 = maxWidth;
      let current = '';
      parts.forEach((part, j) => {
        const candidate = current + part;
        if (j === parts.length - 1 && i === lines.length - 1) maxWidth2 -= allowance;
        if (repr(candidate).length > maxWidth2) {
          if (current !== '') chunks.push(repr(current));
          current = part;
        } else current = candidate;
      });
      if (current !== '') chunks.push(repr(current));
    });
    if (chunks.length === 1) {
      this.out += rep;
      return;
    }
    if (level === 1) this.out += '(';
    this.out += chunks.join('\n' + ' '.repeat(indent));
    if (level === 1) this.out += ')';
  }
}

function options(kw: Map<string, Value> | null, sortDefault: boolean): Opts {
  const width = kw?.get('width') ?? 80;
  const indent = kw?.get('indent') ?? 1;
  if (typeof width !== 'number' || typeof indent !== 'number') typeError('width and indent must be integers');
  return { width: width as number, indentPer: indent as number, sortDicts: truthy(kw?.get('sort_dicts') ?? sortDefault), compact: truthy(kw?.get('compact') ?? false) };
}

function pformat(v: Value, o: Opts): string {
  const p = new Printer(o);
  p.format(v, 0, 0, 0);
  return p.out;
}

export function makePprintModule(ctx: { stdout: (text: string) => void }): PyModule {
  return new PyModule(
    'pprint',
    new Map<string, Value>([
      ['pformat', new PyBuiltin('pformat', (a, kw) => pformat(a[0], options(kw, true)))],
      ['saferepr', new PyBuiltin('saferepr', (a) => safeRepr(a[0], options(null, true), new Set()))],
      ['pprint', new PyBuiltin('pprint', (a, kw) => (ctx.stdout(pformat(a[0], options(kw, true)) + '\n'), null))],
      ['pp', new PyBuiltin('pp', (a, kw) => (ctx.stdout(pformat(a[0], options(kw, false)) + '\n'), null))],
    ]),
  );
}
