/**
 * Python's exception model, as far as the engine needs it.
 *
 * The engine raises and inspects exceptions (CancelledError, TimeoutError, InvalidStateError,
 * ...) and the Python front end raises its own (ValueError, user classes). Both share one
 * representation so that an exception crosses between user code and the loop unchanged.
 *
 * Exception *classes* are plain descriptors (`ExcClass`): the front end may implement the same
 * interface with its own class objects (user subclasses of Exception), and the engine only
 * reads `name`, `module` and `bases`. Instances are `PyException` objects thrown as JS values.
 * They deliberately do not extend `Error`: capturing a JS stack on every raise is slow, and a
 * thrown value that is *not* a PyException is then unmistakably an internal bug.
 */

export interface ExcClass {
  readonly name: string;
  /** 'builtins' for built-in exceptions, 'asyncio.exceptions' etc. for library ones. */
  readonly module: string;
  readonly bases: readonly ExcClass[];
}

/** One frame of a Python traceback, innermost last (as CPython prints them). */
export interface TracebackFrame {
  readonly file: string;
  readonly line: number;
  readonly func: string;
  /** The part of the source that raised (absolute offsets), for the caret line under the entry. */
  readonly position?: TracebackPosition;
}

export interface TracebackPosition {
  readonly from: number;
  readonly to: number;
  readonly anchors: CaretAnchors | null;
}

/** For `a + b`: where the left operand ends and the right begins; for `a[i]`: where the value and the index end. */
export interface CaretAnchors {
  readonly kind: 'binop' | 'subscript';
  readonly leftEnd: number;
  readonly right: number;
}

export class PyException {
  /** `raise X from Y` sets this; printed as "The above exception was the direct cause...". */
  cause: PyException | null = null;
  /** The exception being handled when this one was raised (implicit chaining). */
  context: PyException | null = null;
  suppressContext = false;
  /** Frames the exception passed through, outermost first; the front end appends them. */
  traceback: TracebackFrame[] = [];
  /** Instance attributes of user-defined exception classes (`self.code = 3`). */
  attrs: Map<string, unknown> | null = null;
  /**
   * Set by the front end when the exception came from looking up the method of `obj.m(...)`
   * rather than from calling it (the traceback marks `obj.m`, not the call); read once.
   */
  fromMethodLookup = false;

  constructor(
    public cls: ExcClass,
    public args: unknown[],
  ) {}

  /** The qualified name CPython prints on a traceback's last line. */
  get qualifiedName(): string {
    return this.cls.module === 'builtins' || this.cls.module === '__main__'
      ? this.cls.name
      : `${this.cls.module}.${this.cls.name}`;
  }
}

function defineExc(name: string, base: ExcClass | null, module = 'builtins'): ExcClass {
  return Object.freeze({ name, module, bases: base ? [base] : [] });
}

export const BaseException = defineExc('BaseException', null);
export const Exception = defineExc('Exception', BaseException);
export const SystemExit = defineExc('SystemExit', BaseException);
export const KeyboardInterrupt = defineExc('KeyboardInterrupt', BaseException);
export const GeneratorExit = defineExc('GeneratorExit', BaseException);
export const ArithmeticError = defineExc('ArithmeticError', Exception);
export const ZeroDivisionError = defineExc('ZeroDivisionError', ArithmeticError);
export const OverflowError = defineExc('OverflowError', ArithmeticError);
export const AssertionError = defineExc('AssertionError', Exception);
export const AttributeError = defineExc('AttributeError', Exception);
export const LookupError = defineExc('LookupError', Exception);
export const KeyError = defineExc('KeyError', LookupError);
export const IndexError = defineExc('IndexError', LookupError);
export const NameError = defineExc('NameError', Exception);
export const UnboundLocalError = defineExc('UnboundLocalError', NameError);
export const TypeError = defineExc('TypeError', Exception);
export const ValueError = defineExc('ValueError', Exception);
export const RuntimeError = defineExc('RuntimeError', Exception);
export const NotImplementedError = defineExc('NotImplementedError', RuntimeError);
export const RecursionError = defineExc('RecursionError', RuntimeError);
export const MemoryError = defineExc('MemoryError', Exception);
export const StopIteration = defineExc('StopIteration', Exception);
export const StopAsyncIteration = defineExc('StopAsyncIteration', Exception);
export const OSError = defineExc('OSError', Exception);
// OSError's subclasses, which tutorials raise to simulate failed downloads and connections.
export const BlockingIOError = defineExc('BlockingIOError', OSError);
export const ChildProcessError = defineExc('ChildProcessError', OSError);
export const ConnectionError = defineExc('ConnectionError', OSError);
export const BrokenPipeError = defineExc('BrokenPipeError', ConnectionError);
export const ConnectionAbortedError = defineExc('ConnectionAbortedError', ConnectionError);
export const ConnectionRefusedError = defineExc('ConnectionRefusedError', ConnectionError);
export const ConnectionResetError = defineExc('ConnectionResetError', ConnectionError);
export const FileExistsError = defineExc('FileExistsError', OSError);
export const FileNotFoundError = defineExc('FileNotFoundError', OSError);
export const InterruptedError = defineExc('InterruptedError', OSError);
export const IsADirectoryError = defineExc('IsADirectoryError', OSError);
export const NotADirectoryError = defineExc('NotADirectoryError', OSError);
export const PermissionError = defineExc('PermissionError', OSError);
export const ProcessLookupError = defineExc('ProcessLookupError', OSError);
export const EOFError = defineExc('EOFError', Exception);
export const BufferError = defineExc('BufferError', Exception);
export const FloatingPointError = defineExc('FloatingPointError', ArithmeticError);
export const UnicodeError = defineExc('UnicodeError', ValueError);
export const UnicodeDecodeError = defineExc('UnicodeDecodeError', UnicodeError);
export const UnicodeEncodeError = defineExc('UnicodeEncodeError', UnicodeError);
export const Warning = defineExc('Warning', Exception);
export const UserWarning = defineExc('UserWarning', Warning);
export const DeprecationWarning = defineExc('DeprecationWarning', Warning);
export const RuntimeWarning = defineExc('RuntimeWarning', Warning);
export const PendingDeprecationWarning = defineExc('PendingDeprecationWarning', Warning);
export const FutureWarning = defineExc('FutureWarning', Warning);
export const SyntaxWarning = defineExc('SyntaxWarning', Warning);
export const ImportWarning = defineExc('ImportWarning', Warning);
export const UnicodeWarning = defineExc('UnicodeWarning', Warning);
export const BytesWarning = defineExc('BytesWarning', Warning);
export const ResourceWarning = defineExc('ResourceWarning', Warning);
export const EncodingWarning = defineExc('EncodingWarning', Warning);
export const ImportError = defineExc('ImportError', Exception);
export const ModuleNotFoundError = defineExc('ModuleNotFoundError', ImportError);
export const SyntaxError = defineExc('SyntaxError', Exception);
// Since 3.11 asyncio.TimeoutError *is* the builtin TimeoutError.
export const TimeoutError = defineExc('TimeoutError', OSError);

