/**
 * Frames and functions: what a call creates and how arguments bind to parameters.
 */
import type { CaretAnchors, PyException } from '../../engine/exceptions.ts';
import type { SourceSpan } from '../../trace/format.ts';
import { typeError } from '../runtime/errors.ts';
import { dictSet } from '../runtime/ops.ts';
import { callText } from '../runtime/call-text.ts';
import { Cell, PyDict, PyTuple, type PyClass, type Value } from '../runtime/values.ts';
import type { Yielded as EngineYielded } from '../../engine/coroutine.ts';

/**
 * A Python `yield` inside compiled code: the JS generator that runs a generator's frame yields
 * this, while an `await` yields what the engine waits on. The generator objects (generator.ts)
 * tell the two apart: a sync generator only ever sees these, an async generator sees both.
 */
export class YieldValue {
  constructor(readonly value: unknown) {}
}

/** What compiled code's JS generators yield: the engine's futures, or a Python yield. */
export type Yielded = EngineYielded | YieldValue;
import type { RunningFrame } from '../runtime/running-frame.ts';

/** How a statement finished: fell through, or left by break / continue / return. */
export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;
export type Completion = 0 | 1 | 2 | 3;

export type SyncStmt = (f: Frame) => Completion;
/** A statement suspended part-way: resuming it (with yield*) finishes it. */
export type Suspended = Generator<Yielded, Completion, unknown>;
/**
 * A statement that may await. It runs synchronously as far as it can and returns a completion
 * code; only when something really suspends does it return a generator for the rest. Loops
 * whose awaits are rare thus run without generator machinery on most iterations.
 */
export type GenStmt = (f: Frame) => Completion | Suspended;
export type SyncExpr = (f: Frame) => Value;
export type GenExpr = (f: Frame) => Generator<Yielded, Value, unknown>;
/** Where a value came from unchanged: the literal a drag on the timeline would rewrite. */
export type LiteralOf = (f: Frame) => SourceSpan | undefined;

/** The expression an exception left in a frame: its span, and for `a + b` / `a[i]` the anchor offsets. */
export interface ErrorPosition {
  readonly exc: PyException;
  readonly span: SourceSpan;
  readonly anchors: CaretAnchors | null;
}

export class Frame {
  ret: Value = null;
  /** The line of the statement being executed, for tracebacks. */
  line = 0;
  /** The exception an `except` block is handling: for bare `raise` and implicit chaining. */
  handling: PyException | null = null;
  /**
   * The exception a `try` in this frame last caught, whose traceback entry for this frame was
   * taken then (at the line that raised, before a handler or `finally` moved `line` on).
   */
  caught: PyException | null = null;
  /**
   * Where in the statement an exception arose (the innermost call, await, subscript, operator
   * or attribute it left), for the `^^^^` line CPython prints under a traceback entry.
   */
  errPos: ErrorPosition | null = null;
  /** Literal provenance of local slots (see LiteralOf); allocated on first use. */
  lits: (SourceSpan | undefined)[] | null = null;
  /** The frame that called or resumed this one (see runtime/running-frame.ts). */
  caller: Frame | RunningFrame | null = null;

  constructor(
    readonly code: CodeInfo,
    readonly vars: Value[],
    readonly closure: readonly Cell[],
    readonly globals: Map<string, Value>,
    /** The class namespace while a class body runs. */
    readonly classNs: Map<string, Value> | null,
    readonly fn: PyFunction | null,
  ) {}

  /** `name(args)` from the parameters' values in the locals (cells unwrapped), for a coroutine's row label. */
  callText(name: string): string {
    const p = this.code.params;
    const at = (slot: number): Value => {
      const v = this.vars[slot];
      return v instanceof Cell ? (v.v as Value) : (v as Value);
    };
    const positional: Value[] = [];
    for (let i = 0; i < p.positional.length; i++) positional.push(at(i));
    let slot = p.positional.length;
    if (p.vararg !== null) {
      const rest = at(slot++);
      if (rest instanceof PyTuple) positional.push(...rest.items);
    }
    const keywords: [string, Value][] = p.kwonly.map((k, i) => [k, at(slot + i)]);
    if (p.kwarg !== null) {
      const extra = at(slot + p.kwonly.length);
      if (extra instanceof PyDict) for (const { k, v } of extra.map.values()) if (typeof k === 'string') keywords.push([k, v]);
    }
    return callText(name, positional, keywords);
  }
}

