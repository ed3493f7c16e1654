/** Expressions → closures. See compiler.ts for the sync/generator split. */
import { PyNative } from '../runtime/native.ts';
import { bytesConstant } from './bytes-object.ts';
import { PyDictSubclass } from '../runtime/subclass-hooks.ts';
import type * as A from '../syntax/ast.ts';
import * as E from '../../engine/exceptions.ts';
import { Future } from '../../engine/future.ts';
import type { Yielded } from './frame.ts';
import { raise, typeError } from '../runtime/errors.ts';
import * as ops from '../runtime/ops.ts';
import { interp } from '../runtime/hooks.ts';
import { repr, str } from '../runtime/repr.ts';
import { typeName } from '../runtime/types.ts';
import {
  Cell,
  PyCoroutine,
  PyDict,
  PyFloat,
  PyList,
  PyInstance,
  PyModule,
  PySet,
  PyTuple,
  type CallSite,
  type Value,
} from '../runtime/values.ts';
import { Unsupported } from '../runtime/errors.ts';
import { genE, lift, run, syncE, type CE, type Compiler } from './compiler.ts';
import { YieldValue, type Frame, type GenExpr, type LiteralOf, type SyncExpr } from './frame.ts';
import { yieldFrom } from './generator.ts';
import { awaitIterator } from './await-protocol.ts';
import { isIterableCoroutine } from './iterable-coroutine.ts';
import { NativeAwaitable, PyAsyncGen } from './async-generator.ts';
import { handOver, handOverEnded, releaseArgument } from './generator-lifetime.ts';
import { callMethod, callValue, functionStr, getattr, PySuper } from './objects.ts';
import { isIterable, nextOf, toIterator } from '../runtime/iter.ts';
import { getItem, sliceOf } from './subscript.ts';
import { compileLambda } from './function.ts';
import { compileComprehension } from './comprehension.ts';
import { asciiOf, formatValue } from '../runtime/format-value.ts';
import { intInvert } from '../format/int-arith.ts';
import { setFromConstants } from '../runtime/set-order.ts';
import { globalsLookup, nameError, unboundLocal } from './names.ts';
import { checkBuiltinSupported } from './unsupported-builtins.ts';
import { moduleAttr } from './imports.ts';
import { inplaceOp } from '../runtime/inplace.ts';
import { storeName } from './targets.ts';
import { ELLIPSIS } from '../runtime/ellipsis.ts';
import { threadedCall } from './threaded.ts';
import { positionNoter, withErrorPosition } from './error-position.ts';
import { currentRealm } from '../runtime/realm.ts';

export function compileExpr(c: Compiler, e: A.Expr): CE {
  const ce = compileExprAt(c, e);
  switch (e.kind) {
    case 'Call':
    case 'Await':
    case 'UnaryOp':
      return withErrorPosition(ce, e);
    case 'Name': {
      // A NameError comes from a global, builtin or free name; locals stay unwrapped (hot path),
      // and a global's lookup notes its own position.
      const where = c.scope.resolve(e.id).where;
      return where === 'local' || where === 'global' ? ce : withErrorPosition(ce, e);
    }
    case 'Subscript':
      return e.slice.kind === 'Slice' ? withErrorPosition(ce, e) : ce;
    default:
      return ce;
  }
}

