/**
 * A Python type whose values are objects of a TypeScript class (the engine's Task, Lock,
 * Queue, Handle; the asyncio module's loop and Runner; a library's Logger): its one
 * declaration gives its name, module, base, methods, properties, repr and hash. type(),
 * isinstance, issubclass, attribute lookup, method calls and repr() all read it, found by the
 * object's class, so the engine's objects carry nothing Python-specific of their own.
 */
import { typeError } from '../errors.ts';
import type { Method } from '../method.ts';
import { NativeType } from '../native.ts';
import { typeName } from '../types.ts';
import { PyMethodDescriptor } from '../method-descriptor.ts';
import { type CallSite, type NativeFn, type Value } from '../values.ts';

type Class<Self> = abstract new (...args: never[]) => Self;

/** What attribute lookup and method calls need of an object's class. */
export interface ObjectBinding {
  readonly methods: ReadonlyMap<string, Method>;
  readonly props?: ReadonlyMap<string, (self: never) => Value>;
  /** The object's own attributes (CPython's instance __dict__), read after methods and props, and set by `obj.x = v`. */
  readonly dict?: (self: never) => Map<string, Value>;
  /** Attributes a program may assign (`loop.slow_callback_duration = 0.25`). */
  readonly setters?: ReadonlyMap<string, (self: never, v: Value) => void>;
  /** The Python type of the class's objects; absent for a binding that only lends methods. */
  readonly type?: EngineType;
}

/** A method of a declared type: `self` first, then the call's arguments. */
export type EngineMethod<Self> = (self: Self, args: Value[], kwargs: Map<string, Value> | null, site?: CallSite) => Value;

export interface EngineTypeDecl<Self> {
  /** The class whose objects (and whose subclasses' objects, unless declared too) are of this type; absent for an abstract base (AbstractEventLoop). */
  readonly cls?: Class<Self>;
  readonly name: string;
  /** Where CPython defines it: `_asyncio`, `asyncio.locks`, ... */
  readonly module: string;
  /** The types it subclasses, in the class statement's order (Task is a Future); absent means object. */
  readonly bases?: readonly EngineType[];
  /** `T(...)`; absent: the type cannot be instantiated from Python. */
  readonly construct?: NativeFn;
  readonly methods?: readonly (readonly [string, EngineMethod<NoInfer<Self>>])[];
  readonly props?: readonly (readonly [string, (self: NoInfer<Self>) => Value])[];
  readonly dict?: (self: NoInfer<Self>) => Map<string, Value>;
  readonly setters?: readonly (readonly [string, (self: NoInfer<Self>, v: Value) => void])[];
  /** repr(x); absent: `<module.name object at 0x...>`. */
  readonly repr?: (self: NoInfer<Self>) => string;
  /** str(x) when it differs from repr(x). */
  readonly str?: (self: NoInfer<Self>) => string;
  /** CPython's hash of a value; null for an unhashable type; absent: by identity. */
  readonly hash?: ((self: NoInfer<Self>) => bigint) | null;
}

export class EngineType<Self = never> extends NativeType implements ObjectBinding {
  readonly bases: readonly EngineType[];
  /** The type and its ancestors in CPython's method resolution order, without the final object. */
  readonly mro: readonly EngineType[];
  readonly methods: ReadonlyMap<string, Method>;
  readonly props: ReadonlyMap<string, (self: never) => Value>;
  readonly dict: ((self: never) => Map<string, Value>) | undefined;
  readonly setters: ReadonlyMap<string, (self: never, v: Value) => void>;
  readonly repr: ((self: never) => string) | undefined;
  readonly str: ((self: never) => string) | undefined;
  readonly hash: ((self: never) => bigint) | null | undefined;
  get type(): EngineType {
    return this as EngineType;
  }

  constructor(decl: EngineTypeDecl<Self>) {
    const cls = decl.cls;
    const construct = decl.construct ?? (() => cannotCreate(decl.module, decl.name));
    // isinstance: by class where there is one (the quick answer), else by the declared bases.
    const declared = (v: Value): boolean => engineTypeOf(v)?.isSubtypeOf(this as EngineType) === true;
    super(decl.name, decl.module, construct, cls !== undefined ? (v) => v instanceof cls || declared(v) : declared);
    this.bases = decl.bases ?? [];
    this.mro = [this as EngineType, ...c3Merge(this.bases.map((b) => [...b.mro]).concat([[...this.bases]]), decl.name)];
    // What the type does not declare itself it has from its bases, nearest first in MRO order.
    const inherited = this.mro.slice(1).reverse();
    this.methods = new Map([...inherited.flatMap((b) => [...b.methods]), ...((decl.methods ?? []) as readonly (readonly [string, Method])[])]);
    this.props = new Map([...inherited.flatMap((b) => [...b.props]), ...((decl.props ?? []) as readonly (readonly [string, (self: never) => Value])[])]);
    this.setters = new Map([...inherited.flatMap((b) => [...b.setters]), ...((decl.setters ?? []) as readonly (readonly [string, (self: never, v: Value) => void])[])]);
    const fromBases = <K extends 'dict' | 'repr' | 'str' | 'hash'>(key: K): EngineType[K] | undefined => this.mro.slice(1).find((b) => b[key] !== undefined)?.[key];
    this.dict = (decl.dict as ((self: never) => Map<string, Value>) | undefined) ?? fromBases('dict');
    this.repr = (decl.repr as ((self: never) => string) | undefined) ?? fromBases('repr');
    this.str = (decl.str as ((self: never) => string) | undefined) ?? fromBases('str');
    this.hash = decl.hash !== undefined ? (decl.hash as ((self: never) => bigint) | null) : fromBases('hash');
  }

