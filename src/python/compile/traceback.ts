/** Tracebacks: frames recorded as an exception leaves each function, printed as CPython prints them. */
import { PyException } from '../../engine/exceptions.ts';
import type { Frame } from './frame.ts';
import { rangeErrorAsPython, Unsupported } from '../runtime/errors.ts';

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
    if (frame.caught === e) frame.caught = null;
    else pushEntry(e, frame);
  } else if (e instanceof Unsupported && e.line === null) {
    e.line = frame.line;
  }
  return e;
}

/**
 * A `try` in `frame` caught `e`. As in CPython, the frame's traceback entry is taken where the
 * exception passed (the line that raised); a handler's bare `raise` or the re-raise after a
 * `finally` leaves from another line but adds no entry of its own.
 */
export function noteCaught(e: PyException, frame: Frame): void {
  if (frame.caught === e) return;
  frame.caught = e;
  pushEntry(e, frame);
}

/** `raise e` of an exception this frame caught earlier raises it anew: it gets a new entry on the way out. */
export function noteRaised(e: PyException, frame: Frame): void {
  if (frame.caught === e) frame.caught = null;
}

function pushEntry(e: PyException, frame: Frame): void {
  const entry = { file: frame.code.filename, line: frame.line, func: frame.code.name };
  tracebackFrames.set(entry, frame);
  e.traceback.push(entry);
}
