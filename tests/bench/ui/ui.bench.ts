/**
 * `npm run bench:ui`: how fast the explorer answers, measured in headless Chromium against the
 * production build. Prints tables of medians; asserts only that each measurement happened.
 *
 * 1. edit → redrawn chart for the tutorial programs (a store setDelay, as a drag does);
 * 2. first draw of a big run: a 2,000-task program run by the worker, and a pre-made trace;
 * 3. frame time while zooming that big run with the wheel;
 * 4. the same first draw and zoom with wake arrows ("All arrows" on) and mistake flags to draw.
 *
 * Knobs: BENCH_UI_EDITS (samples per example, default 30), BENCH_UI_BIG (repeats, default 5),
 * BENCH_UI_ZOOM (2-second zoom rounds, default 3), BENCH_UI_PROFILE=1 (CPU profiles).
 */
import { expect, test, type Page } from '@playwright/test';
import { ROW_HEIGHT } from '../../../src/timeline/layout/geometry.ts';
import { layoutTrace } from '../../../src/timeline/layout/layout-trace.ts';
import type { Trace } from '../../../src/trace/format.ts';
import { makeBigTrace } from '../../fixtures/make-big-trace.ts';
import { bigProgram, bigProgramWithArrowsAndFlags } from './big-program.ts';
import { measureEdit, measureFirstDraw, measureZoom, settle, type DrawTimes } from './page-probes.ts';
import { PROFILING, profiled } from './profile.ts';
import { formatTable, type Row } from './stats.ts';

const EDITS = Number(process.env.BENCH_UI_EDITS ?? 30);
const BIG_REPEATS = Number(process.env.BENCH_UI_BIG ?? 5);
const ZOOM_ROUNDS = Number(process.env.BENCH_UI_ZOOM ?? 3);
const WARMUP = 3;
const BIG_TASKS = 2000;
const BIG_SLEEPS = 20;
/** The pre-made trace: 2,000 tasks × 10 steps ≈ 40,000 bars. */
const FIXTURE = { tasks: 2000, stepsPerTask: 10 } as const;

/** The edited sleep of each tutorial: seed1's 3 s long_operation, seed2's 2 s work(). */
const EDIT_CASES = [
  { example: 'seed1', task: 'Task-2', delay: 3 },
  { example: 'seed2', task: 'Task-3', delay: 2 },
] as const;

const tables: string[] = [];

function report(title: string, rows: Row[]): void {
  const text = formatTable(title, rows);
  tables.push(text);
  console.log(`\n${text}\n`);
}

test.describe.configure({ mode: 'serial' });

test.afterAll(() => {
  if (tables.length > 1) console.log(`\n===== UI bench summary =====\n\n${tables.join('\n\n')}\n`);
});

/** Opens the app and waits until the store exists and the first run is drawn. */
async function openApp(page: Page): Promise<void> {
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto('./');
  await page
    .waitForFunction(() => 'taskline' in window, undefined, { timeout: 15_000 })
    .catch(() => {
      throw new Error('window.taskline never appeared: is this the Taskline build (src/main.tsx exposes the store)?');
    });
  await expect(page.locator('figure.tl'), 'the timeline <figure class="tl"> never appeared').toBeVisible({ timeout: 15_000 });
  await expect(page.locator('figure.tl'), 'the chart never drew a frame (no data-frames hook)').toHaveAttribute('data-frames', /\d+/);
  await page.evaluate(settle);
}

async function loadExample(page: Page, id: string): Promise<void> {
  const ok = await page.evaluate((exampleId) => {
    const store = (window as unknown as { taskline: { getState(): { loadExample(id: string): void; exampleId: string | null } } }).taskline;
    store.getState().loadExample(exampleId);
    return store.getState().exampleId === exampleId;
  }, id);
  if (!ok) throw new Error(`the store has no example ${id}`);
  await page.evaluate(settle);
}

test('edit → redrawn chart (tutorial programs)', async ({ page }) => {
  await openApp(page);
  const rows: Row[] = [];
  for (const c of EDIT_CASES) {
    await loadExample(page, c.example);
    await expect(page.locator(`[data-task="${c.task}"] [data-kind="sleeping"]`).first(), `${c.example}: no sleeping bar on ${c.task}`).toBeVisible();
    const run: number[] = [];
    const dom: number[] = [];
    const frame: number[] = [];
    for (let i = 0; i < WARMUP + EDITS; i++) {
      // Consecutive values always differ, so every edit changes the picture.
      const value = Number((c.delay + ((i % 5) + 1) / 10).toFixed(1));
      const t = await page.evaluate(measureEdit, { task: c.task, value, timeoutMs: 10_000 });
      if (i >= WARMUP) {
        run.push(t.run);
        dom.push(t.dom);
        frame.push(t.frame);
      }
      await page.evaluate(settle);
    }
    const mode = await page.locator('figure.tl').getAttribute('data-render-mode');
    rows.push(
      { name: `${c.example}: edit → new trace in store`, samples: run, note: 'worker: compile + run + post back' },
      { name: `${c.example}: edit → bar's data-end in DOM`, samples: dom, target: 16, note: `+ React commit, rAF wait, draw (${mode})` },
      { name: `${c.example}: edit → next frame produced`, samples: frame, target: 16, note: '+ style, layout, paint' },
    );
  }
  report(`1. Edit → redrawn chart (setDelay of a sleep literal; ${EDITS} samples per example after ${WARMUP} warm-up)`, rows);
  expect(rows.every((r) => r.samples.length === EDITS)).toBe(true);
});

