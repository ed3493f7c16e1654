import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/python/run.ts';
import type { Trace, TraceEvent } from '../../../src/trace/format.ts';
import { wakeEdges } from '../../../src/trace/views/wakes.ts';

const programs = join(__dirname, '..', '..', 'engine', 'wakes');

function traceOf(name: string): Trace {
  return runProgram(readFileSync(join(programs, `${name}.py`), 'utf8'), { filename: `${name}.py`, seed: 1 }).trace;
}

function at(trace: Trace, i: number | null): TraceEvent | undefined {
  return i === null ? undefined : trace.events[i];
}

describe('wakeEdges', () => {
  it('a finished task: from its done event to the awaiter’s next step', () => {
    const trace = traceOf('task_done');
    const edges = wakeEdges(trace);
    const e = edges.find((x) => x.task === 0)!;
    expect(e.by).toBe(1);
    expect(at(trace, e.causeIndex)).toMatchObject({ type: 'done', task: 1 });
    expect(at(trace, e.wakeIndex)).toMatchObject({ type: 'wake', task: 0 });
    expect(at(trace, e.resumeIndex)).toMatchObject({ type: 'step', task: 0 });
    expect(e.resumeIndex!).toBeGreaterThan(e.wakeIndex);
    expect(e.cause).toBe('Task-2 finished');
  });

  it('a sleep: from the tick that ran its timer, by nobody', () => {
    const trace = traceOf('task_done');
    const e = wakeEdges(trace).find((x) => x.task === 1)!;
    expect(e.by).toBeNull();
    expect(at(trace, e.causeIndex)).toMatchObject({ type: 'tick', t: 1 });
    expect(e.cause).toBe('sleep 1 ended');
  });

  it('Event.set: from the setter’s step', () => {
    const trace = traceOf('event');
    const edges = wakeEdges(trace).filter((x) => x.task === 1 || x.task === 2);
    expect(edges).toHaveLength(2);
    for (const e of edges) {
      expect(at(trace, e.causeIndex)).toMatchObject({ type: 'step', task: 0, t: 1 });
      expect(e.cause).toBe('event.set() in Task-1');
      expect(at(trace, e.resumeIndex)).toMatchObject({ type: 'step', task: e.task });
    }
  });

  it('gather: from the child’s done event, naming it', () => {
    const trace = traceOf('gather');
    const e = wakeEdges(trace).find((x) => x.task === 0 && trace.events[x.wakeIndex]!.t === 2)!;
    expect(at(trace, e.causeIndex)).toMatchObject({ type: 'done', task: 1 });
    expect(e.cause).toBe('Task-2 finished (gather)');
  });

  it('queue: the words say which call ended the wait', () => {
    const causes = wakeEdges(traceOf('queue_put_get')).map((e) => e.cause);
    expect(causes).toContain('queue.put() in Task-3');
    expect(causes).toContain('queue.get() in Task-2');
    expect(causes).toContain('queue.task_done() in Task-2');
    expect(causes).toContain('cancel() in Task-1');
  });

  it('timeouts and TaskGroups read as such', () => {
    const timeouts = wakeEdges(traceOf('timeouts')).map((e) => e.cause);
    expect(timeouts).toContain('timeout while waiting on wait_for Task-2 (1 s)');
    expect(timeouts).toContain('timeout while waiting on sleep 5');
    const tg = wakeEdges(traceOf('taskgroup')).map((e) => e.cause);
    expect(tg).toContain('Task-3 finished (TaskGroup)');
  });

  it('a worker thread: from the job’s lane-end, by nobody', () => {
    const trace = runProgram(
      `
import asyncio, time

def work():
    time.sleep(1)
    return 1

async def main():
    print(await asyncio.to_thread(work))

asyncio.run(main())
`,
      { filename: 'prog.py' },
    ).trace;
    const [e] = wakeEdges(trace);
    expect(at(trace, e!.wakeIndex)).toMatchObject({ type: 'wake', task: 0, by: null, cause: 'thread' });
    expect(at(trace, e!.causeIndex)).toMatchObject({ type: 'lane-end', job: 0 });
    expect(e!.cause).toBe('to_thread(work) finished');
  });

  it('a task that never ran again has no resume; a trace without causes still reads', () => {
    const trace: Trace = {
      version: 1,
      end: 1,
      outcome: { kind: 'ok' },
      exitCode: 0,
      stdout: '',
      stderr: '',
      events: [
        { type: 'create', t: 0, task: 0, name: 'main', parent: null },
        { type: 'create', t: 0, task: 1, name: 'w', parent: 0 },
        { type: 'step', t: 0, task: 1 },
        { type: 'suspend', t: 0, task: 1, on: { kind: 'future', label: 'a future', object: 3 } },
        { type: 'step', t: 0, task: 0 },
        { type: 'wake', t: 0, task: 1, by: 0 },
      ],
    };
    const [e] = wakeEdges(trace);
    expect(e).toEqual({ task: 1, wakeIndex: 5, resumeIndex: null, by: 0, causeIndex: 4, cause: 'main' });
  });
});