function compileExprAt(c: Compiler, e: A.Expr): CE {
  switch (e.kind) {
    case 'Constant':
      return constant(e);
    case 'Name':
      return loadName(c, e);
    case 'Attribute': {
      const name = c.attrName(e.attr);
      const line = e.span.line;
      // The lookup notes its own position if it raises; the object's expression notes its own.
      const at = positionNoter(e);
      return lift(c, [compileExpr(c, e.value)], ([obj]) => (f) => {
        const o = obj!(f);
        try {
          return o instanceof PyModule ? moduleAttr(o, name, line, getattr) : getattr(o, name);
        } catch (x) {
          at(x, f);
          throw x;
        }
      });
    }
    case 'Subscript':
      return subscript(c, e);
    case 'Call':
      return nextOfTemporary(c, e) ?? call(c, e);
    case 'BinOp':
      return binop(c, e);
    case 'UnaryOp':
      return unary(c, e);
    case 'BoolOp':
      return boolop(c, e);
    case 'Compare':
      return compare(c, e);
    case 'IfExp':
      return ifexp(c, e);
    case 'Lambda':
      return syncE(compileLambda(c, e));
    case 'Await':
      return awaitExpr(c, e);
    case 'Yield':
      return e.isFrom ? yieldFromExpr(c, e) : yieldExpr(c, e);
    case 'NamedExpr':
      return namedExpr(c, e);
    case 'List':
      return sequence(c, e.elts, (items) => new PyList(items));
    case 'Tuple':
      return sequence(c, e.elts, (items) => new PyTuple(items));
    case 'Set':
      // CPython folds a display of 3+ constants into a frozenset at compile time: its order differs.
      if (e.elts.length > 2 && e.elts.every((x) => x.kind === 'Constant')) {
        return sequence(c, e.elts, (items) => setFromConstants(items));
      }
      return sequence(c, e.elts, (items) => {
        const s = new PySet();
        for (const x of items) s.map.set(ops.keyOf(x), x);
        return s;
      });
    case 'Dict':
      return dict(c, e);
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
    case 'DictComp':
      return compileComprehension(c, e);
    case 'JoinedStr':
      return joinedStr(c, e);
    case 'FormattedValue':
      return formatted(c, e);
    case 'Ellipsis':
      return syncE(() => ELLIPSIS);
    case 'Starred':
      throw new Unsupported('starred expression is not allowed here', e.span.line);
    case 'Slice':
      throw new Unsupported('slice is not allowed here', e.span.line);
  }
}

/** `name := value`: the scope table already placed `name` (a comprehension's walrus binds outside it). */
function namedExpr(c: Compiler, e: A.NamedExpr): CE {
  const value = compileExpr(c, e.value);
  const store = storeName(c, e.target);
  const lit = value.lit;
  if (value.g === null) {
    const v = value.s!;
    return syncE((f) => {
      const x = v(f);
      store(f, x, lit?.(f));
      return x;
    }, lit);
  }
  const g = value.g;
  return genE(function* (f) {
    const x = yield* g(f);
    store(f, x);
    return x;
  });
}

function constant(e: A.Constant): CE {
  const v: Value = e.isFloat ? new PyFloat(e.value as number) : e.value instanceof Uint8Array ? bytesConstant(e.value) : e.value;
  const span = e.span;
  if (typeof e.value === 'number' || typeof e.value === 'string') return { s: () => v, g: null, lit: () => span, litIsStatic: true };
  return syncE(() => v);
}

// ---- names --------------------------------------------------------------------------------

function loadName(c: Compiler, e: A.Name): CE {
  const name = e.id;
  const builtins = c.realm.builtins;
  const r = c.scope.resolve(name);
  switch (r.where) {
    case 'local': {
      const slot = r.slot;
      const lit: LiteralOf = (f) => (f.lits === null ? undefined : f.lits[slot]);
      if (c.scope.isCell(name)) {
        return syncE((f) => {
          const v = (f.vars[slot] as Cell).v;
          return v === undefined ? unboundLocal(name) : v;
        });
      }
      return syncE((f) => {
        const v = f.vars[slot];
        return v === undefined ? unboundLocal(name) : v;
      }, lit);
    }
    case 'free': {
      const i = r.index;
      return syncE((f) => {
        const v = f.closure[i]!.v;
        return v === undefined ? nameError(name, true) : v;
      });
    }
    case 'global':
      checkBuiltinSupported(c.table, name, e.span.line);
      // A NameError notes the name's position here, in the lookup's own closure (a hot path).
      const at = positionNoter(e);
      const globalLits = c.realm.globalLits;
      return syncE(
        (f) => {
          try {
            return globalsLookup(f.globals, builtins, name);
          } catch (x) {
            at(x, f);
            throw x;
          }
        },
        () => globalLits.get(name),
      );
    case 'class': {
      if (!c.scope.bound.has(name)) checkBuiltinSupported(c.table, name, e.span.line);
      const key = c.attrName(name); // a class body's private names are mangled too
      return syncE((f) => {
        const v = f.classNs!.get(key);
        return v !== undefined ? v : globalsLookup(f.globals, builtins, key);
      });
    }
  }
}

// ---- subscripts ---------------------------------------------------------------------------

