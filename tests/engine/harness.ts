/**
 * Runs a TypeScript coroutine program on the engine the way the oracle runs a Python one, and
 * returns what it printed, so each test can compare against CPython's output for the
 * equivalent Python program (kept in ./programs/).
 */
import type { Coro } from '../../src/engine/coroutine.ts';
import { ExceptionGroup, BaseExceptionGroup, isSubclass, KeyError, PyException } from '../../src/engine/exceptions.ts';
import { EventLoop } from '../../src/engine/loop.ts';
import { asyncioRun } from '../../src/engine/run.ts';
import { fixedAbs } from '../../src/python/format/exact-decimal.ts';

export interface Program {
  loop: EventLoop;
  /** print(*parts) with str() of each part. */
  print(...parts: unknown[]): void;
  /** f"{loop.time():.{digits}f}", with Python's half-even rounding of exact ties. */
  now(digits?: number): string;
}

export interface Outcome {
  stdout: string;
  /** The last line of CPython's traceback for an uncaught exception, or null. */
  error: string | null;
}

/** Python's str() for the values these tests print. */
export function str(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v instanceof PyException) return excStr(v);
  if (Array.isArray(v)) return `[${v.map(repr).join(', ')}]`;
  return String(v);
}

export function repr(v: unknown): string {
  if (typeof v === 'string') return v.includes("'") && !v.includes('"') ? `"${v}"` : `'${v}'`;
  if (v instanceof PyException) return `${v.cls.name}(${v.args.map(repr).join(', ')})`;
  return str(v);
}

/** str(exc): the one argument, '' for none; exception groups add their sub-exception count. */
export function excStr(e: PyException): string {
  if (isSubclass(e.cls, BaseExceptionGroup) || e.cls === ExceptionGroup) {
    const n = (e.args[1] as unknown[]).length;
    return `${String(e.args[0])} (${n} sub-exception${n === 1 ? '' : 's'})`;
  }
  if (e.args.length === 0) return '';
  if (e.args.length === 1) return e.cls === KeyError ? repr(e.args[0]) : str(e.args[0]);
  return `(${e.args.map(repr).join(', ')})`;
}

/** repr(e.args) */
export function argsRepr(e: PyException): string {
  return e.args.length === 1 ? `(${repr(e.args[0])},)` : `(${e.args.map(repr).join(', ')})`;
}

/** type(e).__name__ */
export function typeName(e: unknown): string {
  return e instanceof PyException ? e.cls.name : typeof e;
}

/** Name a coroutine object like its Python coroutine function (tasks made for it keep the name). */
export function named<T>(name: string, coro: Coro<T>): Coro<T> {
  (coro as unknown as { coroName: string }).coroName = name;
  return coro;
}

export function run(program: (p: Program) => Coro<unknown>): Outcome {
  const loop = new EventLoop();
  const lines: string[] = [];
  const p: Program = {
    loop,
    print: (...parts) => lines.push(parts.map(str).join(' ')),
    now: (digits = 1) => fixedAbs(loop.time(), digits),
  };
  let error: string | null = null;
  try {
    asyncioRun(loop, program(p));
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    const s = excStr(e);
    error = s === '' ? e.qualifiedName : `${e.qualifiedName}: ${s}`;
  }
  return { stdout: lines.map((l) => l + '\n').join(''), error };
}
