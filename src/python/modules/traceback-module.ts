/**
 * The `traceback` module's exception printing: print_exc()/format_exc() for the exception
 * being handled, print_exception()/format_exception() for a given one, as CPython writes them,
 * and extract_tb() for the frames of `e.__traceback__`.
 */
import { PyException } from '../../engine/exceptions.ts';
import { typeError } from '../runtime/errors.ts';
import { handledException } from '../runtime/running-frame.ts';
import { typeName } from '../runtime/types.ts';
import { PyBuiltin, PyList, PyModule, type NativeFn, type Value } from '../runtime/values.ts';
import { callMethod } from '../compile/objects.ts';
import { handledTraceback } from '../compile/traceback.ts';
import { PyTracebackObject } from '../compile/traceback-object.ts';
import { FrameSummary } from './traceback-frame-summary.ts';
import { formatException, lastLine } from '../traceback-text.ts';
import { arg, type Kw } from './args.ts';
import type { ModuleContext } from './registry.ts';

/** The text of one exception, its frames starting where it was caught. */
function text(e: PyException | null, sourceLines: readonly string[]): string {
  if (e === null) return 'NoneType: None\n';
  const saved = e.traceback;
  e.traceback = handledTraceback(e);
  try {
    return formatException(e, sourceLines);
  } finally {
    e.traceback = saved;
  }
}

/** format_exception's list: one string per header, per frame (with its source line), per message line. */
function chunks(s: string): PyList {
  const out: string[] = [];
  for (const line of s.split(/(?<=\n)/)) {
    const last = out.length - 1;
    if (last >= 0 && line.startsWith('    ') && out[last]!.startsWith('  File ') && !out[last]!.includes('\n    ')) out[last] += line;
    else out.push(line);
  }
  return new PyList(out);
}

/** format_exception(exc) (3.10+) or format_exception(type, value, tb): the exception meant. */
function exceptionArg(fn: string, args: Value[], kw: Kw): PyException | null {
  const first = arg(fn, args, kw, 0, 'exc');
  const v = args.length >= 2 ? args[1] : kw?.get('value') ?? first;
  if (v === null) return null;
  if (!(v instanceof PyException)) return typeError(`Exception expected for value, ${typeName(v)} found`);
  return v;
}

export function makeTracebackModule(ctx: ModuleContext): PyModule {
  const d = new Map<string, Value>();
  const fn = (name: string, f: NativeFn): void => {
    d.set(name, new PyBuiltin(name, f));
  };
  const write = (file: Value | undefined, s: string): void => {
    if (file === undefined || file === null) ctx.stderr(s);
    else callMethod(file, 'write', [s], null, { span: undefined });
  };
  fn('format_exc', () => text(handledException(), ctx.sourceLines));
  fn('print_exc', (_args, kw) => {
    write(kw?.get('file'), text(handledException(), ctx.sourceLines));
    return null;
  });
  fn('format_exception', (args, kw) => chunks(text(exceptionArg('format_exception', args, kw), ctx.sourceLines)));
  fn('print_exception', (args, kw) => {
    write(kw?.get('file'), text(exceptionArg('print_exception', args, kw), ctx.sourceLines));
    return null;
  });
  fn('format_exception_only', (args, kw) => {
    const e = exceptionArg('format_exception_only', args, kw);
    return new PyList([e === null ? 'NoneType: None\n' : `${lastLine(e)}\n`]);
  });
  fn('extract_tb', (args, kw) => {
    const tb = arg('extract_tb', args, kw, 0, 'tb');
    const limit = arg('extract_tb', args, kw, 1, 'limit', null);
    if (tb === null) return new PyList([]);
    if (!(tb instanceof PyTracebackObject)) return typeError(`'${typeName(tb)}' object has no attribute 'tb_frame'`);
    let entries = tb.entries;
    if (typeof limit === 'number') entries = limit >= 0 ? entries.slice(0, limit) : entries.slice(limit);
    return new PyList(entries.map((f) => new FrameSummary(f.file, f.line, f.func, (ctx.sourceLines[f.line - 1] ?? '').trim())));
  });
  return new PyModule('traceback', d);
}
