/**
 * The syntax tree of the Python subset. Node names and fields follow CPython's `ast` module so a
 * reader can hold the two side by side; where CPython's shape is awkward to walk (argument
 * defaults aligned from the right, elif as a nested If) we keep CPython's shape only when it
 * costs the interpreter nothing, and say so on the node.
 *
 * Every node carries `span`: 0-based character offsets [from, to) into the source, plus the
 * 1-based line and 0-based column of its start.
 */
import type { SourceSpan } from '../../trace/format';

export type { SourceSpan };

/** Whether a Name/Attribute/Subscript/Tuple/List/Starred is read, assigned or deleted. */
export type ExprContext = 'load' | 'store' | 'del';

export type BinOperator = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '@' | '<<' | '>>' | '&' | '|' | '^';
export type UnaryOperator = 'not' | '-' | '+' | '~';
export type BoolOperator = 'and' | 'or';
export type CmpOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not in' | 'is' | 'is not';

// ---------------------------------------------------------------------------------------------
// Expressions

/**
 * A literal int, float, str, bytes (a Uint8Array), bool or None. Ints and floats are both JS
 * numbers; `isFloat` tells them apart (`1` vs `1.0`).
 */
export interface Constant {
  readonly kind: 'Constant';
  readonly value: number | bigint | string | Uint8Array | boolean | null;
  readonly isFloat: boolean;
  readonly span: SourceSpan;
}

/** `...` */
export interface EllipsisLit {
  readonly kind: 'Ellipsis';
  readonly span: SourceSpan;
}

export interface Name {
  readonly kind: 'Name';
  readonly id: string;
  readonly ctx: ExprContext;
  readonly span: SourceSpan;
}

export interface Attribute {
  readonly kind: 'Attribute';
  readonly value: Expr;
  readonly attr: string;
  /** The span of the attribute name after the dot. */
  readonly attrSpan: SourceSpan;
  readonly ctx: ExprContext;
  readonly span: SourceSpan;
}

export interface Subscript {
  readonly kind: 'Subscript';
  readonly value: Expr;
  /** An expression, a Slice, or a Tuple whose elements may be Slices (`a[1:2, 3]`). */
  readonly slice: Expr;
  readonly ctx: ExprContext;
  readonly span: SourceSpan;
}

/** `lower:upper:step` inside a subscript; any part may be missing. */
export interface Slice {
  readonly kind: 'Slice';
  readonly lower: Expr | null;
  readonly upper: Expr | null;
  readonly step: Expr | null;
  readonly span: SourceSpan;
}

/** `name=value` in a call or class bases; `arg` is null for `**value`. */
export interface Keyword {
  readonly kind: 'keyword';
  readonly arg: string | null;
  readonly value: Expr;
  readonly span: SourceSpan;
}

export interface Call {
  readonly kind: 'Call';
  readonly func: Expr;
  /** Positional arguments in order; `*xs` appears as a Starred element. */
  readonly args: readonly Expr[];
  readonly keywords: readonly Keyword[];
  readonly span: SourceSpan;
}

export interface BinOp {
  readonly kind: 'BinOp';
  readonly left: Expr;
  readonly op: BinOperator;
  readonly right: Expr;
  readonly span: SourceSpan;
}

export interface UnaryOp {
  readonly kind: 'UnaryOp';
  readonly op: UnaryOperator;
  readonly operand: Expr;
  readonly span: SourceSpan;
}

/** `a and b and c` is one BoolOp with three values, as in CPython. */
export interface BoolOp {
  readonly kind: 'BoolOp';
  readonly op: BoolOperator;
  readonly values: readonly Expr[];
  readonly span: SourceSpan;
}

/** `a < b <= c`: left = a, ops = ['<', '<='], comparators = [b, c]. */
export interface Compare {
  readonly kind: 'Compare';
  readonly left: Expr;
  readonly ops: readonly CmpOperator[];
  readonly comparators: readonly Expr[];
  readonly span: SourceSpan;
}

export interface IfExp {
  readonly kind: 'IfExp';
  readonly test: Expr;
  readonly body: Expr;
  readonly orelse: Expr;
  readonly span: SourceSpan;
}

export interface Lambda {
  readonly kind: 'Lambda';
  readonly args: Arguments;
  readonly body: Expr;
  readonly span: SourceSpan;
}

export interface Await {
  readonly kind: 'Await';
  readonly value: Expr;
  readonly span: SourceSpan;
}

/** `yield` / `yield from`: makes the enclosing function a generator. */
export interface Yield {
  readonly kind: 'Yield';
  readonly value: Expr | null;
  readonly isFrom: boolean;
  /** Written as `(yield …)`: then it is an atom, not a statement-level yield. */
  readonly parenthesized: boolean;
  readonly span: SourceSpan;
}

