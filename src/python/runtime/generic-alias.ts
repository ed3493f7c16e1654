/**
 * `list[int]`, `dict[str, list[int]]`, `Box[int]` for a Generic class: CPython's
 * types.GenericAlias. Programs build these in aliases and defaults (annotations themselves are
 * never evaluated), and print them now and then, so the repr is CPython's.
 */
import type { ExcClass } from '../../engine/exceptions.ts';
import { PyNative } from './native.ts';
import { interp } from './hooks.ts';
import { repr } from './repr.ts';
import type { MroEntries } from './subclass-hooks.ts';
import { builtinExcClasses } from './types.ts';
import { PyBuiltin, PyClass, PyTuple, PyType, type Value } from './values.ts';

/** How typing writes a type inside brackets: `int`, `__main__.Job`, `collections.deque`, `...`. */
export function typeRepr(v: Value): string {
  // A type's qualified name is what its repr shows between the quotes: <class 'asyncio.queues.Queue'>.
  if (v instanceof PyType) return repr(v).slice(8, -2);
  if (v instanceof PyClass) return `__main__.${(v.dict.get('__qualname__') as string | undefined) ?? v.name}`;
  if (builtinExcClasses.has(v as ExcClass)) {
    const c = v as ExcClass;
    return c.module === 'builtins' ? c.name : `${c.module}.${c.name}`;
  }
  if (v instanceof PyBuiltin) return v.name;
  if (typeof v === 'object' && v !== null && 'pyName' in v) return (v as { pyName: string }).pyName;
  return repr(v);
}

/** The items inside the brackets: `X[a, b]` passes the tuple (a, b). */
export function subscriptArgs(key: Value): readonly Value[] {
  return key instanceof PyTuple ? key.items : [key];
}

export class GenericAlias extends PyNative implements MroEntries {
  readonly pyTypeName = 'types.GenericAlias';
  constructor(
    readonly origin: Value,
    readonly args: readonly Value[],
    /** `tuple[()]`: the empty tuple was the key. */
    private readonly emptyTuple = false,
  ) {
    super();
  }
  pyRepr(): string {
    const inner = this.emptyTuple ? '()' : this.args.map(argRepr).join(', ');
    return `${typeRepr(this.origin)}[${inner}]`;
  }
  override pyEq(other: Value): boolean {
    return other instanceof GenericAlias && other.origin === this.origin && other.args.length === this.args.length && other.args.every((a, i) => a === this.args[i]);
  }
  pyMroEntries(): Value[] {
    return [this.origin];
  }
  /** list[int]() makes a list: the alias calls its origin. */
  override pyCall(args: Value[], kwargs: Map<string, Value> | null): Value {
    return interp.call(this.origin, args, kwargs);
  }
}

function argRepr(a: Value): string {
  if (a instanceof PyTuple && a.items.length === 0) return '()';
  // A list inside the brackets (Callable[[int], str]) prints as a list of type reprs.
  if (typeof a === 'object' && a !== null && 'items' in a && Array.isArray((a as { items: unknown }).items) && !(a instanceof PyTuple)) {
    return `[${(a as { items: Value[] }).items.map(argRepr).join(', ')}]`;
  }
  return typeRepr(a);
}

/** The types whose class CPython gives a __class_getitem__, by qualified name. */
const GENERIC_TYPES = new Set([
  'list',
  'dict',
  'tuple',
  'set',
  'frozenset',
  'type',
  'collections.deque',
  'collections.defaultdict',
  'collections.OrderedDict',
  'collections.Counter',
  'collections.ChainMap',
  'asyncio.queues.Queue',
  'asyncio.queues.PriorityQueue',
  'asyncio.queues.LifoQueue',
  '_asyncio.Future',
  '_asyncio.Task',
  're.Pattern',
  're.Match',
]);

/** T[key] for a type that CPython lets subscript, else undefined (the caller raises TypeError). */
export function genericAlias(obj: Value, key: Value): GenericAlias | undefined {
  const generic =
    (obj instanceof PyType && GENERIC_TYPES.has(typeRepr(obj))) ||
    // A class with Generic[T] (or Protocol[T]) among its bases.
    (obj instanceof PyClass && obj.mro.some((c) => c instanceof PyClass && c.dict.has('__parameters__')));
  if (!generic) return undefined;
  const empty = key instanceof PyTuple && key.items.length === 0;
  return new GenericAlias(obj, empty ? [] : subscriptArgs(key), empty);
}

/** `int | None`: types.UnionType (PEP 604), as an alias or default writes it. */
export class UnionType extends PyNative {
  readonly pyTypeName = 'types.UnionType';
  constructor(readonly args: readonly Value[]) {
    super();
  }
  pyRepr(): string {
    return this.args.map((a) => (a === null || (a instanceof PyType && a.name === 'NoneType') ? 'None' : typeRepr(a))).join(' | ');
  }
  override pyEq(other: Value): boolean {
    return other instanceof UnionType && other.args.length === this.args.length && other.args.every((a) => this.args.includes(a));
  }
}

function isTypeOperandBase(v: Value): boolean {
  return v instanceof PyType || v instanceof PyClass || v instanceof GenericAlias || v instanceof UnionType || builtinExcClasses.has(v as ExcClass);
}

/** A typing object with its own `|` (Optional[int] | str is a typing.Union). */
export interface TypingOr {
  pyTypingOr(other: Value, reflected: boolean): Value;
}

function hasTypingOr(v: Value): v is TypingOr {
  return typeof v === 'object' && v !== null && typeof (v as Partial<TypingOr>).pyTypingOr === 'function';
}

/** `a | b` for types, or undefined when either side is not a type (None counts beside a type). */
export function typeUnion(a: Value, b: Value): Value | undefined {
  if (hasTypingOr(a)) return a.pyTypingOr(b, false);
  if (hasTypingOr(b)) return b.pyTypingOr(a, true);
  return pep604Union(a, b);
}

/** types.UnionType of two types (`int | None`), or undefined when either side is not one. */
export function pep604Union(a: Value, b: Value, typeLike: (v: Value) => boolean = () => false): UnionType | undefined {
  const isTypeOperand = (v: Value): boolean => isTypeOperandBase(v) || typeLike(v);
  if (!((isTypeOperand(a) && (b === null || isTypeOperand(b))) || (a === null && isTypeOperand(b)))) return undefined;
  const args: Value[] = [];
  for (const x of [a, b]) for (const y of x instanceof UnionType ? x.args : [x]) if (!args.includes(y)) args.push(y);
  return new UnionType(args);
}
