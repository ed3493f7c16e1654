/**
 * The objects of `typing` and `collections.abc` that programs subscript at runtime
 * (`Optional[int]` in an alias or default, `class Box(Generic[T])`): each prints as CPython's
 * does. Taskline never evaluates annotations, so nothing here checks types.
 */
import { typeError } from '../../runtime/errors.ts';
import { GenericAlias, pep604Union, subscriptArgs, typeRepr, UnionType } from '../../runtime/generic-alias.ts';
import { PyNative } from '../../runtime/native.ts';
import { eq, is } from '../../runtime/ops.ts';
import { repr } from '../../runtime/repr.ts';
import { type InstanceCheck, type MroEntries } from '../../runtime/subclass-hooks.ts';
import { abcCheck } from './abc-checks.ts';
import { isInstance, noneType } from '../../runtime/builtin-types.ts';
import { interp } from '../../runtime/hooks.ts';
import { PyClass, PyList, PyTuple, type Value } from '../../runtime/values.ts';

/** How a form treats its subscript. */
export type FormKind =
  | 'generic' // List[int]: an alias of a collection type
  | 'union'
  | 'optional'
  | 'literal'
  | 'callable'
  | 'special' // ClassVar[int], Final[int], Type[int], Annotated[...]
  | 'bare' // Any, NoReturn: not subscriptable
  | 'generic-base' // Generic
  | 'protocol'; // Protocol

/** typing.ForwardRef: a type named by a string inside brackets (`Optional["Node"]`). */
export class ForwardRef extends PyNative {
  readonly pyTypeName = 'ForwardRef';
  constructor(readonly arg: string) {
    super();
  }
  pyRepr(): string {
    return `ForwardRef(${repr(this.arg)})`;
  }
  override pyEq(other: Value): boolean {
    return other instanceof ForwardRef && other.arg === this.arg;
  }
}

/** None inside a type's brackets stands for NoneType and a string for a ForwardRef, as typing converts them. */
function typeArg(v: Value): Value {
  if (typeof v === 'string') return new ForwardRef(v);
  return v === null ? noneType : v;
}

export class TypingForm extends PyNative implements MroEntries, InstanceCheck {
  readonly pyTypeName: string;
  constructor(
    /** `typing.List`, `collections.abc.Iterable`. */
    readonly qualName: string,
    readonly kind: FormKind,
    /** The runtime class an alias stands for (list for List), for get_origin and class bases. */
    readonly origin: Value = null,
    /** Printed as a class (`<class 'typing.Generic'>`) rather than by name. */
    private readonly isClass = false,
    /** Generic, Protocol, SupportsInt: the run's class a class statement puts in its bases. */
    readonly baseClass: PyClass | null = null,
  ) {
    super();
    this.pyTypeName = isClass ? 'ABCMeta' : kind === 'generic' || kind === 'callable' ? '_SpecialGenericAlias' : '_SpecialForm';
  }
  get shortName(): string {
    return this.qualName.slice(this.qualName.lastIndexOf('.') + 1);
  }
  pyRepr(): string {
    return this.isClass ? `<class '${this.qualName}'>` : this.qualName;
  }
  override pyGetItem(key: Value): Value {
    const args = subscriptArgs(key);
    switch (this.kind) {
      case 'bare':
        return typeError(`${this.qualName} is not subscriptable`);
      case 'union':
        return makeUnion(args);
      case 'optional':
        if (args.length !== 1) typeError(`${this.qualName} requires a single type. Got ${repr(new PyTuple(args))}.`);
        return makeUnion([args[0], null]);
      case 'literal':
        return new TypingAlias(this, args, args.map(repr));
      case 'callable': {
        if (args.length !== 2) typeError('Callable must be used as Callable[[arg, ...], result].');
        const [params, result] = args;
        // The parameter list is copied, converted: the program's own list stays as it was.
        const conv = params instanceof PyList ? new PyList(params.items.map(typeArg)) : params;
        const p = conv instanceof PyList ? `[${conv.items.map(typeRepr).join(', ')}]` : typeRepr(conv);
        return new TypingAlias(this, [conv, typeArg(result)], [p, typeRepr(typeArg(result))]);
      }
      default: {
        // Annotated's metadata after the type stays as given.
        const conv = this.qualName === 'typing.Annotated' ? args.map((a, i) => (i === 0 ? typeArg(a) : a)) : args.map(typeArg);
        return new TypingAlias(this, conv, conv.map(typeRepr));
      }
    }
  }
  /** `X | Y`: a typing.Union; Any is a class in 3.11, so `Any | None` is a types.UnionType. */
  pyTypingOr(other: Value, reflected: boolean): Value {
    if (this.qualName === 'typing.Any') return pep604Union(reflected ? other : this, reflected ? this : other, isTypingObject)!;
    return makeUnion(reflected ? [other, this] : [this, other]);
  }
  /** isinstance(x, Iterable) and isinstance(x, typing.List); other forms refuse, as in CPython. */
  pyInstanceCheck(v: Value): boolean {
    if (this.origin instanceof TypingForm) return this.origin.pyInstanceCheck(v);
    if (this.origin !== null) return isInstance(v, this.origin);
    const check = this.isClass ? abcCheck(this.shortName) : undefined;
    if (check !== undefined) return check(v);
    if (this.kind === 'generic-base' && this.baseClass !== null) return isInstance(v, this.baseClass);
    if (this.kind === 'protocol') return typeError('Instance and class checks can only be used with @runtime_checkable protocols');
    return typeError(`${this.qualName} cannot be used with isinstance()`);
  }
  pyMroEntries(ns: Map<string, Value>): Value[] {
    if (this.kind === 'generic-base') typeError('Cannot inherit from plain Generic');
    if (this.kind === 'protocol') return this.baseClass !== null ? [this.baseClass] : [];
    // typing.List as a base stands for list; the abc classes are mixins Taskline leaves out.
    if (this.kind === 'generic' && this.origin !== null && !(this.origin instanceof TypingForm)) return [this.origin];
    void ns;
    return [];
  }
}

