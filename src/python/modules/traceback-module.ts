/**
 * The `traceback` module: print_exc()/format_exc() for the exception being handled,
 * print_exception()/format_exception() for a given one (both with `limit=` and `chain=`),
 * format_tb()/print_tb()/extract_tb() for `e.__traceback__`, and extract_stack()/
 * format_stack()/print_stack() for the program's own frames now running. All the text comes
 * from traceback-text.ts, the one formatter uncaught exceptions use too.
 */
import { PyException, type TracebackFrame } from '../../engine/exceptions.ts';
import { typeError, Unsupported } from '../runtime/errors.ts';
import { currentRealm } from '../runtime/realm.ts';
import { handledException } from '../runtime/running-frame.ts';
import { truthy } from '../runtime/ops.ts';
import { typeName } from '../runtime/types.ts';
import { PyList, PyModule, type NativeFn, type Value } from '../runtime/values.ts';
import { callMethod } from '../compile/objects.ts';
import { handledTraceback } from '../compile/traceback.ts';
import { PyTracebackObject } from '../compile/traceback-object.ts';
import { FrameSummary } from './traceback-frame-summary.ts';
import { formatExceptionParts, formatFrames, lastLine, limitFrames, type FormatOptions } from '../traceback-text.ts';
import { arg, keywordChecked, type Kw } from './args.ts';
import type { ModuleContext } from './registry.ts';

/** The text of one exception in pieces (format_exception's list), its frames starting where it was caught. */
function parts(e: PyException | null, sourceLines: readonly string[], options: FormatOptions): string[] {
  if (e === null) return ['NoneType: None\n'];
  const saved = e.traceback;
  e.traceback = handledTraceback(e);
  try {
    return formatExceptionParts(e, sourceLines, options);
  } finally {
    e.traceback = saved;
  }
}

function text(e: PyException | null, sourceLines: readonly string[], options: FormatOptions): string {
  return parts(e, sourceLines, options).join('');
}

/** format_exception(exc) (3.10+) or format_exception(type, value, tb): the exception meant. */
function exceptionArg(fn: string, args: Value[], kw: Kw): PyException | null {
  const first = arg(fn, args, kw, 0, 'exc');
  const v = args.length >= 2 ? args[1] : kw?.get('value') ?? first;
  if (v === null) return null;
  if (!(v instanceof PyException)) return typeError(`Exception expected for value, ${typeName(v)} found`);
  return v;
}

function limitArg(v: Value): number | null {
  if (v === null) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'number') return typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return v;
}

/** `limit` and `chain`, by keyword or at their positions in the function's signature. */
function options(fn: string, args: Value[], kw: Kw, limitAt: number, chainAt: number): FormatOptions {
  return { limit: limitArg(arg(fn, args, kw, limitAt, 'limit', null)), chain: truthy(arg(fn, args, kw, chainAt, 'chain', true)) };
}

/** The entries of a traceback object (outermost first); None has none. */
function tracebackEntries(tb: Value): readonly TracebackFrame[] {
  if (tb === null) return [];
  if (!(tb instanceof PyTracebackObject)) return typeError(`'${typeName(tb)}' object has no attribute 'tb_frame'`);
  return tb.entries;
}

/**
 * The program's frames running now, outermost first: what extract_stack walks. As in
 * Taskline's tracebacks, the library's own frames (asyncio.run's loop) are not among them.
 */
function runningStack(limit: number | null): TracebackFrame[] {
  const innermostFirst: TracebackFrame[] = [];
  for (let f = currentRealm.runningFrame; f !== null; f = f.caller) innermostFirst.push({ file: f.code.filename, line: f.line, func: f.code.name });
  // A stack's limit counts from the innermost frame (traceback.py walks the stack that way).
  return [...limitFrames(innermostFirst, limit)].reverse();
}

function stackArgs(fn: string, args: Value[], kw: Kw): TracebackFrame[] {
  if (arg(fn, args, kw, 0, 'f', null) !== null) throw new Unsupported(`\`traceback.${fn}\` of a given frame is not supported by Taskline: frames are not objects in Taskline`);
  return runningStack(limitArg(arg(fn, args, kw, 1, 'limit', null)));
}