/**
 * `OSError(errno, strerror)` makes the subclass for a Linux errno, as CPython's OSError.__new__
 * does (`OSError(2, 'x')` is a FileNotFoundError); only OSError itself maps, not its subclasses.
 */
export const OS_ERRNO_CLASSES: ReadonlyMap<number, ExcClass> = new Map([
  [1, PermissionError], [2, FileNotFoundError], [3, ProcessLookupError], [4, InterruptedError],
  [10, ChildProcessError], [11, BlockingIOError], [13, PermissionError], [17, FileExistsError],
  [20, NotADirectoryError], [21, IsADirectoryError], [32, BrokenPipeError], [103, ConnectionAbortedError],
  [104, ConnectionResetError], [108, BrokenPipeError], [110, TimeoutError], [111, ConnectionRefusedError],
  [114, BlockingIOError], [115, BlockingIOError],
]);

/**
 * Calling a builtin OSError class: `OSError(errno, strerror)` picks the errno's subclass, and
 * with 3 to 5 arguments the filenames move out of `args`, which keeps `(errno, strerror)`.
 */
export function newOSError(cls: ExcClass, args: unknown[]): PyException {
  if (args.length < 2 || args.length > 5) return new PyException(cls, args);
  const sub = cls === OSError && typeof args[0] === 'number' ? OS_ERRNO_CLASSES.get(args[0]) : undefined;
  const e = new PyException(sub ?? cls, args.length === 2 ? args : args.slice(0, 2));
  if (args.length > 2) {
    e.attrs = new Map([['filename', args[2]]]);
    if (args.length === 5) e.attrs.set('filename2', args[4]);
  }
  return e;
}

// asyncio's own. CancelledError is a BaseException since 3.8, so `except Exception` misses it.
export const CancelledError = defineExc('CancelledError', BaseException, 'asyncio.exceptions');
export const InvalidStateError = defineExc('InvalidStateError', Exception, 'asyncio.exceptions');
export const BrokenBarrierError = defineExc('BrokenBarrierError', RuntimeError, 'asyncio.exceptions');
export const QueueEmpty = defineExc('QueueEmpty', Exception, 'asyncio.queues');
export const QueueFull = defineExc('QueueFull', Exception, 'asyncio.queues');

// Exception groups, raised by TaskGroup. ExceptionGroup is also an Exception.
export const BaseExceptionGroup = defineExc('BaseExceptionGroup', BaseException);
export const ExceptionGroup: ExcClass = Object.freeze({
  name: 'ExceptionGroup',
  module: 'builtins',
  bases: [BaseExceptionGroup, Exception],
});

/**
 * SystemExit and KeyboardInterrupt: a task that raises one stores it and lets it propagate out
 * of the loop too (Task.__step), and a loop callback does not swallow it (Handle._run).
 */
export function isExitError(e: unknown): boolean {
  return isInstance(e, SystemExit) || isInstance(e, KeyboardInterrupt);
}

export function isSubclass(cls: ExcClass, base: ExcClass): boolean {
  if (cls === base) return true;
  for (const b of cls.bases) if (isSubclass(b, base)) return true;
  return false;
}

export function isPyException(e: unknown): e is PyException {
  return e instanceof PyException;
}

export function isInstance(e: unknown, cls: ExcClass): e is PyException {
  return e instanceof PyException && isSubclass(e.cls, cls);
}

/** `pyErr(ValueError, 'boom')` — an exception with positional args, ready to throw. */
export function pyErr(cls: ExcClass, ...args: unknown[]): PyException {
  return new PyException(cls, args);
}

/** An exception group: `args` are the message and the list of sub-exceptions. */
export function exceptionGroup(message: string, errors: PyException[]): PyException {
  const allExceptions = errors.every((e) => isSubclass(e.cls, Exception));
  const g = new PyException(allExceptions ? ExceptionGroup : BaseExceptionGroup, [message, errors]);
  return g;
}