  /** issubclass(this, t): by identity, along the declared bases. */
  isSubtypeOf(t: EngineType): boolean {
    return this.mro.includes(t);
  }

  /** `T.method`: the method as the type holds it (`asyncio.Future.done(f)`). */
  override typeAttr(name: string): Value | undefined {
    const own = super.typeAttr(name);
    if (own !== undefined) return own;
    const m = this.methods.get(name);
    return m === undefined ? undefined : unboundMethod(this as EngineType, name, m);
  }
}

/** C3 linearization of the bases' MROs (object left out), as CPython orders a class's ancestors. */
function c3Merge(seqs: EngineType[][], name: string): EngineType[] {
  const out: EngineType[] = [];
  for (;;) {
    const live = seqs.filter((q) => q.length > 0);
    if (live.length === 0) return out;
    const head = live.map((q) => q[0]!).find((h) => !live.some((q) => q.indexOf(h) > 0));
    if (head === undefined) throw new Error(`internal: no consistent MRO for ${name}`);
    out.push(head);
    for (const q of live) if (q[0] === head) q.shift();
    seqs = live;
  }
}

function cannotCreate(module: string, name: string): never {
  return typeError(`cannot create '${module}.${name}' instances`);
}

function unboundMethod(t: EngineType, name: string, m: Method): PyMethodDescriptor {
  const owner = t.module === 'builtins' ? t.name : `${t.module}.${t.name}`;
  return new PyMethodDescriptor(name, owner, (args, kwargs, site) => {
    const self = args[0];
    if (args.length === 0) typeError(`unbound method ${owner}.${name}() needs an argument`);
    if (!t.test(self!)) typeError(`descriptor '${name}' for '${owner}' objects doesn't apply to a '${typeName(self!)}' object`);
    return m(self as never, args.slice(1), kwargs, site);
  });
}

// ---- the table, by class ---------------------------------------------------------------------

const byClass = new Map<unknown, ObjectBinding>();
/** bindingOf's answers by prototype (null: none), so a lookup is one map read after the first. */
const byPrototype = new Map<object, ObjectBinding | null>();

/** Declares the Python type of `decl.cls`'s objects: once per type, beside its methods. */
export function declareEngineType<Self>(decl: EngineTypeDecl<Self>): EngineType<Self> {
  const t = new EngineType(decl);
  if (decl.cls !== undefined) {
    if (byClass.has(decl.cls)) throw new Error(`internal: ${decl.cls.name} is declared twice`);
    bind(decl.cls, t as EngineType);
  }
  return t;
}

/** Methods and properties for a class whose Python type is described elsewhere (a PyNative's). */
export function registerBinding(cls: Class<unknown>, b: ObjectBinding): void {
  bind(cls, b);
}

/** Caches elsewhere of what bindingOf answers, emptied when a class gets a binding. */
const rebindListeners: (() => void)[] = [];
export function onRebind(listener: () => void): void {
  rebindListeners.push(listener);
}

function bind(cls: Class<unknown>, b: ObjectBinding): void {
  byClass.set(cls, b);
  byPrototype.clear();
  for (const l of rebindListeners) l();
}

/** The binding of `obj`'s class or its nearest declared superclass. */
export function bindingOf(obj: object): ObjectBinding | undefined {
  const proto = Object.getPrototypeOf(obj) as object | null;
  if (proto === null) return undefined;
  let b = byPrototype.get(proto);
  if (b === undefined) {
    b = null;
    for (let p: object | null = proto; p !== null; p = Object.getPrototypeOf(p) as object | null) {
      const found = byClass.get((p as { constructor: unknown }).constructor);
      if (found !== undefined) {
        b = found;
        break;
      }
    }
    byPrototype.set(proto, b);
  }
  return b ?? undefined;
}

/** The declared type of an object, or undefined when its class has none. */
export function engineTypeOf(v: Value): EngineType | undefined {
  return typeof v === 'object' && v !== null ? bindingOf(v)?.type : undefined;
}
