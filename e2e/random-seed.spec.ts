import { expect, test } from '@playwright/test';
import { encodeShare } from '../src/share/url-codec.ts';
import { runProgram } from '../src/python/run.ts';
import { afterNextRun, consoleTexts, waitForRuns } from './helpers.ts';

const PROGRAM = `import asyncio
import random


async def main():
    print([random.randint(1, 100) for _ in range(5)])
    await asyncio.sleep(random.uniform(0.1, 1))


asyncio.run(main())
`;

/** What the program prints when random starts from `seed`: CPython's numbers for random.seed(seed). */
const printedFor = (seed: number) => runProgram(PROGRAM, { seed }).stdout.trimEnd();

test('a program that imports random shows its seed, and New seed reruns with another', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`./#${encodeShare({ code: PROGRAM, seed: 12345 })}`);
  await waitForRuns(page, 1);
  const seedText = page.getByRole('group', { name: 'Random seed' }).getByTestId('seed-value');
  await expect(seedText).toHaveText('seed 12345');
  expect(printedFor(12345)).toBe('[54, 94, 2, 39, 48]');
  expect(await consoleTexts(page)).toEqual([printedFor(12345)]);

  // Keyboard only: focus the button and press Enter.
  const newSeed = page.getByRole('button', { name: 'New seed' });
  await newSeed.focus();
  await afterNextRun(page, () => page.keyboard.press('Enter'));
  const shown = Number((await seedText.textContent())!.replace('seed ', ''));
  expect(shown).not.toBe(12345);
  expect(await consoleTexts(page)).toEqual([printedFor(shown)]);

  // The link carries the new seed: another tab replays the same numbers.
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const other = await context.newPage();
  await other.goto(link);
  await waitForRuns(other, 1);
  await expect(other.getByTestId('seed-value')).toHaveText(`seed ${shown}`);
  expect(await consoleTexts(other)).toEqual([printedFor(shown)]);
});

test('a program without random shows no seed', async ({ page }) => {
  await page.goto(`./#${encodeShare({ code: 'print("plain")\n' })}`);
  await waitForRuns(page, 1);
  expect(await consoleTexts(page)).toEqual(['plain']);
  await expect(page.getByRole('button', { name: 'New seed' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Random seed' })).toHaveCount(0);
});
