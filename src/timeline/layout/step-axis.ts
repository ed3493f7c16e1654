/**
 * The "steps" axis: every task step, callback and print gets its own slot in loop order, so things that
 * happen at one virtual instant are spread out instead of stacked on one x. Time still advances
 * left to right: each instant is a band as wide as its slots, and the time between instants is a
 * small fixed gap (a 3 s sleep and a 0.001 s sleep look alike, which is the point of this mode).
 * Pure: no DOM, no d3; the chart scales the abstract units to pixels.
 */
import type { TaskId, Trace } from '../../trace/format.ts';

/** Width of one slot, in axis units. */
export const SLOT_UNITS = 1;
/** Width of the gap that stands for any stretch of time between two instants, in axis units. */
export const GAP_UNITS = 1.5;

/** One thing the loop did, in the order it did it. */
export interface StepSlot {
  readonly kind: 'step' | 'callback' | 'print';
  readonly t: number;
  /** The task that ran (step), scheduled the callback, or printed (null: outside any task, e.g. a worker thread). */
  readonly task: TaskId | null;
  /** Index of the event in trace.events. */
  readonly event: number;
}

/** One virtual instant that had slots: its band on the axis is [u0, u1). */
export interface StepInstant {
  readonly t: number;
  readonly firstSlot: number;
  readonly steps: number;
  readonly u0: number;
  readonly u1: number;
}

export interface StepAxis {
  readonly slots: readonly StepSlot[];
  readonly instants: readonly StepInstant[];
  /** Total width in axis units (from 0). */
  readonly width: number;
  /** Monotone map from virtual time to axis units. */
  toUnits(t: number): number;
  /** Inverse of toUnits: a place on the axis back to virtual time (a band is its instant). */
  fromUnits(u: number): number;
  /** Centre of slot i, in axis units. */
  slotCenter(i: number): number;
  /** The slot under axis place u, or null in a gap between instants. */
  slotAt(u: number): number | null;
  /** The slot event `index` has, or null when it is not a slot (a suspend, a tick). */
  slotOfEvent(index: number): number | null;
}

/** Lists the slots in trace order (the recorder writes events in the order the loop runs them). */
export function stepSlots(trace: Trace): StepSlot[] {
  const slots: StepSlot[] = [];
  trace.events.forEach((e, i) => {
    if (e.type === 'step') slots.push({ kind: 'step', t: e.t, task: e.task, event: i });
    else if (e.type === 'callback') slots.push({ kind: 'callback', t: e.t, task: e.task, event: i });
    // An empty write (the final stderr flush) shows nothing: no slot, as playback does not stop there.
    else if (e.type === 'print' && e.text !== '') slots.push({ kind: 'print', t: e.t, task: e.task, event: i });
  });
  return slots;
}

/** The band label for an instant: "t = 0.00 s · 4 steps". */
export function instantLabel(instant: StepInstant): string {
  return `t = ${instant.t.toFixed(2)} s · ${instant.steps} ${instant.steps === 1 ? 'step' : 'steps'}`;
}

export function buildStepAxis(trace: Trace): StepAxis {
  const slots = stepSlots(trace);
  const instants: StepInstant[] = [];
  let u = 0;
  slots.forEach((s, i) => {
    const last = instants[instants.length - 1];
    if (last && last.t === s.t) {
      instants[instants.length - 1] = { ...last, steps: last.steps + 1, u1: last.u1 + SLOT_UNITS };
      u += SLOT_UNITS;
      return;
    }
    if (last) u += GAP_UNITS;
    instants.push({ t: s.t, firstSlot: i, steps: 1, u0: u, u1: u + SLOT_UNITS });
    u += SLOT_UNITS;
  });
  // The run can end after its last step (a final sleep): give that stretch a gap too.
  const endT = Math.max(trace.end, instants.length ? instants[instants.length - 1].t : 0);
  const lastT = instants.length ? instants[instants.length - 1].t : 0;
  const width = endT > lastT || instants.length === 0 ? u + GAP_UNITS : u;
  const unitsAt = (t: number) => toUnits(instants, width, endT, t);
  return {
    slots,
    instants,
    width,
    toUnits: unitsAt,
    fromUnits: (x) => fromUnits(instants, width, endT, x),
    slotCenter: (i) => slotStart(instants, i) + SLOT_UNITS / 2,
    slotAt: (x) => slotAt(instants, x),
    slotOfEvent: (index) => {
      if (slots.length === 0) return null;
      const k = lastIndexWhere(slots, (sl) => sl.event <= index);
      return slots[k]!.event === index ? k : null;
    },
  };
}

