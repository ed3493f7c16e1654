/**
 * Exports and imports from the UI: the Export menu downloads each file named after the
 * example; the SVG and PNG open on their own in a fresh page and show seed1's three rows; the
 * Chrome trace follows the Trace Event format; a Taskline trace opens again, read-only.
 */
import { expect, test, type Download, type Page } from '@playwright/test';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromeTraceProblems } from '../tests/export/chrome-trace-rules.ts';
import { decodePng } from '../tests/export/decode-png.ts';
import { spawnSync } from 'node:child_process';
import { chooseExample, code, completedRuns, consoleTexts, openApp, taskRows } from './helpers.ts';

async function exportFile(page: Page, label: string): Promise<{ download: Download; path: string }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: label }).click()]);
  // Saved under its own name: a browser opens a file by its extension.
  const path = join(test.info().outputPath(), download.suggestedFilename());
  await download.saveAs(path);
  return { download, path };
}

test('SVG and PNG exports open on their own and show seed1’s three rows', async ({ page, context }) => {
  await openApp(page);
  const svg = await exportFile(page, 'Chart as SVG');
  expect(svg.download.suggestedFilename()).toBe('seed1.svg');
  const png = await exportFile(page, 'Chart as PNG');
  expect(png.download.suggestedFilename()).toBe('seed1.png');

  const fresh = await context.newPage();
  const errors: string[] = [];
  fresh.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await fresh.goto(pathToFileURL(svg.path).href);
  await expect(fresh.locator('svg [data-task]')).toHaveCount(3);
  expect(await fresh.locator('svg [data-task]').evaluateAll((els) => els.map((e) => e.getAttribute('data-task')))).toEqual(['Task-1', 'Task-2', 'Task-3']);
  // Drawn, not just present: the sleep bars have their size and their hatching.
  const bar = fresh.locator('[data-task="Task-2"] [data-kind="sleeping"]');
  expect((await bar.boundingBox())?.width).toBeGreaterThan(500);
  expect(await bar.evaluate((el) => getComputedStyle(el).fill)).toBe('url("#tl-hatch")');

  await fresh.goto(pathToFileURL(png.path).href);
  const size = await fresh.locator('img').evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
  expect(size).toEqual([1920, 200]);
  expect(errors).toEqual([]);

  // Three rows at 2×: each row's middle holds a bar at 1.5 s, and the picture ends after the third.
  const pixels = decodePng(readFileSync(png.path));
  const bg = (x: number, y: number) => {
    const i = (y * pixels.width + x) * 4;
    return pixels.rgba[i]! > 245 && pixels.rgba[i + 1]! > 245 && pixels.rgba[i + 2]! > 245;
  };
  for (const row of [0, 1, 2]) expect(bg(2 * 450, 2 * (22 + row * 26 + 13)), `row ${row}`).toBe(false);
  expect(pixels.height).toBe(2 * (22 + 3 * 26));
});

test('the Chrome trace has one named thread per task and follows the format', async ({ page }) => {
  await openApp(page);
  const { download, path } = await exportFile(page, 'Chrome trace (Perfetto)');
  expect(download.suggestedFilename()).toBe('seed1.chrome-trace.json');
  const json = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: { ph: string; name: string; args?: { name?: string } }[] };
  expect(chromeTraceProblems(json)).toEqual([]);
  const threads = json.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => e.args?.name);
  expect(threads).toEqual(['Task-1', 'Task-2', 'Task-3']);
});

test('the Export menu works from the keyboard', async ({ page }) => {
  await openApp(page);
  const button = page.getByRole('button', { name: 'Export' });
  await button.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Chart as SVG' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('menuitem', { name: 'Chrome trace (Perfetto)' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  // Each key waits for the focus it moves: the menu takes a frame to open and focus its first item.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Chart as SVG' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: /PNG/ })).toBeFocused();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('seed1.png');
});

