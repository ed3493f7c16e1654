/** The store's shape: scenario, run, playback, selection, settings, and the actions that change them. */
import type { SourceSpan, TaskId, Trace } from '../trace/format.ts';
import type { Speed } from './playback.ts';
import type { SharedView } from '../share/shared-view.ts';
import type { ViewWindow } from './view-window.ts';
import type { MistakeFlag } from '../trace/views/flag-types.ts';

export interface Selection {
  readonly task?: TaskId;
  readonly t?: number;
  /** A source range to highlight in the editor (a create or sleep call). */
  readonly source?: SourceSpan;
}

export type ThemeSetting = 'system' | 'light' | 'dark';

export interface ScenarioState {
  readonly code: string;
  /** The example the code came from, until the user edits it. */
  readonly exampleId: string | null;
  /**
   * Seeds `random` for every run, as `random.seed(seed)` would: edits rerun with the same
   * numbers, and a share link replays them. "New seed" picks another.
   */
  readonly seed: number;
  /** The user's own code that loading an example replaced, until restored or edited over. */
  readonly setAside: string | null;
  /**
   * The user's own code that a share link replaced, kept (and autosaved) until they restore
   * or dismiss it: pasting a link into an open tab never loses work.
   */
  readonly replacedCode: string | null;
  /** The code as the last share link opened it: while `code` still equals it, the code is the link's, not the user's. */
  readonly linkCode: string | null;
}

export interface RunState {
  readonly trace: Trace | null;
  /** The code `trace` was run from (the editor may have changed since); null for an opened file without its program. */
  readonly traceCode: string | null;
  /** The run before the last edit: drawn as a ghost behind the new one. */
  readonly previous: Trace | null;
  readonly running: boolean;
  /** How many runs have finished since the page loaded: lets tests and observers wait for "the next run". */
  readonly completedRuns: number;
  /** A problem outside the program itself (Taskline crashed, an edit could not be applied). */
  readonly error: string | null;
  /** The learner's mistakes in `trace` (found against the code that ran): the editor and the chart mark them. */
  readonly flags: readonly MistakeFlag[];
  /**
   * The last run that did run, kept while the latest one could not (a half-typed line under
   * "Run on change"): the chart draws it dimmed instead of wiping the picture.
   */
  readonly lastGood: Trace | null;
  /** `trace` did not run and `lastGood` is what stays drawn, dimmed. */
  readonly dimmed: boolean;
}

/** A trace opened from a file: shown read-only, so editing the code does not rerun it. */
export interface ImportedTrace {
  readonly fileName: string;
  /** The file carried its program, which the editor now shows. */
  readonly hasProgram: boolean;
}

export interface ImportState {
  /** Set while the chart shows a trace opened from a file; the next run (the user's choice) clears it. */
  readonly imported: ImportedTrace | null;
}

export interface PlaybackState {
  readonly playhead: number;
  /**
   * The playhead as an event: the index in `trace.events` of the last event that has happened
   * (-1: none yet). Steps move it one narrated event at a time; a seek puts it at the last
   * event of that moment. See playback-events.ts.
   */
  readonly playheadEvent: number;
  readonly playing: boolean;
  readonly speed: Speed;
}

/** How the run is shown, beyond the playhead: what a share link carries along with the code. */
export interface ViewState {
  /** The visible time range [start, end] in virtual seconds, or null for "fit the whole run". */
  readonly viewWindow: ViewWindow | null;
  /** How x is laid out: 'time' (virtual seconds) or 'steps' (one slot per step, in loop order). */
  readonly axisMode: AxisMode;
}

export type AxisMode = 'time' | 'steps';

export interface SettingsState {
  readonly runOnChange: boolean;
  /** The chart draws every wake arrow of a big run, not only the selected task's. */
  readonly showAllArrows: boolean;
  readonly theme: ThemeSetting;
}

export interface Actions {
  run(): Promise<void>;
  setCode(code: string): void;
  loadExample(id: string): void;
  /** Brings back the code that loading an example set aside, and runs it. */
  restoreCode(): void;
  /** Replaces the program with one from elsewhere (a share link) and runs it, then shows it as `view` says. */
  openCode(code: string, view?: SharedView, seed?: number): void;
  /**
   * Replaces the program with one from elsewhere (a share link) and runs it, then shows it as
   * `view` says; `exampleId` names the built-in example it is (ignored when unknown).
   */
  openCode(code: string, view?: SharedView, seed?: number, exampleId?: string): void;
  /** Puts back the code a share link replaced (replacedCode) and runs it. */
  restoreReplacedCode(): void;
  forgetReplacedCode(): void;
  /** Picks a fresh seed for `random` and reruns. */
  newSeed(): void;
  /** Shows a message about something that went wrong outside the program. */
  showError(message: string): void;
  /** Rewrites the delay literal at `literal` to `value` and reruns at once. */
  setDelay(literal: SourceSpan, value: number): void;
  /** Renames a task in the code (name= literal, or a new name= argument) and reruns at once. */
  renameTask(task: TaskId, name: string): void;
  /** Plays from the start. */
  replay(): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  stepNext(): void;
  stepPrev(): void;
  seek(t: number): void;
  /** Moves the playhead to event `index` (and its time). */
  seekEvent(index: number): void;
  setSpeed(speed: Speed): void;
  /** Advances the playhead by `wallMs` of real time while playing (called once per frame). */
  tick(wallMs: number): void;
  select(selection: Selection): void;
  /** Records the visible time range (the chart calls it when a zoom or pan ends); null = fit. */
  setViewWindow(window: ViewWindow | null): void;
  setAxisMode(mode: AxisMode): void;
  setRunOnChange(on: boolean): void;
  setTheme(theme: ThemeSetting): void;
  setShowAllArrows(on: boolean): void;
  dismissError(): void;
  /** Shows a trace from a file, read-only: its program (if it has one) in the editor, no rerun until the user runs. */
  openTrace(trace: Trace, fileName: string): void;
  /** Leaves an opened trace: the code from before it comes back and runs. */
  closeTrace(): void;
}

export type TasklineState = ScenarioState & RunState & ImportState & PlaybackState & ViewState & SettingsState & { readonly selection: Selection } & Actions;

/** What survives a reload. */
export type PersistedState = Omit<ScenarioState, 'replacedCode' | 'linkCode'> & Partial<Pick<ScenarioState, 'replacedCode' | 'linkCode'>> & SettingsState & Pick<PlaybackState, 'speed'>;
