/** print(file=...): CPython writes each argument, separator and end with its own file.write(). */
import { expect, it } from 'vitest';
import { runProgram } from '../../../src/python/run.ts';

it('writes piece by piece to a file object, flushes on flush=True, and reaches sys.stderr', () => {
  const source = [
    'import sys',
    'class Sink:',
    '    def __init__(self):',
    '        self.parts = []',
    '    def write(self, s):',
    '        self.parts.append(s)',
    '        return len(s)',
    '    def flush(self):',
    '        self.parts.append("<flush>")',
    's = Sink()',
    'print("a", 1, [2], sep="-", end="!", file=s)',
    'print(file=s, flush=True)',
    'print("x", file=None)',
    'print(s.parts)',
    'print("to stderr", file=sys.stderr)',
    'n = sys.stderr.write("héllo\\n")',
    'print(n)',
  ].join('\n');
  const r = runProgram(source, { filename: 'p.py', trace: false });
  expect(r.stdout).toBe("x\n['a', '-', '1', '-', '[2]', '!', '\\n', '<flush>']\n6\n");
  expect(r.stderr).toBe('to stderr\nhéllo\n');
});
