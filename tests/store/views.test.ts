import { describe, expect, it } from 'vitest';
import { consoleLines } from '../../src/store/views/console-lines.ts';
import { runProgram } from '../../src/python/run.ts';
import { outcomeDetail } from '../../src/store/views/outcome-detail.ts';
import { nameAt } from '../../src/store/views/task-names.ts';
import { parseSpeed } from '../../src/store/playback.ts';
import { TRACE_VERSION, type Trace, type TraceEvent } from '../../src/trace/format.ts';

function trace(events: TraceEvent[], extra: Partial<Trace> = {}): Trace {
  return { version: TRACE_VERSION, end: 2, events, outcome: { kind: 'ok' }, exitCode: 0, stdout: '', stderr: '', ...extra };
}

describe('consoleLines', () => {
  it('stamps each line with the time and the task name at print time', () => {
    const t = trace([
      { type: 'create', t: 0, task: 0, name: 'Task-1', parent: null },
      { type: 'print', t: 0, task: 0, text: 'a\nb\n', stream: 'stdout' },
      { type: 'rename', t: 1, task: 0, name: 'boss' },
      { type: 'print', t: 1.5, task: 0, text: 'c\n', stream: 'stdout' },
      { type: 'print', t: 2, task: null, text: 'Traceback\n  boom\n', stream: 'stderr' },
    ]);
    expect(consoleLines(t).map((l) => [l.text, l.t, l.taskName, l.stream])).toEqual([
      ['a', 0, 'Task-1', 'stdout'],
      ['b', 0, 'Task-1', 'stdout'],
      ['c', 1.5, 'boss', 'stdout'],
      ['Traceback', 2, null, 'stderr'],
      ['  boom', 2, null, 'stderr'],
    ]);
  });

  it('marks the prints of a callback: after its callback event, until the next step or loop iteration', () => {
    const t = trace([
      { type: 'create', t: 0, task: 0, name: 'Task-1', parent: null },
      { type: 'step', t: 0, task: 0 },
      { type: 'print', t: 0, task: 0, text: 'own\n', stream: 'stdout' },
      { type: 'callback', t: 0.5, task: 0, label: 'report() at p.py:3' },
      { type: 'print', t: 0.5, task: 0, text: 'from callback\n', stream: 'stdout' },
      { type: 'step', t: 0.5, task: 0 },
      { type: 'print', t: 0.5, task: 0, text: 'own again\n', stream: 'stdout' },
    ]);
    expect(consoleLines(t).map((l) => [l.text, l.fromCallback ?? false])).toEqual([
      ['own', false],
      ['from callback', true],
      ['own again', false],
    ]);
  });

  it('joins prints made with end="" into one line stamped by the first', () => {
    const t = trace([
      { type: 'print', t: 0, task: null, text: 'x', stream: 'stdout' },
      { type: 'print', t: 1, task: null, text: 'y\n', stream: 'stdout' },
      { type: 'print', t: 2, task: null, text: 'tail', stream: 'stdout' },
    ]);
    expect(consoleLines(t).map((l) => [l.text, l.t])).toEqual([
      ['xy', 0],
      ['tail', 2],
    ]);
  });

  it('falls back to trace.stderr when no print event carried it', () => {
    const t = trace([], { stderr: 'Traceback (most recent call last):\nValueError: x\n', end: 4 });
    expect(consoleLines(t).map((l) => [l.text, l.t, l.stream])).toEqual([
      ['Traceback (most recent call last):', 4, 'stderr'],
      ['ValueError: x', 4, 'stderr'],
    ]);
  });
});

describe('outcomeDetail', () => {
  it('names the line of a syntax error and gives the editor a diagnostic', () => {
    const d = outcomeDetail(trace([], { outcome: { kind: 'syntax', type: 'SyntaxError', message: 'invalid syntax', line: 3, col: 4 } }));
    expect(d.tone).toBe('error');
    expect(d.lines[0]).toBe('SyntaxError on line 3, column 5: invalid syntax');
    expect(d.diagnostic).toEqual({ line: 3, col: 4, message: 'SyntaxError: invalid syntax' });
  });
  it('lists who waits on what in a deadlock', () => {
    const d = outcomeDetail(trace([], { outcome: { kind: 'deadlock', waiting: [{ task: 1, name: 'Task-2', on: 'lock' }] } }));
    expect(d.lines).toEqual(['Deadlock: nothing can run while main() is unfinished.', 'Task-2 waits on lock']);
  });
  it('an uncaught error underlines its line', () => {
    const d = outcomeDetail(trace([], { outcome: { kind: 'error', type: 'ValueError', message: 'boom', line: 7, traceback: '' } }));
    expect(d.diagnostic?.line).toBe(7);
    expect(d.lines[0]).toBe('Uncaught ValueError: boom on line 7');
  });
  it('is quiet for a clean run', () => {
    expect(outcomeDetail(trace([]))).toEqual({ tone: 'ok', lines: [], diagnostic: null });
  });
});

describe('playback speeds and names', () => {
  it('parses speeds from a select value', () => {
    expect(parseSpeed('0.25')).toBe(0.25);
    expect(parseSpeed('instant')).toBe('instant');
    expect(parseSpeed('3')).toBeNull();
  });
  it('nameAt follows renames', () => {
    const t = trace([
      { type: 'create', t: 0, task: 0, name: 'a', parent: null },
      { type: 'rename', t: 1, task: 0, name: 'b' },
    ]);
    expect(nameAt(t, 0, 0.5)).toBe('a');
    expect(nameAt(t, 0, 1)).toBe('b');
  });
});

describe('console lines from worker threads', () => {
  it("name the worker's thread where a task's name would be", () => {
    const trace = runProgram(
      'import asyncio, time\n\ndef fetch():\n    time.sleep(1)\n    print("fetched")\n\nasync def main():\n    await asyncio.to_thread(fetch)\n    print("done")\n\nasyncio.run(main())\n',
      { filename: 'p.py' },
    ).trace;
    expect(consoleLines(trace).map((l) => [l.text, l.t, l.task, l.taskName])).toEqual([
      ['fetched', 1, null, 'asyncio_0'],
      ['done', 1, 0, 'Task-1'],
    ]);
  });
});
