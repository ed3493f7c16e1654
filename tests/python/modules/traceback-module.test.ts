import { describe, expect, it } from 'vitest';
import { out, py } from './run-helper.ts';

// Expected texts are what CPython 3.11 prints for the same programs (file main.py).
const CHAINED = py(
  'import traceback, sys',
  'def f():',
  '    raise ValueError("v")',
  'try:',
  '    try:',
  '        f()',
  '    except ValueError as e:',
  '        raise KeyError("k") from e',
  'except KeyError as e:',
);

describe('traceback', () => {
  it('limits each exception of a chain to its outermost or innermost frames', () => {
    expect(out(CHAINED + '    print(traceback.format_exc(limit=1), end="")\n')).toBe(
      [
        'Traceback (most recent call last):',
        '  File "main.py", line 6, in <module>',
        '    f()',
        'ValueError: v',
        '',
        'The above exception was the direct cause of the following exception:',
        '',
        'Traceback (most recent call last):',
        '  File "main.py", line 8, in <module>',
        '    raise KeyError("k") from e',
        "KeyError: 'k'",
        '',
      ].join('\n'),
    );
    expect(out(CHAINED + '    traceback.print_exc(limit=-1, chain=False, file=sys.stdout)\n')).toBe(
      'Traceback (most recent call last):\n  File "main.py", line 8, in <module>\n    raise KeyError("k") from e\nKeyError: \'k\'\n',
    );
  });

  it('gives format_exception one piece per header, frame and message', () => {
    expect(out(CHAINED + '    print(len(traceback.format_exception(e)), traceback.format_exception(e, limit=0, chain=False))\n')).toBe(
      "8 [\"KeyError: 'k'\\n\"]\n",
    );
  });

  it('formats a traceback object frame by frame', () => {
    expect(out(CHAINED + '    print(traceback.format_tb(e.__cause__.__traceback__, limit=-1))\n')).toBe(
      `['  File "main.py", line 3, in f\\n    raise ValueError("v")\\n']\n`,
    );
  });

  it('extracts the running stack, innermost frames first under a limit', () => {
    expect(out(py('import traceback', 'def f():', '    return traceback.extract_stack(limit=1)', 'print(f(), f()[0].line)'))).toBe(
      '[<FrameSummary file main.py, line 3 in f>] return traceback.extract_stack(limit=1)\n',
    );
  });
});
