/** `dataclasses`: @dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError. */
import * as E from '../../engine/exceptions.ts';
import { callValue, getattr } from '../compile/objects.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { dictSet, truthy } from '../runtime/ops.ts';
import { repr } from '../runtime/repr.ts';
import { dictType, tupleType } from '../runtime/builtin-types.ts';
import { PyBuiltin, PyClass, PyDict, PyInstance, PyList, PyModule, PyTuple, PyType, type NativeFn, type Value } from '../runtime/values.ts';
import { collectFields, makeFieldTypes, type FieldSpec, type FieldTypes } from './dataclass-fields.ts';
import { makeComparison, makeFrozenHooks, makeHash, makeInit, makeRepr, type DataclassContext, type DataclassOptions } from './dataclass-methods.ts';
import { nativeClass, nativeMethods } from './native-class.ts';
import { PyClassMethod } from '../compile/descriptors.ts';
import { setSlots } from '../compile/class.ts';

const OPTION_NAMES = ['init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args', 'kw_only', 'slots', 'weakref_slot'];

function options(kw: Map<string, Value> | null): DataclassOptions {
  if (kw !== null) for (const k of kw.keys()) if (!OPTION_NAMES.includes(k)) typeError(`dataclass() got an unexpected keyword argument '${k}'`);
  const flag = (name: string, dflt: boolean): boolean => (kw?.has(name) === true ? truthy(kw.get(name)) : dflt);
  return {
    init: flag('init', true),
    repr: flag('repr', true),
    eq: flag('eq', true),
    order: flag('order', false),
    unsafeHash: flag('unsafe_hash', false),
    frozen: flag('frozen', false),
    matchArgs: flag('match_args', true),
    kwOnly: flag('kw_only', false),
    slots: flag('slots', false),
  };
}

