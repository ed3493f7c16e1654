/**
 * What the chart needs in steps mode: the re-timed trace (cached per trace); the playhead at the
 * slot of the store's current event; clicks and drags on the axis turned back into events and
 * seconds; and times said in real units ("t = 1.50 s, step 7"), not the axis's own.
 */
import type { Trace } from '../../trace/format.ts';
import type { MistakeFlag } from '../../trace/views/flag-types.ts';
import { buildStepAxis, instantLabel, stepTimedTrace, type StepAxis } from '../../timeline/layout/step-axis.ts';
import type { InstantBand } from '../../timeline/layers/layer.ts';
import type { AxisTicks } from './frame.ts';
import type { PlayheadSource } from './chart-controller.ts';
import type { AxisWords } from './tooltip-text.ts';

/** The store's playhead: a time and the index of the last event that has happened. */
export interface PlayPoint {
  readonly t: number;
  readonly event: number;
}

export interface PlayPointSource {
  get(): PlayPoint;
  subscribe(listener: (p: PlayPoint) => void): () => void;
}

export interface StepView {
  readonly trace: Trace;
  readonly playhead: PlayheadSource;
  /** A place on the axis (units): a slot seeks to its event, a gap to its time. */
  readonly seek: (units: number) => void;
  /** A tick at each instant's band: "t = 0.00 s · 4 steps". */
  readonly axisTicks: AxisTicks;
  /** Axis units in words: "t = 1.50 s, step 7" in a slot, "t = 1.23 s" in a gap. */
  readonly words: AxisWords;
  /** Each instant's band, for the faint shading that shows which slots share an instant. */
  readonly bands: readonly InstantBand[];
  /** The run's mistake flags moved onto the axis: at their event's slot, else their time's place. */
  readonly flags: (flags: readonly MistakeFlag[]) => readonly MistakeFlag[];
}

interface Entry {
  readonly trace: Trace;
  readonly axis: StepAxis;
  readonly ticks: AxisTicks;
  readonly bands: readonly InstantBand[];
}

const timed = new WeakMap<Trace, Entry>();

function entryOf(trace: Trace): Entry {
  const cached = timed.get(trace);
  if (cached) return cached;
  const axis = buildStepAxis(trace);
  const entry: Entry = {
      trace: stepTimedTrace(trace, axis),
      axis,
      ticks: { values: axis.instants.map((i) => i.u0), labels: axis.instants.map(instantLabel) },
      bands: axis.instants.map((i) => ({ u0: i.u0, u1: i.u1 })),
  };
  timed.set(trace, entry);
  return entry;
}

/**
 * Where the playhead stands on the axis: at the middle of its event's slot (an event that is no
 * slot, such as a suspend, stands where the re-timed trace put it); once playback has moved time
 * past that event, at that time's place in the gap that follows.
 */
export function playheadUnits(trace: Trace, p: PlayPoint): number {
  const { axis, trace: retimed } = entryOf(trace);
  const slot = p.event >= 0 ? axis.slotOfEvent(p.event) : null;
  const atEvent = p.event < 0 ? 0 : slot !== null ? axis.slotCenter(slot) : (retimed.events[p.event]?.t ?? 0);
  const eventT = trace.events[p.event]?.t ?? 0;
  return p.t > eventT + 1e-9 ? Math.max(atEvent, axis.toUnits(p.t)) : atEvent;
}

const movedFlags = new WeakMap<readonly MistakeFlag[], readonly MistakeFlag[]>();

export function stepFlags(trace: Trace, flags: readonly MistakeFlag[]): readonly MistakeFlag[] {
  const cached = movedFlags.get(flags);
  if (cached) return cached;
  const { axis, trace: retimed } = entryOf(trace);
  const moved = flags.map((f) => {
    const slot = f.eventIndex !== undefined ? axis.slotOfEvent(f.eventIndex) : null;
    const t = slot !== null ? axis.slotCenter(slot) : f.eventIndex !== undefined ? (retimed.events[f.eventIndex]?.t ?? axis.toUnits(f.t)) : axis.toUnits(f.t);
    return { ...f, t, ...(f.tEnd !== undefined ? { tEnd: Math.max(t, axis.toUnits(f.tEnd)) } : {}) };
  });
  movedFlags.set(flags, moved);
  return moved;
}

export function stepWords(trace: Trace): AxisWords {
  const { axis } = entryOf(trace);
  return {
    text(u, end = false) {
      // The end of a bar is the end of its last slot, not the start of the next one.
      const slot = axis.slotAt(end ? u - 1e-6 : u);
      if (slot === null) return `t = ${axis.fromUnits(u).toFixed(2)} s`;
      return `t = ${axis.slots[slot]!.t.toFixed(2)} s, step ${slot + 1}`;
    },
    seconds: (u) => axis.fromUnits(u),
    steps: true,
  };
}

export function stepView(trace: Trace, play: PlayPointSource, seekTime: (t: number) => void, seekEvent: (index: number) => void): StepView {
  const entry = entryOf(trace);
  const { axis } = entry;
  return {
    trace: entry.trace,
    playhead: {
      get: () => playheadUnits(trace, play.get()),
      subscribe: (fn) => play.subscribe((p) => fn(playheadUnits(trace, p))),
    },
    seek: (u) => {
      const slot = axis.slotAt(u);
      if (slot === null) seekTime(axis.fromUnits(u));
      else seekEvent(axis.slots[slot]!.event);
    },
    axisTicks: entry.ticks,
    words: stepWords(trace),
    flags: (flags) => stepFlags(trace, flags),
    bands: entry.bands,
  };
}
