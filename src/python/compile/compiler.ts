/**
 * The compiler's shared state: which scope is being compiled, and the small algebra of
 * compiled pieces. An expression compiles to a plain closure `(frame) => value` when it
 * cannot suspend, and to a generator closure only when it contains `await` — so code that
 * never awaits (most of any program) runs without generator machinery.
 */
import type * as A from '../syntax/ast.ts';
import type { Yielded } from './frame.ts';
import type { Value } from '../runtime/values.ts';
import type { Frame, GenExpr, LiteralOf, SyncExpr } from './frame.ts';
import type { Scope, ScopeTable } from '../syntax/resolve/scope.ts';
import type { Realm } from '../runtime/realm.ts';

export interface CE {
  readonly s: SyncExpr | null;
  readonly g: GenExpr | null;
  /** Set when the value may come unchanged from a literal (see LiteralOf). */
  readonly lit?: LiteralOf;
  /** True when `lit` always gives the same span (the expression is itself a literal). */
  readonly litIsStatic?: boolean;
  /** For `await x` with a synchronous `x`: lets statements await without a generator when x is already done. */
  readonly awaitOf?: SyncExpr;
  /** With awaitOf: notes where an exception arose when a statement takes that fast path (error-position.ts). */
  readonly onError?: (thrown: unknown, f: Frame) => void;
}

export function syncE(s: SyncExpr, lit?: LiteralOf): CE {
  return lit ? { s, g: null, lit } : { s, g: null };
}

export function genE(g: GenExpr): CE {
  return { s: null, g };
}

export class Compiler {
  scope: Scope;
  /** Qualified-name prefix of the function or class being compiled ("Worker.run.<locals>."). */
  qualPrefix = '';
  /** Innermost enclosing class: `self.__x` inside it means `self._Class__x` (name mangling). */
  mangleClass: string | null = null;
  /** Compiling a def's worker-thread form (threaded.ts): every call may suspend the lane. */
  threaded = false;
  /** `from __future__ import annotations` was seen (at the top): class annotations stay text. */
  futureAnnotations = false;
  /** Inside a loop: break/continue are legal (the parser checked) — kept for nested function resets. */
  constructor(
    readonly table: ScopeTable,
    readonly filename: string,
    /** The run this code is compiled for: closures capture its builtins and budget from here. */
    readonly realm: Realm,
  ) {
    this.scope = table.module;
  }

  scopeOf(node: A.Node): Scope {
    const s = this.table.of.get(node);
    if (s === undefined) throw new Error(`internal: no scope for ${node.kind}`);
    return s;
  }

  /** A fresh frame slot for temporaries of the frame being compiled. */
  tempSlot(): number {
    return this.scope.frameOwner.slotCount++;
  }

  /** An attribute name as CPython stores it: private names are mangled with the class name. */
  attrName(name: string): string {
    const cls = this.mangleClass;
    if (cls === null || !name.startsWith('__') || name.endsWith('__')) return name;
    const stripped = cls.replace(/^_+/, '');
    return stripped === '' ? name : `_${stripped}${name}`;
  }

  withScope<T>(s: Scope, qualPrefix: string, f: () => T): T {
    const saved = this.scope;
    const savedQ = this.qualPrefix;
    this.scope = s;
    this.qualPrefix = qualPrefix;
    try {
      return f();
    } finally {
      this.scope = saved;
      this.qualPrefix = savedQ;
    }
  }
}

/**
 * Combine children into one expression. When every child is synchronous the result is
 * `build(children)` as is; otherwise the children run one by one (awaiting where they must)
 * into temporary frame slots, and `build` runs over readers of those slots.
 */
export function lift(c: Compiler, children: readonly CE[], build: (kids: SyncExpr[]) => SyncExpr): CE {
  if (children.every((k) => k.g === null)) return syncE(build(children.map((k) => k.s!)));
  const slots = children.map(() => c.tempSlot());
  const readers: SyncExpr[] = slots.map((slot) => (f: Frame) => f.vars[slot]);
  const combined = build(readers);
  const kids = children;
  return genE(function* (f: Frame): Generator<Yielded, Value, unknown> {
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      f.vars[slots[i]!] = k.g !== null ? yield* k.g(f) : k.s!(f);
    }
    return combined(f);
  });
}

/** Run a compiled expression from generator code. */
export function* run(ce: CE, f: Frame): Generator<Yielded, Value, unknown> {
  return ce.g !== null ? yield* ce.g(f) : ce.s!(f);
}
