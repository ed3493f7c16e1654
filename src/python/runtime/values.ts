/**
 * How Python values are represented in JS.
 *
 *   int → number while |n| < 2**53, bigint beyond (format/int-arith.ts keeps one form per value)
 *   float → PyFloat (boxed, so 3 and 3.0 stay apart)
 *   bool → boolean   None → null        str → string      list → PyList
 *   tuple → PyTuple  dict → PyDict      set → PySet
 *   exceptions → PyException (engine)  exception classes → ExcClass (engine) or PyClass
 *   Task/Future/Lock/... → the engine's own objects, with methods bound in asyncio-module.ts
 *
 * Plain numbers for ints keep the hot path (loop counters, indexes, sums) free of allocation.
 */
import { pyErr, RuntimeError, type ExcClass, type PyException } from '../../engine/exceptions.ts';
import type { Coro } from '../../engine/coroutine.ts';
import type { SourceSpan } from '../../trace/format.ts';
import type { RunningFrame } from './running-frame.ts';
import { currentRealm } from './realm.ts';

// `unknown` in signatures: a Python value is anything listed above.
export type Value = unknown;

export class PyFloat {
  constructor(readonly v: number) {}
}

export class PyList {
  constructor(public items: Value[]) {}
}

export class PyTuple {
  constructor(readonly items: readonly Value[]) {}
}

export const EMPTY_TUPLE = new PyTuple([]);

/** Dict keys are normalised (see keyOf) so 1, 1.0 and True find the same entry, as in Python. */
export class PyDict {
  readonly map = new Map<unknown, { k: Value; v: Value }>();
}

export class PySet {
  readonly map = new Map<unknown, Value>();
}

/** A closure cell: a variable shared between a function and the functions defined inside it. */
export class Cell {
  constructor(public v: Value) {}
}

export class PyModule {
  constructor(
    readonly name: string,
    readonly dict: Map<string, Value>,
  ) {}
}

/** A builtin callable. `kwargs` is null when the call had no keyword arguments. */
export type NativeFn = (args: Value[], kwargs: Map<string, Value> | null, call: CallSite) => Value;

/** Where a call happens: the interpreter passes it so builtins can record source locations. */
export interface CallSite {
  readonly span: SourceSpan | undefined;
  /** For each positional argument: the literal its value came from unchanged, if known. */
  readonly argLiterals?: readonly (SourceSpan | undefined)[];
  /** The same for keyword arguments. */
  readonly kwLiterals?: ReadonlyMap<string, SourceSpan | undefined>;
  /**
   * Set for a call inside a comprehension, which runs in its function's frame here but in a
   * frame of its own in CPython: the name that frame has (`<listcomp>`), for logging's funcName.
   */
  readonly codeName?: string;
}

export const NO_CALL_SITE: CallSite = { span: undefined };

export class PyBuiltin {
  constructor(
    readonly name: string,
    readonly fn: NativeFn,
    /** `self` for a builtin method bound to an object ("<built-in method append of list object>"). */
    readonly self: Value = undefined,
  ) {}
}

/**
 * What a class does where CPython asks its metaclass: `len(Color)`, `for c in Color`,
 * `Color['RED']`, `Color(1)`, `x in Color`, repr, and the work done when a subclass is made.
 * Metaclasses themselves stay outside the subset; the library's own (enum's EnumType, abc's
 * ABCMeta) are written against this protocol, and subclasses inherit it from their bases.
 */
export interface ClassProtocol {
  /** The namespace a subclass's body runs in (the metaclass __prepare__), given the bases. */
  prepare?(bases: readonly Value[]): Map<string, Value>;
  /** Runs once the subclass exists (the metaclass __new__'s work), before __set_name__. */
  created?(cls: PyClass): void;
  iter?(cls: PyClass): Iterable<Value>;
  len?(cls: PyClass): number;
  contains?(cls: PyClass, v: Value): boolean;
  getItem?(cls: PyClass, key: Value): Value;
  /** Replaces instantiation: `Color(1)` looks a member up. */
  call?(cls: PyClass, args: Value[], kwargs: Map<string, Value> | null, site: CallSite): Value;
  repr?(cls: PyClass): string;
  /** `cls.name` that the class and its bases lack (EnumType.__getattr__); undefined for the default error. */
  missingAttr?(cls: PyClass, name: string): Value | undefined;
  /** `del cls.name`; return false to let the default delete it. */
  delattr?(cls: PyClass, name: string): boolean;
  /** `cls.name = v`; return false to let the default store it. */
  setattr?(cls: PyClass, name: string, v: Value): boolean;
  /** `class X(int, Enum)`: the builtin base this protocol stands in for (recorded as `__enum_mixin__`). */
  readonly mixesIn?: readonly string[];
  /** What `type(cls)` gives: the metaclass object (enum.EnumType, abc.ABCMeta). */
  metaclass?: unknown;
  /** Runs before an instance is made (abc refuses abstract classes here). */
  instantiate?(cls: PyClass): void;
}

