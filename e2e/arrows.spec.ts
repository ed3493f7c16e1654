import { expect, test, type Page } from '@playwright/test';
import { chooseExample, openApp, runCode } from './helpers.ts';

const scene = (page: Page) => page.locator('.tl-scene');
const tooltip = (page: Page) => page.getByRole('tooltip');

for (const title of ['Event signalling', 'Lock contention', 'gather']) {
  test(`${title}: an arrow runs from the last child's end to Task-1's resume, with the cause in its tooltip`, async ({ page }) => {
    await openApp(page);
    await chooseExample(page, title);
    const arrow = scene(page).locator('[data-arrow="wake"][data-to="Task-1"]').last();
    await expect(arrow).toBeVisible();
    const from = (await arrow.getAttribute('data-from'))!;
    const t = (await arrow.getAttribute('data-from-t'))!;
    // Its tail is the finished task's end: that row's done mark at the same instant.
    await expect(scene(page).locator(`[data-marks-of="${from}"] [data-mark="done"][data-t="${t}"]`)).toHaveCount(1);
    // Its head is Task-1's resume: a step of Task-1 at that time.
    const to = (await arrow.getAttribute('data-to-t'))!;
    await expect(scene(page).locator(`[data-task="Task-1"] [data-kind="running"][data-start="${to}"]`).first()).toBeAttached();

    const box = (await arrow.locator('.tl-arrow-line').boundingBox())!;
    // The curve's rightmost point is its middle (it bulges right of the instant).
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2);
    await expect(tooltip(page)).toContainText('Task-1 resumed');
    await expect(tooltip(page)).toContainText(`woken by: ${from} finished`);
  });
}

test('Event signalling: Event.set() in Task-1 wakes each runner', async ({ page }) => {
  await openApp(page);
  await chooseExample(page, 'Event signalling');
  for (const name of ['ana', 'ben', 'cy']) await expect(scene(page).locator(`[data-arrow="wake"][data-from="Task-1"][data-to="${name}"]`)).toHaveCount(1);
});

test('a big run shows the selected task’s arrows; "All arrows" shows every one', async ({ page }) => {
  await openApp(page);
  // 60 tasks, each awaiting the one before it: 59 wakes by a finished task, plus main's.
  await runCode(
    page,
    'import asyncio\n\nasync def link(i, prev):\n    await asyncio.sleep(0.01 * (60 - i))\n    if prev is not None:\n        await prev\n\nasync def main():\n    prev = None\n    tasks = []\n    for i in range(60):\n        prev = asyncio.create_task(link(i, prev))\n        tasks.append(prev)\n    await prev\n\nasyncio.run(main())\n',
  );
  const arrows = scene(page).locator('[data-arrow="wake"]');
  await expect(arrows).toHaveCount(0);
  const toggle = page.getByRole('checkbox', { name: 'All arrows' });
  await expect(toggle).not.toBeChecked();

  await page.getByRole('button', { name: /^Task-5\b/ }).first().click();
  // Task-5 is woken by Task-4's end and its own end wakes Task-6.
  await expect(scene(page).locator('[data-arrow="wake"][data-to="Task-5"]')).toHaveCount(1);
  await expect(scene(page).locator('[data-arrow="wake"][data-from="Task-5"]')).toHaveCount(1);

  await toggle.check();
  // Every arrow between the rows in view, not only the two of the selected task.
  await expect.poll(() => arrows.count()).toBeGreaterThan(4);
  await toggle.uncheck();
  await expect(scene(page).locator('[data-arrow="wake"][data-from="Task-4"]')).toHaveCount(1);
});