function drawRows(label: string, times: DrawTimes[], withRun: boolean): Row[] {
  const modes = [...new Set(times.map((t) => t.mode))].join('/');
  const rows: Row[] = [];
  if (withRun) rows.push({ name: `${label}: run (edit → trace in store)`, samples: times.map((t) => t.run), note: 'worker run, 2 s budget' });
  rows.push(
    { name: `${label}: trace in store → first frame drawn`, samples: times.map((t) => t.draw), target: 500, note: `React + layout + rAF + draw (${modes})` },
    { name: `${label}: trace in store → frame produced`, samples: times.map((t) => t.paint), target: 500, note: '+ style, layout, paint' },
    { name: `${label}: draw call alone (data-frame-ms)`, samples: times.map((t) => t.drawCall) },
  );
  if (withRun) rows.push({ name: `${label}: run + first frame produced`, samples: times.map((t) => t.run + t.paint) });
  return rows;
}

test('first draw of a big run', async ({ page }) => {
  test.setTimeout(600_000);
  await openApp(page);
  const code = bigProgram(BIG_TASKS, BIG_SLEEPS);
  const rows = BIG_TASKS + 1;
  const fromProgram: DrawTimes[] = [];
  const profiles: string[] = [];
  for (let i = 0; i < BIG_REPEATS; i++) {
    // Back to a small program first, so each sample is a first draw of the big one.
    await loadExample(page, 'seed1');
    const args = { code, traceJson: null, rows, rowHeight: ROW_HEIGHT, timeoutMs: 30_000 };
    if (PROFILING && i === BIG_REPEATS - 1) {
      const { result, report: text } = await profiled(page, 'run + first draw of the big program', () => page.evaluate(measureFirstDraw, args));
      fromProgram.push(result);
      profiles.push(text);
    } else fromProgram.push(await page.evaluate(measureFirstDraw, args));
    await page.evaluate(settle);
  }
  const outcome = await page.evaluate(() => (window as unknown as { taskline: { getState(): { trace: Trace | null } } }).taskline.getState().trace?.outcome.kind);
  expect(outcome, 'the big program did not finish within the worker budget: make it smaller').toBe('ok');
  const programTrace = JSON.parse(await page.evaluate(() => JSON.stringify((window as unknown as { taskline: { getState(): { trace: Trace | null } } }).taskline.getState().trace))) as Trace;
  const programBars = layoutTrace(programTrace).barCount;

  const fixture = makeBigTrace(FIXTURE);
  const fixtureJson = JSON.stringify(fixture);
  const fixtureBars = layoutTrace(fixture).barCount;
  const injected: DrawTimes[] = [];
  for (let i = 0; i < BIG_REPEATS; i++) {
    await loadExample(page, 'seed1');
    const args = { code: null, traceJson: fixtureJson, rows: FIXTURE.tasks, rowHeight: ROW_HEIGHT, timeoutMs: 30_000 };
    if (PROFILING && i === BIG_REPEATS - 1) {
      const { result, report: text } = await profiled(page, 'first draw of the injected trace', () => page.evaluate(measureFirstDraw, args));
      injected.push(result);
      profiles.push(text);
    } else injected.push(await page.evaluate(measureFirstDraw, args));
    await page.evaluate(settle);
  }
  report(`2. First draw of a big run (${BIG_REPEATS} samples each)`, [
    ...drawRows(`program ${BIG_TASKS}×${BIG_SLEEPS} sleeps, ${programBars} bars`, fromProgram, true),
    ...drawRows(`injected trace ${FIXTURE.tasks}×${FIXTURE.stepsPerTask}, ${fixtureBars} bars`, injected, false),
  ]);
  for (const p of profiles) console.log(`\n${p}\n`);
  expect(fromProgram).toHaveLength(BIG_REPEATS);
  expect(injected).toHaveLength(BIG_REPEATS);
});

