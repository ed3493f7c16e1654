/**
 * namedtuple classes (collections.namedtuple and typing.NamedTuple): a type whose instances are
 * tuples with named fields. A class statement over one (`class P(namedtuple('P', 'x y'))`, or a
 * NamedTuple class body) makes a new namedtuple type with the body's methods.
 */
import { tupleType } from '../../runtime/types/list-type.ts';
import { attributeError, typeError, valueError } from '../../runtime/errors.ts';
import { interp } from '../../runtime/hooks.ts';
import { iterate } from '../../runtime/iter.ts';
import { dictSet } from '../../runtime/ops.ts';
import { repr } from '../../runtime/repr.ts';
import { PyTupleSubclass, type ClassBuilder } from '../../runtime/subclass-hooks.ts';
import { NativeType } from '../../runtime/native.ts';
import { typeName } from '../../runtime/types.ts';
import { BoundMethod, PyBuiltin, PyDict, PyTuple, type Value } from '../../runtime/values.ts';
import { PyFunction } from '../../compile/frame.ts';

type Kw = Map<string, Value> | null;

export class NamedTupleType extends NativeType implements ClassBuilder {
  readonly fields: readonly string[];
  /** Defaults of the last fields, by field name. */
  readonly defaults: ReadonlyMap<string, Value>;
  readonly ns: Map<string, Value>;
  readonly parent: NamedTupleType | null;

  private constructor(name: string, fields: readonly string[], defaults: ReadonlyMap<string, Value>, ns: Map<string, Value>, parent: NamedTupleType | null, holder: { t?: NamedTupleType }) {
    super(
      name,
      '__main__',
      (args, kwargs) => holder.t!.construct(args, kwargs),
      (v) => v instanceof NamedTupleValue && holder.t!.isBaseOf(v.pyType),
    );
    this.fields = fields;
    this.defaults = defaults;
    this.ns = ns;
    this.parent = parent;
    this.base = parent ?? tupleType;
  }

  static create(name: string, fields: readonly string[], defaults: ReadonlyMap<string, Value>, ns: Map<string, Value>, parent: NamedTupleType | null = null): NamedTupleType {
    const holder: { t?: NamedTupleType } = {};
    const t = new NamedTupleType(name, fields, defaults, ns, parent, holder);
    holder.t = t;
    return t;
  }

  isBaseOf(t: NamedTupleType): boolean {
    for (let c: NamedTupleType | null = t; c !== null; c = c.parent) if (c === this) return true;
    return false;
  }

  /** A name defined by this class body or an enclosing namedtuple class's. */
  lookup(name: string): Value | undefined {
    for (let c: NamedTupleType | null = this; c !== null; c = c.parent) if (c.ns.has(name)) return c.ns.get(name);
    return undefined;
  }

  /** Point(1, y=2): the generated `__new__(_cls, x, y)`, with its argument errors. */
  construct(args: Value[], kwargs: Kw): NamedTupleValue {
    const fn = `${this.name}.__new__()`;
    const n = this.fields.length;
    if (args.length > n) {
      const min = n - this.defaults.size + 1;
      const takes = min === n + 1 ? `${n + 1} positional argument${n === 0 ? '' : 's'}` : `from ${min} to ${n + 1} positional arguments`;
      typeError(`${fn} takes ${takes} but ${args.length + 1} were given`);
    }
    const items: (Value | undefined)[] = args.slice();
    for (const [k, v] of kwargs ?? []) {
      const i = this.fields.indexOf(k);
      if (i < 0) typeError(`${fn} got an unexpected keyword argument '${k}'`);
      if (i < args.length) typeError(`${fn} got multiple values for argument '${k}'`);
      items[i] = v;
    }
    const missing: string[] = [];
    for (let i = 0; i < n; i++) {
      if (items[i] !== undefined) continue;
      const f = this.fields[i]!;
      if (this.defaults.has(f)) items[i] = this.defaults.get(f);
      else missing.push(f);
    }
    if (missing.length > 0) {
      const names = missing.length === 1 ? `'${missing[0]}'` : `${missing.slice(0, -1).map((m) => `'${m}'`).join(', ')} and '${missing[missing.length - 1]}'`;
      typeError(`${fn} missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${names}`);
    }
    return new NamedTupleValue(items as Value[], this);
  }

  make(iterable: Value): NamedTupleValue {
    const items = [...iterate(iterable)];
    if (items.length !== this.fields.length) typeError(`Expected ${this.fields.length} arguments, got ${items.length}`);
    return new NamedTupleValue(items, this);
  }

  override typeAttr(name: string): Value | undefined {
    switch (name) {
      case '_fields':
        return new PyTuple(this.fields);
      case '_field_defaults': {
        const d = new PyDict();
        for (const [k, v] of this.defaults) dictSet(d, k, v);
        return d;
      }
      case '_make':
        return new PyBuiltin('_make', (args) => this.make(args[0]));
      case '__doc__':
        return this.lookup('__doc__') ?? `${this.name}(${this.fields.join(', ')})`;
    }
    return this.lookup(name);
  }

  /** `class P(Base): ...` where Base is a namedtuple class: the same fields, the body's methods. */
  pyBuildClass(name: string, bases: readonly Value[], ns: Map<string, Value>): Value {
    if (bases.length !== 1) typeError('multiple bases with a namedtuple are not supported by Taskline');
    return NamedTupleType.create(name, this.fields, this.defaults, ns, this);
  }
}

export class NamedTupleValue extends PyTupleSubclass {
  constructor(
    items: readonly Value[],
    readonly pyType: NamedTupleType,
  ) {
    super(items);
  }

