/**
 * The Taskline store (zustand, vanilla): one place that owns the code, the last runs, the
 * playhead and the settings. UI gestures call its actions; the editor, chart and console
 * only read it. The code and settings persist to localStorage so a reload never loses work.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import type { SourceSpan, TaskId } from '../trace/format.ts';
import { RunSupersededError, type Runner } from '../runner/types.ts';
import { renameInCode, replaceDelay } from './code-edits.ts';
import { advance, eventTimes, nextEventTime, prevEventTime, type Speed } from './playback.ts';
import { PERSIST_KEY, PERSIST_VERSION, migratePersisted } from './persist-config.ts';
import type { PersistedState, Selection, TasklineState, ThemeSetting } from './state.ts';
import { skipUnchangedWrites } from './skip-unchanged-writes.ts';
import { createEvents } from './views/task-names.ts';
import type { SharedView } from '../share/shared-view.ts';
import { clampWindow, sameWindow, type ViewWindow } from './view-window.ts';

export interface ExampleSource {
  readonly id: string;
  readonly code: string;
}

export interface StoreDeps {
  readonly runner: Runner;
  readonly examples: readonly ExampleSource[];
  /** The example shown on first load (and when stored state is unusable). */
  readonly initialExampleId: string;
  /** Where the code persists; defaults to localStorage, or memory where there is none. */
  readonly storage?: StateStorage;
  /** Debounce for "run on change". */
  readonly runDelayMs?: number;
  /** Picks a seed for `random` (first load, "New seed"); tests pass a fixed sequence. */
  readonly freshSeed?: () => number;
}

export type TasklineStore = StoreApi<TasklineState>;