test('frame time while zooming a big run', async ({ page }) => {
  test.setTimeout(300_000);
  await openApp(page);
  await page.evaluate(measureFirstDraw, { code: bigProgram(BIG_TASKS, BIG_SLEEPS), traceJson: null, rows: BIG_TASKS + 1, rowHeight: ROW_HEIGHT, timeoutMs: 30_000 });
  await page.evaluate(settle);
  const frameMs: number[] = [];
  const intervals: number[] = [];
  const modes: Record<string, number> = {};
  let wheels = 0;
  for (let round = 0; round < ZOOM_ROUNDS; round++) {
    await page.getByRole('button', { name: 'Fit' }).click();
    await page.evaluate(settle);
    const measure = () => page.evaluate(measureZoom, { durationMs: 2000, deltaY: -50 });
    let z;
    if (PROFILING && round === ZOOM_ROUNDS - 1) {
      const p = await profiled(page, 'zooming in and out for 2 s', measure);
      z = p.result;
      console.log(`\n${p.report}\n`);
    } else z = await measure();
    frameMs.push(...z.frameMs);
    intervals.push(...z.intervals);
    wheels += z.wheelEvents;
    for (const [m, n] of Object.entries(z.modes)) modes[m] = (modes[m] ?? 0) + n;
  }
  expect(frameMs.length, 'zooming drew no frames: does the wheel reach d3-zoom on .tl-plot?').toBeGreaterThan(10);
  const modeText = Object.entries(modes).map(([m, n]) => `${m} ${n}`).join(', ');
  report(`3. Zooming the ${BIG_TASKS}×${BIG_SLEEPS} run (${ZOOM_ROUNDS} × 2 s of wheel events, ${wheels} events, in then out)`, [
    { name: 'draw call per frame (data-frame-ms)', samples: frameMs, target: 16, note: `frames by mode: ${modeText}` },
    { name: 'rAF interval while zooming', samples: intervals, target: 16.7, note: 'whole frame as the page sees it (60 Hz = 16.7)' },
  ]);
});

/** Turns "All arrows" on (the store setting the chart's toggle sets) before a big run. */
async function allArrowsOn(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { taskline: { getState(): { setShowAllArrows(on: boolean): void } } }).taskline.getState().setShowAllArrows(true));
}

test('first draw and zoom of a big run with arrows and flags on', async ({ page }) => {
  test.setTimeout(600_000);
  // The list of mistakes under the editor takes room from the chart: a taller window keeps as
  // many rows in view as the runs above, so the frame is as dense (canvas) as theirs.
  await page.setViewportSize({ width: 1280, height: 1600 });
  await openApp(page);
  await allArrowsOn(page);
  const code = bigProgramWithArrowsAndFlags(BIG_TASKS, BIG_SLEEPS);
  const rows = BIG_TASKS + 1;
  const times: DrawTimes[] = [];
  for (let i = 0; i < BIG_REPEATS; i++) {
    await loadExample(page, 'seed1');
    times.push(await page.evaluate(measureFirstDraw, { code, traceJson: null, rows, rowHeight: ROW_HEIGHT, timeoutMs: 30_000 }));
    await page.evaluate(settle);
  }
  const counts = await page.evaluate(() => {
    const s = (window as unknown as { taskline: { getState(): { flags: readonly { kind: string }[]; trace: Trace | null } } }).taskline.getState();
    return { flags: s.flags.map((f) => f.kind).join(', '), outcome: s.trace?.outcome.kind, arrowsInView: document.querySelectorAll('.tl-scene [data-arrow]').length, mode: document.querySelector<HTMLElement>('figure.tl')?.dataset.renderMode };
  });
  expect(counts.outcome, 'the big program did not finish within the worker budget').toBe('ok');
  expect(counts.flags).toContain('blocking-call');

  const frameMs: number[] = [];
  const intervals: number[] = [];
  const modes: Record<string, number> = {};
  for (let round = 0; round < ZOOM_ROUNDS; round++) {
    await page.getByRole('button', { name: 'Fit' }).click();
    await page.evaluate(settle);
    const z = await page.evaluate(measureZoom, { durationMs: 2000, deltaY: -50 });
    frameMs.push(...z.frameMs);
    intervals.push(...z.intervals);
    for (const [m, n] of Object.entries(z.modes)) modes[m] = (modes[m] ?? 0) + n;
  }
  expect(frameMs.length).toBeGreaterThan(10);
  const modeText = Object.entries(modes).map(([m, n]) => `${m} ${n}`).join(', ');
  report(`4. ${BIG_TASKS}×${BIG_SLEEPS} with all arrows and flags on (flags: ${counts.flags}; ${counts.arrowsInView} SVG arrows in view after the last draw (${counts.mode}); ${BIG_REPEATS} first draws, ${ZOOM_ROUNDS} × 2 s zoom)`, [
    ...drawRows('program with arrows + flags', times, true),
    { name: 'zoom: draw call per frame (data-frame-ms)', samples: frameMs, target: 16, note: `frames by mode: ${modeText}` },
    { name: 'zoom: rAF interval', samples: intervals, target: 16.7, note: '60 Hz = 16.7' },
  ]);
});
