/** Shorthands for raising Python exceptions from runtime code. */
import * as E from '../../engine/exceptions.ts';
import type { ExcClass, PyException } from '../../engine/exceptions.ts';

export function raise(cls: ExcClass, msg?: string): never {
  throw msg === undefined ? E.pyErr(cls) : E.pyErr(cls, msg);
}

export const typeError = (msg: string): never => raise(E.TypeError, msg);
export const valueError = (msg: string): never => raise(E.ValueError, msg);
export const indexError = (msg: string): never => raise(E.IndexError, msg);
export const attributeError = (msg: string): never => raise(E.AttributeError, msg);
export const zeroDivision = (msg: string): never => raise(E.ZeroDivisionError, msg);
export const runtimeError = (msg: string): never => raise(E.RuntimeError, msg);

/**
 * The Python exception for a RangeError out of the JS engine: a blown stack is RecursionError
 * (as CPython's limit would have raised), anything else (a string or array longer than JS
 * allows) is MemoryError.
 */
export function rangeErrorAsPython(e: RangeError): PyException {
  if (/call stack/i.test(e.message)) return E.pyErr(E.RecursionError, 'maximum recursion depth exceeded');
  return E.pyErr(E.MemoryError, `the program made a value larger than Taskline can hold (${e.message})`);
}

/** An exception a program cannot express in the subset: a clear message, never a wrong answer. */
export class Unsupported extends Error {
  constructor(
    message: string,
    /** Null when thrown where no line is known (a builtin): the frame it leaves first fills it in. */
    public line: number | null = null,
  ) {
    super(message);
  }
}

export type { PyException };