/** `name := value`. Inside a comprehension the name binds in the enclosing function (or module). */
export interface NamedExpr {
  readonly kind: 'NamedExpr';
  readonly target: string;
  readonly value: Expr;
  readonly span: SourceSpan;
}

export interface List {
  readonly kind: 'List';
  readonly elts: readonly Expr[];
  readonly ctx: ExprContext;
  readonly span: SourceSpan;
}

export interface Tuple {
  readonly kind: 'Tuple';
  readonly elts: readonly Expr[];
  readonly ctx: ExprContext;
  /** Written with its own parentheses: `(a, b)` rather than `a, b`. */
  readonly parenthesized: boolean;
  readonly span: SourceSpan;
}

export interface SetLit {
  readonly kind: 'Set';
  readonly elts: readonly Expr[];
  readonly span: SourceSpan;
}

/** `{k: v, **other}`: a null key marks a `**other` entry whose mapping is the matching value. */
export interface Dict {
  readonly kind: 'Dict';
  readonly keys: readonly (Expr | null)[];
  readonly values: readonly Expr[];
  readonly span: SourceSpan;
}

/** One `for target in iter if cond ...` clause of a comprehension. */
export interface Comprehension {
  readonly kind: 'comprehension';
  readonly target: Expr;
  readonly iter: Expr;
  readonly ifs: readonly Expr[];
  /** `async for` in a comprehension. */
  readonly isAsync: boolean;
  readonly span: SourceSpan;
}

export interface ListComp {
  readonly kind: 'ListComp';
  readonly elt: Expr;
  readonly generators: readonly Comprehension[];
  readonly span: SourceSpan;
}

export interface SetComp {
  readonly kind: 'SetComp';
  readonly elt: Expr;
  readonly generators: readonly Comprehension[];
  readonly span: SourceSpan;
}

/** `(x for x in y)`: Taskline evaluates it eagerly (there are no generators in the subset). */
export interface GeneratorExp {
  readonly kind: 'GeneratorExp';
  readonly elt: Expr;
  readonly generators: readonly Comprehension[];
  readonly span: SourceSpan;
}

export interface DictComp {
  readonly kind: 'DictComp';
  readonly key: Expr;
  readonly value: Expr;
  readonly generators: readonly Comprehension[];
  readonly span: SourceSpan;
}

/** `*value` in a call, a display, or an assignment target. */
export interface Starred {
  readonly kind: 'Starred';
  readonly value: Expr;
  readonly ctx: ExprContext;
  readonly span: SourceSpan;
}

/**
 * An f-string (or a concatenation that contains one). `values` are literal text (Constant with a
 * string value) and FormattedValues in order. The debug form `f"{x=}"` is expanded as CPython
 * does: a Constant holding the exact source text `x=` followed by a FormattedValue whose
 * conversion is 'r' unless the source gave a conversion or a format spec.
 */
export interface JoinedStr {
  readonly kind: 'JoinedStr';
  readonly values: readonly (Constant | FormattedValue)[];
  readonly span: SourceSpan;
}

export interface FormattedValue {
  readonly kind: 'FormattedValue';
  readonly value: Expr;
  readonly conversion: 'r' | 's' | 'a' | null;
  readonly formatSpec: JoinedStr | null;
  readonly span: SourceSpan;
}

export type Expr =
  | Constant
  | EllipsisLit
  | Name
  | Attribute
  | Subscript
  | Slice
  | Call
  | BinOp
  | UnaryOp
  | BoolOp
  | Compare
  | IfExp
  | Lambda
  | Await
  | Yield
  | NamedExpr
  | List
  | Tuple
  | SetLit
  | Dict
  | ListComp
  | SetComp
  | GeneratorExp
  | DictComp
  | Starred
  | JoinedStr
  | FormattedValue;

// ---------------------------------------------------------------------------------------------
// Function parameters

/** One parameter. */
export interface Arg {
  readonly kind: 'arg';
  readonly name: string;
  /** `x: int`: evaluated when the def runs, into the function's `__annotations__`. */
  readonly annotation?: Expr | null;
  /** The default value, for parameters that have one (`b=1`). */
  readonly default: Expr | null;
  /** Covers the name (and annotation), not the default. */
  readonly span: SourceSpan;
}

/**
 * `def f(a, /, b, c=1, *args, d, e=2, **kw)`. Unlike CPython's ast, each Arg carries its own
 * default, so the interpreter never has to align defaults from the right.
 */
export interface Arguments {
  readonly posonlyargs: readonly Arg[];
  readonly args: readonly Arg[];
  readonly vararg: Arg | null;
  readonly kwonlyargs: readonly Arg[];
  readonly kwarg: Arg | null;
}

// ---------------------------------------------------------------------------------------------
// Statements

export interface ExprStmt {
  readonly kind: 'Expr';
  readonly value: Expr;
  readonly span: SourceSpan;
}

