/** `ExceptionGroup(...)` called by a program (TaskGroup builds its groups in the engine). */
import * as E from '../../engine/exceptions.ts';
import type { ExcClass, PyException } from '../../engine/exceptions.ts';
import { typeError, valueError } from './errors.ts';
import { typeName } from './types.ts';
import { PyList, PyTuple, type Value } from './values.ts';

/** `ExceptionGroup(msg, excs)` built by a program, checked as CPython checks it. */
export function newExceptionGroup(cls: ExcClass, args: Value[]): PyException {
  if (args.length !== 2) typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [msg, excs] = args as [Value, Value];
  if (typeof msg !== 'string') typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(msg)}`);
  const items = excs instanceof PyList || excs instanceof PyTuple ? excs.items : null;
  if (items === null) return typeError('second argument (exceptions) must be a sequence');
  if (items.length === 0) return valueError('second argument (exceptions) must be a non-empty sequence');
  items.forEach((x, i) => {
    if (!(x instanceof E.PyException)) valueError(`Item ${i} of second argument (exceptions) is not an exception`);
  });
  const errors = items as PyException[];
  if (cls === E.ExceptionGroup && !errors.every((e) => E.isSubclass(e.cls, E.Exception))) typeError('Cannot nest BaseExceptions in an ExceptionGroup');
  return E.exceptionGroup(msg as string, errors);
}
