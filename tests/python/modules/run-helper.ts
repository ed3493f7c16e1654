/** Runs a program and gives what a test compares: stdout, and the last stderr line on failure. */
import { runProgram } from '../../../src/python/run.ts';

export function out(source: string): string {
  const r = runProgram(source, { filename: 'main.py', trace: false });
  if (r.exitCode !== 0) return `${r.stdout}!! ${r.stderr.trim().split('\n').at(-1) ?? ''}`;
  return r.stdout;
}

/** The program's lines joined, so tests read like the Python they run. */
export function py(...lines: string[]): string {
  return lines.join('\n') + '\n';
}
