/**
 * The mistakes behind a run that could not finish: a deadlock (who waits on whom, as a cycle
 * when the trace says who holds what) and an endless loop stopped by the budget.
 */
import type { Module } from '../../python/syntax/ast.ts';
import type { SourceSpan, TaskId, Trace, TraceEvent } from '../format.ts';
import type { MistakeFlag } from './flag-types.ts';
import { asyncDefs, loopAround, loopWithoutAwait } from './flag-source.ts';
import type { TaskInfo } from './flags.ts';

// --- a deadlock: who waits on whom ----------------------------------------------------------------------

/** Fields a newer trace adds to each deadlocked wait (the primitive and who holds it). */
interface WaitHolders {
  readonly object?: number;
  readonly holders?: readonly TaskId[];
}

export function deadlockCycle(trace: Trace, names: Map<TaskId, TaskInfo>): MistakeFlag[] {
  const o = trace.outcome;
  if (o.kind !== 'deadlock' || o.waiting.length === 0) return [];
  // Who each stuck task needs to act: the outcome's holders when the trace has them, else the tasks it awaits.
  const lastWait = new Map<TaskId, { on: Extract<TraceEvent, { type: 'suspend' }>['on']; index: number; at?: SourceSpan }>();
  trace.events.forEach((e, i) => {
    if (e.type === 'suspend') lastWait.set(e.task, { on: e.on, index: i });
  });
  const needs = new Map<TaskId, readonly TaskId[]>();
  for (const w of o.waiting) {
    const holders = (w as typeof w & WaitHolders).holders;
    const on = lastWait.get(w.task)?.on;
    const awaited = on && 'task' in on && on.task !== undefined ? [on.task] : on && 'tasks' in on ? on.tasks : [];
    needs.set(w.task, holders ?? awaited);
  }
  const cycle = findCycle(o.waiting.map((w) => w.task), needs);
  const name = (id: TaskId) => names.get(id)?.name ?? o.waiting.find((w) => w.task === id)?.name ?? `task ${id}`;
  const onOf = (id: TaskId) => o.waiting.find((w) => w.task === id)?.on ?? 'something';
  const members = cycle ?? o.waiting.map((w) => w.task);
  const first = members[0]!;
  const waitEvent = lastWait.get(first);
  const callLine = (() => {
    const on = waitEvent?.on;
    return on && 'call' in on ? on.call?.line : undefined;
  })();
  const message = cycle
    ? `Deadlock: ${cycle.map((id, k) => `${name(id)} waits for ${onOf(id)} held by ${name(cycle[(k + 1) % cycle.length]!)}`).join(', ')}.`
    : stuckMessage(o.waiting, needs);
  return [
    {
      kind: 'deadlock-cycle',
      task: first,
      t: trace.end,
      ...(waitEvent ? { eventIndex: waitEvent.index } : {}),
      ...(callLine !== undefined ? { line: callLine } : {}),
      related: members.slice(1),
      ...(cycle ? { cycle: true } : {}),
      message,
      fix: cycle
        ? 'Take the locks in the same order in every task, or do not hold one while waiting for another.'
        : 'Make sure some task will set, release or fill what these tasks wait for, or give the waits a timeout.',
    },
  ];
}

/** No cycle: name the waits at the bottom (those no stuck task can end), then who waits on them. */
function stuckMessage(waiting: readonly { task: TaskId; name: string; on: string }[], needs: ReadonlyMap<TaskId, readonly TaskId[]>): string {
  const stuck = new Set(waiting.map((w) => w.task));
  const onStuck = (w: { task: TaskId }) => (needs.get(w.task) ?? []).some((n) => stuck.has(n));
  const roots = waiting.filter((w) => !onStuck(w));
  const above = waiting.filter(onStuck);
  const list = (ws: readonly { name: string; on: string }[]) => ws.map((w) => `${w.name} waits for ${w.on}`).join(', ');
  return `Deadlock: ${list(roots.length > 0 ? roots : waiting)}, and nothing left can wake ${roots.length === 1 ? 'it' : 'them'}${roots.length > 0 && above.length > 0 ? ` (${list(above)})` : ''}.`;
}

function findCycle(starts: readonly TaskId[], needs: ReadonlyMap<TaskId, readonly TaskId[]>): TaskId[] | null {
  for (const start of starts) {
    const path: TaskId[] = [];
    let at: TaskId | undefined = start;
    while (at !== undefined && !path.includes(at)) {
      path.push(at);
      const next: readonly TaskId[] = needs.get(at) ?? [];
      at = next.find((n) => needs.has(n));
    }
    if (at !== undefined) {
      const cycle = path.slice(path.indexOf(at));
      // A task waiting on its own child that waits on it back is a cycle too, but one task alone is not.
      if (cycle.length >= 2) return cycle;
    }
  }
  return null;
}

// --- an endless loop stopped by the budget --------------------------------------------------------------

export function endlessLoop(trace: Trace, mod: Module | null, names: Map<TaskId, TaskInfo>): MistakeFlag[] {
  if (trace.outcome.kind !== 'limit') return [];
  // The task whose step never ended is the one that looped.
  let task: TaskId | null = null;
  let index: number | undefined;
  const open = new Set<TaskId>();
  trace.events.forEach((e, i) => {
    if (e.type === 'step') {
      open.add(e.task);
      task = e.task;
      index = i;
    } else if (e.type === 'suspend' || e.type === 'done') open.delete(e.task);
  });
  if (task !== null && !open.has(task)) {
    // It kept giving the loop back: the busiest task at the end is the one going round.
    const counts = new Map<TaskId, number>();
    for (const e of trace.events.slice(-2000)) if (e.type === 'step') counts.set(e.task, (counts.get(e.task) ?? 0) + 1);
    task = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  }
  const info = task !== null ? names.get(task) : undefined;
  let line: number | undefined;
  if (mod) {
    const lastSpan = [...trace.events].reverse().find((e) => 'task' in e && e.task === task && spanOf(e) !== undefined);
    const at = lastSpan ? spanOf(lastSpan) : undefined;
    const def = info?.coro ? asyncDefs(mod).get(info.coro) : undefined;
    line = (at ? loopAround(mod, at.from) : null)?.span.line ?? (def ? loopWithoutAwait(def) : loopWithoutAwait(mod))?.span.line;
  }
  const who = info ? info.name : 'The program';
  return [
    {
      kind: 'endless-loop',
      task,
      t: task !== null && index !== undefined ? trace.events[index]!.t : trace.end,
      ...(index !== undefined ? { eventIndex: index } : {}),
      ...(line !== undefined ? { line } : {}),
      message: `${who} kept looping${line !== undefined ? ` on line ${line}` : ''} until the run was stopped.`,
      fix: 'Give the loop a way out (a condition or break), and await something inside it so other tasks can run.',
    },
  ];
}

function spanOf(e: TraceEvent): SourceSpan | undefined {
  if (e.type === 'print' || e.type === 'block') return e.call;
  if (e.type === 'suspend' && 'call' in e.on) return e.on.call;
  return undefined;
}
