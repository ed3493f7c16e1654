/**
 * Whether a run is of the same program as the run before it, so that drawing the earlier one as
 * a ghost compares two versions of one thing. Pasting a different tutorial over the editor is an
 * edit too, but its ghost would mean nothing.
 */
import type { Trace } from '../trace/format.ts';

/** The coroutines a run's tasks ran, by function name; asyncio.run's main task is left out (nearly every program has one). */
function taskCoroutines(trace: Trace): Set<string> {
  const out = new Set<string>();
  for (const e of trace.events) if (e.type === 'create' && e.parent !== null && e.coro !== undefined) out.add(e.coro);
  return out;
}

/** Two runs are of one program when their tasks share a coroutine, or neither made tasks of its own. */
export function sameProgram(before: Trace, after: Trace): boolean {
  const a = taskCoroutines(before);
  const b = taskCoroutines(after);
  if (a.size === 0 && b.size === 0) return true;
  for (const c of a) if (b.has(c)) return true;
  return false;
}
