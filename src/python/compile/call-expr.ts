/**
 * Calls → closures: the arguments' plan (positional, `*`, keywords, `**`), the call site a callee
 * sees, and the special forms (`super()`, `next(gen())`, a call in a worker's threaded code).
 */
import type * as A from '../syntax/ast.ts';
import * as E from '../../engine/exceptions.ts';
import { typeError } from '../runtime/errors.ts';
import { interp } from '../runtime/hooks.ts';
import { typeName } from '../runtime/types.ts';
import { isIterable } from '../runtime/iter.ts';
import { currentRealm } from '../runtime/realm.ts';
import { Cell, PyDict, type CallSite, type Value } from '../runtime/values.ts';
import { lift, syncE, type CE, type Compiler } from './compiler.ts';
import type { Frame, LiteralOf, SyncExpr } from './frame.ts';
import { compileExpr } from './expr.ts';
import { callMethod, callValue, functionStr, getattr, PySuper } from './objects.ts';
import { NativeAwaitable, PyAsyncGen } from './async-generator.ts';
import { handOver, handOverEnded, releaseArgument } from './generator-lifetime.ts';
import { threadedCall } from './threaded.ts';
import { positionNoter, withErrorPosition } from './error-position.ts';

/** `f(...)` and `obj.m(...)`. */
export function compileCall(c: Compiler, e: A.Call): CE {
  return nextOfTemporary(c, e) ?? call(c, e);
}

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
  // Made on every call of a hot loop: object literals of one fixed shape, no spread, plain loops.
  // Most calls find no literal behind their arguments (`len(items)` once items was appended to)
  // and share the site without literals: `argLiterals` absent reads the same as all undefined.
  const n = posLits.length;
  const kwNamed = kwLits.filter((kl): kl is readonly [string, LiteralOf] => kl[0] !== null && kl[1] !== undefined);
  const argLiteralsOf = (f: Frame): (A.SourceSpan | undefined)[] | undefined => {
    let out: (A.SourceSpan | undefined)[] | undefined;
    for (let i = 0; i < n; i++) {
      const l = posLits[i];
      const lit = l === undefined ? undefined : l(f);
      if (lit !== undefined) (out ??= new Array<A.SourceSpan | undefined>(n))[i] = lit;
    }
    return out;
  };
  const kwLiteralsOf = (f: Frame): Map<string, A.SourceSpan | undefined> | undefined => {
    if (kwNamed.length === 0) return undefined;
    const m = new Map<string, A.SourceSpan | undefined>();
    for (const [name, l] of kwNamed) m.set(name, l(f));
    return m;
  };
  const plain: CallSite = where;
  if (codeName === undefined) {
    return (f) => {
      const argLiterals = argLiteralsOf(f);
      const kwLiterals = kwLiteralsOf(f);
      if (kwLiterals !== undefined) return { span, argLiterals, kwLiterals };
      return argLiterals === undefined ? plain : { span, argLiterals };
    };
  }
  return (f) => {
    const argLiterals = argLiteralsOf(f);
    const kwLiterals = kwLiteralsOf(f);
    if (kwLiterals !== undefined) return { span, codeName, argLiterals, kwLiterals };
    return argLiterals === undefined ? plain : { span, codeName, argLiterals };
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
  const at = positionNoter(e);
  const callNext = (callee: Value, g: Value, args: Value[]): Value => {
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
  };
  return notedCall(
    e,
    lift(c, [compileExpr(c, e.func), ...e.args.map((a) => compileExpr(c, a))], ([fn, arg0, arg1]) => (f) => {
      try {
        const callee = fn!(f);
        const g = arg0!(f);
        return callNext(callee, g, arg1 === undefined ? [g] : [g, arg1(f)]);
      } catch (x) {
        at(x, f);
        throw x;
      }
    }),
  );
}

