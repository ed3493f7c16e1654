/** The tokens the lexer produces, named after CPython's `token` module. */

export type TokenType =
  | 'NAME'
  | 'NUMBER'
  | 'STRING'
  | 'OP'
  | 'NEWLINE'
  | 'INDENT'
  | 'DEDENT'
  | 'ENDMARKER'
  /** Where the tokenizer stopped on an error; the parser reports the lexer's error when it reaches it. */
  | 'ERRORTOKEN';

export interface Token {
  readonly type: TokenType;
  /** The source text of the token ('' for NEWLINE at end of file, INDENT, DEDENT, ENDMARKER). */
  readonly value: string;
  /** 0-based character offsets [from, to). */
  readonly from: number;
  readonly to: number;
  /** 1-based line and 0-based column of the start. */
  readonly line: number;
  readonly col: number;
  /** 1-based line and 0-based column of the end. */
  readonly endLine: number;
  readonly endCol: number;
}

/** Words that can never be names. (`match`, `case`, `_` are soft keywords and stay NAMEs.) */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import',
  'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while',
  'with', 'yield',
]);
