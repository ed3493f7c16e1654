/**
 * Functions the UI bench runs inside the page (page.evaluate serialises them, so each one is
 * self-contained: no imports or module-level helpers at run time, only types). Times come from
 * performance.now() in the page, so the Playwright round trip is never part of a measurement.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { TasklineState } from '../../../src/store/state.ts';
import type { Trace } from '../../../src/trace/format.ts';

type PageWindow = Window & { taskline?: StoreApi<TasklineState> };

export interface EditArgs {
  /** The task whose first sleep literal is edited (its name as the chart shows it). */
  readonly task: string;
  readonly value: number;
  readonly timeoutMs: number;
}

export interface EditTimes {
  /** Edit → the new trace is in the store (the worker ran the program). */
  readonly run: number;
  /** Edit → the edited bar's data-end in the DOM shows the new delay. */
  readonly dom: number;
  /** Edit → the frame after that DOM change (rAF, then a task: the frame has been produced). */
  readonly frame: number;
}

/** Sets the delay of `task`'s first literal sleep with the store's setDelay, as a drag does. */
export function measureEdit({ task, value, timeoutMs }: EditArgs): Promise<EditTimes> {
  const store = (window as PageWindow).taskline;
  if (!store) throw new Error('window.taskline (the store) is missing');
  const trace = store.getState().trace;
  if (!trace) throw new Error('no trace in the store: the first run has not finished');
  const created = trace.events.find((e) => e.type === 'create' && e.name === task);
  if (created?.type !== 'create') throw new Error(`no task named ${task} in the trace`);
  const suspend = trace.events.find((e) => e.type === 'suspend' && e.task === created.task && e.on.kind === 'sleep' && e.on.literal !== undefined);
  const literal = suspend?.type === 'suspend' && suspend.on.kind === 'sleep' ? suspend.on.literal : undefined;
  if (!literal) throw new Error(`${task} has no sleep with a literal delay`);
  const selector = `[data-task="${task}"] [data-kind="sleeping"]`;
  const bar = document.querySelector(selector);
  if (!bar) throw new Error(`no bar ${selector} on the chart`);
  const want = Number(bar.getAttribute('data-start')) + value;
  const figure = document.querySelector('figure.tl');
  if (!figure) throw new Error('no timeline <figure class="tl">');

  return new Promise<EditTimes>((resolve, reject) => {
    let tRun = NaN;
    const done = (fn: () => void) => {
      clearTimeout(timer);
      observer.disconnect();
      unsubscribe();
      fn();
    };
    const timer = setTimeout(
      () => done(() => reject(new Error(`the chart did not show ${task}'s sleep ending at ${want} within ${timeoutMs} ms (error: ${store.getState().error ?? 'none'})`))),
      timeoutMs,
    );
    const unsubscribe = store.subscribe((s) => {
      if (s.trace !== trace && Number.isNaN(tRun)) tRun = performance.now();
    });
    const observer = new MutationObserver(() => {
      const end = Number(document.querySelector(selector)?.getAttribute('data-end'));
      if (!(Math.abs(end - want) < 1e-6)) return;
      const tDom = performance.now();
      done(() => requestAnimationFrame(() => setTimeout(() => resolve({ run: tRun - t0, dom: tDom - t0, frame: performance.now() - t0 }), 0)));
    });
    observer.observe(figure, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-end'] });
    const t0 = performance.now();
    store.getState().setDelay(literal, value);
  });
}

export interface DrawArgs {
  /** The program to run (openCode), or null to draw `trace` without running anything. */
  readonly code: string | null;
  /** A trace to put in the store directly (JSON text, parsed before the clock starts). */
  readonly traceJson: string | null;
  /** Rows the new chart has: how the probe knows the frame it sees is the new run's. */
  readonly rows: number;
  readonly rowHeight: number;
  readonly timeoutMs: number;
}

export interface DrawTimes {
  /** Start → the new trace is in the store (0 when injected). */
  readonly run: number;
  /** New trace in the store → the chart's first frame with it has been drawn (React, layout, rAF, draw). */
  readonly draw: number;
  /** New trace in the store → the frame after that has been produced (style, layout, paint). */
  readonly paint: number;
  /** data-frame-ms of that first frame: the draw call alone. */
  readonly drawCall: number;
  readonly mode: string;
}

/** Runs a program (or injects a trace) and times the first frame of its chart. */
export function measureFirstDraw({ code, traceJson, rows, rowHeight, timeoutMs }: DrawArgs): Promise<DrawTimes> {
  const store = (window as PageWindow).taskline;
  if (!store) throw new Error('window.taskline (the store) is missing');
  const figure = document.querySelector<HTMLElement>('figure.tl');
  if (!figure) throw new Error('no timeline <figure class="tl">');
  const injected: Trace | null = traceJson === null ? null : (JSON.parse(traceJson) as Trace);
  const before = store.getState().trace;

  return new Promise<DrawTimes>((resolve, reject) => {
    let tRun = NaN;
    const done = (fn: () => void) => {
      clearTimeout(timer);
      observer.disconnect();
      unsubscribe();
      fn();
    };
    const timer = setTimeout(() => {
      const s = store.getState();
      done(() => reject(new Error(`no frame of the new ${rows}-row chart within ${timeoutMs} ms (running: ${s.running}, outcome: ${s.trace?.outcome.kind}, error: ${s.error ?? 'none'})`)));
    }, timeoutMs);
    const unsubscribe = store.subscribe((s) => {
      if (s.trace !== before && s.trace !== null && Number.isNaN(tRun)) tRun = performance.now();
    });
    const observer = new MutationObserver(() => {
      if (Number.isNaN(tRun)) return;
      // React sets the rows' height before the controller's frame; a stale frame has the old height.
      const inner = figure.querySelector<HTMLElement>('.tl-inner');
      if (inner?.style.height !== `${rows * rowHeight}px`) return;
      const tDraw = performance.now();
      const drawCall = Number(figure.dataset.frameMs);
      const mode = figure.dataset.renderMode ?? '?';
      done(() =>
        requestAnimationFrame(() =>
          setTimeout(() => resolve({ run: tRun - t0, draw: tDraw - tRun, paint: performance.now() - tRun, drawCall, mode }), 0),
        ),
      );
    });
    observer.observe(figure, { attributes: true, attributeFilter: ['data-frames'] });
    const t0 = performance.now();
    if (injected) {
      const s = store.getState();
      store.setState({ trace: injected, previous: null, playhead: injected.end, playheadEvent: injected.events.length - 1, playing: false, selection: {}, completedRuns: s.completedRuns + 1 });
    } else if (code !== null) {
      store.getState().openCode(code);
    }
  });
}

export interface ZoomArgs {
  readonly durationMs: number;
  /** wheel deltaY per event: negative zooms in. The first half zooms in, the second out. */
  readonly deltaY: number;
}

export interface ZoomTimes {
  /** data-frame-ms of every frame drawn while zooming. */
  readonly frameMs: number[];
  /** Time between consecutive animation frames while zooming: what the user sees. */
  readonly intervals: number[];
  readonly modes: Record<string, number>;
  readonly wheelEvents: number;
}

/** Dispatches a wheel event over the chart every animation frame for `durationMs`. */
export function measureZoom({ durationMs, deltaY }: ZoomArgs): Promise<ZoomTimes> {
  const figure = document.querySelector<HTMLElement>('figure.tl');
  const plot = figure?.querySelector<HTMLElement>('.tl-plot');
  if (!figure || !plot) throw new Error('no timeline plot (.tl-plot) to zoom');
  const box = plot.getBoundingClientRect();
  const clientX = box.left + box.width / 2;
  const clientY = box.top + Math.min(box.height, 200) / 2;
  const frameMs: number[] = [];
  const modes: Record<string, number> = {};
  const observer = new MutationObserver(() => {
    frameMs.push(Number(figure.dataset.frameMs));
    const mode = figure.dataset.renderMode ?? '?';
    modes[mode] = (modes[mode] ?? 0) + 1;
  });
  observer.observe(figure, { attributes: true, attributeFilter: ['data-frames'] });
  const intervals: number[] = [];
  let wheelEvents = 0;
  return new Promise<ZoomTimes>((resolve) => {
    const t0 = performance.now();
    let last = t0;
    const tick = (now: number) => {
      if (wheelEvents > 0) intervals.push(now - last);
      last = now;
      const elapsed = performance.now() - t0;
      if (elapsed >= durationMs) {
        // Let the last scheduled frame land before counting.
        requestAnimationFrame(() => {
          observer.disconnect();
          resolve({ frameMs, intervals, modes, wheelEvents });
        });
        return;
      }
      const dy = elapsed < durationMs / 2 ? deltaY : -deltaY;
      plot.dispatchEvent(new WheelEvent('wheel', { deltaY: dy, deltaMode: 0, clientX, clientY, bubbles: true, cancelable: true, view: window }));
      wheelEvents++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Resolves once nothing runs and two frames have passed: the page is idle between samples. */
export function settle(): Promise<void> {
  const store = (window as PageWindow).taskline;
  if (!store) throw new Error('window.taskline (the store) is missing');
  return new Promise<void>((resolve) => {
    const check = () => {
      if (store.getState().running) setTimeout(check, 10);
      else requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 30)));
    };
    check();
  });
}