function subscript(c: Compiler, e: A.Subscript): CE {
  const obj = compileExpr(c, e.value);
  if (e.slice.kind === 'Slice') {
    const parts = [e.slice.lower, e.slice.upper, e.slice.step].map((p) => (p ? compileExpr(c, p) : syncE(() => null)));
    return lift(c, [obj, ...parts], ([o, lo, hi, st]) => (f) => getItem(o!(f), sliceOf(lo!(f), hi!(f), st!(f))));
  }
  // The item lookup notes its position itself: the operands note theirs.
  const at = positionNoter(e);
  return lift(c, [obj, compileExpr(c, e.slice)], ([o, k]) => (f) => {
    const v = o!(f);
    const key = k!(f);
    try {
      return getItem(v, key);
    } catch (x) {
      at(x, f);
      throw x;
    }
  });
}

// ---- calls --------------------------------------------------------------------------------

interface ArgPlan {
  readonly kids: CE[];
  /** Builds (args, kwargs) from the children's evaluated values; `callee` names the function in errors. */
  readonly collect: (vals: SyncExpr[], f: Frame, callee: () => Value) => [Value[], Map<string, Value> | null];
}

export function planArgs(c: Compiler, args: readonly A.Expr[], keywords: readonly A.Keyword[]): ArgPlan {
  const kids: CE[] = [];
  const starred: boolean[] = [];
  for (const a of args) {
    if (a.kind === 'Starred') {
      kids.push(compileExpr(c, a.value));
      starred.push(true);
    } else {
      kids.push(compileExpr(c, a));
      starred.push(false);
    }
  }
  const nargs = args.length;
  const anyStar = starred.some((s) => s);
  const kwNames = keywords.map((k) => k.arg);
  for (const k of keywords) kids.push(compileExpr(c, k.value));
  const collect = (vals: SyncExpr[], f: Frame, callee: () => Value): [Value[], Map<string, Value> | null] => {
    let out: Value[];
    if (!anyStar) {
      out = new Array(nargs);
      for (let i = 0; i < nargs; i++) out[i] = vals[i]!(f);
    } else {
      out = [];
      for (let i = 0; i < nargs; i++) {
        const v = vals[i]!(f);
        if (!starred[i]) out.push(v);
        else if (isIterable(v)) for (const x of interp.iterate(v)) out.push(x);
        else typeError(`${functionStr(callee())} argument after * must be an iterable, not ${typeName(v)}`);
      }
    }
    if (kwNames.length === 0) return [out, null];
    const kw = new Map<string, Value>();
    for (let j = 0; j < kwNames.length; j++) {
      const v = vals[nargs + j]!(f);
      const name = kwNames[j];
      // Only a `**` mapping can repeat a name: the parser rejects `f(x=1, x=2)`.
      const multiple = (k: string): never => typeError(`${functionStr(callee())} got multiple values for keyword argument '${k}'`);
      if (name !== null && name !== undefined) {
        if (kw.has(name)) multiple(name);
        kw.set(name, v);
      } else {
        if (!(v instanceof PyDict)) typeError(`${functionStr(callee())} argument after ** must be a mapping, not ${typeName(v)}`);
        for (const { k, v: x } of (v as PyDict).map.values()) {
          if (typeof k !== 'string') typeError('keywords must be strings');
          if (kw.has(k as string)) multiple(k as string);
          kw.set(k as string, x);
        }
      }
    }
    return [out, kw];
  };
  return { kids, collect };
}

