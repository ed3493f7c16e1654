/**
 * The `typing` module (and `collections.abc`): every public name of CPython 3.11's typing
 * imports. What matters at runtime is that aliases and defaults subscript (`Optional[int]`), classes build (Generic[T], Protocol, NamedTuple,
 * TypedDict) and helpers return what CPython's return (cast gives its value back).
 */
import * as E from '../../engine/exceptions.ts';
import { typeError } from '../runtime/errors.ts';
import { iterate } from '../runtime/iter.ts';
import { truthy } from '../runtime/ops.ts';
import { dictType, listType, setType, strType, tupleType, typeType } from '../runtime/builtin-types.ts';
import { dictUpdate } from '../runtime/types/dict-type.ts';
import { repr } from '../runtime/repr.ts';
import { type ClassBuilder } from '../runtime/subclass-hooks.ts';
import { NativeType } from '../runtime/native.ts';
import { typeName } from '../runtime/types.ts';
import { PyBuiltin, PyClass, PyDict, PyModule, type NativeFn, type Value } from '../runtime/values.ts';
import { makeClass } from '../compile/class.ts';
import { dequeType } from './collections/deque.ts';
import { counterType, defaultdictType, orderedDictType } from './collections/dicts.ts';
import { checkFieldNames, NamedTupleType, namedTupleFromClass } from './collections/namedtuple.ts';
import { getTypeHints } from './typing/type-hints.ts';
import { makeRuntimeCheckable } from './typing/runtime-protocol.ts';
import { argsOf, ForwardRef, originOf, TypeVarObj, TypingForm, unionForm, type FormKind } from './typing/forms.ts';

/** collections.abc's classes, each of which typing aliases. */
const ABC_NAMES =
  'Awaitable Coroutine AsyncIterable AsyncIterator AsyncGenerator Hashable Iterable Iterator Generator Reversible Sized Container Collection Set MutableSet Mapping MutableMapping MappingView KeysView ItemsView ValuesView Sequence MutableSequence ByteString'.split(' ');

function abcForms(): Map<string, TypingForm> {
  const m = new Map<string, TypingForm>();
  for (const n of ABC_NAMES) m.set(n, new TypingForm(`collections.abc.${n}`, 'generic', null, true));
  m.set('Callable', new TypingForm('collections.abc.Callable', 'callable', null, true));
  return m;
}

export function makeCollectionsAbcModule(): PyModule {
  return new PyModule('collections.abc', new Map<string, Value>(abcForms()));
}

const builtin = (name: string, fn: NativeFn): PyBuiltin => new PyBuiltin(name, fn);

/** typing.NamedTuple: the functional form, and a base whose class body becomes a namedtuple. */
class NamedTupleBase extends PyBuiltin implements ClassBuilder {
  constructor() {
    super('NamedTuple', (args, kwargs) => {
      const name = args[0];
      if (typeof name !== 'string') typeError(`NamedTuple() missing required argument 'typename'`);
      const fields: string[] = [];
      if (args.length > 1) for (const f of iterate(args[1])) fields.push(String([...iterate(f)][0]));
      for (const k of kwargs?.keys() ?? []) fields.push(k);
      checkFieldNames(name as string, fields);
      return NamedTupleType.create(name as string, fields, new Map(), new Map());
    });
  }
  pyBuildClass(name: string, bases: readonly Value[], ns: Map<string, Value>): Value {
    if (bases.length > 1) typeError('can only inherit from a NamedTuple type and Generic');
    return namedTupleFromClass(name, ns);
  }
}

/** A TypedDict class: calling it makes a plain dict, as CPython's does. */
class TypedDictType extends NativeType implements ClassBuilder {
  constructor(
    name: string,
    readonly annotations: PyDict,
    readonly total: boolean,
  ) {
    super(
      name,
      '__main__',
      (args, kwargs) => {
        if (args.length > 1) typeError(`dict expected at most 1 argument, got ${args.length}`);
        const d = new PyDict();
        dictUpdate(d, args[0], kwargs);
        return d;
      },
      () => typeError('TypedDict does not support instance and class checks'),
    );
  }
  override typeAttr(name: string): Value | undefined {
    if (name === '__annotations__') return this.annotations;
    if (name === '__total__') return this.total;
    return undefined;
  }
  pyBuildClass(name: string, bases: readonly Value[], ns: Map<string, Value>, kw?: ReadonlyMap<string, Value>): Value {
    const ann = new PyDict();
    for (const b of bases) if (b instanceof TypedDictType) for (const [k, e] of b.annotations.map) ann.map.set(k, e);
    const own = ns.get('__annotations__');
    if (own instanceof PyDict) for (const [k, e] of own.map) ann.map.set(k, e);
    const total = kw?.get('total');
    return new TypedDictType(name, ann, total === undefined ? true : truthy(total));
  }
}

class TypedDictBase extends PyBuiltin implements ClassBuilder {
  constructor() {
    super('TypedDict', (args, kwargs) => {
      const name = args[0];
      if (typeof name !== 'string') typeError("TypedDict() missing 1 required positional argument: 'typename'");
      const ann = new PyDict();
      if (args[1] instanceof PyDict) for (const [k, e] of args[1].map) ann.map.set(k, e);
      const total = kwargs?.get('total');
      return new TypedDictType(name as string, ann, total === undefined ? true : truthy(total));
    });
  }
  pyBuildClass(name: string, bases: readonly Value[], ns: Map<string, Value>, kw?: ReadonlyMap<string, Value>): Value {
    return new TypedDictType(name, new PyDict(), true).pyBuildClass(name, bases.filter((b) => b !== this), ns, kw);
  }
}

