/** Worker threads on the timeline: one row per lane, below the tasks, with its jobs' spans. */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/python/run.ts';
import { layoutTrace } from '../../../src/timeline/layout/layout-trace.ts';
import { SPAN_CODE } from '../../../src/timeline/layout/kinds.ts';
import { buildTraceView } from '../../../src/trace/views/spans.ts';

const PROGRAM = `import asyncio, time

def download(name, secs):
    print(f"{name}: start")
    time.sleep(secs)
    print(f"{name}: done")
    return name

async def main():
    await asyncio.gather(asyncio.to_thread(download, "a", 2), asyncio.to_thread(download, "b", 1))
    print(await asyncio.to_thread(download, "c", 0.5))

asyncio.run(main())
`;

describe('lane rows', () => {
  const trace = runProgram(PROGRAM, { filename: 'dl.py' }).trace;
  const layout = layoutTrace(trace);

  it('puts one row per worker thread after the task rows', () => {
    expect(layout.rows.map((r) => [r.name, r.task, r.lane])).toEqual([
      ['Task-1', 0, undefined],
      ['Task-2', 1, undefined],
      ['Task-3', 2, undefined],
      ['asyncio_0', -1, 0],
      ['asyncio_1', -2, 1],
    ]);
    expect(layout.rowOfTask.has(-1)).toBe(false);
  });

  it('draws each job as running then blocked by its time.sleep, and reuses an idle lane', () => {
    // Job "a" (0 to 2), then "c" (2 to 2.5) on the same, idle again, lane.
    const lane0 = layout.rows[3]!;
    expect(Array.from(lane0.starts)).toEqual([0, 0, 2, 2]);
    expect(Array.from(lane0.ends)).toEqual([0, 2, 2, 2.5]);
    expect(Array.from(lane0.kinds)).toEqual([SPAN_CODE.running, SPAN_CODE.blocked, SPAN_CODE.running, SPAN_CODE.blocked]);
    expect(lane0.row.spans.map((s) => s.label)).toEqual(['runs download()', 'time.sleep(2)', 'runs download()', 'time.sleep(0.5)']);
    const lane1 = layout.rows[4]!;
    expect(lane1.row.spans.map((s) => [s.kind, s.start, s.end])).toEqual([
      ['running', 0, 0],
      ['blocked', 0, 1],
    ]);
    expect(layout.barCount).toBe(layout.rows.reduce((n, r) => n + r.row.spans.length, 0));
  });

  it("marks the worker's prints on its lane, not on a task", () => {
    const view = buildTraceView(trace);
    expect(view.lanes[1]!.marks.map((m) => (m.kind === 'print' ? [m.t, m.text] : m.kind))).toEqual([
      [0, 'b: start\n'],
      [1, 'b: done\n'],
    ]);
    expect(view.looseMarks.filter((m) => m.kind === 'print' && m.text !== '')).toEqual([]);
  });

  it("labels the awaiting task's wait with the function it waits for", () => {
    const main = layout.rows[0]!.row.spans.filter((s) => s.kind === 'waiting').map((s) => s.label);
    expect(main).toContain('to_thread(download)');
    const t2 = layout.rows[1]!.row.spans.find((s) => s.kind === 'waiting');
    expect(t2).toMatchObject({ label: 'to_thread(download)', start: 0, end: 2 });
    expect(t2?.kind === 'waiting' && t2.on).toEqual({ kind: 'thread', label: 'to_thread(download)', job: 0 });
  });
});

describe("a lane's tooltip", () => {
  it('says a time.sleep blocks only the worker thread', async () => {
    const { tooltipFor } = await import('../../../src/ui/timeline/tooltip-text.ts');
    const layout = layoutTrace(runProgram(PROGRAM, { filename: 'dl.py' }).trace);
    const row = layout.rows.find((r) => r.lane === 1)!;
    const span = row.row.spans.findIndex((s) => s.kind === 'blocked');
    expect(tooltipFor(layout, { row: row.index, task: row.task, t: 0.5, span, mark: null })).toEqual({
      title: 'asyncio_1',
      lines: ['time.sleep(1) blocks this worker thread 0 s → 1 s', 'the loop and its tasks run on meanwhile'],
    });
  });
});
