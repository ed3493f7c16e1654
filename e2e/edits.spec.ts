import { expect, test } from '@playwright/test';
import { afterNextRun, barTimes, bars, code, dragBarEnd, openApp, openTasksTab, summaryText, taskRows } from './helpers.ts';

test('dragging the end of a sleep bar rewrites the delay and the finish time', async ({ page }) => {
  await openApp(page);
  const bar = bars(page, 'Task-2', 'sleeping').first();
  const before = await bar.boundingBox();
  if (!before) throw new Error('no bar');
  // Drag Task-2's 3 s sleep to about a third shorter.
  await afterNextRun(page, () => dragBarEnd(page, bar, -before.width / 3));
  const edited = await code(page);
  const delay = Number(/long_operation\("Task 1 started", ([\d.]+)\)/.exec(edited)?.[1]);
  expect(delay).toBeGreaterThan(1.5);
  expect(delay).toBeLessThan(2.8);
  const { end } = await barTimes(bars(page, 'Task-2', 'sleeping').first());
  expect(end).toBeCloseTo(delay, 6);
  // The run now ends when the longer of the two sleeps ends.
  const finish = Math.max(delay, 2).toFixed(2);
  await expect(summaryText(page)).toContainText(`Finished in ${finish} s`);
});

test('renaming a task in the table rewrites the code and the row', async ({ page }) => {
  await openApp(page);
  await openTasksTab(page);
  const name = page.getByRole('textbox', { name: 'Name of Task-2' });
  await name.fill('slow one');
  await afterNextRun(page, () => name.press('Enter'));
  expect(await code(page)).toContain('asyncio.create_task(long_operation("Task 1 started", 3), name="slow one")');
  await expect(page.getByRole('textbox', { name: 'Name of slow one' })).toBeVisible();
  await expect(taskRows(page)).toHaveCount(3);
  await expect(page.locator('[data-task="slow one"] [data-kind="sleeping"]')).toHaveCount(1);
});

test('changing a delay in the table reruns with the new value', async ({ page }) => {
  await openApp(page);
  await openTasksTab(page);
  const delay = page.getByRole('spinbutton', { name: /Delay on line 20 of Task-2/ });
  await delay.fill('1.5');
  await afterNextRun(page, () => delay.press('Enter'));
  expect(await code(page)).toContain('long_operation("Task 1 started", 1.5)');
  await expect(summaryText(page)).toContainText('Finished in 2.00 s');
});
