/** The text CPython prints on stderr for an uncaught exception, chained causes included. */
import { PyException, isSubclass, BaseExceptionGroup } from '../engine/exceptions.ts';
import { excStr } from './runtime/repr.ts';

export function formatException(e: PyException, sourceLines: readonly string[]): string {
  const seen = new Set<PyException>();
  const out: string[] = [];
  const emit = (x: PyException): void => {
    seen.add(x);
    if (x.cause !== null && !seen.has(x.cause)) {
      emit(x.cause);
      out.push('\nThe above exception was the direct cause of the following exception:\n\n');
    } else if (x.context !== null && !x.suppressContext && !seen.has(x.context)) {
      emit(x.context);
      out.push('\nDuring handling of the above exception, another exception occurred:\n\n');
    }
    out.push(single(x, sourceLines));
  };
  emit(e);
  return out.join('');
}

/** Like CPython, a frame repeated more than this many times in a row is summarised. */
const RECURSIVE_CUTOFF = 3;

function frames(x: PyException, sourceLines: readonly string[], indent: string): string {
  let s = '';
  let repeats = 0;
  let last: (typeof x.traceback)[number] | null = null;
  const flush = (): void => {
    if (repeats > RECURSIVE_CUTOFF) {
      const more = repeats - RECURSIVE_CUTOFF;
      s += `${indent}  [Previous line repeated ${more} more time${more === 1 ? '' : 's'}]\n`;
    }
  };
  // Frames were recorded innermost first; tracebacks print outermost first.
  for (let i = x.traceback.length - 1; i >= 0; i--) {
    const f = x.traceback[i]!;
    if (last !== null && f.file === last.file && f.line === last.line && f.func === last.func) {
      repeats++;
      if (repeats > RECURSIVE_CUTOFF) continue;
    } else {
      flush();
      repeats = 1;
    }
    last = f;
    s += `${indent}  File "${f.file}", line ${f.line}, in ${f.func}\n`;
    const src = sourceLines[f.line - 1]?.trim();
    if (src) s += `${indent}    ${src}\n`;
  }
  flush();
  return s;
}

export function lastLine(x: PyException): string {
  const msg = excStr(x);
  return msg === '' ? x.qualifiedName : `${x.qualifiedName}: ${msg}`;
}

function single(x: PyException, sourceLines: readonly string[]): string {
  if (isSubclass(x.cls, BaseExceptionGroup) && Array.isArray(x.args[1])) return group(x, sourceLines);
  return `Traceback (most recent call last):\n${frames(x, sourceLines, '')}${lastLine(x)}\n`;
}

/** Exception groups print as a tree (PEP 654's format). */
function group(x: PyException, sourceLines: readonly string[]): string {
  const subs = x.args[1] as PyException[];
  let s = `  + Exception Group Traceback (most recent call last):\n${frames(x, sourceLines, '  |')}  | ${lastLine(x)}\n`;
  subs.forEach((sub, i) => {
    s += `${i === 0 ? '  +-+' : '    +'}---------------- ${i + 1} ----------------\n`;
    const body = single(sub, sourceLines).replace(/\n$/, '').split('\n');
    for (const line of body) s += `    | ${line}\n`;
  });
  s += '    +------------------------------------\n';
  return s;
}
