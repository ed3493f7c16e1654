/** The methods @dataclass writes: __init__, __repr__, __eq__, the order methods, __hash__, frozen setattr. */
import { typeError } from '../runtime/errors.ts';
import { hashOf } from '../runtime/hash.ts';
import { interp } from '../runtime/hooks.ts';
import { eq, order, truthy } from '../runtime/ops.ts';
import { NotImplemented } from '../runtime/not-implemented.ts';
import { repr } from '../runtime/repr.ts';
import { PyClass, PyInstance, PyTuple, type Value } from '../runtime/values.ts';
import { getattr, setattr } from '../compile/objects.ts';
import { genericSetattr, lookupClass } from '../compile/instance-attrs.ts';
import type { PyFunction } from '../compile/frame.ts';
import { nativeFunction } from './native-class.ts';
import type { FieldSpec } from './dataclass-fields.ts';

export interface DataclassOptions {
  readonly init: boolean;
  readonly repr: boolean;
  readonly eq: boolean;
  readonly order: boolean;
  readonly unsafeHash: boolean;
  readonly frozen: boolean;
  readonly matchArgs: boolean;
  readonly kwOnly: boolean;
  readonly slots: boolean;
}

/** What the generated code needs of the module: MISSING and the FrozenInstanceError class. */
export interface DataclassContext {
  readonly MISSING: Value;
  readonly frozenError: PyClass;
}

function qualnameOf(cls: PyClass): string {
  const q = cls.dict.get('__qualname__');
  return typeof q === 'string' ? q : cls.name;
}

/** `__init__(self, a, b=1, *, c)`: stores each field, runs default factories and __post_init__. */
export function makeInit(cls: PyClass, fields: readonly FieldSpec[], opts: DataclassOptions, ctx: DataclassContext): PyFunction {
  const FACTORY = { factory: true };
  const initFields = fields.filter((f) => f.init && f.kind !== '_FIELD_CLASSVAR');
  const positional = initFields.filter((f) => !f.kwOnly);
  let seenDefault = false;
  for (const f of positional) {
    const hasDefault = f.default !== ctx.MISSING || f.defaultFactory !== ctx.MISSING;
    if (!hasDefault && seenDefault) typeError(`non-default argument ${repr(f.name)} follows default argument`);
    seenDefault ||= hasDefault;
  }
  const defaults: Record<string, Value> = {};
  for (const f of initFields) {
    if (f.defaultFactory !== ctx.MISSING) defaults[f.name] = FACTORY;
    else if (f.default !== ctx.MISSING) defaults[f.name] = f.default;
  }
  const store = (self: Value, name: string, v: Value): void => {
    if (opts.frozen && self instanceof PyInstance) genericSetattr(self, name, v);
    else setattr(self, name, v);
  };
  return nativeFunction(
    `${qualnameOf(cls)}.__init__`,
    { params: ['self', ...positional.map((f) => f.name)], kwonly: initFields.filter((f) => f.kwOnly).map((f) => f.name), defaults },
    (a) => {
      const self = a.get('self');
      const initVars: Value[] = [];
      for (const f of fields) {
        if (f.kind === '_FIELD_CLASSVAR') continue;
        let v: Value;
        if (f.init) {
          v = a.get(f.name);
          if (v === FACTORY) v = interp.call(f.defaultFactory, []);
        } else if (f.defaultFactory !== ctx.MISSING) v = interp.call(f.defaultFactory, []);
        else if (f.default !== ctx.MISSING) v = f.default;
        else continue;
        if (f.kind === '_FIELD_INITVAR') initVars.push(v);
        else store(self, f.name, v);
      }
      const post = lookupClass((self as PyInstance).cls, '__post_init__');
      if (post !== undefined) interp.call(getattr(self, '__post_init__'), initVars);
      return null;
    },
  );
}

/** reprlib.recursive_repr: an instance inside itself shows as `...`. */
export function makeRepr(cls: PyClass, fields: readonly FieldSpec[]): PyFunction {
  const shown = fields.filter((f) => f.kind === '_FIELD' && f.repr);
  const active = new Set<Value>();
  return nativeFunction(`${qualnameOf(cls)}.__repr__`, { params: ['self'] }, (a) => {
    const self = a.get('self') as PyInstance;
    if (active.has(self)) return '...';
    active.add(self);
    try {
      return `${qualnameOf(self.cls)}(${shown.map((f) => `${f.name}=${repr(getattr(self, f.name))}`).join(', ')})`;
    } finally {
      active.delete(self);
    }
  });
}

function tupleOf(self: Value, fields: readonly FieldSpec[]): PyTuple {
  return new PyTuple(fields.map((f) => getattr(self, f.name)));
}

/** __eq__ and the order methods: compare field tuples, only with an instance of the same class. */
export function makeComparison(cls: PyClass, name: string, fields: readonly FieldSpec[]): PyFunction {
  const compared = fields.filter((f) => f.kind === '_FIELD' && f.compare);
  const op = { __eq__: '==', __lt__: '<', __le__: '<=', __gt__: '>', __ge__: '>=' }[name]!;
  return nativeFunction(`${qualnameOf(cls)}.${name}`, { params: ['self', 'other'] }, (a) => {
    const self = a.get('self') as PyInstance;
    const other = a.get('other');
    if (!(other instanceof PyInstance) || other.cls !== self.cls) return NotImplemented;
    const x = tupleOf(self, compared);
    const y = tupleOf(other, compared);
    return op === '==' ? eq(x, y) : order(op, x, y);
  });
}

export function makeHash(cls: PyClass, fields: readonly FieldSpec[]): PyFunction {
  const hashed = fields.filter((f) => f.kind === '_FIELD' && (f.hash === null ? f.compare : truthy(f.hash)));
  return nativeFunction(`${qualnameOf(cls)}.__hash__`, { params: ['self'] }, (a) => hashOf(tupleOf(a.get('self'), hashed)));
}

/** frozen=True: assigning or deleting a field raises FrozenInstanceError. */
export function makeFrozenHooks(cls: PyClass, fields: readonly FieldSpec[], ctx: DataclassContext): [string, PyFunction][] {
  const names = new Set(fields.map((f) => f.name));
  const refuse = (self: Value, name: string, text: string): void => {
    if ((self as PyInstance).cls === cls || names.has(name)) throw interp.call(ctx.frozenError, [text]);
  };
  return [
    [
      '__setattr__',
      nativeFunction(`${qualnameOf(cls)}.__setattr__`, { params: ['self', 'name', 'value'], filename: '<string>' }, (a) => {
        const self = a.get('self');
        const name = a.get('name') as string;
        refuse(self, name, `cannot assign to field ${repr(name)}`);
        genericSetattr(self as PyInstance, name, a.get('value'));
        return null;
      }),
    ],
    [
      '__delattr__',
      nativeFunction(`${qualnameOf(cls)}.__delattr__`, { params: ['self', 'name'], filename: '<string>' }, (a) => {
        const self = a.get('self') as PyInstance;
        const name = a.get('name') as string;
        refuse(self, name, `cannot delete field ${repr(name)}`);
        self.dict.delete(name);
        return null;
      }),
    ],
  ];
}