/** `List[int]`, `Optional[str]`: a subscripted form. */
export class TypingAlias extends PyNative implements MroEntries, InstanceCheck {
  readonly pyTypeName = '_GenericAlias';
  constructor(
    readonly form: TypingForm,
    readonly args: readonly Value[],
    private readonly argTexts: readonly string[],
  ) {
    super();
  }
  pyRepr(): string {
    const f = this.form;
    if (f.kind === 'union') {
      const none = this.args.findIndex((a) => a === noneType);
      if (this.args.length === 2 && none >= 0) return `typing.Optional[${this.argTexts[1 - none]}]`;
      return `typing.Union[${this.argTexts.join(', ')}]`;
    }
    const name = f.qualName.startsWith('collections.abc.') ? f.qualName : f.qualName;
    return `${name}[${this.argTexts.join(', ')}]`;
  }
  override pyEq(other: Value): boolean {
    return other instanceof TypingAlias && other.form === this.form && other.args.length === this.args.length && other.args.every((a, i) => eq(a, this.args[i]));
  }
  pyInstanceCheck(): boolean {
    return typeError('Subscripted generics cannot be used with class and instance checks');
  }
  pyTypingOr(other: Value, reflected: boolean): Value {
    return makeUnion(reflected ? [other, this] : [this, other]);
  }
  /** List[int]() refuses as CPython's does; Deque[int]() and the like make the collection. */
  override pyCall(args: Value[], kwargs: Map<string, Value> | null): Value {
    const origin = this.form.origin;
    const k = this.form.kind;
    if (k === 'generic' && origin !== null && !(origin instanceof TypingForm) && !['List', 'Dict', 'Set', 'Tuple', 'FrozenSet', 'Type'].includes(this.form.shortName)) {
      return interp.call(origin, args, kwargs);
    }
    if (k === 'generic' && origin !== null && !(origin instanceof TypingForm)) {
      return typeError(`Type ${this.form.shortName} cannot be instantiated; use ${typeRepr(origin)}() instead`);
    }
    return typeError(`Cannot instantiate ${k === 'union' ? 'typing.Union' : this.pyRepr()}`);
  }
  pyMroEntries(ns: Map<string, Value>): Value[] {
    const k = this.form.kind;
    if (k === 'generic-base' || k === 'protocol') {
      // A Generic class can itself be subscripted (Box[int]): genericAlias looks for this.
      ns.set('__parameters__', new PyTuple(this.args));
      return this.form.baseClass !== null ? [this.form.baseClass] : [];
    }
    return this.form.pyMroEntries(ns);
  }
}

const unionForm = new TypingForm('typing.Union', 'union');
export { unionForm };

/** Union[...]: nested unions flattened, None as NoneType, duplicates dropped; one type is itself. */
export function makeUnion(args: readonly Value[]): Value {
  const flat: Value[] = [];
  const add = (a: Value): void => {
    if (a instanceof TypingAlias && a.form.kind === 'union') a.args.forEach(add);
    else if (a instanceof UnionType) a.args.forEach(add);
    else {
      const t = typeArg(a);
      if (!flat.some((x) => is(x, t) || eq(x, t))) flat.push(t);
    }
  };
  args.forEach(add);
  if (flat.length === 1) return flat[0];
  return new TypingAlias(unionForm, flat, flat.map(typeRepr));
}

/** typing.TypeVar('T'), ParamSpec('P'): printed `~T` (`+T` covariant, `-T` contravariant). */
export class TypeVarObj extends PyNative {
  readonly pyTypeName = 'TypeVar';
  constructor(
    readonly name: string,
    private readonly variance: '~' | '+' | '-',
  ) {
    super();
  }
  pyRepr(): string {
    return `${this.variance}${this.name}`;
  }
  pyTypingOr(other: Value, reflected: boolean): Value {
    return makeUnion(reflected ? [other, this] : [this, other]);
  }
}

function isTypingObject(v: Value): boolean {
  return v instanceof TypingForm || v instanceof TypingAlias || v instanceof TypeVarObj;
}

/** get_origin / get_args. */
export function originOf(v: Value): Value {
  if (v instanceof TypingAlias) return v.form.kind === 'union' ? unionForm : (v.form.origin ?? v.form);
  if (v instanceof GenericAlias) return v.origin;
  return null;
}

export function argsOf(v: Value): PyTuple {
  if (v instanceof TypingAlias) {
    if (v.form.kind === 'callable' && v.args[0] instanceof PyList) return new PyTuple([new PyList(v.args[0].items.slice()), v.args[1]]);
    return new PyTuple(v.args);
  }
  if (v instanceof GenericAlias) return new PyTuple(v.args);
  return new PyTuple([]);
}
