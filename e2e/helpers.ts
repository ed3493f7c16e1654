/**
 * A small vocabulary for Taskline's end-to-end tests: say what the user does and sees
 * ("run", "the console", "the bar of Task-2") instead of repeating selectors in every spec.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedOraclePath } from '../tests/conformance/cases.ts';

const summary = (page: Page) => page.getByRole('region', { name: 'Run summary' });

/** How many runs have completed (the summary's data-runs). */
export async function completedRuns(page: Page): Promise<number> {
  return Number(await summary(page).getAttribute('data-runs'));
}

/** Opens the app and waits for the first run (seed1) to be drawn. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('./');
  await waitForRuns(page, 1);
}

/** Waits until at least `n` runs have completed and none is in flight. */
export async function waitForRuns(page: Page, n: number, timeout = 10_000): Promise<void> {
  await expect(summary(page)).toHaveAttribute('data-running', 'false', { timeout });
  await expect.poll(() => completedRuns(page), { timeout }).toBeGreaterThanOrEqual(n);
  await expect(summary(page)).toHaveAttribute('data-running', 'false', { timeout });
}

/** Performs `action`, then waits for the run it causes to finish. */
export async function afterNextRun(page: Page, action: () => Promise<void>, timeout = 10_000): Promise<void> {
  const before = await completedRuns(page);
  await action();
  await waitForRuns(page, before + 1, timeout);
}

export function summaryText(page: Page): Locator {
  return page.getByTestId('summary');
}

export function outcomeDetail(page: Page): Locator {
  return page.getByTestId('outcome-detail');
}

export async function outcomeKind(page: Page): Promise<string | null> {
  return summary(page).getAttribute('data-outcome');
}

/** The console's lines as the user reads them (text only, without times and task names). */
export async function consoleTexts(page: Page): Promise<string[]> {
  await page.getByRole('tab', { name: 'Console' }).click();
  return page.locator('[data-testid=console] .console-text').allInnerTexts();
}

/** The code as the store holds it (the editor shows the same text). */
export async function code(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { taskline: { getState(): { code: string } } }).taskline.getState().code);
}

/** Replaces the editor's text the way a paste would, without auto-indent getting in the way. */
export async function typeCode(page: Page, text: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: 'Python code' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(text);
}

/** Replaces the code and runs it with the keyboard shortcut. */
export async function runCode(page: Page, text: string, timeout = 10_000): Promise<void> {
  await page.getByRole('checkbox', { name: 'Run on change' }).uncheck();
  await typeCode(page, text);
  await afterNextRun(page, () => page.keyboard.press('ControlOrMeta+Enter'), timeout);
}

/** The time axis's tick labels, left to right ("0.0 s", "0.5 s", ...). */
export function axisLabels(page: Page): Promise<string[]> {
  return page.locator('.tl-axis .tick text').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
}

export async function chooseExample(page: Page, title: string): Promise<void> {
  await afterNextRun(page, async () => {
    await page.getByRole('combobox', { name: 'Examples' }).selectOption({ label: title });
  });
}

/** The timeline's task rows. */
export function taskRows(page: Page): Locator {
  return page.locator('[data-task]');
}

/** Bars of one kind ("sleeping", "waiting", …) on the row of the task named `task`. */
export function bars(page: Page, task: string, kind: string): Locator {
  return page.locator(`[data-task="${task}"] [data-kind="${kind}"]`);
}

/** A bar's start and end in virtual seconds, from its data attributes. */
export async function barTimes(bar: Locator): Promise<{ start: number; end: number }> {
  return { start: Number(await bar.getAttribute('data-start')), end: Number(await bar.getAttribute('data-end')) };
}

/** Drags the right end of a bar by `dx` pixels (what changes a sleep's delay). */
export async function dragBarEnd(page: Page, bar: Locator, dx: number): Promise<void> {
  const box = await bar.boundingBox();
  if (!box) throw new Error('bar not visible');
  const y = box.y + box.height / 2;
  const x = box.x + box.width - 1;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y, { steps: 4 });
  await page.mouse.move(x + dx, y, { steps: 4 });
  await page.mouse.up();
}

/** The playhead in virtual seconds. */
export async function playhead(page: Page): Promise<number> {
  return Number(await page.getByTestId('playhead').getAttribute('data-t'));
}

export async function openTasksTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Tasks' }).click();
}

function oracle(): string {
  const path = sharedOraclePath();
  if (path === null) throw new Error('these checks compare with CPython: they need ../shared/oracle/run.py beside the repo');
  return path;
}

/** What real CPython prints for `program` on virtual time (the oracle), as lines. */
export function oracleStdout(program: string): { lines: string[]; exit: number | null } {
  const dir = mkdtempSync(join(tmpdir(), 'taskline-e2e-'));
  const file = join(dir, 'main.py');
  writeFileSync(file, program);
  const run = spawnSync('python3', [oracle(), file], { encoding: 'utf8' });
  return { lines: run.stdout.replace(/\n$/, '').split('\n'), exit: run.status };
}
