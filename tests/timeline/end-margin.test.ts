import { describe, expect, it } from 'vitest';
import { layoutTrace } from '../../src/timeline/layout/layout-trace.ts';
import { labelWidth } from '../../src/timeline/layout/bar-geometry.ts';
import { endMargin, MIN_END_MARGIN } from '../../src/timeline/render/svg/end-margin.ts';
import { OUTCOME_GAP } from '../../src/timeline/layers/outcome-text.ts';
import type { Trace } from '../../src/trace/format.ts';
import { loadTrace } from '../fixtures/load-trace.ts';

/** One task that sleeps `delay` and returns `repr`, and main that awaits nothing. */
function oneTask(delay: number, repr: string): Trace {
  return {
    version: 1,
    end: delay,
    events: [
      { type: 'create', t: 0, task: 0, name: 'Task-1', parent: null, coro: 'main' },
      { type: 'step', t: 0, task: 0 },
      { type: 'done', t: 0, task: 0, state: 'result', repr: 'None' },
      { type: 'create', t: 0, task: 1, name: 'Task-2', parent: 0, coro: 'work' },
      { type: 'step', t: 0, task: 1 },
      { type: 'suspend', t: 0, task: 1, on: { kind: 'sleep', label: `sleep ${delay}`, delay, until: delay } },
      { type: 'wake', t: delay, task: 1, by: null },
      { type: 'step', t: delay, task: 1 },
      { type: 'done', t: delay, task: 1, state: 'result', repr },
    ],
    outcome: { kind: 'ok' },
    exitCode: 0,
    stdout: '',
    stderr: '',
  };
}

describe('endMargin', () => {
  it('leaves room for the last axis label when nothing ends with a label', () => {
    expect(endMargin(layoutTrace(oneTask(2, 'None')), 600)).toBe(MIN_END_MARGIN);
  });

  it('fits the outcome label of a task that ends at the end of the run', () => {
    const text = "→ 'Done after 3 seconds'";
    expect(endMargin(layoutTrace(oneTask(3, "'Done after 3 seconds'")), 600)).toBeCloseTo(OUTCOME_GAP + labelWidth(text), 6);
  });

  it('lets a label of a task that ended earlier use the room its row has left', () => {
    // seed1: Task-3 ends at 2 of 3 s, well clear of the edge; Task-2's label at the end decides.
    const layout = layoutTrace(loadTrace('seed1'));
    expect(endMargin(layout, 520)).toBeCloseTo(OUTCOME_GAP + labelWidth("→ 'Done after 3 seconds'"), 6);
  });

  it('never takes more than 40% of the plot', () => {
    expect(endMargin(layoutTrace(oneTask(1, `'${'x'.repeat(200)}'`)), 500)).toBe(200);
  });
});
