import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp, runCode } from './helpers.ts';

const seed1 = readFileSync(new URL('../../shared/conformance/seed1.py', import.meta.url), 'utf8');

test('row labels show each task with its coroutine call, and mark main', async ({ page }) => {
  await openApp(page);
  await runCode(page, seed1);
  const task2 = page.locator('[data-task-label="Task-2"]');
  await expect(task2).toContainText("Task-2 · long_operation('Task 1 started', 3)");
  await expect(page.locator('[data-task-label="Task-3"]')).toContainText("long_operation('Task 2 started', 2)");
  await expect(task2).toHaveAttribute('title', /long_operation\('Task 1 started', 3\)/);
  const main = page.locator('[data-task-label="Task-1"]');
  await expect(main).toContainText('main()');
  await expect(main.locator('.tl-label-main')).toHaveText('main');
  await expect(task2.locator('.tl-label-main')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Task-1, main\(\), the main task, finished at/ })).toBeVisible();
  // seed1 never blocks the loop: the legend does not explain a bar that is not there.
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(legend).toContainText('asyncio.sleep');
  await expect(legend).not.toContainText('time.sleep');
});