export function makeDataclassesModule(): PyModule {
  const d = new Map<string, Value>();
  const fn = (name: string, f: NativeFn): void => void d.set(name, new PyBuiltin(name, f));
  const ft: FieldTypes = makeFieldTypes();
  const frozenError = nativeClass('dataclasses', 'FrozenInstanceError', [E.AttributeError], []);
  const ctx: DataclassContext = { MISSING: ft.MISSING, frozenError };

  const fieldsOf = (v: Value): PyDict | null => {
    const cls = v instanceof PyClass ? v : v instanceof PyInstance ? v.cls : null;
    if (cls === null) return null;
    for (const c of cls.mro) {
      if (c instanceof PyClass && c.dict.has('__dataclass_fields__')) return c.dict.get('__dataclass_fields__') as PyDict;
    }
    return null;
  };
  const isDataclassInstance = (v: Value): v is PyInstance => v instanceof PyInstance && fieldsOf(v) !== null;
  const realFields = (fields: PyDict): PyInstance[] =>
    [...fields.map.values()].map((e) => e.v as PyInstance).filter((f) => f.dict.get('_field_type') === '_FIELD');

  const process = (cls: PyClass, opts: DataclassOptions): PyClass => {
    if (opts.order && !opts.eq) valueError('eq must be true if order is true');
    // Frozen-ness must agree with the base dataclasses'.
    for (const b of cls.mro.slice(1)) {
      if (!(b instanceof PyClass) || !b.dict.has('__dataclass_params__')) continue;
      const baseFrozen = (b.dict.get('__dataclass_params__') as PyInstance).dict.get('frozen') === true;
      if (baseFrozen && !opts.frozen) typeError('cannot inherit non-frozen dataclass from a frozen one');
      if (!baseFrozen && opts.frozen) typeError('cannot inherit frozen dataclass from a non-frozen one');
    }
    const fieldMap = collectFields(cls, ft, opts.kwOnly);
    const fields: FieldSpec[] = [...fieldMap.values()];
    const fd = new PyDict();
    for (const f of fields) dictSet(fd, f.name, ft.make(f));
    cls.dict.set('__dataclass_fields__', fd);
    const params = new PyInstance(nativeClass('dataclasses', '_DataclassParams', [], []));
    params.dict.set('frozen', opts.frozen);
    params.dict.set('eq', opts.eq);
    params.dict.set('order', opts.order);
    cls.dict.set('__dataclass_params__', params);
    const own = (name: string): boolean => cls.dict.has(name);
    // The class body's __eq__ without __hash__ made __hash__ None; that is not an explicit hash.
    const classHash = cls.dict.get('__hash__');
    const explicitHash = own('__hash__') && !(classHash === null && own('__eq__'));
    if (opts.init) cls.dict.set('__init__', makeInit(cls, fields, opts, ctx));
    if (opts.repr && !own('__repr__')) cls.dict.set('__repr__', makeRepr(cls, fields));
    if (opts.eq && !own('__eq__')) cls.dict.set('__eq__', makeComparison(cls, '__eq__', fields));
    if (opts.order) {
      for (const op of ['__lt__', '__le__', '__gt__', '__ge__']) {
        if (own(op)) typeError(`Cannot overwrite attribute ${op} in class ${cls.name}. Consider using functools.total_ordering`);
        cls.dict.set(op, makeComparison(cls, op, fields));
      }
    }
    if (opts.frozen) {
      for (const [name, f] of makeFrozenHooks(cls, fields, ctx)) {
        if (own(name)) typeError(`Cannot overwrite attribute ${name} in class ${cls.name}`);
        cls.dict.set(name, f);
      }
    }
    // dataclasses' _hash_action table.
    if (opts.unsafeHash) {
      if (explicitHash) typeError(`Cannot overwrite attribute __hash__ in class ${cls.name}`);
      cls.dict.set('__hash__', makeHash(cls, fields));
    } else if (!explicitHash && opts.eq) {
      cls.dict.set('__hash__', opts.frozen ? makeHash(cls, fields) : null);
    }
    if (opts.slots) {
      // CPython makes a new class with these __slots__; restricting this one behaves the same.
      if (own('__slots__')) typeError(`${cls.name} already specifies __slots__`);
      cls.dict.set('__slots__', new PyTuple(fields.filter((f) => f.kind === '_FIELD').map((f) => f.name)));
      setSlots(cls);
    }
    if (opts.matchArgs && !own('__match_args__')) {
      cls.dict.set('__match_args__', new PyTuple(fields.filter((f) => f.init && f.kind !== '_FIELD_CLASSVAR' && !f.kwOnly).map((f) => f.name)));
    }
    return cls;
  };

  fn('dataclass', (args, kw) => {
    if (args.length > 1) typeError(`dataclass() takes from 0 to 1 positional arguments but ${args.length} were given`);
    const opts = options(kw);
    if (args.length === 1 && args[0] !== null) {
      if (!(args[0] instanceof PyClass)) typeError("cannot create weak reference to 'function' object");
      return process(args[0] as PyClass, opts);
    }
    return new PyBuiltin('wrap', (a) => {
      if (!(a[0] instanceof PyClass)) typeError(`wrap() takes 1 positional argument but ${a.length} were given`);
      return process(a[0] as PyClass, opts);
    });
  });

  fn('field', (args, kw) => {
    if (args.length > 0) typeError(`field() takes 0 positional arguments but ${args.length} were given`);
    const allowed = ['default', 'default_factory', 'init', 'repr', 'hash', 'compare', 'metadata', 'kw_only'];
    if (kw !== null) for (const k of kw.keys()) if (!allowed.includes(k)) typeError(`field() got an unexpected keyword argument '${k}'`);
    const get = (k: string, dflt: Value): Value => (kw?.has(k) === true ? kw.get(k) : dflt);
    const dflt = get('default', ft.MISSING);
    const factory = get('default_factory', ft.MISSING);
    if (dflt !== ft.MISSING && factory !== ft.MISSING) valueError('cannot specify both default and default_factory');
    const kwOnly = get('kw_only', ft.MISSING);
    const f = ft.make({
      name: '',
      type: null,
      default: dflt,
      defaultFactory: factory,
      init: truthy(get('init', true)),
      repr: truthy(get('repr', true)),
      hash: get('hash', null),
      compare: truthy(get('compare', true)),
      kwOnly: kwOnly === true,
      kind: '_FIELD',
      metadata: get('metadata', null) ?? new PyDict(),
    });
    f.dict.set('name', null);
    f.dict.set('kw_only', kwOnly);
    f.dict.set('_field_type', null);
    return f;
  });

  fn('fields', (args) => {
    const fields = fieldsOf(args[0]);
    if (fields === null) typeError('must be called with a dataclass type or instance');
    return new PyTuple(realFields(fields!));
  });

  fn('is_dataclass', (args) => fieldsOf(args[0]) !== null);

  const convert = (v: Value, asDict: boolean, factory: Value): Value => {
    if (isDataclassInstance(v)) {
      const pairs = realFields(fieldsOf(v)!).map((f) => {
        const name = f.dict.get('name') as string;
        return [name, convert(getattr(v, name), asDict, factory)] as const;
      });
      if (!asDict) return callValue(factory, [new PyList(pairs.map((p) => p[1]))], null);
      return callValue(factory, [new PyList(pairs.map(([k, x]) => new PyTuple([k, x])))], null);
    }
    if (v instanceof PyList) return new PyList(v.items.map((x) => convert(x, asDict, factory)));
    if (v instanceof PyTuple) return new PyTuple(v.items.map((x) => convert(x, asDict, factory)));
    if (v instanceof PyDict) {
      const out = new PyDict();
      for (const { k, v: x } of v.map.values()) dictSet(out, convert(k, asDict, factory), convert(x, asDict, factory));
      return out;
    }
    return v;
  };
  fn('asdict', (args, kw) => {
    if (!isDataclassInstance(args[0])) typeError('asdict() should be called on dataclass instances');
    return convert(args[0], true, kw?.get('dict_factory') ?? dictType);
  });
  fn('astuple', (args, kw) => {
    if (!isDataclassInstance(args[0])) typeError('astuple() should be called on dataclass instances');
    return convert(args[0], false, kw?.get('tuple_factory') ?? tupleType);
  });

  fn('replace', (args, kw) => {
    if (args.length !== 1) typeError(`replace() takes 1 positional argument but ${args.length} were given`);
    const obj = args[0];
    if (!isDataclassInstance(obj)) typeError('replace() should be called on dataclass instances');
    const changes = new Map(kw ?? []);
    for (const e of fieldsOf(obj)!.map.values()) {
      const f = e.v as PyInstance;
      const name = f.dict.get('name') as string;
      const kind = f.dict.get('_field_type');
      if (kind === '_FIELD_CLASSVAR') continue;
      if (f.dict.get('init') !== true) {
        if (changes.has(name)) valueError(`field ${name} is declared with init=False, it cannot be specified with replace()`);
        continue;
      }
      if (!changes.has(name)) {
        if (kind === '_FIELD_INITVAR' && f.dict.get('default') === ft.MISSING) valueError(`InitVar ${repr(name)} must be specified with replace()`);
        if (kind !== '_FIELD_INITVAR') changes.set(name, getattr(obj, name));
      }
    }
    return callValue((obj as PyInstance).cls, [], changes);
  });

  d.set('MISSING', ft.MISSING);
  d.set('Field', ft.Field);
  d.set('FrozenInstanceError', frozenError);
  d.set('InitVar', makeInitVar());
  d.set('KW_ONLY', nativeClass('dataclasses', 'KW_ONLY', [], []));
  return new PyModule('dataclasses', d);
}

/**
 * dataclasses.InitVar: `InitVar[str]` is an InitVar instance holding the type, now that
 * class-body annotations are evaluated (a field's kind is still read from its source text).
 */
function makeInitVar(): PyClass {
  const cls: PyClass = nativeClass('dataclasses', 'InitVar', [], [
    ...nativeMethods('dataclasses.InitVar', {
      __init__: (a) => {
        (a[0] as PyInstance).dict.set('type', a[1] ?? null);
        return null;
      },
      __repr__: (a) => {
        const t = (a[0] as PyInstance).dict.get('type') ?? null;
        return `dataclasses.InitVar[${t instanceof PyClass || t instanceof PyType ? t.name : repr(t)}]`;
      },
    }),
    ['__class_getitem__', new PyClassMethod(new PyBuiltin('__class_getitem__', (a) => callValue(cls, [a[1] ?? null], null)))],
  ]);
  return cls;
}
