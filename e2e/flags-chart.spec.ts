import { expect, test, type Page } from '@playwright/test';
import { chooseExample, openApp, runCode } from './helpers.ts';

const scene = (page: Page) => page.locator('.tl-scene');
const flag = (page: Page, kind: string) => scene(page).locator(`[data-flag="${kind}"]`);
const tooltip = (page: Page) => page.getByRole('tooltip');

async function hoverMarker(page: Page, kind: string): Promise<void> {
  // After a rerun the marks glide to their new places: hover only once the marker has settled.
  const marker = flag(page, kind).locator('.tl-flag-marker');
  let box = (await marker.boundingBox())!;
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(100);
    const next = (await marker.boundingBox())!;
    if (next.x === box.x && next.y === box.y) break;
    box = next;
  }
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

test('each mistake of the common-mistakes example is marked on the chart, with its sentence in the tooltip', async ({ page }) => {
  await openApp(page);
  await expect(scene(page).locator('[data-flag]')).toHaveCount(0);
  await chooseExample(page, 'Common mistakes (flagged)');
  for (const kind of ['never-awaited', 'blocking-call', 'sequential-awaits', 'task-not-kept', 'swallowed-cancel', 'exception-never-retrieved']) {
    await expect(flag(page, kind)).toHaveCount(1);
  }
  // The blocking call is a band across every lane, labelled where it has room.
  const band = flag(page, 'blocking-call').locator('.tl-flag-band');
  await expect(band).toHaveCount(1);
  const plot = (await page.locator('.tl-plot').boundingBox())!;
  const bandBox = (await band.boundingBox())!;
  expect(Math.abs(bandBox.height - plot.height)).toBeLessThanOrEqual(2);

  await hoverMarker(page, 'blocking-call');
  await expect(tooltip(page)).toContainText('Mistake: Blocking call');
  await expect(tooltip(page)).toContainText('The whole loop was blocked for 0.50 s by line 30.');
  await expect(tooltip(page)).toContainText('Use await asyncio.sleep(0.5) instead of time.sleep(0.5).');
  await hoverMarker(page, 'swallowed-cancel');
  await expect(tooltip(page)).toContainText('caught CancelledError');

  // Inside the band, away from any bar, the band explains itself.
  await page.mouse.move(bandBox.x + bandBox.width / 2, bandBox.y + bandBox.height - 3);
  await expect(tooltip(page)).toContainText('The whole loop was blocked');
});

test('the examples that teach one mistake show only it, and a clean one shows none', async ({ page }) => {
  await openApp(page);
  await chooseExample(page, 'time.sleep blocks the loop');
  await expect(flag(page, 'blocking-call')).toHaveCount(1);
  await chooseExample(page, 'Awaiting one by one vs create_task');
  await expect(flag(page, 'sequential-awaits')).toHaveCount(1);
  await expect(flag(page, 'sequential-awaits').locator('.tl-flag-span')).toHaveCount(1);
  for (const title of ['gather', 'Event signalling', 'Lock contention']) {
    await chooseExample(page, title);
    await expect(scene(page).locator('[data-flag]')).toHaveCount(0);
  }
});

test('a deadlock draws its cycle: who waits on the lock the other holds', async ({ page }) => {
  await openApp(page);
  await runCode(
    page,
    'import asyncio\n\nasync def worker(first, second):\n    async with first:\n        await asyncio.sleep(0.1)\n        async with second:\n            pass\n\nasync def main():\n    a = asyncio.Lock()\n    b = asyncio.Lock()\n    await asyncio.gather(worker(a, b), worker(b, a))\n\nasyncio.run(main())\n',
  );
  await expect(flag(page, 'deadlock-cycle')).toHaveCount(1);
  await expect(scene(page).locator('[data-arrow="deadlock"][data-from="Task-2"][data-to="Task-3"]')).toHaveCount(1);
  await expect(scene(page).locator('[data-arrow="deadlock"][data-from="Task-3"][data-to="Task-2"]')).toHaveCount(1);
  await hoverMarker(page, 'deadlock-cycle');
  await expect(tooltip(page)).toContainText('Deadlock: Task-2 waits for lock held by Task-3, Task-3 waits for lock held by Task-2.');
});

test('an endless loop is marked on the task that looped', async ({ page }) => {
  await openApp(page);
  await runCode(
    page,
    'import asyncio\n\nasync def spin():\n    n = 0\n    while True:\n        n += 1\n\nasync def main():\n    t = asyncio.create_task(spin())\n    await asyncio.sleep(1)\n\nasyncio.run(main())\n',
    30_000,
  );
  await expect(flag(page, 'endless-loop')).toHaveCount(1);
  await expect(flag(page, 'endless-loop')).toHaveAttribute('data-row', '1');
});
