import { expect, test } from '@playwright/test';
import { encodeShare } from '../src/share/url-codec.ts';
import { axisLabels, code, consoleTexts, waitForRuns } from './helpers.ts';

const PROGRAM = `import asyncio


async def main():
    await asyncio.sleep(0.5)
    print("from a link")


asyncio.run(main())
`;

test('a share link opens its program and runs it', async ({ page }) => {
  await page.goto(`./#${encodeShare({ code: PROGRAM })}`);
  await waitForRuns(page, 1);
  expect(await code(page)).toBe(PROGRAM);
  expect(await consoleTexts(page)).toEqual(['from a link']);
  // The fragment is cleared so that a reload keeps later edits.
  expect(new URL(page.url()).hash).toBe('');
});

test('a damaged link shows a message and keeps the tutorial', async ({ page }) => {
  await page.goto('./#v1.AAAA');
  await expect(page.getByRole('alert')).toContainText('damaged');
  await expect(page.getByRole('combobox', { name: 'Examples' })).toHaveValue('seed1');
});

test('Copy link puts a working link on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await waitForRuns(page, 1);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#v4\.[A-Za-z0-9_-]+$/);
});

test('a link reproduces the view it was copied from: zoom, playhead, selected task, speed', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await waitForRuns(page, 1);
  // Back event by event until the playhead leaves the last moment (t = 3).
  const slider = page.getByRole('slider', { name: 'Playhead' });
  for (let i = 0; i < 40 && Number(await slider.getAttribute('aria-valuenow')) >= 3; i++) await page.getByRole('button', { name: 'Previous event' }).click();
  const chart = page.getByRole('group', { name: /Timeline chart/ });
  await chart.focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await page.getByRole('button', { name: /^Task-3,/ }).click();
  await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: '10×' });
  const zoomedTicks = await axisLabels(page);
  expect(zoomedTicks.at(-1)).not.toBe('3.0 s');
  const playhead = await page.getByRole('slider', { name: 'Playhead' }).getAttribute('aria-valuenow');
  expect(Number(playhead)).toBeLessThan(3);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());

  // Another tab, with nothing of the first one's state but the link.
  const other = await context.newPage();
  await other.goto(link);
  await waitForRuns(other, 1);
  await expect(other.getByRole('slider', { name: 'Playhead' })).toHaveAttribute('aria-valuenow', playhead!);
  await expect(other.getByRole('button', { name: /^Task-3,/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(other.getByRole('combobox', { name: 'Speed' })).toHaveValue('10');
  await expect.poll(() => axisLabels(other)).toEqual(zoomedTicks);
  // Fit brings back the whole run.
  await other.getByRole('button', { name: 'Fit' }).click();
  await expect(other.locator('.tl-axis .tick text').last()).toHaveText('3.0 s');
});
