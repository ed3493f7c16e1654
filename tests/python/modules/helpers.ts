/** Run a small program and read its stdout (and the last stderr line). */
import { runProgram } from '../../../src/python/run.ts';

export function run(source: string): { out: string; err: string; exit: number } {
  const r = runProgram(source, { filename: 'p.py', trace: false });
  const err = r.stderr.trimEnd().split('\n').pop() ?? '';
  return { out: r.stdout, err, exit: r.exitCode };
}

/** The printed lines of `print(expr)` for each expression, after `setup`. */
export function show(setup: string, ...exprs: string[]): string[] {
  const r = run(`${setup}\n${exprs.map((e) => `print(${e})`).join('\n')}\n`);
  if (r.exit !== 0) throw new Error(r.err);
  return r.out.trimEnd().split('\n');
}