/** What CPython 3.11 names a comprehension's own frame. */
const COMPREHENSION_NAMES: Record<string, string> = { ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>' };

/** The call site a callee sees: the call's span and where literal arguments came from. */
export function siteOf(c: Compiler, e: A.Call, plan: ArgPlan, keywords: readonly A.Keyword[]): (f: Frame) => CallSite {
  const span = e.span;
  const codeName = c.scope.kind === 'comprehension' ? COMPREHENSION_NAMES[c.scope.node.kind] : undefined;
  const where: { span: A.SourceSpan; codeName?: string } = codeName === undefined ? { span } : { span, codeName };
  const posCEs = e.args.map((a, i) => (a.kind === 'Starred' ? undefined : plan.kids[i]));
  const posLits = posCEs.map((ce) => ce?.lit);
  const kwLits = keywords.map((k, j) => [k.arg, plan.kids[e.args.length + j]!.lit] as const);
  const anyLit = posLits.some((l) => l !== undefined) || kwLits.some(([n, l]) => n !== null && l !== undefined);
  if (!anyLit) {
    const fixed: CallSite = where;
    return () => fixed;
  }
  // Calls whose literal arguments are all written in place (`sleep(1)`) share one CallSite.
  const dynamic = posCEs.some((ce) => ce?.lit !== undefined && !ce.litIsStatic) || kwLits.some(([n, l]) => n !== null && l !== undefined);
  if (!dynamic) {
    const fixed: CallSite = { ...where, argLiterals: posCEs.map((ce) => ce?.lit?.(null as unknown as Frame)) };
    return () => fixed;
  }
  // Made on every call of a hot loop: object literals of one fixed shape, no spread.
  if (codeName === undefined) {
    return (f) => {
      const argLiterals = posLits.map((l) => (l === undefined ? undefined : l(f)));
      let kwLiterals: Map<string, A.SourceSpan | undefined> | undefined;
      for (const [n, l] of kwLits) if (n !== null && l !== undefined) (kwLiterals ??= new Map()).set(n, l(f));
      return kwLiterals ? { span, argLiterals, kwLiterals } : { span, argLiterals };
    };
  }
  return (f) => {
    const argLiterals = posLits.map((l) => (l === undefined ? undefined : l(f)));
    let kwLiterals: Map<string, A.SourceSpan | undefined> | undefined;
    for (const [n, l] of kwLits) if (n !== null && l !== undefined) (kwLiterals ??= new Map()).set(n, l(f));
    return kwLiterals ? { span, codeName, argLiterals, kwLiterals } : { span, codeName, argLiterals };
  };
}

/**
 * `next(gen())`: the generator is a temporary that only the call holds, so CPython frees it, and
 * so closes it, as soon as next() returns.
 */
function nextOfTemporary(c: Compiler, e: A.Call): CE | null {
  if (e.func.kind !== 'Name' || (e.func.id !== 'next' && e.func.id !== 'anext') || e.keywords.length > 0 || e.args.length < 1 || e.args.length > 2) return null;
  const first = e.args[0]!;
  if (e.args.some((a) => a.kind === 'Starred') || c.scope.resolve(e.func.id).where !== 'global') return null;
  const fresh = first.kind === 'GeneratorExp' || (first.kind === 'Call' && !(first.func.kind === 'Name' && (first.func.id === 'iter' || first.func.id === 'aiter')));
  if (!fresh) return null;
  const span = e.span;
  return lift(c, [compileExpr(c, e.func), ...e.args.map((a) => compileExpr(c, a))], ([fn, arg0, arg1]) => (f) => {
    const callee = fn!(f);
    const g = arg0!(f);
    const args = arg1 === undefined ? [g] : [g, arg1(f)];
    const temporary = g === currentRealm.lastGenerator;
    if (g instanceof PyAsyncGen) {
      // anext(agen()): the awaitable holds the generator until its await ends.
      const aw = callValue(callee, args, null, { span });
      if (temporary && aw instanceof NativeAwaitable) aw.onSettled = () => g.drop();
      return aw;
    }
    try {
      return callValue(callee, args, null, { span });
    } finally {
      if (temporary) releaseArgument(g);
    }
  });
}

function call(c: Compiler, e: A.Call): CE {
  if (e.func.kind === 'Name' && e.func.id === 'super' && e.args.length === 0 && c.scope.resolve('super').where === 'global') {
    return syncE(superCall(c, e));
  }
  if (c.threaded) return threadedCall(c, e, () => call(c, e));
  const plan = planArgs(c, e.args, e.keywords);
  const site = siteOf(c, e, plan, e.keywords);
  const n = plan.kids.length;
  const simple = e.keywords.length === 0 && e.args.every((a) => a.kind !== 'Starred');
  // Which arguments make a generator of their own (`take(ticker(), 3)`), to hand it over.
  const fresh = simple && e.args.some(isFreshArg) ? e.args.map(isFreshArg) : null;
  if (e.func.kind === 'Attribute') {
    const name = c.attrName(e.func.attr);
    const obj = compileExpr(c, e.func.value);
    return lift(c, [obj, ...plan.kids], (vals) => {
      const o = vals[0]!;
      const rest = vals.slice(1);
      if (n === 0) return (f) => callMethod(o(f), name, [], null, site(f));
      if (simple && fresh !== null) {
        return (f) => {
          const target = o(f);
          const args: Value[] = new Array(n);
          const made = freshArgs(rest, fresh, args, f);
          if (made === null) return callMethod(target, name, args, null, site(f));
          try {
            return callMethod(target, name, args, null, site(f));
          } finally {
            handOverEnded(made);
          }
        };
      }
      if (simple) {
        return (f) => {
          const target = o(f);
          const args: Value[] = new Array(n);
          for (let i = 0; i < n; i++) args[i] = rest[i]!(f);
          return callMethod(target, name, args, null, site(f));
        };
      }
      return (f) => {
        const target = o(f);
        const [args, kw] = plan.collect(rest, f, () => getattr(target, name));
        return callMethod(target, name, args, kw, site(f));
      };
    });
  }
  const fn = compileExpr(c, e.func);
  return lift(c, [fn, ...plan.kids], (vals) => {
    const fv = vals[0]!;
    const rest = vals.slice(1);
    if (simple && fresh !== null) {
      const n = rest.length;
      return (f) => {
        const callee = fv(f);
        const args: Value[] = new Array(n);
        const made = freshArgs(rest, fresh, args, f);
        if (made === null) return callValue(callee, args, null, site(f));
        try {
          return callValue(callee, args, null, site(f));
        } finally {
          handOverEnded(made);
        }
      };
    }
    if (simple) {
      const n = rest.length;
      return (f) => {
        const callee = fv(f);
        const args: Value[] = new Array(n);
        for (let i = 0; i < n; i++) args[i] = rest[i]!(f);
        return callValue(callee, args, null, site(f));
      };
    }
    return (f) => {
      const callee = fv(f);
      const [args, kw] = plan.collect(rest, f, () => callee);
      return callValue(callee, args, kw, site(f));
    };
  });
}

function isFreshArg(a: A.Expr): boolean {
  return a.kind === 'GeneratorExp' || (a.kind === 'Call' && !(a.func.kind === 'Name' && (a.func.id === 'iter' || a.func.id === 'aiter')));
}

/**
 * Evaluates a call's arguments into `args`; those that are generators their own expression
 * just made are handed over for the callee's parameters to adopt (null when there are none).
 */
function freshArgs(rest: readonly SyncExpr[], fresh: readonly boolean[], args: Value[], f: Frame): object[] | null {
  let made: boolean[] | null = null;
  for (let i = 0; i < rest.length; i++) {
    const v = (args[i] = rest[i]!(f));
    if (fresh[i] && v !== null && v === currentRealm.lastGenerator) (made ??= new Array<boolean>(rest.length).fill(false))[i] = true;
  }
  return made === null ? null : handOver(args, made);
}

/** Zero-argument super(): the method's defining class and its first argument. */
function superCall(c: Compiler, e: A.Call): SyncExpr {
  const scope = c.scope;
  const line = e.span.line;
  return (f) => {
    const cls = f.fn?.ownerClass;
    if (cls === null || cls === undefined || scope.kind !== 'function' || f.vars.length === 0) {
      throw E.pyErr(E.RuntimeError, 'super(): no arguments');
    }
    let self = f.vars[0];
    if (self instanceof Cell) self = self.v;
    void line;
    return new PySuper(cls, self);
  };
}

// ---- operators ----------------------------------------------------------------------------

const MAX = Number.MAX_SAFE_INTEGER;

function binop(c: Compiler, e: A.BinOp): CE {
  const op = e.op;
  // Only the operation itself can raise here (the operands note their own positions), and only
  // off the int fast path: the position is noted there, not by a wrapper around every `a + b`.
  const at = positionNoter(e);
  const slow = (f: Frame, a: Value, b: Value): Value => {
    try {
      return ops.binop(op, a, b);
    } catch (x) {
      at(x, f);
      throw x;
    }
  };
  return lift(c, [compileExpr(c, e.left), compileExpr(c, e.right)], ([l, r]) => arith(op, l!, r!, slow));
}

/** `x op= y` for a name: ints take the fast path, everything else `inplaceOp`. */
export function augArith(op: string, l: SyncExpr, r: SyncExpr): SyncExpr {
  if (op === '+' || op === '-') {
    const sign = op === '+' ? 1 : -1;
    return (f) => {
      const a = l(f);
      const b = r(f);
      if (typeof a === 'number' && typeof b === 'number') {
        const x = a + sign * b;
        if (x <= MAX && x >= -MAX) return x;
      }
      return inplaceOp(op, a, b);
    };
  }
  return (f) => inplaceOp(op, l(f), r(f));
}

/** The closure for `a op b`, with the int fast path inlined for the common operators. */
function arith(op: string, l: SyncExpr, r: SyncExpr, slow: (f: Frame, a: Value, b: Value) => Value): SyncExpr {
  switch (op) {
    case '+':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'number' && typeof b === 'number') {
          const x = a + b;
          if (x <= MAX && x >= -MAX) return x;
        }
        return slow(f, a, b);
      };
    case '-':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'number' && typeof b === 'number') {
          const x = a - b;
          if (x <= MAX && x >= -MAX) return x;
        }
        return slow(f, a, b);
      };
    case '*':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'number' && typeof b === 'number') {
          const x = a * b;
          if (x <= MAX && x >= -MAX) return x;
        }
        return slow(f, a, b);
      };
    case '%':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'number' && typeof b === 'number' && b > 0 && a >= 0) return a % b;
        return slow(f, a, b);
      };
    case '//':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'number' && typeof b === 'number' && b !== 0) return Math.floor(a / b);
        return slow(f, a, b);
      };
    default:
      return (f) => slow(f, l(f), r(f));
  }
}

