/** Tracebacks: frames recorded as an exception leaves each function, printed as CPython prints them. */
import { PyException } from '../../engine/exceptions.ts';
import type { Frame } from './frame.ts';

/** How deep the Python call stack is (for RecursionError before the JS stack gives out). */
export const callDepth = { n: 0 };

/**
 * Record that `e` passed out of `frame`. JS stack overflows become RecursionError; anything
 * else that is not a Python exception is an interpreter bug and passes through untouched.
 */
export function addTracebackFrame(e: unknown, frame: Frame): unknown {
  if (e instanceof PyException) {
    e.traceback.push({ file: frame.code.filename, line: frame.line, func: frame.code.name });
  }
  return e;
}
