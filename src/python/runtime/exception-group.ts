/** Exception groups: `ExceptionGroup(...)` as a program calls it, split/subgroup/derive, and what `except*` re-raises. */
import * as E from '../../engine/exceptions.ts';
import type { ExcClass, PyException } from '../../engine/exceptions.ts';
import { typeError, valueError } from './errors.ts';
import { tupleMembers } from './group-members.ts';
import { interp } from './hooks.ts';
import { truthy } from './ops.ts';
import { isExcClass, typeName } from './types.ts';
import { PyBuiltin, PyClass, PyList, PyTuple, type Value } from './values.ts';

/** `ExceptionGroup(msg, excs)` built by a program, checked as CPython checks it. */
export function newExceptionGroup(cls: ExcClass, args: Value[]): PyException {
  const [msg, errors] = groupArgs(cls, args);
  // BaseExceptionGroup itself becomes an ExceptionGroup when every member is an Exception.
  if (cls === E.ExceptionGroup || cls === E.BaseExceptionGroup) return E.exceptionGroup(msg, errors);
  return new E.PyException(cls, [msg, errors]);
}

/** BaseExceptionGroup.__new__'s checks of `(message, exceptions)`; the members are copied. */
export function groupArgs(cls: ExcClass, args: Value[]): [string, PyException[]] {
  if (args.length !== 2) typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [msg, excs] = args as [Value, Value];
  if (typeof msg !== 'string') typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(msg)}`);
  const items = excs instanceof PyList || excs instanceof PyTuple ? excs.items : null;
  if (items === null) return typeError('second argument (exceptions) must be a sequence');
  if (items.length === 0) return valueError('second argument (exceptions) must be a non-empty sequence');
  items.forEach((x, i) => {
    if (!(x instanceof E.PyException)) valueError(`Item ${i} of second argument (exceptions) is not an exception`);
  });
  const errors = [...items] as PyException[];
  if (E.isSubclass(cls, E.ExceptionGroup) && !errors.every((e) => E.isSubclass(e.cls, E.Exception))) {
    typeError(cls === E.ExceptionGroup ? 'Cannot nest BaseExceptions in an ExceptionGroup' : `Cannot nest BaseExceptions in '${cls.name}'`);
  }
  if (excs instanceof PyTuple) tupleMembers.add(errors);
  return [msg as string, errors];
}

/** The sub-exceptions of an exception group, or null for any other exception. */
export function groupMembers(e: PyException): readonly PyException[] | null {
  return E.isSubclass(e.cls, E.BaseExceptionGroup) && Array.isArray(e.args[1]) ? (e.args[1] as PyException[]) : null;
}

/** What `split`/`subgroup` and `except*` match an exception against. */
export type Condition = (e: PyException) => boolean;

/** `except* T`: T must be exception classes, and not exception groups (CPython's check_except_star_type_valid). */
export function exceptStarCondition(t: Value): Condition {
  const types = t instanceof PyTuple ? t.items : [t];
  for (const x of types) {
    if (!isExcClass(x)) typeError('catching classes that do not inherit from BaseException is not allowed');
    if (E.isSubclass(x as ExcClass, E.BaseExceptionGroup)) typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
  return (e) => types.some((x) => E.isSubclass(e.cls, x as ExcClass));
}

/** `eg.split(cond)` / `eg.subgroup(cond)`: a type, a tuple of types, or a predicate. */
export function splitCondition(v: Value): Condition {
  const types = v instanceof PyTuple ? v.items : [v];
  if (types.every(isExcClass)) return (e) => types.some((x) => E.isSubclass(e.cls, x as ExcClass));
  if (!(v instanceof PyTuple) && isCallable(v)) return (e) => truthy(interp.call(v, [e]));
  return typeError('expected a function, exception type or tuple of exception types');
}

function isCallable(v: Value): boolean {
  return typeof v === 'object' && v !== null && !(v instanceof PyTuple || v instanceof PyList);
}

/**
 * BaseExceptionGroup.split: the part of `e` that matches and the part that does not, each with
 * the group's structure and its metadata (traceback, cause, context, notes); leaves are shared.
 */
export function splitGroup(e: PyException, cond: Condition, derive: Derive, wantRest = true): [PyException | null, PyException | null] {
  if (cond(e)) return [e, null];
  const members = groupMembers(e);
  if (members === null) return [null, wantRest ? e : null];
  const match: PyException[] = [];
  const rest: PyException[] = [];
  for (const x of members) {
    const [m, r] = splitGroup(x, cond, derive, wantRest);
    if (m !== null) match.push(m);
    if (r !== null) rest.push(r);
  }
  return [subset(e, match, derive), wantRest ? subset(e, rest, derive) : null];
}

/** `eg.derive(excs)`: a user subclass may override it; the builtin makes a plain group with the same message. */
export type Derive = (e: PyException, excs: PyException[]) => PyException;

/** `e.derive(excs)`, as split() and except* call it: a subclass's own derive() if it has one. */
export function deriveGroup(e: PyException, excs: PyException[]): PyException {
  if (e.cls instanceof PyClass) {
    for (const c of e.cls.mro) {
      if (c instanceof PyClass && c.dict.has('derive')) return interp.call(c.dict.get('derive'), [e, new PyList(excs)]) as PyException;
    }
  }
  return deriveBuiltin(e, excs);
}

export function deriveBuiltin(e: PyException, excs: PyException[]): PyException {
  // BaseExceptionGroup.derive, which ExceptionGroup inherits: the class follows the members.
  return newExceptionGroup(E.BaseExceptionGroup, [e.args[0], new PyList(excs)]);
}

function subset(orig: PyException, excs: PyException[], derive: Derive): PyException | null {
  if (excs.length === 0) return null;
  const g = derive(orig, excs);
  if (!(g instanceof E.PyException) || !E.isSubclass(g.cls, E.BaseExceptionGroup)) typeError('derive must return an instance of BaseExceptionGroup');
  copyMetadata(orig, g);
  return g;
}

function copyMetadata(from: PyException, to: PyException): void {
  to.traceback = from.traceback.slice();
  to.cause = from.cause;
  to.context = from.context;
  to.suppressContext = from.suppressContext;
  const notes = from.attrs?.get('__notes__');
  if (notes !== undefined) (to.attrs ??= new Map()).set('__notes__', notes);
}

/** CPython's is_same_exception_metadata: a part of the group being handled, re-raised unchanged. */
export function sameMetadata(a: PyException, b: PyException): boolean {
  return (
    a.cause === b.cause &&
    a.context === b.context &&
    a.attrs?.get('__notes__') === b.attrs?.get('__notes__') &&
    a.traceback.length === b.traceback.length &&
    a.traceback.every((t, i) => t === b.traceback[i])
  );
}

function leaves(e: PyException, out: Set<PyException>): Set<PyException> {
  const members = groupMembers(e);
  if (members === null) out.add(e);
  else for (const m of members) leaves(m, out);
  return out;
}

/**
 * What a `try` with `except*` raises once its handlers ran (CPython's _PyExc_PrepReraiseStar):
 * `raised` holds what each handler raised, then the unhandled rest. Parts re-raised as they
 * were keep the original group's shape; new exceptions join them in a new, unnamed group.
 */
export function prepReraiseStar(orig: PyException, raised: readonly (PyException | null)[], derive: Derive): PyException | null {
  const excs = raised.filter((x): x is PyException => x !== null);
  if (excs.length === 0) return null;
  // A naked exception was wrapped to be matched: only one handler could take it.
  if (groupMembers(orig) === null) return excs[0]!;
  const fresh: PyException[] = [];
  const kept = new Set<PyException>();
  for (const x of excs) {
    if (sameMetadata(x, orig)) leaves(x, kept);
    else fresh.push(x);
  }
  const reraised = kept.size === 0 ? null : splitGroup(orig, (e) => kept.has(e), derive, false)[0];
  if (fresh.length === 0) return reraised;
  if (reraised !== null) fresh.push(reraised);
  return fresh.length === 1 ? fresh[0]! : E.exceptionGroup('', fresh);
}

/** `eg.split`, `eg.subgroup` and `eg.derive` as bound methods, with CPython's argument errors. */
export function groupMethod(e: PyException, name: 'split' | 'subgroup' | 'derive'): PyBuiltin {
  return new PyBuiltin(
    name,
    (args, kw) => {
      if (kw !== null && kw.size > 0) typeError(`BaseExceptionGroup.${name}() takes no keyword arguments`);
      if (name === 'derive') {
        if (args.length !== 1) typeError(`function takes exactly 1 argument (${args.length} given)`);
        return newExceptionGroup(E.BaseExceptionGroup, [e.args[0], args[0]]);
      }
      if (args.length !== 1) typeError(`${name} expected 1 argument, got ${args.length}`);
      const [match, rest] = splitGroup(e, splitCondition(args[0]), deriveGroup, name === 'split');
      return name === 'split' ? new PyTuple([match, rest]) : match;
    },
    e,
  );
}

/** The group `except*` wraps a naked exception in, to match it: `ExceptionGroup('', (exc,))`. */
export function wrapNaked(e: PyException): PyException {
  const members = [e];
  tupleMembers.add(members);
  return E.exceptionGroup('', members);
}
