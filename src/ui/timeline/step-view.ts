/**
 * What the chart needs in steps mode: the re-timed trace (cached per trace), and the playhead
 * and scrubbing translated between seconds (the store) and steps-axis units (the chart).
 */
import type { Trace } from '../../trace/format.ts';
import { buildStepAxis, stepTimedTrace } from '../../timeline/layout/step-axis.ts';
import type { PlayheadSource } from './chart-controller.ts';

export interface StepView {
  readonly trace: Trace;
  readonly playhead: PlayheadSource;
  readonly seek: (units: number) => void;
}

const timed = new WeakMap<Trace, { trace: Trace; axis: ReturnType<typeof buildStepAxis> }>();

export function stepView(trace: Trace, playhead: PlayheadSource, seek: (t: number) => void): StepView {
  let entry = timed.get(trace);
  if (!entry) {
    const axis = buildStepAxis(trace);
    entry = { trace: stepTimedTrace(trace, axis), axis };
    timed.set(trace, entry);
  }
  const { axis } = entry;
  return {
    trace: entry.trace,
    playhead: { get: () => axis.toUnits(playhead.get()), subscribe: (fn) => playhead.subscribe((t) => fn(axis.toUnits(t))) },
    seek: (u) => seek(axis.fromUnits(u)),
  };
}
