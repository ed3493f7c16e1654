/**
 * traceback.FrameSummary: one entry of extract_tb's list, read by name (`fs.name`,
 * `fs.lineno`, `fs.line`) or unpacked as `filename, lineno, name, line`; and the attributes of
 * the traceback objects extract_tb reads (`tb_lineno`, `tb_next`).
 */
import { NativeType, PyNative } from '../runtime/native.ts';
import { typeError } from '../runtime/errors.ts';
import { registerBinding } from '../runtime/types/engine-type.ts';
import type { Value } from '../runtime/values.ts';
import { PyTracebackObject } from '../compile/traceback-object.ts';

export class FrameSummary extends PyNative {
  readonly pyTypeName = 'FrameSummary';
  constructor(
    readonly filename: string,
    readonly lineno: number,
    readonly name: string,
    readonly line: string,
  ) {
    super();
  }
  pyRepr(): string {
    return `<FrameSummary file ${this.filename}, line ${this.lineno} in ${this.name}>`;
  }
  override pyIter(): Iterable<Value> {
    return [this.filename, this.lineno, this.name, this.line];
  }
  override pyLen(): number {
    return 4;
  }
  override pyType(): NativeType {
    return frameSummaryType;
  }
}

const frameSummaryType = new NativeType('FrameSummary', 'traceback', () => typeError('FrameSummary() is not supported by Taskline'), (v) => v instanceof FrameSummary);

type P = (self: never) => Value;
registerBinding(PyTracebackObject, {
  methods: new Map(),
  props: new Map<string, P>([
    ['tb_lineno', ((self: PyTracebackObject) => self.entries[0]!.line) as P],
    ['tb_next', ((self: PyTracebackObject) => (self.entries.length > 1 ? new PyTracebackObject(self.entries.slice(1)) : null)) as P],
  ]),
});

registerBinding(FrameSummary, {
  methods: new Map(),
  props: new Map<string, P>([
    ['filename', ((self: FrameSummary) => self.filename) as P],
    ['lineno', ((self: FrameSummary) => self.lineno) as P],
    ['name', ((self: FrameSummary) => self.name) as P],
    ['line', ((self: FrameSummary) => self.line) as P],
  ]),
});
