/**
 * The conformance cases as data, checked without running Taskline: every case has expected
 * results from the oracle, the suite stays broad, and the comparison reads outputs the way
 * ../shared/oracle/check.sh does. (conformance.test.ts runs the cases themselves.)
 */
import { describe, expect, it } from 'vitest';
import { compareOutcome, firstDifference, lastNonEmptyLine, loadCases, ownCasesDir } from './cases.ts';

describe('conformance suite itself', () => {
  it('has a broad set of its own cases, each with expected results from the oracle', () => {
    const own = loadCases(ownCasesDir, 'own');
    expect(own.length).toBeGreaterThanOrEqual(90);
    expect(own.filter((c) => c.expected === null).map((c) => c.name)).toEqual([]);
    const areas = new Set(own.map((c) => c.name.split('_')[0]));
    for (const area of ['basics', 'lang', 'format', 'order', 'cancel', 'gather', 'wait', 'group', 'sync', 'time']) {
      expect(areas.has(area), `area ${area}`).toBe(true);
    }
  });

  it('reports the first differing stdout line', () => {
    expect(firstDifference('a\nb\n', 'a\nb\n')).toBeNull();
    expect(firstDifference('a\nb\n', 'a\nc\n')).toBe('stdout line 2: expected "b", got "c"');
    expect(firstDifference('a\n', 'a\nextra\n')).toBe('stdout line 2: unexpected extra output "extra"');
    expect(firstDifference('a\nb\n', 'a\n')).toBe('stdout line 2: output ended, expected "b"');
  });

  it('reads the last non-empty stderr line the way check.sh does', () => {
    expect(lastNonEmptyLine('Traceback\n  x\nValueError: boom\n\n  \n')).toBe('ValueError: boom');
    expect(lastNonEmptyLine('    +----\r\n')).toBe('    +----');
    expect(lastNonEmptyLine('')).toBe('');
    const expected = { stdout: 'ok\n', exit: 1, stderrLast: 'ValueError: boom' };
    expect(compareOutcome(expected, { stdout: 'ok\n', stderr: 'T\nValueError: boom\n', exitCode: 1 })).toEqual([]);
    expect(compareOutcome(expected, { stdout: 'ok\n', stderr: 'KeyError: k\n', exitCode: 0 })).toEqual([
      'exit 0, expected 1 (stderr: KeyError: k)',
      'last stderr line "KeyError: k", expected "ValueError: boom"',
    ]);
  });
});
