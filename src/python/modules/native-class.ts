/**
 * Library code written in TypeScript that Python sees as ordinary Python: functions with
 * real signatures (so argument errors read as CPython's), which bind as methods, and classes
 * that live in a named module (`functools.partial`, `dataclasses.FrozenInstanceError`).
 */
import type { ExcClass } from '../../engine/exceptions.ts';
import { makeClass } from '../compile/class.ts';
import { PyFunction, RETURN, type CodeInfo, type Frame } from '../compile/frame.ts';
import { PyClass, PyDict, PyTuple, type NativeFn, type Value } from '../runtime/values.ts';
import { PyMethodDescriptor } from '../runtime/method-descriptor.ts';

export interface Signature {
  /** Positional-or-keyword parameters; those in `defaults` (by name) are optional. */
  readonly params?: readonly string[];
  readonly defaults?: Readonly<Record<string, Value>>;
  readonly vararg?: string;
  readonly kwonly?: readonly string[];
  readonly kwarg?: string;
  /** Where a traceback places the frame (CPython's file of the library's Python code). */
  readonly filename?: string;
  readonly doc?: string | null;
}

/** What the body receives: the bound parameters by name, `*args` as an array, `**kw` as a map. */
export interface BoundArgs {
  readonly get: (name: string) => Value;
  readonly varargs: readonly Value[];
  readonly kwargs: Map<string, Value>;
}

/** A Python function named `qualName` whose body is `impl`. */
export function nativeFunction(qualName: string, sig: Signature, impl: (a: BoundArgs) => Value): PyFunction {
  const positional = sig.params ?? [];
  const kwonly = sig.kwonly ?? [];
  const defaults: Value[] = [];
  const defaultIndex: number[] = [];
  for (const p of [...positional, ...kwonly]) {
    if (sig.defaults !== undefined && Object.hasOwn(sig.defaults, p)) {
      defaultIndex.push(defaults.length);
      defaults.push(sig.defaults[p]);
    } else defaultIndex.push(-1);
  }
  const slots = new Map<string, number>();
  positional.forEach((p, i) => slots.set(p, i));
  let n = positional.length;
  const varSlot = sig.vararg !== undefined ? n++ : -1;
  for (const k of kwonly) slots.set(k, n++);
  const kwSlot = sig.kwarg !== undefined ? n++ : -1;
  const name = qualName.slice(qualName.lastIndexOf('.') + 1);
  const code: CodeInfo = {
    name,
    qualName,
    filename: sig.filename ?? '<string>',
    line: 0,
    params: { positional, posonlyCount: 0, vararg: sig.vararg ?? null, kwonly, kwarg: sig.kwarg ?? null, defaultIndex },
    slotCount: n,
    cellSlots: [],
    isAsync: false,
    isGenerator: false,
    ownedSlots: [],
    freeVars: [],
    body: {
      s: (f: Frame) => {
        const vars = f.vars;
        const kw = new Map<string, Value>();
        if (kwSlot >= 0) for (const { k, v } of (vars[kwSlot] as PyDict).map.values()) kw.set(k as string, v);
        f.ret = impl({
          get: (p) => vars[slots.get(p)!],
          varargs: varSlot >= 0 ? (vars[varSlot] as PyTuple).items : [],
          kwargs: kw,
        });
        return RETURN;
      },
      g: null,
    },
    expr: null,
    doc: sig.doc ?? null,
  };
  return new PyFunction(code, defaults, defaults.map(() => undefined), [], new Map());
}

/** A class of a library module, built as a `class` statement would build it. */
export function nativeClass(module: string, name: string, bases: readonly (PyClass | ExcClass)[], attrs: Iterable<[string, Value]>, doc: string | null = null): PyClass {
  const ns = new Map<string, Value>([
    ['__module__', module],
    ['__qualname__', name],
    ['__doc__', doc],
  ]);
  for (const [k, v] of attrs) ns.set(k, v);
  const cls = makeClass(name, [...bases], ns);
  cls.module = module;
  return cls;
}

/** Methods for nativeClass: `[name, fn]` pairs whose functions are qualified by the class name. */
export function methods(cls: string, defs: Record<string, [Signature, (a: BoundArgs) => Value]>): [string, Value][] {
  return Object.entries(defs).map(([n, [sig, impl]]) => [n, nativeFunction(`${cls}.${n}`, sig, impl)]);
}

/** Methods that add no Python frame (CPython's C methods): each receives `self` first. */
export function nativeMethods(owner: string, defs: Record<string, NativeFn>): [string, Value][] {
  return Object.entries(defs).map(([n, fn]) => [n, new PyMethodDescriptor(n, owner, fn)]);
}