export interface ParamSpec {
  /** Positional-or-keyword parameters (posonly first), by slot 0..n-1. */
  readonly positional: readonly string[];
  readonly posonlyCount: number;
  readonly vararg: string | null;
  readonly kwonly: readonly string[];
  readonly kwarg: string | null;
  /** Index into `defaults` for each positional + kwonly parameter, or -1. */
  readonly defaultIndex: readonly number[];
}

export interface CodeInfo {
  readonly name: string;
  readonly qualName: string;
  readonly filename: string;
  readonly line: number;
  readonly params: ParamSpec;
  readonly slotCount: number;
  /** Slots holding cells (captured by inner functions); parameters among them are wrapped on entry. */
  readonly cellSlots: readonly number[];
  readonly isAsync: boolean;
  /** The body contains `yield`: a call makes a generator (an async generator when isAsync). */
  readonly isGenerator: boolean;
  /** Slots of locals that own a generator: it is finalized when the function returns. */
  readonly ownedSlots: readonly number[];
  /** Free variable names, in closure order. */
  readonly freeVars: readonly string[];
  body: { s: SyncStmt | null; g: GenStmt | null } | null;
  /** A lambda's body is an expression. */
  expr: SyncExpr | null;
  /** The docstring (`__doc__`), when the body starts with a string literal. */
  readonly doc?: string | null;
  /** A plain def's body as a worker thread runs it (compile/threaded.ts); null if it cannot. */
  threaded?: () => { s: SyncStmt | null; g: GenStmt | null } | null;
}

export class PyFunction {
  ownerClass: PyClass | null = null;
  /** Attributes a program sets on the function (`f.calls = 0`). */
  attrs: Map<string, Value> | null = null;
  /** `__annotations__`, evaluated when the def ran (made empty on first read otherwise). */
  annotations: PyDict | null = null;
  constructor(
    readonly code: CodeInfo,
    readonly defaults: readonly Value[],
    /** The literal each default came from, if it is a literal. */
    readonly defaultLits: readonly (SourceSpan | undefined)[],
    readonly closure: readonly Cell[],
    readonly globals: Map<string, Value>,
  ) {}
  /** `__name__`: the code's name unless the program (or functools.wraps) set another. */
  get pyName(): string {
    const n = this.attrs?.get('__name__');
    return typeof n === 'string' ? n : this.code.name;
  }
  get qualName(): string {
    const n = this.attrs?.get('__qualname__');
    return typeof n === 'string' ? n : this.code.qualName;
  }
}

/**
 * Bind call arguments to a new frame's slots, with CPython's error messages.
 * `argLits` carries literal provenance into the callee (positional only).
 */
