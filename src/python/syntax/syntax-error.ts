/**
 * The error the Python front end throws when a program cannot be compiled: a real Python syntax
 * error (with CPython 3.11's message, line and column) or a construct that is valid Python but
 * outside the subset Taskline runs (`unsupported: true`, a message that names the construct).
 *
 * Unsupported constructs use the same class so that every caller (the runner, the editor's
 * diagnostics) has a single error shape to display; the flag lets the UI word it differently
 * ("Taskline does not run this yet" rather than "your program is wrong").
 */

/** `UnsupportedError` is Taskline's own: valid Python outside the subset, never a type CPython would raise for it. */
export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError' | 'UnsupportedError';

export interface PySyntaxErrorInit {
  readonly type?: SyntaxErrorType;
  readonly message: string;
  /** 1-based line. */
  readonly line: number;
  /** 0-based column (CPython's `offset` minus one). */
  readonly col: number;
  /** 0-based end column on the same line, when CPython reports a range there. */
  readonly endCol?: number;
  /** The text of the offending line, without its line break. */
  readonly lineText: string;
  /** The construct is valid Python that Taskline does not support. */
  readonly unsupported?: boolean;
  /** The file name given to parseModule, for tracebacks (`File "main.py", line 3`). */
  readonly filename?: string;
}

export class PySyntaxError extends Error {
  readonly type: SyntaxErrorType;
  readonly line: number;
  readonly col: number;
  readonly endCol?: number;
  readonly lineText: string;
  readonly unsupported: boolean;
  filename: string;

  constructor(init: PySyntaxErrorInit) {
    super(init.message);
    this.name = 'PySyntaxError';
    this.type = init.unsupported ? 'UnsupportedError' : (init.type ?? 'SyntaxError');
    this.line = init.line;
    this.col = init.col;
    if (init.endCol !== undefined) this.endCol = init.endCol;
    this.lineText = init.lineText;
    this.unsupported = init.unsupported ?? false;
    this.filename = init.filename ?? '<string>';
  }

  /** The last line of CPython's report: `SyntaxError: invalid syntax`. */
  get summary(): string {
    return `${this.type}: ${this.message}`;
  }
}

export function isPySyntaxError(e: unknown): e is PySyntaxError {
  return e instanceof PySyntaxError;
}

/**
 * Maps character offsets to 1-based lines and 0-based columns. Built once per source so that
 * spans and errors can be located without rescanning the text.
 */
export class LineMap {
  /** Offset at which each line starts (index 0 is line 1). */
  private readonly starts: number[] = [0];

  constructor(readonly source: string) {
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (source.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line containing `offset`. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1]!;
  }

  colOf(offset: number): number {
    return offset - this.lineStart(this.lineOf(offset));
  }

  /** The text of a 1-based line without its line break. */
  lineText(line: number): string {
    if (line < 1 || line > this.starts.length) return '';
    const start = this.starts[line - 1]!;
    let end = line < this.starts.length ? this.starts[line]! : this.source.length;
    while (end > start && (this.source.charCodeAt(end - 1) === 10 || this.source.charCodeAt(end - 1) === 13)) end--;
    return this.source.slice(start, end);
  }

  /** An error located at a line and column. */
  error(message: string, line: number, col: number, opts: { type?: SyntaxErrorType; endCol?: number; unsupported?: boolean } = {}): PySyntaxError {
    return new PySyntaxError({ message, line, col, lineText: this.lineText(line), ...opts });
  }

  /** An error covering source offsets [from, to) (the end column is kept only on the same line). */
  errorAt(message: string, from: number, to?: number, opts: { type?: SyntaxErrorType; unsupported?: boolean } = {}): PySyntaxError {
    const line = this.lineOf(from);
    const col = from - this.lineStart(line);
    let endCol: number | undefined;
    if (to !== undefined && to > from && this.lineOf(to) === line) endCol = to - this.lineStart(line);
    return this.error(message, line, col, { ...opts, ...(endCol !== undefined ? { endCol } : {}) });
  }
}