function typeVar(variance: boolean): NativeFn {
  return (args, kwargs) => {
    const name = args[0] ?? kwargs?.get('name');
    if (typeof name !== 'string') typeError(`TypeVar() argument 'name' must be str, not ${typeName(name)}`);
    if (args.length === 2) typeError('A single constraint is not allowed');
    const co = variance && truthy(kwargs?.get('covariant') ?? false);
    const contra = variance && truthy(kwargs?.get('contravariant') ?? false);
    if (co && contra) typeError('Bivariant types are not supported.');
    return new TypeVarObj(name as string, co ? '+' : contra ? '-' : '~');
  };
}

const identity = (name: string): PyBuiltin => builtin(name, (args) => args[0]);

function typingClass(name: string, bases: PyClass[]): PyClass {
  const ns = new Map<string, Value>([['__module__', 'typing']]);
  const cls = makeClass(name, bases, ns);
  Object.defineProperty(cls, 'module', { value: 'typing' });
  return cls;
}

export function makeTypingModule(ctx: { stderr: (text: string) => void; module: (name: string) => PyModule }): PyModule {
  const d = new Map<string, Value>();
  const form = (name: string, kind: FormKind, origin: Value = null, isClass = false, base: PyClass | null = null): void => {
    d.set(name, new TypingForm(`typing.${name}`, kind, origin, isClass, base));
  };
  // Generic and Protocol are real classes in CPython: they show in a class's __mro__ and __bases__.
  const generic = typingClass('Generic', []);
  const protocol = typingClass('Protocol', [generic]);
  // The run's collections.abc classes, so get_origin(Iterable[int]) is collections.abc.Iterable.
  const abc = ctx.module('collections.abc').dict as Map<string, Value>;
  for (const n of ABC_NAMES) form(n === 'Set' ? 'AbstractSet' : n, 'generic', abc.get(n));
  const aliases: [string, Value][] = [
    ['List', listType],
    ['Dict', dictType],
    ['Set', setType],
    ['FrozenSet', null],
    ['Tuple', tupleType],
    ['Type', typeType],
    ['Deque', dequeType],
    ['DefaultDict', defaultdictType],
    ['OrderedDict', orderedDictType],
    ['Counter', counterType],
    ['ChainMap', null],
    ['ContextManager', null],
    ['AsyncContextManager', null],
    ['Pattern', null],
    ['Match', null],
    ['IO', null],
    ['TextIO', null],
    ['BinaryIO', null],
  ];
  for (const [n, o] of aliases) form(n, 'generic', o);
  form('Callable', 'callable', abc.get('Callable'));
  form('Union', 'union');
  d.set('Union', unionForm);
  form('Optional', 'optional');
  form('Literal', 'literal');
  for (const n of ['ClassVar', 'Final', 'Annotated', 'Required', 'NotRequired', 'TypeGuard', 'Unpack', 'Concatenate']) form(n, 'special');
  for (const n of ['Any', 'NoReturn', 'Never', 'Self', 'LiteralString', 'TypeAlias']) form(n, 'bare');
  form('Generic', 'generic-base', null, true, generic);
  form('Protocol', 'protocol', null, true, protocol);
  for (const n of ['SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound']) {
    form(n, 'protocol', null, true, typingClass(n, [protocol]));
  }
  d.set('Text', strType);
  d.set('ForwardRef', new PyBuiltin('ForwardRef', (args) => new ForwardRef(String(args[0]))));
  d.set('TYPE_CHECKING', false);
  d.set('AnyStr', new TypeVarObj('AnyStr', '~'));
  d.set('TypeVar', builtin('TypeVar', typeVar(true)));
  d.set('ParamSpec', builtin('ParamSpec', typeVar(false)));
  d.set('TypeVarTuple', builtin('TypeVarTuple', typeVar(false)));
  d.set('NamedTuple', new NamedTupleBase());
  d.set('TypedDict', new TypedDictBase());
  d.set('cast', builtin('cast', (args) => args[1]));
  d.set('assert_type', builtin('assert_type', (args) => args[0]));
  d.set('runtime_checkable', builtin('runtime_checkable', (args) => makeRuntimeCheckable(args[0], protocol)));
  for (const n of ['overload', 'final', 'no_type_check', 'no_type_check_decorator']) d.set(n, identity(n));
  d.set('dataclass_transform', builtin('dataclass_transform', () => identity('decorator')));
  d.set('get_origin', builtin('get_origin', (args) => originOf(args[0])));
  d.set('get_args', builtin('get_args', (args) => argsOf(args[0])));
  d.set('get_type_hints', builtin('get_type_hints', (args) => getTypeHints(args[0])));
  d.set('is_typeddict', builtin('is_typeddict', (args) => args[0] instanceof TypedDictType));
  d.set(
    'NewType',
    builtin('NewType', (args) => {
      if (typeof args[0] !== 'string') typeError('NewType() argument 1 must be str');
      return identity(args[0] as string);
    }),
  );
  d.set(
    'reveal_type',
    builtin('reveal_type', (args) => {
      ctx.stderr(`Runtime type is ${repr(typeName(args[0]))}\n`);
      return args[0];
    }),
  );
  d.set(
    'assert_never',
    builtin('assert_never', (args) => {
      const text = repr(args[0]);
      throw E.pyErr(E.AssertionError, `Expected code to be unreachable, but got: ${text.length > 100 ? text.slice(0, 100) + '...' : text}`);
    }),
  );
  return new PyModule('typing', d);
}

