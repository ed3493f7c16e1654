import { expect, test } from '@playwright/test';
import { openApp, playhead } from './helpers.ts';

test('replay at 10× reaches the end', async ({ page }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('10');
  await page.getByRole('button', { name: 'Replay' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  // 3 s of virtual time at 10× takes 0.3 s.
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible({ timeout: 3000 });
  expect(await playhead(page)).toBe(3);
});

test('replay at 1× moves the playhead and dims later console lines; pause holds it', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Replay' }).click();
  await page.waitForTimeout(500);
  await page.getByRole('button', { name: 'Pause' }).click();
  const t = await playhead(page);
  expect(t).toBeGreaterThan(0.1);
  expect(t).toBeLessThan(2);
  await expect(page.locator('.console-line.future')).toHaveCount(3);
  await page.waitForTimeout(300);
  expect(await playhead(page)).toBe(t);
});

test('previous and next event step between moments', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Previous event' }).click();
  expect(await playhead(page)).toBe(2);
  await page.getByRole('button', { name: 'Previous event' }).click();
  expect(await playhead(page)).toBe(0);
  await page.getByRole('button', { name: 'Next event' }).click();
  expect(await playhead(page)).toBe(2);
});
