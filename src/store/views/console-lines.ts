/**
 * The console as lines, each stamped with the virtual time and task of the print that began
 * it, so the console can follow the playhead and a click can select the task.
 */
import type { SourceSpan, TaskId, Trace } from '../../trace/format.ts';

export interface ConsoleLine {
  readonly text: string;
  readonly t: number;
  readonly task: TaskId | null;
  /** The task's name when it printed. */
  readonly taskName: string | null;
  readonly stream: 'stdout' | 'stderr';
  readonly call?: SourceSpan;
  /** Printed by a callback (call_soon, call_later, a done callback) that belongs to `task`, not by the task's own step. */
  readonly fromCallback?: true;
  /** Index in `trace.events` of the print that began the line, so it follows the playhead event by event. */
  readonly index: number;
}

interface Partial {
  text: string;
  t: number;
  task: TaskId | null;
  taskName: string | null;
  call?: SourceSpan;
  fromCallback?: true;
  index: number;
}

export function consoleLines(trace: Trace): ConsoleLine[] {
  const lines: ConsoleLine[] = [];
  const names = new Map<TaskId, string>();
  // Worker threads' prints carry their thread's name ("asyncio_0") in place of a task's.
  const laneNames = new Map<number, string>();
  // print(..., end="") leaves a line open; the next print to the same stream continues it.
  const open: Record<'stdout' | 'stderr', Partial | null> = { stdout: null, stderr: null };
  let sawStderr = false;
  // The task whose callback is running: a `callback` event comes just before what the callback
  // does, and the next handle the loop runs (a step, another iteration) ends it.
  let callbackOf: TaskId | null = null;

  const flush = (stream: 'stdout' | 'stderr') => {
    const p = open[stream];
    if (p) lines.push({ ...p, stream });
    open[stream] = null;
  };

  for (const [index, e] of trace.events.entries()) {
    if (e.type === 'create' || e.type === 'rename') names.set(e.task, e.name);
    if (e.type === 'lane-start') laneNames.set(e.lane, e.name);
    if (e.type === 'callback') callbackOf = e.task;
    else if (e.type === 'step' || e.type === 'tick') callbackOf = null;
    if (e.type !== 'print') continue;
    if (e.stream === 'stderr') sawStderr = true;
    const pieces = e.text.split('\n');
    pieces.forEach((piece, i) => {
      const last = i === pieces.length - 1;
      if (last && piece === '') return;
      let p = open[e.stream];
      if (!p) {
        const taskName = e.task !== null ? (names.get(e.task) ?? null) : e.lane !== undefined ? (laneNames.get(e.lane) ?? null) : null;
        p = { text: '', t: e.t, task: e.task, taskName, index };
        if (e.call) p.call = e.call;
        if (e.task !== null && e.task === callbackOf && e.lane === undefined) p.fromCallback = true;
        open[e.stream] = p;
      }
      p.text += piece;
      if (!last) flush(e.stream);
    });
  }
  flush('stdout');
  flush('stderr');
  // A traceback the engine wrote without a print event still belongs in the console.
  if (!sawStderr && trace.stderr) {
    for (const text of trace.stderr.replace(/\n$/, '').split('\n')) {
      lines.push({ text, t: trace.end, task: null, taskName: null, stream: 'stderr', index: trace.events.length });
    }
  }
  return lines;
}
