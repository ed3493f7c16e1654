import { expect, test } from '@playwright/test';
import { openApp, playhead } from './helpers.ts';

test('replay at 10× reaches the end', async ({ page }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('10');
  // 3 s of virtual time at 10× takes 0.3 s: too short to catch the Pause button reliably, so
  // record every playhead position the store goes through instead.
  await page.evaluate(() => {
    const w = window as unknown as { taskline: { subscribe(f: (s: { playhead: number; playing: boolean }) => void): void }; seen: number[] };
    w.seen = [];
    w.taskline.subscribe((s) => {
      if (s.playing || w.seen.length > 0) w.seen.push(s.playhead);
    });
  });
  await page.getByRole('button', { name: 'Replay' }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible({ timeout: 3000 });
  expect(await playhead(page)).toBe(3);
  const seen = await page.evaluate(() => (window as unknown as { seen: number[] }).seen);
  expect(seen[0]).toBe(0);
  expect(seen.at(-1)).toBe(3);
  // It moved forward through frames in between, never back.
  expect(seen.filter((t) => t > 0 && t < 3).length).toBeGreaterThan(1);
  expect(seen.every((t, i) => i === 0 || t >= seen[i - 1]!)).toBe(true);
});

test('replay at 1× stays on each event, then moves the playhead and dims later console lines; pause holds it', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    const w = window as unknown as { taskline: { subscribe(f: (s: { playhead: number; playheadEvent: number; playing: boolean }) => void): void }; atZero: Set<number> };
    w.atZero = new Set();
    w.taskline.subscribe((s) => {
      if (s.playing && s.playhead === 0) w.atZero.add(s.playheadEvent);
    });
  });
  await page.getByRole('button', { name: 'Replay' }).click();
  await expect.poll(() => playhead(page), { timeout: 8000 }).toBeGreaterThan(0.1);
  // The events at t = 0 were shown one after another before time moved on (a slow frame may skip one).
  const atZero = await page.evaluate(() => (window as unknown as { atZero: Set<number> }).atZero.size);
  expect(atZero).toBeGreaterThanOrEqual(5);
  await page.getByRole('button', { name: 'Pause' }).click();
  const t = await playhead(page);
  expect(t).toBeLessThan(2);
  await expect(page.locator('.console-line.future')).toHaveCount(3);
  await page.waitForTimeout(300);
  expect(await playhead(page)).toBe(t);
});

test('previous and next move one event at a time', async ({ page }) => {
  await openApp(page);
  const narration = page.getByTestId('narration');
  await expect(narration).toContainText('Task-1 finishes with result None');
  await page.getByRole('button', { name: 'Previous event' }).click();
  await expect(narration).toContainText("Task-1 prints 'Finished in 3.00 seconds'");
  expect(await playhead(page)).toBe(3);
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(narration).toContainText('Task-1 finishes with result None');
});
