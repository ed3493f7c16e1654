/** Tracebacks: frames recorded as an exception leaves each function, printed as CPython prints them. */
import { PyException } from '../../engine/exceptions.ts';
import type { Frame } from './frame.ts';
import { rangeErrorAsPython } from '../runtime/errors.ts';

/** How deep the Python call stack is (for RecursionError before the JS stack gives out). */
export const callDepth = { n: 0 };

/**
 * The Python frame behind each traceback entry: as in CPython, an exception's traceback keeps
 * the frames it passed through (and so their locals) alive; unretrieved.ts asks what it reaches.
 */
export const tracebackFrames = new WeakMap<object, Frame>();

/**
 * Values a library function written in Python in CPython (asyncio.run, ...) holds in its own
 * frame when it raises: that frame is in the traceback, so they live as long as the exception.
 */
export const heldByTraceback = new WeakMap<object, readonly unknown[]>();

/**
 * Record that `thrown` passed out of `frame`. A RangeError from JS becomes RecursionError or
 * MemoryError (rangeErrorAsPython); anything else that is not a Python exception is an
 * interpreter bug and passes through untouched.
 */
export function addTracebackFrame(thrown: unknown, frame: Frame): unknown {
  const e = thrown instanceof RangeError ? rangeErrorAsPython(thrown) : thrown;
  if (e instanceof PyException) {
    const entry = { file: frame.code.filename, line: frame.line, func: frame.code.name };
    tracebackFrames.set(entry, frame);
    e.traceback.push(entry);
  }
  return e;
}

/** A traceback entry: what CPython's traceback module prints for one frame. */
export type TracebackEntry = PyException['traceback'][number];

/**
 * Where each exception was last caught: the catching frame's line, which CPython's traceback
 * starts with (ours records a frame only when the exception leaves it). logger.exception()
 * and traceback printing inside `except` need it.
 */
const caughtAt = new WeakMap<PyException, TracebackEntry>();

export function noteCaught(e: PyException, frame: Frame): void {
  caughtAt.set(e, { file: frame.code.filename, line: frame.line, func: frame.code.name });
}

/** The traceback of an exception being handled, outermost last as e.traceback keeps it. */
export function handledTraceback(e: PyException): TracebackEntry[] {
  const at = caughtAt.get(e);
  return at === undefined ? [...e.traceback] : [...e.traceback, at];
}
