/** The console text and Taskline trace exports: golden files, and a trace that reads back as it was written. */
import { describe, expect, it } from 'vitest';
import { consoleText } from '../../src/export/console-text.ts';
import { appExportInput, safeName } from '../../src/export/export-input.ts';
import { tasklineTraceJson } from '../../src/export/taskline-trace.ts';
import { readTraceFile } from '../../src/import/read-trace-file.ts';
import { loadTrace } from '../fixtures/load-trace.ts';
import { golden } from './golden.ts';

const SEED1_CODE = 'import asyncio\n# (the program)\n';

describe('console text export', () => {
  it('matches the golden files', () => {
    golden('seed1.txt', consoleText(loadTrace('seed1'), 'seed1'));
    golden('deadlock-rename.txt', consoleText(loadTrace('deadlock-rename'), 'deadlock-rename'));
  });

  it('pads the columns to the widest time and task name', () => {
    const lines = consoleText(loadTrace('seed1'), 'seed1').split('\n');
    expect(lines[0]).toBe('# seed1: Finished in 3.00 s — tasks slept 5.00 s in total: 1.67× overlap');
    expect(lines[1]).toBe('0.00 s  Task-2  Task 1 started');
    expect(lines.at(-2)).toBe('3.00 s  Task-1  Finished in 3.00 seconds');
  });
});

describe('Taskline trace export', () => {
  const input = appExportInput({ trace: loadTrace('seed1'), code: SEED1_CODE, exampleId: 'seed1', openedFile: null, theme: 'light' });

  it('matches the golden file', () => golden('seed1.trace.json', tasklineTraceJson(input)));

  it('carries the program and reads back as the same trace', () => {
    const read = readTraceFile(tasklineTraceJson(input), 'seed1.trace.json');
    if (!read.ok) throw new Error(read.message);
    expect(read.trace.program).toEqual({ filename: 'seed1.py', code: SEED1_CODE });
    const { program: _, ...rest } = read.trace;
    expect(rest).toEqual(loadTrace('seed1'));
  });
});

describe('export file names', () => {
  it('come from the example, else the program, else the opened file, else "taskline"', () => {
    const trace = loadTrace('seed1');
    const withProgram = { ...trace, program: { filename: 'lesson 3.py', code: '' } };
    const base = (s: Partial<Parameters<typeof appExportInput>[0]>) => appExportInput({ trace, code: null, exampleId: null, openedFile: null, theme: 'light', ...s }).baseName;
    expect(base({ exampleId: 'gather' })).toBe('gather');
    expect(base({ trace: withProgram, openedFile: 'x.trace.json' })).toBe('lesson 3');
    expect(base({ openedFile: 'run-7.trace.json' })).toBe('run-7');
    expect(base({})).toBe('taskline');
  });

  it('never carry path separators or control characters', () => {
    expect(safeName('../../etc/passwd')).toBe('etc-passwd');
    expect(safeName('a\u0000b:c')).toBe('a-b-c');
    expect(safeName('...')).toBe('taskline');
  });
});