test('a Taskline trace opens again read-only, from the picker or a drop', async ({ page, context }) => {
  await openApp(page);
  const { path } = await exportFile(page, 'Taskline trace (JSON)');
  const program = await code(page);

  const fresh = await context.newPage();
  await openApp(fresh);
  await chooseExample(fresh, 'gather');
  await fresh.getByTestId('open-trace-input').setInputFiles(path);
  await expect(fresh.getByTestId('opened-trace')).toContainText('Viewing seed1.trace.json (read-only)');
  await expect(taskRows(fresh)).toHaveCount(3);
  expect(await code(fresh)).toBe(program);

  // Editing does not rerun: the chart stays the file's.
  const runs = await completedRuns(fresh);
  const editor = fresh.getByRole('textbox', { name: 'Python code' });
  await editor.click();
  await fresh.keyboard.press('ControlOrMeta+End');
  await fresh.keyboard.type('\n# a note\n');
  await fresh.waitForTimeout(800);
  expect(await completedRuns(fresh)).toBe(runs);
  await expect(fresh.getByTestId('opened-trace')).toBeVisible();

  // Close brings back the code from before (gather) and runs it.
  await fresh.getByRole('button', { name: 'Close trace' }).click();
  await expect(fresh.getByTestId('opened-trace')).toHaveCount(0);
  await expect(fresh.getByRole('combobox', { name: 'Examples' })).toHaveValue('gather');

  // A dropped file opens the same way, even over the editor.
  const text = readFileSync(path, 'utf8');
  await dropFile(fresh, '.cm-content', 'dropped.trace.json', text);
  await expect(fresh.getByTestId('opened-trace')).toContainText('Viewing dropped.trace.json');
  expect(await code(fresh)).toBe(program);
});

test('a trace recorded under real CPython (public/taskline-record.py --virtual) opens and matches the run in the app', async ({ page }) => {
  const out = join(test.info().outputPath(), 'seed1.recorded.json');
  const rec = spawnSync('python3', ['public/taskline-record.py', '--virtual', '--out', out, 'src/examples/seed1.py'], { encoding: 'utf8' });
  test.skip(rec.error !== undefined, 'python3 is not installed');
  expect(rec.status, rec.stderr).toBe(0);

  await openApp(page);
  const ownRows = await taskRows(page).allTextContents();
  const ownConsole = await consoleTexts(page);
  await page.getByTestId('open-trace-input').setInputFiles(out);
  await expect(page.getByTestId('opened-trace')).toContainText('Viewing seed1.recorded.json (read-only)');
  expect(await code(page)).toBe(readFileSync('src/examples/seed1.py', 'utf8'));
  await expect(taskRows(page)).toHaveCount(3);
  expect(await taskRows(page).allTextContents()).toEqual(ownRows);
  expect(await consoleTexts(page)).toEqual(ownConsole);
});

test('a file that is not a readable trace says why and changes nothing', async ({ page }) => {
  await openApp(page);
  const before = await code(page);
  const input = page.getByTestId('open-trace-input');
  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1, "events": [') });
  await expect(page.getByRole('alert')).toContainText('notes.json: not a JSON file');
  await input.setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 9, "events": []}') });
  await expect(page.getByRole('alert')).toContainText('format version 9, from a newer Taskline');
  await input.setInputFiles({ name: 'list.json', mimeType: 'application/json', buffer: Buffer.from('[1, 2, 3]') });
  await expect(page.getByRole('alert')).toContainText('not a Taskline trace');
  await expect(page.getByTestId('opened-trace')).toHaveCount(0);
  expect(await code(page)).toBe(before);
  await expect(taskRows(page)).toHaveCount(3);
});

async function dropFile(page: Page, selector: string, name: string, text: string): Promise<void> {
  const data = await page.evaluateHandle(
    ([n, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], n, { type: 'application/json' }));
      return dt;
    },
    [name, text] as const,
  );
  const target = page.locator(selector);
  await target.dispatchEvent('dragenter', { dataTransfer: data });
  await target.dispatchEvent('dragover', { dataTransfer: data });
  await target.dispatchEvent('drop', { dataTransfer: data });
}
