/** Interim wake edges and the task table's "Waited on" / "Woken by" columns built on them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/python/run.ts';
import { buildTaskRows } from '../../../src/trace/views/spans.ts';
import { wakeEdges } from '../../../src/trace/views/wake-edges-interim.ts';
import { counted, wakeColumns } from '../../../src/ui/task-table/wake-columns.ts';

const SEED1 = readFileSync(new URL('../../../src/examples/seed1.py', import.meta.url), 'utf8');
const seed1 = runProgram(SEED1, { filename: 'seed1.py' }).trace;

describe('wake edges (interim)', () => {
  it('one edge per wake, resumed at the woken task next step', () => {
    const edges = wakeEdges(seed1);
    expect(edges.map((e) => e.task)).toEqual([2, 1, 0]);
    expect(edges.slice(0, 2).map((e) => e.cause)).toEqual(['sleep 2 ended', 'sleep 3 ended']);
    for (const e of edges) {
      expect(seed1.events[e.wakeIndex]).toMatchObject({ type: 'wake', task: e.task });
      expect(seed1.events[e.resumeIndex!]).toMatchObject({ type: 'step', task: e.task });
    }
  });
});

describe('wake columns', () => {
  it('say what each task waited on and what woke it', () => {
    const cols = wakeColumns(seed1, buildTaskRows(seed1));
    expect(cols.get(0)?.waitedOn).toBe('waits for Task-2');
    expect(cols.get(1)).toEqual({ waitedOn: 'sleep 3', wokenBy: 'sleep 3 ended' });
  });
  it('count repeats', () => {
    expect(counted(['a', 'b', 'b'])).toBe('a, b ×2');
    expect(counted([])).toBe('—');
  });
});