function unary(c: Compiler, e: A.UnaryOp): CE {
  const op = e.op;
  return lift(c, [compileExpr(c, e.operand)], ([x]) => {
    const v = x!;
    switch (op) {
      case 'not':
        return (f) => !ops.truthy(v(f));
      case '-':
        return (f) => negate(v(f));
      case '+':
        return (f) => {
          const a = v(f);
          if (typeof a === 'boolean') return a ? 1 : 0;
          if (typeof a === 'number' || typeof a === 'bigint' || a instanceof PyFloat) return a;
          return unaryDunder(a, '__pos__', '+');
        };
      case '~':
        return (f) => {
          const a = v(f);
          if (typeof a === 'number' || typeof a === 'bigint') return intInvert(a);
          if (typeof a === 'boolean') return a ? -2 : -1;
          return unaryDunder(a, '__invert__', '~');
        };
    }
  });
}

function negate(a: Value): Value {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  if (typeof a === 'boolean') return a ? -1 : 0;
  if (typeof a === 'bigint') return -a;
  if (a instanceof PyFloat) return new PyFloat(-a.v);
  return unaryDunder(a, '__neg__', '-');
}

/** A user class's `__neg__`/`__pos__`/`__invert__`, or CPython's error for the operator. */
function unaryDunder(a: Value, dunder: string, sym: string): Value {
  const m = a instanceof PyInstance ? ops.findMethod(a, dunder) : undefined;
  if (m !== undefined) return callValue(m, [a], null);
  // Library values answer for themselves: natives, and dict subclasses such as Counter.
  const hook = a instanceof PyNative || a instanceof PyDictSubclass ? a.pyUnary : undefined;
  const r = hook?.call(a, sym);
  if (r !== undefined) return r;
  return typeError(`bad operand type for unary ${sym}: '${typeName(a)}'`);
}