export function bindArgs(
  fn: PyFunction,
  args: readonly Value[],
  kwargs: Map<string, Value> | null,
  argLits: readonly (SourceSpan | undefined)[] | undefined,
): Frame {
  const code = fn.code;
  const p = code.params;
  const vars: Value[] = new Array(code.slotCount);
  const frame = new Frame(code, vars, fn.closure, fn.globals, null, fn);
  const npos = p.positional.length;
  // CPython 3.11 names the function by its qualified name in argument errors (`A.m()`).
  const name = code.qualName;

  const tooMany = args.length > npos && p.vararg === null;
  const n = Math.min(args.length, npos);
  for (let i = 0; i < n; i++) vars[i] = args[i];
  let slot = npos;
  if (p.vararg !== null) {
    vars[slot++] = args.length > npos ? new PyTuple(args.slice(npos)) : new PyTuple([]);
  }
  const kwStart = slot;
  if (argLits !== undefined) {
    const lits: (SourceSpan | undefined)[] = (frame.lits = new Array(code.slotCount));
    for (let i = 0; i < Math.min(args.length, npos); i++) lits[i] = argLits[i];
  }

  let extra: PyDict | null = null;
  if (p.kwarg !== null) extra = new PyDict();
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      let idx = p.positional.indexOf(k);
      if (idx >= 0 && idx < p.posonlyCount) idx = -1;
      if (idx >= 0) {
        if (vars[idx] !== undefined) typeError(`${name}() got multiple values for argument '${k}'`);
        vars[idx] = v;
        continue;
      }
      const kidx = p.kwonly.indexOf(k);
      if (kidx >= 0) {
        vars[kwStart + kidx] = v;
        continue;
      }
      if (extra !== null) dictSet(extra, k, v);
      else typeError(unexpectedKeyword(name, p, k, kwargs));
    }
  }
  // CPython reports keyword problems before a surplus of positional arguments.
  if (tooMany) typeError(tooManyMessage(name, p, args.length, vars, kwStart));
  // Defaults, and the missing-argument errors.
  let missing: string[] | null = null;
  for (let i = 0; i < npos; i++) {
    if (vars[i] !== undefined) continue;
    const d = p.defaultIndex[i]!;
    if (d >= 0) {
      vars[i] = fn.defaults[d];
      const lit = fn.defaultLits[d];
      if (lit !== undefined) (frame.lits ??= new Array(code.slotCount))[i] = lit;
    } else (missing ??= []).push(p.positional[i]!);
  }
  if (missing !== null) typeError(missingMessage(name, missing, 'positional'));
  for (let i = 0; i < p.kwonly.length; i++) {
    const s = kwStart + i;
    if (vars[s] !== undefined) continue;
    const d = p.defaultIndex[npos + i]!;
    if (d >= 0) vars[s] = fn.defaults[d];
    else (missing ??= []).push(p.kwonly[i]!);
  }
  if (missing !== null) typeError(missingMessage(name, missing, 'keyword-only'));
  if (extra !== null) vars[kwStart + p.kwonly.length] = extra;

  for (const c of code.cellSlots) vars[c] = new Cell(vars[c]);
  return frame;
}

/** CPython blames positional-only parameters given by keyword before an unknown keyword. */
function unexpectedKeyword(name: string, p: ParamSpec, k: string, kwargs: Map<string, Value>): string {
  const posonly = p.positional.slice(0, p.posonlyCount).filter((n) => kwargs.has(n));
  if (posonly.length > 0) return `${name}() got some positional-only arguments passed as keyword arguments: '${posonly.join(', ')}'`;
  return `${name}() got an unexpected keyword argument '${k}'`;
}

function tooManyMessage(name: string, p: ParamSpec, given: number, vars: Value[], kwStart: number): string {
  const npos = p.positional.length;
  const required = p.defaultIndex.slice(0, npos).filter((d) => d < 0).length;
  const takes = required === npos ? `${npos}` : `from ${required} to ${npos}`;
  let kwonlyGiven = 0;
  for (let i = 0; i < p.kwonly.length; i++) if (vars[kwStart + i] !== undefined) kwonlyGiven++;
  const kwonly = kwonlyGiven === 0 ? '' : ` positional argument${given === 1 ? '' : 's'} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? '' : 's'})`;
  const plural = npos === 1 && required === npos ? '' : 's';
  return `${name}() takes ${takes} positional argument${plural} but ${given}${kwonly} ${given === 1 && kwonlyGiven === 0 ? 'was' : 'were'} given`;
}

function missingMessage(name: string, missing: string[], kind: string): string {
  const quoted = missing.map((m) => `'${m}'`);
  const list = quoted.length === 1 ? quoted[0] : quoted.length === 2 ? `${quoted[0]} and ${quoted[1]}` : `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  return `${name}() missing ${missing.length} required ${kind} argument${missing.length === 1 ? '' : 's'}: ${list}`;
}
