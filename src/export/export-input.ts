/**
 * What the app exports: the trace on screen, the program it came from, and a base name for the
 * files: the example's id, else the program's file name, else the opened file's name, else
 * "taskline" for the user's own code.
 */
import type { Trace } from '../trace/format.ts';
import type { ExportTheme } from './svg/standalone-svg.ts';
import type { ExportInput } from './types.ts';

export interface AppExportSource {
  readonly trace: Trace;
  /** The code the trace was run from (null: an opened file without its program). */
  readonly code: string | null;
  readonly exampleId: string | null;
  /** The name of the trace file on screen, when one was opened. */
  readonly openedFile: string | null;
  readonly theme: ExportTheme;
}

export function appExportInput(s: AppExportSource): ExportInput {
  const baseName = s.exampleId ?? s.trace.program?.filename.replace(/\.py$/i, '') ?? s.openedFile?.replace(/(\.trace)?\.json$/i, '') ?? 'taskline';
  const program = s.trace.program ?? (s.code !== null ? { filename: `${safeName(baseName)}.py`, code: s.code } : undefined);
  return { trace: s.trace, baseName: safeName(baseName), theme: s.theme, ...(program ? { program } : {}) };
}

/** A base name every file system takes: no separators, no control or reserved characters. */
export function safeName(name: string): string {
  const cleaned = name.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-').replace(/^[.\s-]+|[.\s]+$/g, '');
  return cleaned.slice(0, 80) || 'taskline';
}