/** A user-defined class. Exception subclasses are classes too, and serve as the engine's ExcClass. */
export class PyClass implements ExcClass {
  /** `__main__` for the program's classes; library classes (dataclasses, enum) name their module. */
  module = '__main__';
  mro: (PyClass | ExcClass)[] = [];
  /** The metaclass-like protocol this class follows, inherited from its bases. */
  meta: ClassProtocol | null = null;
  /** With `__slots__` all the way up: the attribute names instances may have (no `__dict__`). */
  slots: ReadonlySet<string> | null = null;
  /** Slot names declared by this class or its bases, hidden from an instance's `__dict__`. */
  slotNames: ReadonlySet<string> | null = null;
  /** Set when this class's own dict holds a data descriptor (a property...): instance lookups then check it first. */
  hasDataDescriptor = false;
  /** The classes made with this one as a direct base, in creation order (`__subclasses__()`). */
  readonly subclasses: PyClass[] = [];
  constructor(
    readonly name: string,
    readonly bases: readonly (PyClass | ExcClass)[],
    readonly dict: Map<string, Value>,
    /** The nearest builtin exception class among the bases, or null for plain classes. */
    readonly excBase: ExcClass | null,
  ) {
    for (const b of bases) if (b instanceof PyClass && !b.subclasses.includes(this)) b.subclasses.push(this);
  }
}

export class PyInstance {
  readonly dict = new Map<string, Value>();
  constructor(readonly cls: PyClass) {}
}

export class BoundMethod {
  constructor(
    readonly self: Value,
    readonly fn: Value,
  ) {}
}

/** A builtin type object (int, str, list, ...): callable, and usable with isinstance. */
export class PyType {
  constructor(
    readonly name: string,
    readonly call: NativeFn,
    readonly test: (v: Value) => boolean,
  ) {}
}

/** What a coroutine's repr needs of its frame (compile/frame.ts's Frame has these). */
export interface CoroFrame extends RunningFrame {
  readonly code: { readonly name: string; readonly qualName: string; readonly filename: string; readonly line: number };
  /** The line being run or awaited; 0 before the first step. */
  readonly line: number;
  /** `name(args)` from the frame's locals, for the trace's row labels (see runtime/call-text.ts). */
  callText?(name: string): string;
}

/**
 * A coroutine object: what calling an `async def` function returns. It is the engine's Coro
 * (a generator) plus what Python shows of it; it can be awaited once.
 */
export class PyCoroutine implements Coro<Value> {
  started = false;
  /** `__qualname__`, from the function when it was called (functools.wraps may have renamed it). */
  qualName: string | null = null;
  /** Awaited, or handed to a task: a second `await` is an error, as in CPython. */
  awaited = false;
  /** Thrown away by a bare expression statement (`work()` without await): freed at once. */
  discarded = false;
  /** Closed by the garbage collector at exit while its task was still pending (pending-at-exit.ts). */
  finalized = false;
  /** Returned or raised: sending into it again is CPython's "cannot reuse" error. */
  private finished = false;
  constructor(
    private readonly gen: Generator<unknown, Value, unknown>,
    readonly coroName: string,
    readonly call: SourceSpan | undefined,
    /** The frame an `async def` runs in: a task's repr shows its qualname and current line. */
    readonly frame: CoroFrame | null = null,
  ) {}
  /** The call as text for the trace's row labels (read by the engine's Task when it is created). */
  get coroCall(): string | undefined {
    return this.frame?.callText?.(this.coroName);
  }
  next(v?: unknown): IteratorResult<never, Value> {
    if (!this.started) this.start();
    // A task made from a coroutine that already ran to its end (asyncio.run(coro) twice).
    if (this.finished) throw pyErr(RuntimeError, 'cannot reuse already awaited coroutine');
    const prev = this.enter();
    let done = true;
    try {
      const r = this.gen.next(v) as IteratorResult<never, Value>;
      done = r.done === true;
      return r;
    } finally {
      if (done) this.finished = true;
      this.leave(prev);
    }
  }
  throw(e: unknown): IteratorResult<never, Value> {
    if (!this.started) this.start();
    const prev = this.enter();
    try {
      return this.gen.throw(e) as IteratorResult<never, Value>;
    } finally {
      this.leave(prev);
    }
  }
  /**
   * A step runs in this coroutine's frame, called from whichever frame resumed it. One of
   * asyncio's own coroutines (no frame) leaves the running frame as it is: whatever runs
   * inside it puts back what it changed.
   */
  private enter(): RunningFrame | null {
    if (this.frame === null) return null;
    const prev = currentRealm.runningFrame;
    this.frame.caller = prev;
    currentRealm.runningFrame = this.frame;
    return prev;
  }
  /** A suspended coroutine has no caller (CPython's f_back), so the link keeps nothing alive. */
  private leave(prev: RunningFrame | null): void {
    if (this.frame === null) return;
    this.frame.caller = null;
    currentRealm.runningFrame = prev;
  }
  return(v: Value): IteratorResult<never, Value> {
    return this.gen.return(v) as IteratorResult<never, Value>;
  }
  private start(): void {
    this.started = true;
  }
  [Symbol.iterator](): this {
    return this;
  }
  [Symbol.dispose](): void {}
}

export type { PyException };
