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
export const ImportError = defineExc('ImportError', Exception);
export const ModuleNotFoundError = defineExc('ModuleNotFoundError', ImportError);
export const SyntaxError = defineExc('SyntaxError', Exception);
// Since 3.11 asyncio.TimeoutError *is* the builtin TimeoutError.
export const TimeoutError = defineExc('TimeoutError', OSError);

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