/** `a = b = value`: targets in source order. Targets are Name, Attribute, Subscript, or Tuple/List/Starred of those. */
export interface Assign {
  readonly kind: 'Assign';
  readonly targets: readonly Expr[];
  readonly value: Expr;
  readonly span: SourceSpan;
}

export interface AugAssign {
  readonly kind: 'AugAssign';
  readonly target: Name | Attribute | Subscript;
  readonly op: BinOperator;
  readonly value: Expr;
  readonly span: SourceSpan;
}

/** `x: int = 1` (or just `x: int`). The annotation is kept but has no meaning in Taskline. */
export interface AnnAssign {
  readonly kind: 'AnnAssign';
  readonly target: Name | Attribute | Subscript;
  readonly annotation: Expr;
  readonly value: Expr | null;
  /** CPython's `simple`: the target is a bare name, not parenthesized (`(x): int` is not simple). */
  readonly simple: boolean;
  readonly span: SourceSpan;
}

export interface Return {
  readonly kind: 'Return';
  readonly value: Expr | null;
  readonly span: SourceSpan;
}

export interface Pass {
  readonly kind: 'Pass';
  readonly span: SourceSpan;
}

export interface Break {
  readonly kind: 'Break';
  readonly span: SourceSpan;
}

export interface Continue {
  readonly kind: 'Continue';
  readonly span: SourceSpan;
}

/** `elif` is an If alone in the `orelse` of the previous one, as in CPython. */
export interface If {
  readonly kind: 'If';
  readonly test: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
  readonly span: SourceSpan;
}

export interface While {
  readonly kind: 'While';
  readonly test: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
  readonly span: SourceSpan;
}

export interface For {
  readonly kind: 'For';
  readonly target: Expr;
  readonly iter: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
  readonly span: SourceSpan;
}

export interface AsyncFor {
  readonly kind: 'AsyncFor';
  readonly target: Expr;
  readonly iter: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
  readonly span: SourceSpan;
}

export interface ExceptHandler {
  readonly kind: 'ExceptHandler';
  /** The exception class (or tuple of classes); null for a bare `except:`. */
  readonly type: Expr | null;
  readonly name: string | null;
  readonly body: readonly Stmt[];
  readonly span: SourceSpan;
}

export interface Try {
  readonly kind: 'Try';
  /** `except*` handlers (CPython's TryStar): each takes its part of an exception group. */
  readonly star: boolean;
  readonly body: readonly Stmt[];
  readonly handlers: readonly ExceptHandler[];
  readonly orelse: readonly Stmt[];
  readonly finalbody: readonly Stmt[];
  readonly span: SourceSpan;
}

export interface Raise {
  readonly kind: 'Raise';
  readonly exc: Expr | null;
  /** The `from` clause. */
  readonly cause: Expr | null;
  readonly span: SourceSpan;
}

export interface Assert {
  readonly kind: 'Assert';
  readonly test: Expr;
  readonly msg: Expr | null;
  readonly span: SourceSpan;
}

/** `import a.b as c`: `name` is the dotted module name. */
export interface Alias {
  readonly kind: 'alias';
  readonly name: string;
  readonly asname: string | null;
  readonly span: SourceSpan;
}

export interface Import {
  readonly kind: 'Import';
  readonly names: readonly Alias[];
  readonly span: SourceSpan;
}

export interface ImportFrom {
  readonly kind: 'ImportFrom';
  /** The module after `from` ('' for `from . import x`). */
  readonly module: string;
  readonly names: readonly Alias[];
  /** Number of leading dots (relative import); 0 for an absolute import. */
  readonly level: number;
  readonly span: SourceSpan;
}

export interface FunctionDef {
  readonly kind: 'FunctionDef';
  readonly name: string;
  /** `@expr` lines above the definition, top first; applied bottom-up. */
  readonly decorators: readonly Expr[];
  readonly nameSpan: SourceSpan;
  readonly args: Arguments;
  /** `-> T`, evaluated with the parameters' annotations. */
  readonly returns?: Expr | null;
  readonly body: readonly Stmt[];
  readonly span: SourceSpan;
}

export interface AsyncFunctionDef {
  readonly kind: 'AsyncFunctionDef';
  readonly name: string;
  /** `@expr` lines above the definition, top first; applied bottom-up. */
  readonly decorators: readonly Expr[];
  readonly nameSpan: SourceSpan;
  readonly args: Arguments;
  /** `-> T`, evaluated with the parameters' annotations. */
  readonly returns?: Expr | null;
  readonly body: readonly Stmt[];
  readonly span: SourceSpan;
}

