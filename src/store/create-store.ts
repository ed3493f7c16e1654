/**
 * The Taskline store (zustand, vanilla): one place that owns the code, the last runs, the
 * playhead and the settings. UI gestures call its actions; the editor, chart and console
 * only read it. The code and settings persist to localStorage so a reload never loses work.
 */
import { sameProgram } from './same-program.ts';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import type { SourceSpan, TaskId, Trace } from '../trace/format.ts';
import { RunSupersededError, type Runner } from '../runner/types.ts';
import { renameInCode, replaceDelay } from './code-edits.ts';
import type { Speed } from './playback.ts';
import { advanceByEvents, atEnd, eventAtTime, nextStop, prevStop, timeOfEvent } from './playback-events.ts';
import { PERSIST_KEY, PERSIST_VERSION, migratePersisted } from './persist-config.ts';
import type { PersistedState, Selection, TasklineState, ThemeSetting, AxisMode } from './state.ts';
import { skipUnchangedWrites } from './skip-unchanged-writes.ts';
import { createEvents } from './views/task-names.ts';
import { shownTrace } from './views/shown-trace.ts';
import type { SharedView } from '../share/shared-view.ts';
import { clampWindow, sameWindow, type ViewWindow } from './view-window.ts';
import { mistakeFlags } from '../trace/views/flags.ts';

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
  // Wall milliseconds playback still stays on the current event (see advanceByEvents).
  let hold = 0;
  // The user's code while an opened trace file is shown: what persists, and what "close" restores.
  let beforeImport: { code: string; exampleId: string | null; seed: number } | null = null;

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
          setAside: null,
          trace: null,
          traceCode: null,
          previous: null,
          running: false,
          completedRuns: 0,
          error: null,
          flags: [],
          lastGood: null,
          dimmed: false,
          playhead: 0,
          playheadEvent: -1,
          playing: false,
          speed: 1,
          selection: {},
          viewWindow: null,
          axisMode: 'time',
          replacedCode: null,
          linkCode: null,
          runOnChange: true,
          showAllArrows: false,
          theme: 'system',
          imported: null,

          async run() {
            cancelDebounce();
            if (get().imported) {
              // Running is the user's choice to leave the opened trace for the code in the editor.
              beforeImport = null;
              set({ imported: null });
            }
            const id = ++runSeq;
            const ghost = keepGhost;
            keepGhost = true;
            set({ running: true });
            const code = get().code;
            try {
              const result = await deps.runner.run(code, { seed: get().seed });
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
              // A program that did not run keeps the last one that did on screen, dimmed.
              const good = didRun(old) ? old : get().lastGood;
              const dimmed = !didRun(trace) && ghost && good !== null;
              set({
                trace,
                flags: didRun(trace) ? mistakeFlags(trace, code) : [],
                lastGood: dimmed ? good : null,
                dimmed,
                traceCode: code,
                // While dimmed the ghost stays as it was; after, the run before the typo is the ghost.
                previous: dimmed ? get().previous : ghost && good !== null && sameProgram(good, trace) ? good : null,
                running: false,
                completedRuns: get().completedRuns + 1,
                ...(clearError ? { error: null } : {}),
                ...(() => {
                  const shown = dimmed ? good : trace;
                  const t = view?.playhead !== undefined ? Math.min(view.playhead, trace.end) : shown.end;
                  return { playhead: t, playheadEvent: eventAtTime(shown, t) };
                })(),
                playing: false,
                selection: taskStillThere ? { ...selection, ...(selection.t !== undefined && selection.t > trace.end ? { t: trace.end } : {}) } : {},
                ...(view ? { viewWindow: view.window ? clampWindow(view.window, trace.end) : null, ...(view.speed !== undefined ? { speed: view.speed } : {}), axisMode: view.axis ?? 'time' } : {}),
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
            if (get().runOnChange && !get().imported) {
              debounce = setTimeout(() => {
                debounce = null;
                void get().run();
              }, runDelayMs);
            }
          },

          loadExample(id: string) {
            const example = deps.examples.find((e) => e.id === id);
            if (!example) return;
            // The user's own code is kept for "Restore your code"; an example's is there to reload.
            const own = get().exampleId === null ? get().code : get().setAside;
            set({ setAside: own !== example.code ? own : null });
            set({ code: example.code, exampleId: id, previous: null, selection: {}, viewWindow: null, error: null, playing: false });
            keepGhost = false;
            pendingView = null;
            void get().run();
          },

          restoreCode() {
            const code = get().setAside;
            if (code === null) return;
            set({ code, exampleId: null, setAside: null, previous: null, selection: {}, viewWindow: null, error: null, playing: false });
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
            if (get().imported) {
              set({ error: READ_ONLY });
              return;
            }
            applyEdit(
              replaceDelay(get().code, literal, value),
              'That delay could not be changed: the code has changed since the last run. Run it again first.',
            );
          },

          renameTask(task: TaskId, name: string) {
            const trace = get().trace;
            const created = trace ? createEvents(trace).get(task) : undefined;
            if (!created || name === '' || name === created.name) return;
            if (get().imported) {
              set({ error: READ_ONLY });
              return;
            }
            applyEdit(
              renameInCode(get().code, { ...(created.call ? { call: created.call } : {}), ...(created.nameLiteral ? { nameLiteral: created.nameLiteral } : {}) }, name),
              `${created.name} cannot be renamed in the code: only tasks made by create_task(...) with no computed name= can.`,
            );
          },

          replay() {
            const trace = shownTrace(get());
            if (!trace) return;
            hold = 0;
            if (get().speed === 'instant') set({ playhead: trace.end, playheadEvent: eventAtTime(trace, trace.end), playing: false });
            else set({ playhead: 0, playheadEvent: -1, playing: !atEnd(trace, { t: 0, event: -1 }) });
          },

          play() {
            const trace = shownTrace(get());
            if (!trace) return;
            if (get().speed === 'instant') {
              set({ playhead: trace.end, playheadEvent: eventAtTime(trace, trace.end), playing: false });
              return;
            }
            if (atEnd(trace, { t: get().playhead, event: get().playheadEvent })) get().replay();
            else set({ playing: true });
          },

          pause() {
            set({ playing: false });
          },

          togglePlay() {
            if (get().playing) get().pause();
            else get().play();
          },

          stepNext() {
            const trace = shownTrace(get());
            if (!trace) return;
            const next = nextStop(trace, get().playheadEvent);
            if (next === null) set({ playing: false });
            else get().seekEvent(next);
          },

          stepPrev() {
            const trace = shownTrace(get());
            if (!trace) return;
            if (get().playheadEvent < 0) set({ playing: false });
            else get().seekEvent(prevStop(trace, get().playheadEvent));
          },

          seek(t: number) {
            const trace = shownTrace(get());
            const end = trace?.end ?? 0;
            const at = Math.min(end, Math.max(0, Number.isFinite(t) ? t : 0));
            hold = 0;
            set({ playhead: at, playheadEvent: trace ? eventAtTime(trace, at) : -1 });
          },

          seekEvent(index: number) {
            const trace = shownTrace(get());
            if (!trace) return;
            const i = Math.max(-1, Math.min(trace.events.length - 1, Math.trunc(index)));
            hold = 0;
            set({ playing: false, playheadEvent: i, playhead: timeOfEvent(trace, i) });
          },

          setSpeed(speed: Speed) {
            set({ speed });
            const trace = shownTrace(get());
            if (speed === 'instant' && get().playing && trace) set({ playhead: trace.end, playheadEvent: eventAtTime(trace, trace.end), playing: false });
          },

          tick(wallMs: number) {
            const s = get();
            const trace = shownTrace(s);
            if (!s.playing || !trace) return;
            const pos = advanceByEvents(trace, { t: s.playhead, event: s.playheadEvent, hold }, wallMs, s.speed);
            hold = pos.hold;
            set({ playhead: pos.t, playheadEvent: pos.event, playing: !atEnd(trace, pos) });
          },

          select(selection: Selection) {
            set({ selection });
          },

          setAxisMode(mode: AxisMode) {
            if (get().axisMode !== mode) set({ axisMode: mode });
          },

          setViewWindow(window: ViewWindow | null) {
            if (!sameWindow(get().viewWindow, window)) set({ viewWindow: window });
          },

          setRunOnChange(on: boolean) {
            set({ runOnChange: on });
            if (!on) cancelDebounce();
          },

          setShowAllArrows(on: boolean) {
            set({ showAllArrows: on });
          },

          setTheme(theme: ThemeSetting) {
            set({ theme });
          },

          dismissError() {
            set({ error: null });
          },

          openTrace(trace: Trace, fileName: string) {
            cancelDebounce();
            runSeq++; // a run still in flight would replace the opened trace when it lands
            if (!get().imported) beforeImport = { code: get().code, exampleId: get().exampleId, seed: get().seed };
            pendingView = null;
            set({
              imported: { fileName, hasProgram: trace.program !== undefined },
              code: trace.program?.code ?? `# ${fileName} holds a trace without its program.\n# Close the trace to go back to your code, or write a program here and run it.\n`,
              exampleId: null,
              trace,
              traceCode: trace.program?.code ?? null,
              previous: null,
              running: false,
              error: null,
              playhead: trace.end,
              playing: false,
              selection: {},
              viewWindow: null,
              ...(trace.seed !== undefined ? { seed: trace.seed } : {}),
            });
          },

          closeTrace() {
            const back = beforeImport;
            if (!get().imported || !back) return;
            beforeImport = null;
            keepGhost = false;
            set({ imported: null, code: back.code, exampleId: back.exampleId, seed: back.seed, previous: null, selection: {}, viewWindow: null });
            void get().run();
          },
        };
      },
      {
        name: PERSIST_KEY,
        version: PERSIST_VERSION,
        storage: createJSONStorage(() => skipUnchangedWrites(deps.storage ?? defaultStorage())),
        partialize: (s): PersistedState => ({
          // An opened trace's program is not the user's work: their own code stays saved.
          code: s.imported && beforeImport ? beforeImport.code : s.code,
          exampleId: s.imported && beforeImport ? beforeImport.exampleId : s.exampleId,
          seed: s.seed,
          setAside: s.setAside,
          // Saved only while there is one, so the usual stored state stays as it was.
          ...(s.replacedCode !== null ? { replacedCode: s.replacedCode } : {}),
          ...(s.linkCode !== null ? { linkCode: s.linkCode } : {}),
          runOnChange: s.runOnChange,
          showAllArrows: s.showAllArrows,
          theme: s.theme,
          speed: s.speed,
        }),
        migrate: (persisted, version) => migratePersisted(persisted, version),
        merge: (persisted, current) => ({ ...current, ...sanitize(persisted) }),
      },
    ),
  );
}

/** Whether the program ran at all (a syntax error or refusal draws nothing). */
function didRun(trace: Trace | null): trace is Trace {
  return trace !== null && trace.outcome.kind !== 'syntax';
}

const READ_ONLY = 'This trace was opened from a file and is read-only: Run its program first, then edit it from the chart.';

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