function slotStart(instants: readonly StepInstant[], slot: number): number {
  const k = lastIndexWhere(instants, (x) => x.firstSlot <= slot);
  const inst = instants[k];
  return inst.u0 + (slot - inst.firstSlot) * SLOT_UNITS;
}

function slotAt(instants: readonly StepInstant[], u: number): number | null {
  if (instants.length === 0 || u < instants[0]!.u0) return null;
  const inst = instants[lastIndexWhere(instants, (x) => x.u0 <= u)]!;
  if (u >= inst.u1) return null;
  return inst.firstSlot + Math.min(inst.steps - 1, Math.floor((u - inst.u0) / SLOT_UNITS));
}

/** An instant maps to its band's start; time between instants is spread linearly over the gap. */
function toUnits(instants: readonly StepInstant[], width: number, endT: number, t: number): number {
  if (instants.length === 0) return endT > 0 ? (Math.min(Math.max(t, 0), endT) / endT) * width : 0;
  const first = instants[0];
  if (t <= first.t) return first.u0;
  const k = lastIndexWhere(instants, (x) => x.t <= t);
  const inst = instants[k];
  if (t === inst.t) return inst.u0;
  const next = instants[k + 1];
  const [t1, u1] = next ? [next.t, next.u0] : [endT, width];
  if (t >= t1) return u1;
  return inst.u1 + ((t - inst.t) / (t1 - inst.t)) * (u1 - inst.u1);
}

function fromUnits(instants: readonly StepInstant[], width: number, endT: number, u: number): number {
  if (instants.length === 0) return width > 0 ? (Math.min(Math.max(u, 0), width) / width) * endT : 0;
  if (u <= instants[0].u0) return instants[0].t;
  const inst = instants[lastIndexWhere(instants, (x) => x.u0 <= u)];
  if (u <= inst.u1) return inst.t;
  const next = instants[instants.indexOf(inst) + 1];
  const [t1, u1] = next ? [next.t, next.u0] : [endT, width];
  if (u >= u1) return t1;
  return inst.t + ((u - inst.u1) / (u1 - inst.u1)) * (t1 - inst.t);
}

/** Binary search: the last index whose item satisfies `pred` (pred is true then false along the list). */
function lastIndexWhere<T>(items: readonly T[], pred: (x: T) => boolean): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pred(items[mid])) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The trace with every event's time replaced by its place on the steps axis, so the ordinary
 * layout draws one slot per step: a step starts at its slot, what the step did (suspend, create,
 * done) lands at the slot's end, and anything else at its instant's band (or in a gap).
 */
export function stepTimedTrace(trace: Trace, axis: StepAxis = buildStepAxis(trace)): Trace {
  let slot = -1;
  let slotEnd = 0;
  const events = trace.events.map((e, i) => {
    if (slot + 1 < axis.slots.length && axis.slots[slot + 1].event === i) {
      slot += 1;
      const start = axis.slotCenter(slot) - SLOT_UNITS / 2;
      slotEnd = start + SLOT_UNITS;
      return { ...e, t: start };
    }
    const t = slot >= 0 && axis.slots[slot].t === e.t ? slotEnd : axis.toUnits(e.t);
    // Times inside events move too: where a sleep ends, and how far a blocking call reaches.
    if (e.type === 'suspend' && e.on.kind === 'sleep') return { ...e, t, on: { ...e.on, until: axis.toUnits(e.on.until) } };
    if (e.type === 'block') return { ...e, t, delay: Math.max(0, axis.toUnits(e.t + e.delay) - t) };
    return { ...e, t };
  });
  return { ...trace, events, end: axis.width };
}
