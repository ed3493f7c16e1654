/**
 * Builtin objects that live outside the core value model (range, dict views, iterators).
 * Each describes itself, so repr/len/in/subscript/== can handle all of them with one
 * `instanceof PyNative` check instead of learning every class.
 */
import { PyBuiltin, PyType, type CallSite, type PyClass, type NativeFn, type Value } from './values.ts';

export abstract class PyNative {
  /** The Python type name: `range`, `dict_keys`, `list_iterator`, ... */
  abstract readonly pyTypeName: string;
  abstract pyRepr(): string;
  /** str(x); absent means repr. */
  pyStr?(): string;
  /** format(x, spec) and f-strings; absent means only the empty spec is allowed. */
  pyFormat?(spec: string): string;
  /** bool(x) for a type with its own truth (a zero timedelta is false); absent means len or true. */
  pyBool?(): boolean;
  /** len(x); absent when the type has no len(). */
  pyLen?(): number;
  /** `v in x`; absent means: compare against each item of the iteration. */
  pyContains?(v: Value): boolean;
  /** x[key] for an int key; absent means not subscriptable. */
  pyGetItem?(key: Value): Value;
  /** x == other; absent means identity. */
  pyEq?(other: Value): boolean;
  /** iter(x); absent means not iterable. */
  pyIter?(): Iterable<Value>;
  /** `x op other` (or `other op x` when `reflected`); undefined is NotImplemented. */
  pyBinop?(op: string, other: Value, reflected: boolean): Value | undefined;
  /** `x op= other` changing x in place (a bytearray's `+=`); absent or undefined: the plain operator. */
  pyInplace?(op: string, other: Value): Value | undefined;
  /** Sign of x compared with other (<0, 0, >0) for ordering; undefined is NotImplemented. */
  pyCompare?(other: Value): number | undefined;
  /** `-x`, `+x`, `abs(x)` (op '-', '+', 'abs'); undefined when the type has no such operator. */
  pyUnary?(op: string): Value | undefined;
  /** The dict/set key of a hashable value object (equal values give equal keys). */
  pyKey?(): unknown;
  /** The type object `type(x)` returns, when it is a NativeType. */
  pyType?(): PyType;
  /** x(...); absent means not callable (contextlib's managers are, as decorators). */
  pyCall?(args: Value[], kwargs: Map<string, Value> | null, site: CallSite): Value;
  /**
   * Looked up on a class through an instance, it binds as a method (as a Python function does).
   * Declared only: a field without an initializer would still be defined on every instance.
   */
  declare readonly pyBindsAsMethod?: boolean;
  /** x[key] = value; absent means no item assignment. */
  pySetItem?(key: Value, value: Value): void;
  /** del x[key]; absent means no item deletion. */
  pyDelItem?(key: Value): void;
  /** reversed(x); absent means not reversible. */
  pyReversed?(): Iterable<Value>;
}

/**
 * A type object of a library module (datetime.datetime, logging.Logger, collections.deque, a
 * namedtuple class): callable, usable with isinstance, printed with its module
 * (`<class 'collections.deque'>`), and with class attributes (`datetime.now`, `_fields`).
 */
export class NativeType extends PyType {
  readonly attrs = new Map<string, Value>();
  /** The Python class a program's `class X(ThisType)` inherits from, for types that allow it. */
  subclassBase: PyClass | null = null;
  /** The builtin type it subclasses (Counter is a dict, a namedtuple a tuple), for issubclass; null: object. */
  base: PyType | null = null;
  constructor(
    name: string,
    readonly module: string,
    call: NativeFn,
    test: (v: Value) => boolean,
  ) {
    super(name, call, test);
  }
  /** `T.name` beyond __name__ and __module__; undefined when the type has no such attribute. */
  typeAttr(name: string): Value | undefined {
    return this.attrs.get(name);
  }
}

/**
 * A builtin function stored in a class's dict that binds like a method: `obj.m(...)` passes
 * `obj` first (the methods of a subclassable stdlib class such as logging.Handler).
 */
export class MethodBuiltin extends PyBuiltin {}
