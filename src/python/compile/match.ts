/**
 * `match` statements (PEP 634) as CPython 3.11 runs them: the subject is evaluated once, each
 * case's pattern is tried in order, its captures are bound only when the whole pattern
 * matched, and then the guard decides. Patterns compile to matchers over a per-case array of
 * captured values.
 */
import type * as A from '../syntax/ast.ts';
import * as E from '../../engine/exceptions.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { PyRange } from '../runtime/iter.ts';
import { interp } from '../runtime/hooks.ts';
import * as ops from '../runtime/ops.ts';
import { isInstance } from '../runtime/builtin-types.ts';
import { isExcClass, typeName } from '../runtime/types.ts';
import { PyClass, PyDict, PyList, PyTuple, PyType, type Value } from '../runtime/values.ts';
import { run, type Compiler } from './compiler.ts';
import { compileExpr } from './expr.ts';
import { NORMAL, type Completion, type Frame, type SyncExpr, type Suspended } from './frame.ts';
import { getattr, lookupClass } from './objects.ts';
import { compileBlock, runS, type CS } from './stmt.ts';
import { storeName, type Store } from './targets.ts';

/** Does `v` match? Captured values go into `out` at their name's index. */
type Matcher = (f: Frame, v: Value, out: Value[]) => boolean;

/** Builtin types whose single positional sub-pattern matches the subject itself (`case int(n):`). */
const SELF_MATCHING = new Set(['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple']);

export function compileMatch(c: Compiler, st: A.Match): CS {
  const subject = compileExpr(c, st.subject);
  const cases = st.cases.map((k) => {
    const names: string[] = [];
    const matcher = compilePattern(c, k.pattern, names);
    const stores: Store[] = names.map((n) => storeName(c, n));
    return { matcher, stores, guard: k.guard ? compileExpr(c, k.guard) : null, body: compileBlock(c, k.body), line: k.span.line };
  });
  const line = st.span.line;

  function* whole(f: Frame): Suspended {
    f.line = line;
    const v = yield* run(subject, f);
    for (const k of cases) {
      f.line = k.line;
      const out: Value[] = new Array(k.stores.length);
      if (!k.matcher(f, v, out)) continue;
      k.stores.forEach((s, i) => s(f, out[i]));
      if (k.guard !== null && !ops.truthy(yield* run(k.guard, f))) continue;
      return yield* runS(k.body, f);
    }
    return NORMAL;
  }

  const canSuspend = subject.g !== null || cases.some((k) => k.body.g !== null || (k.guard !== null && k.guard.g !== null));
  if (canSuspend) return { s: null, g: whole };
  // Nothing inside can suspend: run the generator to its end in one step.
  return {
    s: (f): Completion => {
      const step = whole(f).next();
      if (!step.done) throw new Error('internal: a synchronous match suspended');
      return step.value;
    },
    g: null,
  };
}

function slotOf(names: string[], name: string): number {
  const i = names.indexOf(name);
  if (i >= 0) return i;
  names.push(name);
  return names.length - 1;
}

function valueOf(c: Compiler, e: A.Expr): SyncExpr {
  const ce = compileExpr(c, e);
  if (ce.s === null) throw new Error('internal: a pattern value awaits');
  return ce.s;
}

function compilePattern(c: Compiler, p: A.Pattern, names: string[]): Matcher {
  switch (p.kind) {
    case 'MatchValue': {
      const value = valueOf(c, p.value);
      return (f, v) => ops.eq(v, value(f));
    }
    case 'MatchSingleton': {
      const want = p.value;
      return (_f, v) => v === want;
    }
    case 'MatchAs': {
      const slot = p.name === null ? -1 : slotOf(names, p.name);
      const sub = p.pattern === null ? null : compilePattern(c, p.pattern, names);
      return (f, v, out) => {
        if (sub !== null && !sub(f, v, out)) return false;
        if (slot >= 0) out[slot] = v;
        return true;
      };
    }
    case 'MatchOr': {
      const alts = p.patterns.map((x) => compilePattern(c, x, names));
      return (f, v, out) => alts.some((m) => m(f, v, out));
    }
    case 'MatchSequence':
      return sequencePattern(c, p, names);
    case 'MatchMapping':
      return mappingPattern(c, p, names);
    case 'MatchClass':
      return classPattern(c, p, names);
    case 'MatchStar':
      throw new Error('internal: a starred pattern outside a sequence');
  }
}

/** The items of a subject that sequence patterns accept: not str (nor bytes), not a mapping. */
function sequenceItems(v: Value): readonly Value[] | null {
  if (v instanceof PyList || v instanceof PyTuple) return v.items;
  if (v instanceof PyRange) return [...interp.iterate(v)];
  if (typeName(v) === 'deque') return [...interp.iterate(v)];
  return null;
}