  private dunder(name: string): string | undefined {
    const m = this.pyType.lookup(name);
    if (m === undefined) return undefined;
    const r = interp.call(m, [this]);
    if (typeof r !== 'string') typeError(`${name} returned non-string (type ${typeName(r)})`);
    return r as string;
  }

  pyRepr(): string {
    const own = this.dunder('__repr__');
    if (own !== undefined) return own;
    return `${this.pyType.name}(${this.pyType.fields.map((f, i) => `${f}=${repr(this.items[i])}`).join(', ')})`;
  }

  override pyStr(): string {
    return this.dunder('__str__') ?? this.pyRepr();
  }

  asDict(): PyDict {
    const d = new PyDict();
    this.pyType.fields.forEach((f, i) => dictSet(d, f, this.items[i]));
    return d;
  }

  pyAttr(name: string): Value | undefined {
    const i = this.pyType.fields.indexOf(name);
    if (i >= 0) return this.items[i];
    switch (name) {
      case '_asdict':
        return new PyBuiltin('_asdict', () => this.asDict(), this);
      case '_replace':
        return new PyBuiltin('_replace', (args, kwargs) => this.replace(args, kwargs), this);
      case '_fields':
      case '_field_defaults':
        return this.pyType.typeAttr(name);
    }
    const v = this.pyType.lookup(name);
    if (v === undefined) return undefined;
    return v instanceof PyFunction ? new BoundMethod(this, v) : v;
  }

  /** Fields are read-only properties: CPython's "can't set attribute". */
  override pySetAttr(name: string): boolean {
    if (this.pyType.fields.includes(name)) attributeError("can't set attribute");
    return false;
  }

  private replace(args: Value[], kwargs: Kw): NamedTupleValue {
    if (args.length > 0) typeError(`${this.pyType.name}._replace() takes 1 positional argument but ${args.length + 1} were given`);
    const items = this.items.slice();
    const unknown: string[] = [];
    for (const [k, v] of kwargs ?? []) {
      const i = this.pyType.fields.indexOf(k);
      if (i < 0) unknown.push(k);
      else items[i] = v;
    }
    if (unknown.length > 0) valueError(`Got unexpected field names: ${repr(new PyTuple(unknown)).replace(/^\(/, '[').replace(/,?\)$/, ']')}`);
    return new NamedTupleValue(items, this.pyType);
  }
}

const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(' '),
);
const IDENT = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/** Field names as namedtuple() checks them. */
export function checkFieldNames(typename: string, fields: readonly string[]): void {
  for (const n of [typename, ...fields]) {
    if (typeof n !== 'string') typeError('Type names and field names must be strings');
    if (!IDENT.test(n)) valueError(`Type names and field names must be valid identifiers: ${repr(n)}`);
    if (KEYWORDS.has(n)) valueError(`Type names and field names cannot be a keyword: ${repr(n)}`);
  }
  const seen = new Set<string>();
  for (const n of fields) {
    if (n.startsWith('_')) valueError(`Field names cannot start with an underscore: ${repr(n)}`);
    if (seen.has(n)) valueError(`Encountered duplicate field name: ${repr(n)}`);
    seen.add(n);
  }
}

/** collections.namedtuple(typename, field_names, *, rename=False, defaults=None, module=None). */
export const namedtupleFn = new PyBuiltin('namedtuple', (args, kwargs) => {
  for (const k of kwargs?.keys() ?? []) {
    if (!['typename', 'field_names', 'rename', 'defaults', 'module'].includes(k)) typeError(`namedtuple() got an unexpected keyword argument '${k}'`);
  }
  if (args.length > 2) typeError(`namedtuple() takes 2 positional arguments but ${args.length} were given`);
  const typename = args[0] ?? kwargs?.get('typename');
  const spec = args[1] ?? kwargs?.get('field_names');
  if (typename === undefined || spec === undefined) {
    const miss = typename === undefined ? ["'typename'", "'field_names'"] : ["'field_names'"];
    if (spec !== undefined) miss.pop();
    typeError(`namedtuple() missing ${miss.length} required positional argument${miss.length > 1 ? 's' : ''}: ${miss.join(' and ')}`);
  }
  const fields = typeof spec === 'string' ? spec.replace(/,/g, ' ').split(/\s+/).filter((s) => s !== '') : [...iterate(spec)].map((f) => (typeof f === 'string' ? f : String(f)));
  const tn = typeof typename === 'string' ? typename : String(typename);
  checkFieldNames(tn, fields);
  const dflt = kwargs?.get('defaults') ?? null;
  const defaults = new Map<string, Value>();
  if (dflt !== null) {
    const vals = [...iterate(dflt)];
    if (vals.length > fields.length) typeError('Got more default values than field names');
    vals.forEach((v, i) => defaults.set(fields[fields.length - vals.length + i]!, v));
  }
  return NamedTupleType.create(tn, fields, defaults, new Map());
});

/** typing.NamedTuple's class form: fields from the body's annotations, defaults from its values. */
export function namedTupleFromClass(name: string, ns: Map<string, Value>): NamedTupleType {
  const ann = ns.get('__annotations__');
  const fields: string[] = [];
  if (ann instanceof PyDict) for (const e of ann.map.values()) fields.push(e.k as string);
  const defaults = new Map<string, Value>();
  const body = new Map(ns);
  for (const f of fields) {
    if (body.has(f)) {
      defaults.set(f, body.get(f));
      body.delete(f);
    } else if (defaults.size > 0) {
      typeError(`Non-default namedtuple field ${f} cannot follow default field${defaults.size > 1 ? 's' : ''} ${[...defaults.keys()].join(', ')}`);
    }
  }
  for (const f of fields) if (f.startsWith('_')) valueError(`Field names cannot start with an underscore: ${repr(f)}`);
  return NamedTupleType.create(name, fields, defaults, body);
}

