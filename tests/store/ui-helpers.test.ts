/** Pure helpers behind the editor and the chart wiring (their components need a browser; these do not). */
import { describe, expect, it } from 'vitest';
import { Text } from '@codemirror/state';
import { minimalChange } from '../../src/ui/editor/minimal-change.ts';
import { toDiagnostics } from '../../src/ui/editor/diagnostics.ts';
import { selectionSource } from '../../src/store/views/selection-source.ts';
import { buildTaskRows } from '../../src/trace/views/spans.ts';
import { TRACE_VERSION, type SourceSpan, type Trace } from '../../src/trace/format.ts';

describe('minimalChange', () => {
  it('replaces only the differing middle, so a cursor elsewhere is mapped unchanged', () => {
    expect(minimalChange('sleep(3)\nx', 'sleep(2.5)\nx')).toEqual({ from: 6, to: 7, insert: '2.5' });
    expect(minimalChange('abc', 'abc')).toBeNull();
    expect(minimalChange('aaa', 'aaaa')).toEqual({ from: 3, to: 3, insert: 'a' });
    expect(minimalChange('hello', '')).toEqual({ from: 0, to: 5, insert: '' });
  });
  it('applying the change gives the new text', () => {
    const before = 'create_task(work(1))\nawait t';
    const after = 'create_task(work(1), name="w")\nawait t';
    const c = minimalChange(before, after)!;
    expect(before.slice(0, c.from) + c.insert + before.slice(c.to)).toBe(after);
  });
});

describe('toDiagnostics', () => {
  const doc = Text.of(['import asyncio', '', '    x = = 1', 'end']);
  it('underlines from the column to the end of the line', () => {
    const [d] = toDiagnostics(doc, { line: 3, col: 6, message: 'SyntaxError: invalid syntax' });
    expect(d).toMatchObject({ severity: 'error', message: 'SyntaxError: invalid syntax' });
    expect(doc.sliceString(d!.from, d!.to)).toBe('= = 1');
  });
  it('underlines the code of the line (not its indent) when there is no column', () => {
    const [d] = toDiagnostics(doc, { line: 3, col: null, message: 'ValueError: boom' });
    expect(doc.sliceString(d!.from, d!.to)).toBe('x = = 1');
  });
  it('still marks something on an empty line and ignores lines past the end', () => {
    expect(toDiagnostics(doc, { line: 2, col: 0, message: 'm' })).toHaveLength(1);
    expect(toDiagnostics(doc, { line: 9, col: 0, message: 'm' })).toEqual([]);
    expect(toDiagnostics(doc, null)).toEqual([]);
  });
});

describe('selectionSource', () => {
  const span = (from: number): SourceSpan => ({ from, to: from + 5, line: 1, col: from });
  const trace: Trace = {
    version: TRACE_VERSION,
    end: 3,
    exitCode: 0,
    stdout: '',
    stderr: '',
    outcome: { kind: 'ok' },
    events: [
      { type: 'create', t: 0, task: 0, name: 'Task-1', parent: null },
      { type: 'create', t: 0, task: 1, name: 'Task-2', parent: 0, call: span(100) },
      { type: 'step', t: 0, task: 1 },
      { type: 'suspend', t: 0, task: 1, on: { kind: 'sleep', label: 'sleep 3', delay: 3, until: 3, call: span(200), literal: span(210) } },
      { type: 'wake', t: 3, task: 1, by: null },
      { type: 'step', t: 3, task: 1 },
      { type: 'done', t: 3, task: 1, state: 'result', repr: 'None' },
    ],
  };
  const rows = buildTaskRows(trace);
  it('points at the sleep call when the clicked moment is inside a sleep', () => {
    expect(selectionSource(rows, 1, 1.5)?.from).toBe(200);
  });
  it('points at the create call otherwise', () => {
    expect(selectionSource(rows, 1, undefined)?.from).toBe(100);
    expect(selectionSource(rows, 0, 1)).toBeUndefined();
    expect(selectionSource(rows, undefined, 1)).toBeUndefined();
    expect(selectionSource(rows, 7, 1)).toBeUndefined();
  });
});