export interface ClassDef {
  readonly kind: 'ClassDef';
  readonly name: string;
  /** `@expr` lines above the definition, top first; applied bottom-up. */
  readonly decorators: readonly Expr[];
  readonly nameSpan: SourceSpan;
  readonly bases: readonly Expr[];
  /** `class A(metaclass=M)`: kept so the interpreter can reject them by name. */
  readonly keywords: readonly Keyword[];
  readonly body: readonly Stmt[];
  readonly span: SourceSpan;
}

export interface Global {
  readonly kind: 'Global';
  readonly names: readonly string[];
  readonly span: SourceSpan;
}

export interface Nonlocal {
  readonly kind: 'Nonlocal';
  readonly names: readonly string[];
  readonly span: SourceSpan;
}

export interface Delete {
  readonly kind: 'Delete';
  readonly targets: readonly Expr[];
  readonly span: SourceSpan;
}

export interface WithItem {
  readonly kind: 'withitem';
  readonly contextExpr: Expr;
  readonly optionalVars: Expr | null;
  readonly span: SourceSpan;
}

/** `async with a as x, b:`. (Plain `with` is outside the subset and rejected by the parser.) */
export interface AsyncWith {
  readonly kind: 'AsyncWith';
  readonly items: readonly WithItem[];
  readonly body: readonly Stmt[];
  readonly span: SourceSpan;
}

/** `with a as x:` — in the subset so that `with lock:` fails as CPython fails (TypeError at run time). */
export interface With {
  readonly kind: 'With';
  readonly items: readonly WithItem[];
  readonly body: readonly Stmt[];
  readonly span: SourceSpan;
}

// ---------------------------------------------------------------------------------------------
// `match` statements and their patterns (CPython's ast names)

/** `match subject:` with its `case` blocks, tried in order. */
export interface Match {
  readonly kind: 'Match';
  readonly subject: Expr;
  readonly cases: readonly MatchCase[];
  readonly span: SourceSpan;
}

export interface MatchCase {
  readonly kind: 'match_case';
  readonly pattern: Pattern;
  readonly guard: Expr | null;
  readonly body: readonly Stmt[];
  readonly span: SourceSpan;
}

/** A literal or dotted-name value, compared with `==` (`case 404:`, `case Color.RED:`). */
export interface MatchValue {
  readonly kind: 'MatchValue';
  readonly value: Expr;
  readonly span: SourceSpan;
}

/** `None`, `True`, `False`: compared with `is`. */
export interface MatchSingleton {
  readonly kind: 'MatchSingleton';
  readonly value: boolean | null;
  readonly span: SourceSpan;
}

/** `[a, *rest]` or `(a, b)` or `a, b`. */
export interface MatchSequence {
  readonly kind: 'MatchSequence';
  readonly patterns: readonly Pattern[];
  readonly span: SourceSpan;
}

/** `{"type": t, **rest}`: keys are literals or dotted names. */
export interface MatchMapping {
  readonly kind: 'MatchMapping';
  readonly keys: readonly Expr[];
  readonly patterns: readonly Pattern[];
  readonly rest: string | null;
  readonly span: SourceSpan;
}

/** `Point(x, y=0)`: positional sub-patterns go through `__match_args__`. */
export interface MatchClass {
  readonly kind: 'MatchClass';
  readonly cls: Expr;
  readonly patterns: readonly Pattern[];
  readonly kwdAttrs: readonly string[];
  readonly kwdPatterns: readonly Pattern[];
  readonly span: SourceSpan;
}

/** `*rest` (or `*_`, name null) inside a sequence pattern. */
export interface MatchStar {
  readonly kind: 'MatchStar';
  readonly name: string | null;
  readonly span: SourceSpan;
}

/** A capture (`x`: pattern null), the wildcard `_` (both null), or `pattern as name`. */
export interface MatchAs {
  readonly kind: 'MatchAs';
  readonly pattern: Pattern | null;
  readonly name: string | null;
  readonly span: SourceSpan;
}

/** `p1 | p2 | ...`: the first alternative that matches. */
export interface MatchOr {
  readonly kind: 'MatchOr';
  readonly patterns: readonly Pattern[];
  readonly span: SourceSpan;
}

export type Pattern = MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

export type Stmt =
  | Match
  | With
  | ExprStmt
  | Assign
  | AugAssign
  | AnnAssign
  | Return
  | Pass
  | Break
  | Continue
  | If
  | While
  | For
  | AsyncFor
  | Try
  | Raise
  | Assert
  | Import
  | ImportFrom
  | FunctionDef
  | AsyncFunctionDef
  | ClassDef
  | Global
  | Nonlocal
  | Delete
  | AsyncWith;

export interface Module {
  readonly kind: 'Module';
  readonly body: readonly Stmt[];
  readonly span: SourceSpan;
}

export type Node = Expr | Stmt | Module | ExceptHandler | Comprehension | Keyword | Alias | WithItem | Arg | MatchCase | Pattern;
