import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { encodeShare } from '../src/share/url-codec.ts';
import { bars, waitForRuns } from './helpers.ts';

const SEED1 = readFileSync(new URL('../../shared/conformance/seed1.py', import.meta.url), 'utf8');

/** Left edge on screen of the task's first running (step) bar. */
async function firstStepX(page: Page, task: string): Promise<number> {
  const box = await bars(page, task, 'running').first().boundingBox();
  if (!box) throw new Error(`no step bar for ${task}`);
  return box.x;
}

async function expectMainStepsFirst(page: Page) {
  const main = await firstStepX(page, 'Task-1');
  expect(main).toBeLessThan(await firstStepX(page, 'Task-2'));
  expect(main).toBeLessThan(await firstStepX(page, 'Task-3'));
}

test("the steps view spreads t = 0: main's step is left of Task-2's and Task-3's", async ({ page }) => {
  await page.goto(`./#${encodeShare({ code: SEED1 })}`);
  await waitForRuns(page, 1);
  const toggle = page.getByRole('button', { name: 'Steps' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  // In time mode the three first steps share x = 0.
  expect(Math.abs((await firstStepX(page, 'Task-1')) - (await firstStepX(page, 'Task-2')))).toBeLessThan(2);
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expectMainStepsFirst(page);
  // The axis names each instant and how many steps it took, instead of seconds.
  const ticks = page.locator('.tl-axis .tick text');
  await expect(ticks.first()).toHaveText(/^t = 0\.00 s · \d+ steps$/);
  // Once the seconds ticks have faded out, every tick is an instant.
  await expect.poll(async () => (await ticks.allTextContents()).every((text) => /^t = \d+\.\d\d s · \d+ steps?$/.test(text))).toBe(true);
});

test('a share link keeps the steps view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`./#${encodeShare({ code: SEED1 })}`);
  await waitForRuns(page, 1);
  await page.getByRole('button', { name: 'Steps' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const fresh = await context.newPage();
  await fresh.goto(link);
  await waitForRuns(fresh, 1);
  await expect(fresh.getByRole('button', { name: 'Steps' })).toHaveAttribute('aria-pressed', 'true');
  await expectMainStepsFirst(fresh);
});
