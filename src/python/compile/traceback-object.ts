/**
 * `e.__traceback__`: the frames an exception passed through, outermost first, for
 * `traceback.extract_tb(e.__traceback__)`. Only the entries are kept; frames themselves
 * (`tb_frame`) stay outside the subset. Its attributes are bound in
 * modules/traceback-frame-summary.ts: objects.ts reads `__traceback__` from here, so this file
 * cannot register with objects.ts while that module is still loading.
 */
import type { PyException, TracebackFrame } from '../../engine/exceptions.ts';
import { typeError } from '../runtime/errors.ts';
import { NativeType, PyNative } from '../runtime/native.ts';
import { fakeAddress } from '../runtime/repr.ts';
import type { Value } from '../runtime/values.ts';

export class PyTracebackObject extends PyNative {
  readonly pyTypeName = 'traceback';
  constructor(
    /** Outermost first, as tb_next walks them. */
    readonly entries: readonly TracebackFrame[],
  ) {
    super();
  }
  pyRepr(): string {
    return `<traceback object at ${fakeAddress(this)}>`;
  }
  override pyType(): NativeType {
    return tracebackType;
  }
}

const tracebackType = new NativeType('traceback', 'builtins', () => typeError("cannot create 'traceback' instances"), (v) => v instanceof PyTracebackObject);

/** None for an exception never raised; e.traceback keeps the innermost entry first. */
export function tracebackOf(e: PyException): Value {
  return e.traceback.length === 0 ? null : new PyTracebackObject([...e.traceback].reverse());
}
