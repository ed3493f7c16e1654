/** Share links in an open tab, links of examples, and links whose view no longer fits the run. */
import { expect, test } from '@playwright/test';
import { encodeShare } from '../src/share/url-codec.ts';
import { axisLabels, chooseExample, code, consoleTexts, openApp, runCode, waitForRuns } from './helpers.ts';

const LINKED = `import asyncio


async def main():
    await asyncio.sleep(2)
    print("from the link")


asyncio.run(main())
`;
const MINE = `import asyncio


async def main():
    await asyncio.sleep(1)
    print("my own work")


asyncio.run(main())
`;

test('a link pasted into an open tab opens, and the user\'s code is one click away', async ({ page }) => {
  await openApp(page);
  await runCode(page, MINE);
  const before = await page.evaluate(() => (window as unknown as { taskline: { getState(): { completedRuns: number } } }).taskline.getState().completedRuns);
  await page.evaluate((hash) => {
    location.hash = hash;
  }, encodeShare({ code: LINKED }));
  await waitForRuns(page, before + 1);
  expect(await code(page)).toBe(LINKED);
  expect(await consoleTexts(page)).toEqual(['from the link']);
  expect(new URL(page.url()).hash).toBe('');
  const notice = page.getByTestId('replaced-code');
  await expect(notice).toContainText('replaced your code');
  // Kept across a reload too (autosave), until restored.
  await page.reload();
  await waitForRuns(page, 1);
  await page.getByRole('button', { name: 'Restore my code' }).click();
  await waitForRuns(page, 2);
  expect(await code(page)).toBe(MINE);
  expect(await consoleTexts(page)).toEqual(['my own work']);
  await expect(notice).toHaveCount(0);
});

test('a link to an example brings back its title and lesson', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await chooseExample(page, 'gather');
  const lesson = await page.locator('.lesson').textContent();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const other = await context.newPage();
  await other.goto(link);
  await waitForRuns(other, 1);
  await expect(other.getByRole('combobox', { name: 'Examples' })).toHaveValue('gather');
  await expect(other.locator('.lesson')).toHaveText(lesson!);
});

test('a link whose window lies past the end of the run shows the whole run', async ({ page }) => {
  await page.goto(`./#${encodeShare({ code: LINKED, view: { window: [100, 200] } })}`);
  await waitForRuns(page, 1);
  await expect.poll(async () => (await axisLabels(page)).at(-1)).toBe('2.0 s');
  expect((await axisLabels(page))[0]).toBe('0.0 s');
});
