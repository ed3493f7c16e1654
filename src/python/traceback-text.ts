/** The text CPython prints on stderr for an uncaught exception, chained causes included. */
import { PyException, isSubclass, BaseExceptionGroup, type TracebackFrame } from '../engine/exceptions.ts';
import { excStr, repr } from './runtime/repr.ts';
import { bitLength } from './format/int-arith.ts';
import { caretLine } from './traceback-carets.ts';

/** What the traceback module's `limit=` and `chain=` ask of the text. */
export interface FormatOptions {
  /** Frames shown per exception: the outermost `limit`, or the innermost `-limit`; null for all. */
  readonly limit?: number | null;
  /** False: the exception alone, without its cause or context. */
  readonly chain?: boolean;
}

export function formatException(e: PyException, sourceLines: readonly string[], options: FormatOptions = {}): string {
  return formatExceptionParts(e, sourceLines, options).join('');
}

/** traceback.format_exception's list: a string per header, per frame, per chain message, per exception line. */
export function formatExceptionParts(e: PyException, sourceLines: readonly string[], options: FormatOptions = {}): string[] {
  return format(e, sourceLines, { depth: 0, needClose: false, limit: options.limit ?? null, chain: options.chain ?? true }, new Set());
}

/** traceback.py's limit on a list of frames (outermost first): a positive limit keeps the first, a negative the last. */
export function limitFrames<T>(frames: readonly T[], limit: number | null): readonly T[] {
  if (limit === null) return frames;
  return limit >= 0 ? frames.slice(0, limit) : frames.slice(Math.max(0, frames.length + limit));
}

const CAUSE_MESSAGE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT_MESSAGE = '\nDuring handling of the above exception, another exception occurred:\n\n';
/** traceback.py's limits on how much of an exception group tree is printed. */
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** traceback.py's _ExceptionPrintContext: how deep in a group tree the text being printed is. */
interface PrintContext {
  depth: number;
  /** Whether the closing `+----` of the innermost group is still owed. */
  needClose: boolean;
  readonly limit: number | null;
  readonly chain: boolean;
}

/** _ExceptionPrintContext.emit: every line gets the tree's indent and margin (`| `, or `+ `). */
function emit(ctx: PrintContext, text: string, margin = '|'): string {
  if (ctx.depth === 0) return text;
  const prefix = ' '.repeat(2 * ctx.depth) + margin + ' ';
  return text.replace(/[^\n]*\n|[^\n]+$/g, (line) => prefix + line);
}

