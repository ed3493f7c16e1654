import { expect, test } from '@playwright/test';
import { encodeShare } from '../src/share/url-codec.ts';
import { code, consoleTexts, waitForRuns } from './helpers.ts';

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
  expect(link).toMatch(/#v2\.[A-Za-z0-9_-]+$/);
});