function boolop(c: Compiler, e: A.BoolOp): CE {
  const kids = e.values.map((v) => compileExpr(c, v));
  const isAnd = e.op === 'and';
  if (kids.every((k) => k.g === null)) {
    const ss = kids.map((k) => k.s!);
    return syncE((f) => {
      let v: Value = null;
      for (const s of ss) {
        v = s(f);
        if (ops.truthy(v) !== isAnd) return v;
      }
      return v;
    });
  }
  return genE(function* (f) {
    let v: Value = null;
    for (const k of kids) {
      v = yield* run(k, f);
      if (ops.truthy(v) !== isAnd) return v;
    }
    return v;
  });
}

function compare(c: Compiler, e: A.Compare): CE {
  // Off the fast paths the comparison notes its own position if it raises (a user __eq__, '<'
  // between a str and an int): no wrapper closure around every `i < n`.
  const at = positionNoter(e);
  const orderAt = (f: Frame, op: string, a: Value, b: Value): boolean => {
    try {
      return ops.order(op, a, b);
    } catch (x) {
      at(x, f);
      throw x;
    }
  };
  const eqAt = (f: Frame, a: Value, b: Value): boolean => {
    try {
      return ops.eq(a, b);
    } catch (x) {
      at(x, f);
      throw x;
    }
  };
  const compareAt = (f: Frame, op: A.CmpOperator, a: Value, b: Value): boolean => {
    try {
      return ops.compare(op, a, b);
    } catch (x) {
      at(x, f);
      throw x;
    }
  };
  const left = compileExpr(c, e.left);
  const rights = e.comparators.map((x) => compileExpr(c, x));
  const opsList = e.ops;
  if (left.g === null && rights.every((k) => k.g === null)) {
    const l = left.s!;
    if (opsList.length === 1) {
      const r = rights[0]!.s!;
      const op = opsList[0]!;
      switch (op) {
        case '<':
          return syncE((f) => {
            const a = l(f);
            const b = r(f);
            return typeof a === 'number' && typeof b === 'number' ? a < b : orderAt(f, '<', a, b);
          });
        case '>':
          return syncE((f) => {
            const a = l(f);
            const b = r(f);
            return typeof a === 'number' && typeof b === 'number' ? a > b : orderAt(f, '>', a, b);
          });
        case '==':
          return syncE((f) => {
            const a = l(f);
            const b = r(f);
            return a === b ? !(a instanceof PyFloat && Number.isNaN(a.v)) : eqAt(f, a, b);
          });
        default:
          return syncE((f) => {
            const a = l(f);
            const b = r(f);
            return compareAt(f, op, a, b);
          });
      }
    }
    const rs = rights.map((k) => k.s!);
    return syncE((f) => {
      let a = l(f);
      for (let i = 0; i < opsList.length; i++) {
        const b = rs[i]!(f);
        if (!compareAt(f, opsList[i]!, a, b)) return false;
        a = b;
      }
      return true;
    });
  }
  return genE(function* (f) {
    let a = yield* run(left, f);
    for (let i = 0; i < opsList.length; i++) {
      const b = yield* run(rights[i]!, f);
      if (!compareAt(f, opsList[i]!, a, b)) return false;
      a = b;
    }
    return true;
  });
}