/** TracebackException.format: the exception with its chain, and a group's members as a tree. */
function format(e: PyException, sourceLines: readonly string[], ctx: PrintContext, seen: Set<PyException>): string[] {
  // The chain, innermost cause first, each with the message that links it to the next.
  const chain: [string | null, PyException][] = [];
  for (let x: PyException | null = e; x !== null; ) {
    seen.add(x);
    let msg: string | null = null;
    let next: PyException | null = null;
    if (!ctx.chain) {
      // chain=False: the exception alone.
    } else if (x.cause !== null) {
      msg = CAUSE_MESSAGE;
      next = x.cause;
    } else if (x.context !== null && !x.suppressContext) {
      msg = CONTEXT_MESSAGE;
      next = x.context;
    }
    if (next !== null && seen.has(next)) msg = next = null;
    chain.push([msg, x]);
    x = next;
  }
  const out: string[] = [];
  for (let i = chain.length - 1; i >= 0; i--) {
    const [msg, x] = chain[i]!;
    if (msg !== null) out.push(emit(ctx, msg));
    const members = groupMembers(x);
    if (members === null) {
      // CPython prints the header only for an exception with frames to show: one never raised
      // (a group's member made in place, a cause built in the `from` clause) has none.
      const shown = shownFrames(x, ctx);
      if (shown.length > 0) {
        out.push(emit(ctx, 'Traceback (most recent call last):\n'));
        for (const frame of formatFrames(shown, sourceLines)) out.push(emit(ctx, frame));
      }
      out.push(emit(ctx, `${lastLine(x)}\n`));
    } else if (ctx.depth > MAX_GROUP_DEPTH) {
      out.push(emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`));
    } else {
      out.push(...formatGroup(x, members, sourceLines, ctx, seen));
    }
  }
  return out;
}

function groupMembers(x: PyException): PyException[] | null {
  return isSubclass(x.cls, BaseExceptionGroup) && Array.isArray(x.args[1]) ? (x.args[1] as PyException[]) : null;
}

/** A group's own traceback, then each member in a numbered box; nested groups indent further. */
function formatGroup(
  x: PyException,
  members: PyException[],
  sourceLines: readonly string[],
  ctx: PrintContext,
  seen: Set<PyException>,
): string[] {
  const out: string[] = [];
  const topLevel = ctx.depth === 0;
  if (topLevel) ctx.depth += 1;
  // As for a lone exception, a group that was never raised (a member made in place) has no header.
  const shown = shownFrames(x, ctx);
  if (shown.length > 0) {
    out.push(emit(ctx, 'Exception Group Traceback (most recent call last):\n', topLevel ? '+' : '|'));
    for (const frame of formatFrames(shown, sourceLines)) out.push(emit(ctx, frame));
  }
  out.push(emit(ctx, `${lastLine(x)}\n`));
  const n = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    // A nested group that ends this one prints the closing line itself.
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    const title = truncated ? '...' : String(i + 1);
    out.push(`${' '.repeat(2 * ctx.depth)}${i === 0 ? '+-' : '  '}+---------------- ${title} ----------------\n`);
    ctx.depth += 1;
    if (!truncated) {
      out.push(...format(members[i]!, sourceLines, ctx, seen));
    } else {
      const remaining = members.length - MAX_GROUP_WIDTH;
      out.push(emit(ctx, `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`));
    }
    if (last && ctx.needClose) {
      out.push(`${' '.repeat(2 * ctx.depth)}+------------------------------------\n`);
      ctx.needClose = false;
    }
    ctx.depth -= 1;
  }
  if (topLevel) ctx.depth = 0;
  return out;
}

/** Like CPython, a frame repeated more than this many times in a row is summarised. */
const RECURSIVE_CUTOFF = 3;

/** The frames of `x` a traceback shows, outermost first (e.traceback keeps the innermost first). */
function shownFrames(x: PyException, ctx: PrintContext): readonly TracebackFrame[] {
  return limitFrames([...x.traceback].reverse(), ctx.limit);
}

/**
 * StackSummary.format: one string per frame (its File line, source line and carets), outermost
 * first as given, with a run of the same frame past the cutoff summarised in a string of its own.
 */
export function formatFrames(frames: readonly TracebackFrame[], sourceLines: readonly string[]): string[] {
  const out: string[] = [];
  let repeats = 0;
  let last: TracebackFrame | null = null;
  const flush = (): void => {
    if (repeats > RECURSIVE_CUTOFF) {
      const more = repeats - RECURSIVE_CUTOFF;
      out.push(`  [Previous line repeated ${more} more time${more === 1 ? '' : 's'}]\n`);
    }
  };
  for (const f of frames) {
    if (last !== null && f.file === last.file && f.line === last.line && f.func === last.func) {
      repeats++;
      if (repeats > RECURSIVE_CUTOFF) continue;
    } else {
      flush();
      repeats = 1;
    }
    last = f;
    let s = `  File "${f.file}", line ${f.line}, in ${f.func}\n`;
    const src = sourceLines[f.line - 1]?.trim();
    if (src) {
      s += `    ${src}\n`;
      const carets = f.position === undefined ? null : caretLine(f.position, f.line, sourceLines);
      if (carets !== null) s += `    ${carets}\n`;
    }
    out.push(s);
  }
  flush();
  return out;
}

export function lastLine(x: PyException): string {
  const msg = safeExcStr(x);
  const name = excTypeName(x);
  const line = msg === '' ? name : `${name}: ${msg}`;
  // Notes added with add_note() (3.11) follow the exception's line, one per line.
  const notes = x.attrs?.get('__notes__') as { items?: unknown[] } | undefined;
  if (notes === undefined || !Array.isArray(notes.items)) return line;
  return [line, ...notes.items.map((n) => String(n))].join('\n');
}

/** str(exc) for a report: a user `__str__` that raises shows as CPython shows it. */
export function safeExcStr(x: PyException): string {
  try {
    return excStr(x);
  } catch (e) {
    if (e instanceof PyException) return '<exception str() failed>';
    throw e;
  }
}

/** repr(v) for the trace, which must not fail: an int past 4300 digits has no decimal repr. */
export function safeRepr(v: unknown): string {
  try {
    return repr(v);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    return typeof v === 'bigint' ? `<int of ${bitLength(v)} bits>` : '<repr() failed>';
  }
}

/** The class name on a traceback's last line: a user class by its __qualname__ (`Outer.Inner`). */
function excTypeName(x: PyException): string {
  const cls = x.cls as { dict?: Map<string, unknown>; module: string };
  const qual = cls.dict instanceof Map ? cls.dict.get('__qualname__') : undefined;
  if (typeof qual !== 'string') return x.qualifiedName;
  // A library's class (dataclasses.FrozenInstanceError) is named with its module.
  return cls.module === '__main__' || cls.module === 'builtins' ? qual : `${cls.module}.${qual}`;
}
