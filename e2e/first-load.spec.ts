import { expect, test } from '@playwright/test';
import { barTimes, bars, consoleTexts, openApp, summaryText, taskRows } from './helpers.ts';

test('first load shows the tutorial program already run', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('combobox', { name: 'Examples' })).toHaveValue('seed1');
  await expect(taskRows(page)).toHaveCount(3);
  // Task-2 sleeps 3 s, Task-3 sleeps 2 s, both from 0.
  expect(await barTimes(bars(page, 'Task-2', 'sleeping').first())).toEqual({ start: 0, end: 3 });
  expect(await barTimes(bars(page, 'Task-3', 'sleeping').first())).toEqual({ start: 0, end: 2 });
  await expect(summaryText(page)).toHaveText('Finished in 3.00 s — tasks slept 5.00 s in total: 1.67× overlap');
  expect(await consoleTexts(page)).toEqual([
    'Task 1 started',
    'Task 2 started',
    'Done after 3 seconds',
    'Done after 2 seconds',
    'Finished in 3.00 seconds',
  ]);
});

test('a reload keeps the edited code', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    const store = (window as unknown as { taskline: { getState(): { setCode(c: string): void } } }).taskline;
    store.getState().setCode('import asyncio\nprint("kept")\n');
  });
  await page.reload();
  await expect(page.locator('.cm-content')).toContainText('print("kept")');
});