function ifexp(c: Compiler, e: A.IfExp): CE {
  const t = compileExpr(c, e.test);
  const b = compileExpr(c, e.body);
  const o = compileExpr(c, e.orelse);
  if (t.g === null && b.g === null && o.g === null) {
    const ts = t.s!;
    const bs = b.s!;
    const os = o.s!;
    return syncE((f) => (ops.truthy(ts(f)) ? bs(f) : os(f)));
  }
  return genE(function* (f) {
    return ops.truthy(yield* run(t, f)) ? yield* run(b, f) : yield* run(o, f);
  });
}

// ---- await --------------------------------------------------------------------------------

function awaitExpr(c: Compiler, e: A.Await): CE {
  const inner = compileExpr(c, e.value);
  const line = e.span.line;
  const g: GenExpr = function* (f) {
    const v = yield* run(inner, f);
    return yield* awaitValue(v, line);
  };
  return inner.s !== null ? { s: null, g, awaitOf: inner.s } : genE(g);
}

/** What `awaitNow` returns when the awaitable really suspends: the generator that finishes the await. */
export class Pending {
  constructor(readonly gen: Generator<Yielded, Value, unknown>) {}
}

/**
 * Start an await synchronously. A done future gives its result at once, and a coroutine runs
 * its first step here (exactly what `yield*` would do); only if it suspends is a generator made.
 */
export function awaitNow(v: Value, line: number): Value | Pending {
  if (v instanceof Future) {
    if (!v.done()) return new Pending(awaitValue(v, line));
    const r = v.result();
    return Array.isArray(r) ? new PyList(r) : r;
  }
  if (v instanceof PyCoroutine) {
    if (v.awaited) raise(E.RuntimeError, 'cannot reuse already awaited coroutine');
    v.awaited = true;
    const r = v.next();
    return r.done ? r.value : new Pending(resumeCoroutine(v, r.value));
  }
  return new Pending(awaitValue(v, line));
}

/** The rest of `yield* coro` after its first step already yielded `first`. */
function* resumeCoroutine(coro: PyCoroutine, first: Yielded): Generator<Yielded, Value, unknown> {
  let out: Yielded = first;
  for (;;) {
    let sent: unknown;
    let thrown = false;
    let error: unknown;
    try {
      sent = yield out;
    } catch (e) {
      thrown = true;
      error = e;
    }
    // Outside the try: an exception the coroutine raises must propagate, not be thrown back in.
    const r = (thrown ? coro.throw(error) : coro.next(sent)) as IteratorResult<Yielded, Value>;
    if (r.done) return r.value;
    out = r.value;
  }
}