function sequencePattern(c: Compiler, p: A.MatchSequence, names: string[]): Matcher {
  const star = p.patterns.findIndex((x) => x.kind === 'MatchStar');
  const starSlot = star >= 0 ? ((p.patterns[star] as A.MatchStar).name === null ? -1 : slotOf(names, (p.patterns[star] as A.MatchStar).name!)) : -1;
  const subs = p.patterns.map((x) => (x.kind === 'MatchStar' ? null : compilePattern(c, x, names)));
  const n = subs.length;
  return (f, v, out) => {
    const items = sequenceItems(v);
    if (items === null) return false;
    const len = items.length;
    if (star < 0 ? len !== n : len < n - 1) return false;
    for (let i = 0; i < n; i++) {
      const sub = subs[i];
      if (sub === null) {
        if (starSlot >= 0) out[starSlot] = new PyList(items.slice(star, len - (n - 1 - star)));
        continue;
      }
      const item = star < 0 || i < star ? items[i] : items[len - (n - i)];
      if (!sub(f, item, out)) return false;
    }
    return true;
  };
}

function mappingPattern(c: Compiler, p: A.MatchMapping, names: string[]): Matcher {
  const keys = p.keys.map((k) => valueOf(c, k));
  const subs = p.patterns.map((x) => compilePattern(c, x, names));
  const restSlot = p.rest === null ? -1 : slotOf(names, p.rest);
  return (f, v, out) => {
    if (!(v instanceof PyDict)) return false;
    if (v.map.size < keys.length) return false;
    const seen = new Set<unknown>();
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!(f);
      const k = ops.keyOf(key);
      if (seen.has(k)) valueError(`mapping pattern checks duplicate key (${ops.reprOf(key)})`);
      seen.add(k);
      const entry = v.map.get(k);
      if (entry === undefined || !subs[i]!(f, entry.v, out)) return false;
    }
    if (restSlot >= 0) {
      const rest = new PyDict();
      for (const [k, e] of v.map) if (!seen.has(k)) rest.map.set(k, { k: e.k, v: e.v });
      out[restSlot] = rest;
    }
    return true;
  };
}

function className(cls: Value): string {
  return (cls as { name: string }).name;
}

/** The attribute names positional sub-patterns stand for, from the class's `__match_args__`. */
function matchArgs(cls: Value, given: number): readonly string[] {
  const args = cls instanceof PyClass ? lookupClass(cls, '__match_args__') : undefined;
  if (args === undefined) {
    if (given > 0) typeError(`${className(cls)}() accepts 0 positional sub-patterns (${given} given)`);
    return [];
  }
  if (!(args instanceof PyTuple)) return typeError(`${className(cls)}.__match_args__ must be a tuple (got ${typeName(args)})`);
  if (args.items.length < given) {
    const n = args.items.length;
    typeError(`${className(cls)}() accepts ${n} positional sub-pattern${n === 1 ? '' : 's'} (${given} given)`);
  }
  return args.items.slice(0, given).map((a) => (typeof a === 'string' ? a : typeError(`__match_args__ elements must be strings (got ${typeName(a)})`)));
}

function classPattern(c: Compiler, p: A.MatchClass, names: string[]): Matcher {
  const clsOf = valueOf(c, p.cls);
  const positional = p.patterns.map((x) => compilePattern(c, x, names));
  const keyword = p.kwdPatterns.map((x) => compilePattern(c, x, names));
  const kwdAttrs = p.kwdAttrs;
  return (f, v, out) => {
    const cls = clsOf(f);
    if (!(cls instanceof PyType || cls instanceof PyClass || isExcClass(cls))) typeError('called match pattern must be a type');
    if (!isInstance(v, cls)) return false;
    if (cls instanceof PyType && SELF_MATCHING.has(cls.name) && positional.length > 0) {
      if (positional.length > 1) typeError(`${cls.name}() accepts 1 positional sub-pattern (${positional.length} given)`);
      if (!positional[0]!(f, v, out)) return false;
    } else {
      const attrs = matchArgs(cls, positional.length);
      for (const a of attrs) if (kwdAttrs.includes(a)) typeError(`${className(cls)}() got multiple sub-patterns for attribute '${a}'`);
      for (let i = 0; i < attrs.length; i++) {
        const got = attrOrMiss(v, attrs[i]!);
        if (got === MISSING || !positional[i]!(f, got, out)) return false;
      }
    }
    for (let i = 0; i < kwdAttrs.length; i++) {
      const got = attrOrMiss(v, kwdAttrs[i]!);
      if (got === MISSING || !keyword[i]!(f, got, out)) return false;
    }
    return true;
  };
}

const MISSING: unique symbol = Symbol('missing attribute');

/** A missing attribute makes the class pattern fail rather than raise. */
function attrOrMiss(v: Value, name: string): Value | typeof MISSING {
  try {
    return getattr(v, name);
  } catch (e) {
    if (E.isInstance(e, E.AttributeError)) return MISSING;
    throw e;
  }
}


