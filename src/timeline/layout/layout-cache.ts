/**
 * One layout per trace object. The chart, its ghost (the previous run, laid out when it was
 * current), the summary and the task table all read the same trace; replaying a 2,000-task
 * trace once per reader cost hundreds of milliseconds. Traces are immutable, so identity is
 * a safe key, and a WeakMap lets a dropped trace take its layout with it.
 */
import type { Trace } from '../../trace/format.ts';
import { layoutTrace, type TimelineLayout } from './layout-trace.ts';

const layouts = new WeakMap<Trace, TimelineLayout>();

export function layoutOf(trace: Trace): TimelineLayout {
  let layout = layouts.get(trace);
  if (!layout) {
    layout = layoutTrace(trace);
    layouts.set(trace, layout);
  }
  return layout;
}
