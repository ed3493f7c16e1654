/** Tracebacks: frames recorded as an exception leaves each function, printed as CPython prints them. */
import { PyException, type TracebackFrame, type TracebackPosition } from '../../engine/exceptions.ts';
import type { Frame } from './frame.ts';
import { rangeErrorAsPython, Unsupported } from '../runtime/errors.ts';

/**
 * A traceback entry keeps the Python frame behind it: as in CPython, an exception's traceback
 * keeps the frames it passed through (and so their locals) alive, and unretrieved.ts's walk of
 * what the program still reaches follows this field. (A field, not a WeakMap: an entry is made
 * on every caught exception, and a WeakMap set costs several times the allocation.)
 */
class FrameEntry implements TracebackFrame {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly func: string,
    readonly frame: Frame,
    readonly position: TracebackPosition | undefined,
  ) {}
}

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
  // The expression the exception left (error-position.ts), when it lies on the entry's line.
  const p = frame.errPos;
  let position: TracebackPosition | undefined;
  if (p !== null && p.exc === e) {
    frame.errPos = null;
    if (p.span.line === frame.line) position = { from: p.span.from, to: p.span.to, anchors: p.anchors };
  }
  e.traceback.push(new FrameEntry(frame.code.filename, frame.line, frame.code.name, frame, position));
}

/** The Python frame behind a traceback entry (undefined for entries the library made). */
export function frameOfEntry(entry: TracebackFrame): Frame | undefined {
  return entry instanceof FrameEntry ? entry.frame : undefined;
}

/**
 * The traceback of an exception being handled, outermost last as e.traceback keeps it: the
 * catching frame's entry is already there (noteCaught), as CPython's traceback starts with it.
 */
export function handledTraceback(e: PyException): TracebackFrame[] {
  return [...e.traceback];
}
