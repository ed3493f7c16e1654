/** Tracebacks: frames recorded as an exception leaves each function, printed as CPython prints them. */
import { PyException } from '../../engine/exceptions.ts';
import type { Frame } from './frame.ts';
import { rangeErrorAsPython } from '../runtime/errors.ts';

/** How deep the Python call stack is (for RecursionError before the JS stack gives out). */
export const callDepth = { n: 0 };

/**
 * Record that `thrown` passed out of `frame`. A RangeError from JS becomes RecursionError or
 * MemoryError (rangeErrorAsPython); anything else that is not a Python exception is an
 * interpreter bug and passes through untouched.
 */
export function addTracebackFrame(thrown: unknown, frame: Frame): unknown {
  const e = thrown instanceof RangeError ? rangeErrorAsPython(thrown) : thrown;
  if (e instanceof PyException) {
    e.traceback.push({ file: frame.code.filename, line: frame.line, func: frame.code.name });
  }
  return e;
}