export function* awaitValue(v: Value, _line: number): Generator<Yielded, Value, unknown> {
  if (v instanceof NativeAwaitable) return yield* v;
  if (v instanceof PyCoroutine) {
    if (v.awaited) raise(E.RuntimeError, 'cannot reuse already awaited coroutine');
    v.awaited = true;
    return yield* v;
  }
  if (v instanceof Future) {
    const r = yield* v;
    // gather's results: the engine's JS array is a list to Python.
    return Array.isArray(r) ? new PyList(r) : r;
  }
  if (isIterableCoroutine(v)) return yield* awaitIterator(v);
  if (v instanceof PyInstance) {
    const m = ops.findMethod(v, '__await__');
    if (m !== undefined) return yield* awaitIterator(interp.call(m, [v]));
  }
  return typeError(`object ${typeName(v)} can't be used in 'await' expression`);
}

/** Mark a coroutine as consumed (a task took it), so a later `await` of it fails as in CPython. */
export function markAwaited(v: PyCoroutine): void {
  v.awaited = true;
}

// ---- yield --------------------------------------------------------------------------------

/** `yield x`: suspends the generator's frame; its value is what the next send() passes in. */
function yieldExpr(c: Compiler, e: A.Yield): CE {
  const value = e.value === null ? null : compileExpr(c, e.value);
  return genE(function* (f) {
    const v = value === null ? null : yield* run(value, f);
    const sent = yield new YieldValue(v);
    return sent === undefined ? null : sent;
  });
}

function yieldFromExpr(c: Compiler, e: A.Yield): CE {
  const value = compileExpr(c, e.value!);
  return genE(function* (f) {
    const src = yield* run(value, f);
    if (src instanceof PyCoroutine) typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
    return yield* yieldFrom(src, toIterator, (it) => nextOf(it));
  });
}

// ---- displays -----------------------------------------------------------------------------

function sequence(c: Compiler, elts: readonly A.Expr[], make: (items: Value[]) => Value): CE {
  const starred = elts.map((x) => x.kind === 'Starred');
  const kids = elts.map((x) => compileExpr(c, x.kind === 'Starred' ? x.value : x));
  const anyStar = starred.some((s) => s);
  return lift(c, kids, (vals) => {
    if (!anyStar) {
      const n = vals.length;
      return (f) => {
        const items: Value[] = new Array(n);
        for (let i = 0; i < n; i++) items[i] = vals[i]!(f);
        return make(items);
      };
    }
    return (f) => {
      const items: Value[] = [];
      for (let i = 0; i < vals.length; i++) {
        const v = vals[i]!(f);
        if (starred[i]) for (const x of interp.iterate(v)) items.push(x);
        else items.push(v);
      }
      return make(items);
    };
  });
}

function dict(c: Compiler, e: A.Dict): CE {
  const kids: CE[] = [];
  for (let i = 0; i < e.values.length; i++) {
    const k = e.keys[i];
    kids.push(k ? compileExpr(c, k) : syncE(() => null));
    kids.push(compileExpr(c, e.values[i]!));
  }
  const isSpread = e.keys.map((k) => k === null);
  return lift(c, kids, (vals) => (f) => {
    const d = new PyDict();
    for (let i = 0; i < isSpread.length; i++) {
      if (isSpread[i]) {
        const other = vals[2 * i + 1]!(f);
        if (!(other instanceof PyDict)) typeError(`'${typeName(other)}' object is not a mapping`);
        for (const [key, ent] of (other as PyDict).map) d.map.set(key, { k: ent.k, v: ent.v });
      } else {
        const key = vals[2 * i]!(f);
        ops.dictSet(d, key, vals[2 * i + 1]!(f));
      }
    }
    return d;
  });
}

// ---- f-strings ----------------------------------------------------------------------------

function joinedStr(c: Compiler, e: A.JoinedStr): CE {
  const kids = e.values.map((v) => compileExpr(c, v));
  return lift(c, kids, (vals) => (f) => {
    let s = '';
    for (const v of vals) s += v(f) as string;
    return s;
  });
}

function formatted(c: Compiler, e: A.FormattedValue): CE {
  const value = compileExpr(c, e.value);
  const spec = e.formatSpec ? compileExpr(c, e.formatSpec) : syncE(() => '');
  const conv = e.conversion;
  return lift(c, [value, spec], ([v, s]) => (f) => {
    let x = v!(f);
    if (conv === 'r') x = repr(x);
    else if (conv === 's') x = str(x);
    else if (conv === 'a') x = asciiOf(x);
    return formatValue(x, s!(f) as string);
  });
}

export type { GenExpr };
