import { expect, test, type Page } from '@playwright/test';
import { openApp, runCode } from './helpers.ts';

type StoreWindow = Window & { taskline: { getState(): { viewWindow: readonly [number, number] | null; setViewWindow(w: readonly [number, number] | null): void; seek(t: number): void } } };

const manyTasks = (n: number) =>
  `import asyncio\n\nasync def work(i):\n    await asyncio.sleep(0.1)\n\nasync def main():\n    await asyncio.gather(*[work(i) for i in range(${n})])\n\nasyncio.run(main())\n`;

const viewWindow = (page: Page) => page.evaluate(() => (window as unknown as StoreWindow).taskline.getState().viewWindow);

test('a zoom window left over from a longer run is clamped, so an edit never blanks the chart', async ({ page }) => {
  await openApp(page);
  await runCode(page, 'import asyncio\n\nasync def main():\n    await asyncio.sleep(10)\n\nasyncio.run(main())\n');
  await page.evaluate(() => (window as unknown as StoreWindow).taskline.getState().setViewWindow([6, 9]));
  await expect.poll(() => viewWindow(page)).toEqual([6, 9]);
  await runCode(page, 'import asyncio\n\nasync def main():\n    await asyncio.sleep(3)\n\nasyncio.run(main())\n');
  // [6, 9] does not overlap a 3 s run: the chart fits it, and the store (and a share link) says so.
  await expect.poll(() => viewWindow(page)).toBeNull();
  await expect(page.locator('.tl-scene [data-task="Task-1"] [data-kind="sleeping"]')).toBeVisible();
});

test('task labels are there at once after switching to a big run, wherever the rows were scrolled', async ({ page }) => {
  await openApp(page);
  await runCode(page, manyTasks(250));
  const scroller = page.locator('.tl-scroll');
  await scroller.evaluate((el) => (el.scrollTop = 26 * 200));
  await runCode(page, manyTasks(400));
  const top = await scroller.evaluate((el) => el.scrollTop);
  expect(top).toBeGreaterThan(26 * 150);
  const row = Math.floor(top / 26) + 3;
  // Task ids are creation order: row r shows Task-(r + 1).
  await expect(page.getByRole('button', { name: new RegExp(`^Task-${row + 1},`) })).toBeVisible();
});

test('the playhead reaches the chart without a React render: its handle and slider values follow the store', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => (window as unknown as StoreWindow).taskline.getState().seek(1.5));
  const slider = page.getByRole('slider', { name: 'Playhead' });
  await expect(slider).toHaveAttribute('aria-valuenow', '1.5');
  await expect(slider).toHaveAttribute('aria-valuetext', '1.5 s');
  const dim = page.locator('.tl-scene .tl-dim');
  await expect(dim).toHaveCount(1);
  const line = Number(await page.locator('.tl-scene .tl-playhead-line').getAttribute('x1'));
  expect(Number(await dim.getAttribute('x'))).toBeCloseTo(line, 1);
});
