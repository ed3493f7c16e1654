/**
 * Pure rewrites of the program text that chart and table gestures ask for: change a delay
 * literal, rename a task. Each takes the spans the trace recorded; because the user may have
 * typed since that run, each first checks that the span still holds what it should and
 * returns null when it does not (the caller reports it instead of corrupting the code).
 */
import type { SourceSpan } from '../trace/format.ts';

/** A number as a Python literal, as short as it can be: 2.5, 3, 0.25. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  // Twelve significant digits drops the binary noise a drag produces (2.4999999999 → 2.5).
  const clean = Number(value.toPrecision(12));
  // JavaScript's shortest form (2.5, 3, 1e-7) is also a valid Python literal.
  return String(Object.is(clean, -0) ? 0 : clean);
}

const NUMBER_LITERAL = /^(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?$/;

/** Replaces the number literal at `literal` with `value`. Null when the span no longer holds a number. */
export function replaceDelay(code: string, literal: SourceSpan, value: number): string | null {
  if (!spanInside(code, literal)) return null;
  const old = code.slice(literal.from, literal.to).trim();
  if (!NUMBER_LITERAL.test(old)) return null;
  // The span must hold a whole number: part of one ("1" of "1.0e3", "10" of "0x10") is not a delay literal.
  const start = code.indexOf(old, literal.from);
  if (/[\w.]/.test(code[start - 1] ?? '') || /[\w.]/.test(code[start + old.length] ?? '')) return null;
  // Negative delays sleep for zero in asyncio; a literal stays non-negative so the code reads sensibly.
  const text = formatNumber(Math.max(0, value));
  // Only the number itself changes: whitespace in the span (a line break, say) stays.
  return code.slice(0, start) + text + code.slice(start + old.length);
}

/** Where a task's name comes from in the code: the create call and, if any, its name="..." literal. */
export interface RenameTarget {
  readonly call?: SourceSpan;
  readonly nameLiteral?: SourceSpan;
}

/**
 * Renames a task in the code: rewrites its `name=` string literal keeping the quote style, or
 * adds `, name="..."` to the `create_task(...)` call that made it. Null when neither is possible
 * (the task came from asyncio.run or gather, its name is computed, or the code changed).
 */
export function renameInCode(code: string, target: RenameTarget, name: string): string | null {
  if (target.nameLiteral) return replaceStringLiteral(code, target.nameLiteral, name);
  if (target.call) return addNameArgument(code, target.call, name);
  return null;
}

/** True when a task made by this call can be renamed by editing the code. */
export function canRename(code: string, target: RenameTarget): boolean {
  return renameInCode(code, target, 'x') !== null;
}

const STRING_LITERAL = /^([rRuU]?)('''|"""|'|")([\s\S]*)\2$/;

function replaceStringLiteral(code: string, span: SourceSpan, name: string): string | null {
  if (!spanInside(code, span)) return null;
  const match = STRING_LITERAL.exec(code.slice(span.from, span.to));
  if (!match) return null;
  const quote = match[2] as string;
  // A raw string cannot hold every escape; write a plain literal with the same quotes instead.
  return code.slice(0, span.from) + quote + escapeForPython(name, quote) + quote + code.slice(span.to);
}

function addNameArgument(code: string, call: SourceSpan, name: string): string | null {
  if (!spanInside(code, call)) return null;
  const text = code.slice(call.from, call.to);
  // The call may be asyncio.create_task(...), tg.create_task(...) or loop.create_task(...).
  const head = /(?<!\w)create_task\s*\(/.exec(text);
  if (!head) return null;
  const open = call.from + head.index + head[0].length - 1;
  const args = scanArguments(code, open);
  if (!args) return null;
  if (args.topLevel.some((arg) => /^name\s*=(?!=)/.test(arg.trim()))) return null;
  // Insert right after the last argument, so a multi-line call keeps its closing paren's line.
  let end = args.close;
  while (end > open + 1 && /\s/.test(code[end - 1] ?? '')) end -= 1;
  const trailingComma = code[end - 1] === ',';
  const insert = (trailingComma ? ' ' : ', ') + `name="${escapeForPython(name, '"')}"`;
  return code.slice(0, end) + insert + code.slice(end);
}

interface ArgumentScan {
  /** Offset of the matching closing paren. */
  readonly close: number;
  /** The text of each top-level argument. */
  readonly topLevel: readonly string[];
}

/** Walks a call's argument list from its opening paren, skipping nested brackets, strings and comments. */
function scanArguments(code: string, open: number): ArgumentScan | null {
  const topLevel: string[] = [];
  let depth = 0;
  let argStart = open + 1;
  for (let i = open; i < code.length; i++) {
    const ch = code[i] as string;
    if (ch === '#') {
      while (i < code.length && code[i] !== '\n') i++;
    } else if (ch === '"' || ch === "'") {
      const triple = code.startsWith(ch.repeat(3), i);
      const quote = triple ? ch.repeat(3) : ch;
      i += quote.length;
      while (i < code.length && !code.startsWith(quote, i)) i += code[i] === '\\' ? 2 : 1;
      i += quote.length - 1;
    } else if (ch === '(' || ch === '[' || ch === '{') {
      depth++;
    } else if (ch === ')' || ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) {
        const last = code.slice(argStart, i);
        if (last.trim() !== '') topLevel.push(last);
        return { close: i, topLevel };
      }
    } else if (ch === ',' && depth === 1) {
      topLevel.push(code.slice(argStart, i));
      argStart = i + 1;
    }
  }
  return null;
}

/** The body of a Python string literal delimited by `quote` that reads back as `text`. */
export function escapeForPython(text: string, quote: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === quote[0]) out += '\\' + ch;
    else out += ch;
  }
  return out;
}

function spanInside(code: string, span: SourceSpan): boolean {
  return span.from >= 0 && span.to <= code.length && span.from < span.to;
}
