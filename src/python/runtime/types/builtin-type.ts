/**
 * A builtin type's one declaration: its name, module and base, how it is built and recognised,
 * its methods and class attributes, its repr and its hash. type(), isinstance, attribute
 * lookup, method calls, repr() and hash() all read these, so a type is described in one place
 * (one file per type or family beside this one).
 */
import type { Method } from '../method.ts';
import { PyType, type NativeFn, type Value } from '../values.ts';

export interface BuiltinTypeDecl<Self> {
  readonly name: string;
  /** The builtin type it subclasses (bool is an int); absent means object. */
  readonly base?: BuiltinType;
  /** `T(...)`. */
  readonly construct: NativeFn;
  /** isinstance(v, T): true for T's values and those of its subclasses. */
  readonly test: (v: Value) => boolean;
  readonly methods?: Readonly<Record<string, (self: Self, args: Value[], kwargs: Map<string, Value> | null) => Value>>;
  /** Read-only attributes of a value (`x.real`, `r.start`). */
  readonly props?: Readonly<Record<string, (self: Self) => Value>>;
  /** Attributes of the type itself beyond its methods (`dict.fromkeys`, `str.maketrans`). */
  readonly attrs?: Readonly<Record<string, Value>>;
  /**
   * The operator and protocol dunders a value has (`__add__`, `__len__`, `__getitem__`...);
   * comparisons, __repr__, __str__ and __hash__ come with any list. Absent: none of them.
   */
  readonly dunders?: readonly string[];
  /** Absent for types whose values describe themselves (a PyNative, a class). */
  readonly repr?: (self: Self) => string;
  /** CPython's hash of a value; null for a mutable type, whose values are unhashable; absent: by identity. */
  readonly hash?: ((self: Self) => bigint) | null;
}

export class BuiltinType<Self = never> extends PyType {
  readonly module = 'builtins';
  readonly base: BuiltinType | null;
  readonly methods: ReadonlyMap<string, Method>;
  readonly props: ReadonlyMap<string, (self: Value) => Value>;
  readonly attrs: ReadonlyMap<string, Value>;
  readonly dunders: ReadonlySet<string> | null;
  readonly repr: ((self: Value) => string) | undefined;
  readonly hash: ((self: Value) => bigint) | null | undefined;
  constructor(decl: BuiltinTypeDecl<Self>) {
    super(decl.name, decl.construct, decl.test);
    this.base = decl.base ?? null;
    this.methods = new Map(Object.entries(decl.methods ?? {}) as [string, Method][]);
    this.props = new Map(Object.entries(decl.props ?? {}) as [string, (self: Value) => Value][]);
    this.attrs = new Map(Object.entries(decl.attrs ?? {}));
    this.dunders = decl.dunders === undefined ? null : new Set(decl.dunders);
    this.repr = decl.repr as ((self: Value) => string) | undefined;
    this.hash = decl.hash as ((self: Value) => bigint) | null | undefined;
  }

  /**
   * A method whose type lives above the runtime layer (`str.encode` and `int.to_bytes` return
   * bytes, which compile/bytes-object.ts defines): that module adds it here when it loads.
   */
  addMethod(name: string, method: Method): void {
    (this.methods as Map<string, Method>).set(name, method);
  }

  /** A class attribute from above the runtime layer, for the same reason (`int.from_bytes`). */
  addAttr(name: string, value: Value): void {
    (this.attrs as Map<string, Value>).set(name, value);
  }
}

/** `__add__` and `__radd__`, `__sub__` and `__rsub__`, ... for each operator named. */
function withReflected(names: readonly string[]): string[] {
  return names.flatMap((n) => [`__${n}__`, `__r${n}__`]);
}

/** + - * / // % ** in that order, each followed by its reflected form. */
export const ARITHMETIC_DUNDERS = withReflected(['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow']);
/** & | ^ << >> in that order, each followed by its reflected form. */
export const BITWISE_DUNDERS = withReflected(['and', 'or', 'xor', 'lshift', 'rshift']);
/** len(), `in` and iter(). */
export const CONTAINER_DUNDERS = ['__len__', '__contains__', '__iter__'];
