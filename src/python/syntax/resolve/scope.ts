/**
 * The scope table the resolver (./resolve.ts) builds and the compiler reads: for each function,
 * class, comprehension and the module, where each name lives — a local slot in its function's
 * frame, a closure cell shared with inner functions, the class namespace, or the module's
 * globals — so that the compiled code reads variables by index.
 *
 * Comprehensions get their own names (as in Python 3) but no frame of their own: their
 * variables take hidden slots in the enclosing frame, as CPython 3.12 inlines them.
 */
import type * as A from '../ast.ts';

export type ScopeKind = 'module' | 'function' | 'class' | 'comprehension';

/** A local whose name is also captured by an inner function is a cell: see `Scope.cells`. */
export type Resolved =
  | { readonly where: 'local'; readonly slot: number }
  | { readonly where: 'free'; readonly index: number }
  | { readonly where: 'global' }
  | { readonly where: 'class' }; // class body namespace, falling back to globals

/**
 * CPython's symbol flags, kept per name so the resolver can raise CPython's scope errors (a
 * `global` after a use, a `nonlocal` with no binding) with CPython's conditions.
 */
export const Sym = {
  Global: 1,
  Nonlocal: 2,
  Local: 4,
  Param: 8,
  Use: 16,
  Annot: 32,
  Import: 64,
  /** A comprehension's iteration variable, which a walrus inside it may not rebind. */
  CompIter: 128,
} as const;

export class Scope {
  /** Symbol flags by name, in the order the names first appear in the scope (CPython checks them in that order). */
  readonly flags = new Map<string, number>();
  /** The first global / nonlocal declaration of each name, where errors about the name point. */
  readonly directives = new Map<string, A.SourceSpan>();
  /** Names the compiled code binds here (a walrus in a comprehension binds in the enclosing function). */
  readonly bound = new Set<string>();
  readonly globalDecl = new Set<string>();
  readonly nonlocalDecl = new Set<string>();
  /** Names the compiled code reads here (annotations it never evaluates are not reads). */
  readonly used = new Set<string>();
  readonly children: Scope[] = [];
  /** For function-like scopes: slot of each local (params first, in order). */
  readonly slots = new Map<string, number>();
  readonly cells = new Set<string>();
  /** Free variables (captured from enclosing functions), in closure order. */
  readonly freeVars: string[] = [];
  private readonly resolved = new Map<string, Resolved>();

  constructor(
    readonly kind: ScopeKind,
    readonly parent: Scope | null,
    readonly node: A.Node,
    /** The function/module whose frame holds this scope's locals (itself, or for comprehensions the enclosing one). */
    frameOwnerOverride: Scope | null = null,
  ) {
    this.frameOwner = frameOwnerOverride ?? this;
    parent?.children.push(this);
  }

  readonly frameOwner: Scope;
  /** A function whose body contains `yield`: calling it makes a generator (or async generator). */
  isGenerator = false;
  /** Locals that own the generator they hold (owned-generators.ts), for function scopes. */
  ownedGenerators: ReadonlySet<string> | null = null;
  /** Number of slots the frame needs (owner scopes only). */
  slotCount = 0;

  resolve(name: string): Resolved {
    const r = this.resolved.get(name);
    if (r !== undefined) return r;
    // A lambda inside a comprehension may close over a name the comprehension itself never
    // reads: the comprehension holds no cells of its own for it, so its enclosing scope's apply.
    if (this.kind === 'comprehension' && this.parent !== null) return this.parent.resolve(name);
    throw new Error(`internal: name '${name}' was not resolved in ${this.kind} scope`);
  }

  /**
   * Whether the local slot `name` resolves to holds a cell. A comprehension reads its enclosing
   * function's locals through that function's slots, so the owner of the name decides.
   */
  isCell(name: string): boolean {
    let s: Scope = this;
    while (s.kind === 'comprehension' && !s.slots.has(name) && s.parent !== null) s = s.parent;
    return s.cells.has(name);
  }

  /**
   * Where an inner function's closure takes the cell for `name` from. A class body that binds
   * the name itself still passes the enclosing function's cell through to its methods.
   */
  closureCell(name: string): Resolved {
    const i = this.kind === 'class' ? this.freeVars.indexOf(name) : -1;
    return i >= 0 ? { where: 'free', index: i } : this.resolve(name);
  }

  setResolved(name: string, r: Resolved): void {
    this.resolved.set(name, r);
  }

  hasResolved(name: string): boolean {
    return this.resolved.has(name);
  }

  get isFunctionLike(): boolean {
    return this.kind === 'function';
  }
}

export interface ScopeTable {
  readonly module: Scope;
  /** Scope of each FunctionDef / AsyncFunctionDef / Lambda / ClassDef / comprehension node. */
  readonly of: Map<A.Node, Scope>;
}