/** extract_tb's and extract_stack's FrameSummary list. */
function summaries(frames: readonly TracebackFrame[], sourceLines: readonly string[]): PyList {
  return new PyList(frames.map((f) => new FrameSummary(f.file, f.line, f.func, (sourceLines[f.line - 1] ?? '').trim())));
}

/** format_list's input: FrameSummary objects (or the 4-tuples they unpack to). */
function framesOfList(list: Value): TracebackFrame[] {
  if (!(list instanceof PyList)) return typeError(`'${typeName(list)}' object is not iterable`);
  return list.items.map((x) => {
    if (!(x instanceof FrameSummary)) return typeError('format_list() takes FrameSummary objects (from extract_tb or extract_stack) in Taskline');
    return { file: x.filename, line: x.lineno, func: x.name };
  });
}

export function makeTracebackModule(ctx: ModuleContext): PyModule {
  const d = new Map<string, Value>();
  const fn = (name: string, allowed: readonly string[], f: NativeFn): void => void d.set(name, keywordChecked(name, allowed, f));
  const write = (file: Value, s: string): null => {
    if (file === null) ctx.stderr(s);
    else callMethod(file, 'write', [s], null, { span: undefined });
    return null;
  };
  const lines = ctx.sourceLines;
  fn('format_exc', ['limit', 'chain'], (args, kw) => text(handledException(), lines, options('format_exc', args, kw, 0, 1)));
  fn('print_exc', ['limit', 'file', 'chain'], (args, kw) =>
    write(arg('print_exc', args, kw, 1, 'file', null), text(handledException(), lines, options('print_exc', args, kw, 0, 2))),
  );
  fn('format_exception', ['exc', 'value', 'tb', 'limit', 'chain'], (args, kw) =>
    new PyList(parts(exceptionArg('format_exception', args, kw), lines, options('format_exception', args, kw, 3, 4))),
  );
  fn('print_exception', ['exc', 'value', 'tb', 'limit', 'file', 'chain'], (args, kw) =>
    write(arg('print_exception', args, kw, 4, 'file', null), text(exceptionArg('print_exception', args, kw), lines, options('print_exception', args, kw, 3, 5))),
  );
  fn('format_exception_only', ['exc', 'value'], (args, kw) => {
    const e = exceptionArg('format_exception_only', args, kw);
    return new PyList([e === null ? 'NoneType: None\n' : `${lastLine(e)}\n`]);
  });
  const tbFrames = (name: string, args: Value[], kw: Kw): readonly TracebackFrame[] =>
    limitFrames(tracebackEntries(arg(name, args, kw, 0, 'tb')), limitArg(arg(name, args, kw, 1, 'limit', null)));
  fn('extract_tb', ['tb', 'limit'], (args, kw) => summaries(tbFrames('extract_tb', args, kw), lines));
  fn('format_tb', ['tb', 'limit'], (args, kw) => new PyList(formatFrames(tbFrames('format_tb', args, kw), lines)));
  fn('print_tb', ['tb', 'limit', 'file'], (args, kw) => write(arg('print_tb', args, kw, 2, 'file', null), formatFrames(tbFrames('print_tb', args, kw), lines).join('')));
  fn('extract_stack', ['f', 'limit'], (args, kw) => summaries(stackArgs('extract_stack', args, kw), lines));
  fn('format_stack', ['f', 'limit'], (args, kw) => new PyList(formatFrames(stackArgs('format_stack', args, kw), lines)));
  fn('print_stack', ['f', 'limit', 'file'], (args, kw) => write(arg('print_stack', args, kw, 2, 'file', null), formatFrames(stackArgs('print_stack', args, kw), lines).join('')));
  fn('format_list', ['extracted_list'], (args, kw) => new PyList(formatFrames(framesOfList(arg('format_list', args, kw, 0, 'extracted_list')), lines)));
  fn('print_list', ['extracted_list', 'file'], (args, kw) =>
    write(arg('print_list', args, kw, 1, 'file', null), formatFrames(framesOfList(arg('print_list', args, kw, 0, 'extracted_list')), lines).join('')),
  );
  return new PyModule('traceback', d);
}