function call(c: Compiler, e: A.Call): CE {
  if (e.func.kind === 'Name' && e.func.id === 'super' && e.args.length === 0 && c.scope.resolve('super').where === 'global') {
    return syncE(superCall(c, e));
  }
  if (c.threaded) return withErrorPosition(threadedCall(c, e, () => call(c, e)), e);
  const plan = planArgs(c, e.args, e.keywords);
  const site = siteOf(c, e, plan, e.keywords);
  const n = plan.kids.length;
  const simple = e.keywords.length === 0 && e.args.every((a) => a.kind !== 'Starred');
  // Which arguments make a generator of their own (`take(ticker(), 3)`), to hand it over.
  const fresh = simple && e.args.some(isFreshArg) ? e.args.map(isFreshArg) : null;
  // Each closure below notes the call's position itself if anything in it raises (see notedCall).
  const at = positionNoter(e);
  if (e.func.kind === 'Attribute') {
    const name = c.attrName(e.func.attr);
    const obj = compileExpr(c, e.func.value);
    return notedCall(e, lift(c, [obj, ...plan.kids], (vals) => {
      const o = vals[0]!;
      const rest = vals.slice(1);
      if (n === 0) {
        return (f) => {
          try {
            return callMethod(o(f), name, [], null, site(f));
          } catch (x) {
            at(x, f);
            throw x;
          }
        };
      }
      if (simple && fresh !== null) {
        return (f) => {
          try {
            const target = o(f);
            const args: Value[] = new Array(n);
            const made = freshArgs(rest, fresh, args, f);
            if (made === null) return callMethod(target, name, args, null, site(f));
            try {
              return callMethod(target, name, args, null, site(f));
            } finally {
              handOverEnded(made);
            }
          } catch (x) {
            at(x, f);
            throw x;
          }
        };
      }
      if (simple) {
        return (f) => {
          try {
            const target = o(f);
            const args: Value[] = new Array(n);
            for (let i = 0; i < n; i++) args[i] = rest[i]!(f);
            return callMethod(target, name, args, null, site(f));
          } catch (x) {
            at(x, f);
            throw x;
          }
        };
      }
      return (f) => {
        try {
          const target = o(f);
          const [args, kw] = plan.collect(rest, f, () => getattr(target, name));
          return callMethod(target, name, args, kw, site(f));
        } catch (x) {
          at(x, f);
          throw x;
        }
      };
    }));
  }
  const fn = compileExpr(c, e.func);
  return notedCall(e, lift(c, [fn, ...plan.kids], (vals) => {
    const fv = vals[0]!;
    const rest = vals.slice(1);
    if (simple && fresh !== null) {
      const n = rest.length;
      return (f) => {
        try {
          const callee = fv(f);
          const args: Value[] = new Array(n);
          const made = freshArgs(rest, fresh, args, f);
          if (made === null) return callValue(callee, args, null, site(f));
          try {
            return callValue(callee, args, null, site(f));
          } finally {
            handOverEnded(made);
          }
        } catch (x) {
          at(x, f);
          throw x;
        }
      };
    }
    if (simple) {
      const n = rest.length;
      return (f) => {
        try {
          const callee = fv(f);
          const args: Value[] = new Array(n);
          for (let i = 0; i < n; i++) args[i] = rest[i]!(f);
          return callValue(callee, args, null, site(f));
        } catch (x) {
          at(x, f);
          throw x;
        }
      };
    }
    return (f) => {
      try {
        const callee = fv(f);
        const [args, kw] = plan.collect(rest, f, () => callee);
        return callValue(callee, args, kw, site(f));
      } catch (x) {
        at(x, f);
        throw x;
      }
    };
  }));
}

/**
 * A call whose closure notes its own position. With an await among its parts the parts run
 * before the closure, in lift's generator: that generator needs the wrapper as well.
 */
function notedCall(e: A.Call, ce: CE): CE {
  return ce.g === null ? ce : withErrorPosition(ce, e);
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
  const at = positionNoter(e);
  return (f) => {
    const cls = f.fn?.ownerClass;
    if (cls === null || cls === undefined || scope.kind !== 'function' || f.vars.length === 0) {
      const x = E.pyErr(E.RuntimeError, 'super(): no arguments');
      at(x, f);
      throw x;
    }
    let self = f.vars[0];
    if (self instanceof Cell) self = self.v;
    return new PySuper(cls, self);
  };
}
