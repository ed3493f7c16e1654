/**
 * What the chart needs in steps mode: the re-timed trace (cached per trace), and the playhead
 * and scrubbing translated between seconds (the store) and steps-axis units (the chart).
 */
import type { Trace } from '../../trace/format.ts';
import { buildStepAxis, instantLabel, stepTimedTrace } from '../../timeline/layout/step-axis.ts';
import type { AxisTicks } from './frame.ts';
import type { PlayheadSource } from './chart-controller.ts';

export interface StepView {
  readonly trace: Trace;
  readonly playhead: PlayheadSource;
  readonly seek: (units: number) => void;
  /** A tick at each instant's band: "t = 0.00 s · 4 steps". */
  readonly axisTicks: AxisTicks;
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
    axisTicks: { values: axis.instants.map((i) => i.u0), labels: axis.instants.map(instantLabel) },
  };
}
