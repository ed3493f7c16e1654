/**
 * The view part of a share link: where the playhead stands, which seconds are on screen, which
 * task is selected, the replay speed. A link comes from anywhere, so every field is checked on
 * the way in and a bad one is dropped alone: a damaged view still opens the program.
 */
import { SPEEDS, type Speed } from '../store/playback.ts';
import type { ViewWindow } from '../store/view-window.ts';
import type { AxisMode } from '../store/state.ts';

export interface SharedView {
  /** Playhead position, in virtual seconds. */
  readonly playhead?: number;
  /** The visible time range [start, end] in virtual seconds; absent means "fit the whole run". */
  readonly window?: ViewWindow;
  /** The selected task's id (ids are creation order, the same on every run of the same code). */
  readonly task?: number;
  readonly speed?: Speed;
  /** The x axis mode; absent (every link made before it existed) means 'time'. */
  readonly axis?: AxisMode;
}

/** Far beyond any run a person could watch, well inside what a float keeps exactly. */
const MAX_SECONDS = 1e9;

const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= MAX_SECONDS;

export function sanitizeView(raw: unknown): SharedView | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  const view: { -readonly [K in keyof SharedView]?: SharedView[K] } = {};
  if (isTime(r.playhead)) view.playhead = r.playhead;
  const w = r.window;
  if (Array.isArray(w) && w.length === 2 && isTime(w[0]) && isTime(w[1]) && w[1] > w[0]) view.window = [w[0], w[1]];
  if (typeof r.task === 'number' && Number.isSafeInteger(r.task) && r.task >= 0) view.task = r.task;
  if ((SPEEDS as readonly unknown[]).includes(r.speed)) view.speed = r.speed as Speed;
  if (r.axis === 'time' || r.axis === 'steps') view.axis = r.axis;
  return Object.keys(view).length > 0 ? view : undefined;
}