export function createTasklineStore(deps: StoreDeps): TasklineStore {
  const initial = deps.examples.find((e) => e.id === deps.initialExampleId) ?? deps.examples[0];
  if (!initial) throw new Error('createTasklineStore needs at least one example');
  const runDelayMs = deps.runDelayMs ?? 300;
  const freshSeed = deps.freshSeed ?? defaultFreshSeed;
  let runSeq = 0;
  let debounce: ReturnType<typeof setTimeout> | null = null;
  // Off for the first run after loading another program: its ghost would mean nothing.
  let keepGhost = true;
  // A successful run clears a failed run's message, but not a message about something else (a bad link).
  let errorFromRun = false;
  // A share link's view, applied once its program's first run is in.
  let pendingView: SharedView | null = null;

  const cancelDebounce = () => {
    if (debounce !== null) clearTimeout(debounce);
    debounce = null;
  };

  return createStore<TasklineState>()(
    persist(
      (set, get) => {
        /** Replaces the code and reruns at once: the path every chart/table edit takes. */
        const applyEdit = (code: string | null, failure: string) => {
          if (code === null) {
            set({ error: failure });
            return;
          }
          set({ code, exampleId: null, error: null });
          void get().run();
        };

        return {
          code: initial.code,
          exampleId: initial.id,
          seed: freshSeed(),
          trace: null,
          previous: null,
          running: false,
          completedRuns: 0,
          error: null,
          playhead: 0,
          playing: false,
          speed: 1,
          selection: {},
          viewWindow: null,
          replacedCode: null,
          linkCode: null,
          runOnChange: true,
          theme: 'system',

          async run() {
            cancelDebounce();
            const id = ++runSeq;
            const ghost = keepGhost;
            keepGhost = true;
            set({ running: true });
            try {
              const result = await deps.runner.run(get().code, { seed: get().seed });
              if (id !== runSeq) return;
              const old = get().trace;
              const clearError = errorFromRun;
              errorFromRun = false;
              const trace = result.trace;
              const view = pendingView;
              pendingView = null;
              const tasks = createEvents(trace);
              const selection = view?.task !== undefined ? (tasks.has(view.task) ? { task: view.task } : {}) : get().selection;
              const taskStillThere = selection.task === undefined || tasks.has(selection.task);
              set({
                trace,
                previous: ghost ? old : null,
                running: false,
                completedRuns: get().completedRuns + 1,
                ...(clearError ? { error: null } : {}),
                playhead: view?.playhead !== undefined ? Math.min(view.playhead, trace.end) : trace.end,
                playing: false,
                selection: taskStillThere ? { ...selection, ...(selection.t !== undefined && selection.t > trace.end ? { t: trace.end } : {}) } : {},
                ...(view ? { viewWindow: view.window ? clampWindow(view.window, trace.end) : null, ...(view.speed !== undefined ? { speed: view.speed } : {}) } : {}),
              });
            } catch (e) {
              if (e instanceof RunSupersededError || id !== runSeq) return;
              errorFromRun = true;
              set({ running: false, error: e instanceof Error ? e.message : String(e) });
            }
          },

          setCode(code: string) {
            if (code === get().code) return;
            set({ code, exampleId: null });
            cancelDebounce();
            if (get().runOnChange) {
              debounce = setTimeout(() => {
                debounce = null;
                void get().run();
              }, runDelayMs);
            }
          },

          loadExample(id: string) {
            const example = deps.examples.find((e) => e.id === id);
            if (!example) return;
            set({ code: example.code, exampleId: id, previous: null, selection: {}, viewWindow: null, error: null, playing: false });
            keepGhost = false;
            pendingView = null;
            void get().run();
          },

          openCode(code: string, view?: SharedView, seed?: number, exampleId?: string) {
            const s = get();
            // The user's own code stays one click away: an unedited example is in the menu anyway.
            // A link's code, unedited, is not the user's: opening another over it keeps what was set aside.
            const own = s.exampleId === null && s.code !== code && s.code !== s.linkCode && s.code.trim() !== '';
            const example = exampleId !== undefined && deps.examples.some((e) => e.id === exampleId) ? exampleId : null;
            set({
              code,
              exampleId: example,
              previous: null,
              selection: {},
              viewWindow: null,
              error: null,
              playing: false,
              linkCode: code,
              ...(own ? { replacedCode: s.code } : {}),
            });
            // A link's seed replays its numbers; an older link without one keeps the current seed.
            if (seed !== undefined) set({ seed });
            keepGhost = false;
            pendingView = view ?? null;
            void get().run();
          },

          restoreReplacedCode() {
            const code = get().replacedCode;
            if (code === null) return;
            set({ code, exampleId: null, replacedCode: null, previous: null, selection: {}, viewWindow: null, error: null, playing: false });
            keepGhost = false;
            pendingView = null;
            void get().run();
          },

          forgetReplacedCode() {
            set({ replacedCode: null });
          },

          newSeed() {
            const old = get().seed;
            let seed = freshSeed();
            // A "new" seed that repeats the old one would look like a broken button.
            for (let i = 0; seed === old && i < 3; i++) seed = freshSeed();
            set({ seed });
            void get().run();
          },

          showError(message: string) {
            set({ error: message });
          },

          setDelay(literal: SourceSpan, value: number) {
            if (!Number.isFinite(value)) return;
            applyEdit(
              replaceDelay(get().code, literal, value),
              'That delay could not be changed: the code has changed since the last run. Run it again first.',
            );
          },

          renameTask(task: TaskId, name: string) {
            const trace = get().trace;
            const created = trace ? createEvents(trace).get(task) : undefined;
            if (!created || name === '' || name === created.name) return;
            applyEdit(
              renameInCode(get().code, { ...(created.call ? { call: created.call } : {}), ...(created.nameLiteral ? { nameLiteral: created.nameLiteral } : {}) }, name),
              `${created.name} cannot be renamed in the code: only tasks made by create_task(...) with no computed name= can.`,
            );
          },

          replay() {
            const trace = get().trace;
            if (!trace) return;
            if (get().speed === 'instant') set({ playhead: trace.end, playing: false });
            else set({ playhead: 0, playing: trace.end > 0 });
          },

          play() {
            const trace = get().trace;
            if (!trace) return;
            if (get().speed === 'instant') {
              set({ playhead: trace.end, playing: false });
              return;
            }
            const atEnd = get().playhead >= trace.end;
            set({ playhead: atEnd ? 0 : get().playhead, playing: trace.end > 0 });
          },

          pause() {
            set({ playing: false });
          },

          togglePlay() {
            if (get().playing) get().pause();
            else get().play();
          },

          stepNext() {
            const trace = get().trace;
            if (!trace) return;
            const t = nextEventTime(eventTimes(trace), get().playhead);
            set({ playing: false, ...(t !== null ? { playhead: t } : {}) });
          },

          stepPrev() {
            const trace = get().trace;
            if (!trace) return;
            const t = prevEventTime(eventTimes(trace), get().playhead);
            set({ playing: false, ...(t !== null ? { playhead: t } : {}) });
          },

          seek(t: number) {
            const end = get().trace?.end ?? 0;
            set({ playhead: Math.min(end, Math.max(0, Number.isFinite(t) ? t : 0)) });
          },

          setSpeed(speed: Speed) {
            set({ speed });
            if (speed === 'instant' && get().playing) set({ playhead: get().trace?.end ?? 0, playing: false });
          },

          tick(wallMs: number) {
            const s = get();
            if (!s.playing || !s.trace) return;
            const t = advance(s.playhead, wallMs, s.speed, s.trace.end);
            set({ playhead: t, playing: t < s.trace.end });
          },

          select(selection: Selection) {
            set({ selection });
          },

          setViewWindow(window: ViewWindow | null) {
            if (!sameWindow(get().viewWindow, window)) set({ viewWindow: window });
          },

          setRunOnChange(on: boolean) {
            set({ runOnChange: on });
            if (!on) cancelDebounce();
          },

          setTheme(theme: ThemeSetting) {
            set({ theme });
          },

          dismissError() {
            set({ error: null });
          },
        };
      },
      {
        name: PERSIST_KEY,
        version: PERSIST_VERSION,
        storage: createJSONStorage(() => skipUnchangedWrites(deps.storage ?? defaultStorage())),
        partialize: (s): PersistedState => ({
          code: s.code,
          exampleId: s.exampleId,
          seed: s.seed,
          // Saved only while there is one, so the usual stored state stays as it was.
          ...(s.replacedCode !== null ? { replacedCode: s.replacedCode } : {}),
          ...(s.linkCode !== null ? { linkCode: s.linkCode } : {}),
          runOnChange: s.runOnChange,
          theme: s.theme,
          speed: s.speed,
        }),
        migrate: (persisted, version) => migratePersisted(persisted, version),
        merge: (persisted, current) => ({ ...current, ...sanitize(persisted) }),
      },
    ),
  );
}

/** Stored state comes from an older version or another tab: take only fields of the right type. */
function sanitize(persisted: unknown): Partial<PersistedState> {
  return migratePersisted(persisted, PERSIST_VERSION) as Partial<PersistedState>;
}

/** Small enough to read off the screen and type into `random.seed(...)`. */
function defaultFreshSeed(): number {
  return Math.floor(Math.random() * 1_000_000);
}

const memory = new Map<string, string>();
function defaultStorage(): StateStorage {
  if (typeof localStorage !== 'undefined') return localStorage;
  return {
    getItem: (k) => memory.get(k) ?? null,
    setItem: (k, v) => void memory.set(k, v),
    removeItem: (k) => void memory.delete(k),
  };
}
