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
  // Once the seconds ticks have faded out, every tick is an instant: whole, or cut with … where the
  // next instant follows closely, its title then saying it all.
  const instant = /^t = \d+\.\d\d s · \d+ steps?$/;
  await expect
    .poll(async () => {
      const texts = await ticks.allTextContents();
      const titles = await page.locator('.tl-axis .tick title').allTextContents();
      return texts.length === titles.length && titles.every((full, i) => instant.test(full) && (texts[i] === full || full.startsWith(texts[i]!.replace(/…$/, ''))));
    })
    .toBe(true);
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

const CALLBACKS = `import asyncio

def report(x):
    print("report", x)

async def child(n):
    await asyncio.sleep(n)
    return n

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(report, 1)
    loop.call_later(0.5, report, 2)
    await asyncio.gather(child(1), child(2))
    asyncio.sleep(1)

asyncio.run(main())
`;

async function openInSteps(page: Page, program: string) {
  await page.goto(`./#${encodeShare({ code: program })}`);
  await waitForRuns(page, 1);
  await page.getByRole('button', { name: 'Steps' }).click();
  await expect(page.getByRole('button', { name: 'Steps' })).toHaveAttribute('aria-pressed', 'true');
}

const playheadX = async (page: Page) => (await page.getByRole('slider', { name: 'Playhead' }).boundingBox())!.x;

/** The playhead's x once it has stopped moving (it glides to a new position). */
async function settledPlayheadX(page: Page): Promise<number> {
  let last = NaN;
  await expect
    .poll(
      async () => {
        const x = await playheadX(page);
        const still = x === last;
        last = x;
        return still;
      },
      { intervals: [150] },
    )
    .toBe(true);
  return last;
}

test("the playhead stands at the current event's slot: Next moves it along the slots of t = 0, and the run's end is the last slot", async ({ page }) => {
  await openInSteps(page, SEED1);
  const slider = page.getByRole('slider', { name: 'Playhead' });
  await slider.focus();
  await page.keyboard.press('Home');
  const next = page.getByRole('button', { name: 'Next event' });
  await next.click(); // Task-1 is created
  await next.click(); // Task-1's first step
  const atMainStep = await settledPlayheadX(page);
  await next.click();
  await next.click();
  await next.click(); // Task-1 waits for Task-2
  await next.click(); // Task-2's first step, still t = 0
  await expect.poll(() => playheadX(page)).toBeGreaterThan(atMainStep + 5);
  await expect(slider).toHaveAttribute('aria-valuetext', /^t = 0\.00 s, step \d+$/);
  // At the end the playhead is right of main's last step, not at the start of that instant.
  await slider.focus();
  await page.keyboard.press('End');
  const lastStep = (await bars(page, 'Task-1', 'running').last().boundingBox())!;
  await expect.poll(() => playheadX(page)).toBeGreaterThan(lastStep.x + lastStep.width / 2);
});

test('every instant keeps its axis label, starting right of the row labels, with the full words as its title', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await openInSteps(page, CALLBACKS);
  const ticks = page.locator('.tl-axis.tl-axis-instants .tick');
  // Instants 0, 0.5, 1, 2 and the end: none left out, however narrow.
  await expect(ticks).toHaveCount(4);
  const titles = await ticks.locator('title').allTextContents();
  expect(titles).toEqual(expect.arrayContaining([expect.stringMatching(/^t = 0\.50 s · \d+ steps?$/)]));
  const strip = (await page.locator('.tl-axis-strip').boundingBox())!;
  const first = (await ticks.first().locator('text').boundingBox())!;
  expect(first.x).toBeGreaterThanOrEqual(strip.x);
  // Labels never overlap: each one ends before the next begins.
  const boxes = await ticks.locator('text').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.right]));
  for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0]).toBeGreaterThanOrEqual(boxes[i - 1]![1]);
});

test('callbacks have slots and marks; the legend names them and the wake arrows; instants are shaded', async ({ page }) => {
  await openInSteps(page, CALLBACKS);
  // call_soon and call_later (main scheduled them) and the gather's two done callbacks (on the child that finished).
  await expect(page.locator('[data-marks-of="Task-1"] [data-mark="callback"]')).toHaveCount(2);
  await expect(page.locator('[data-marks-of="Task-2"] [data-mark="callback"]')).toHaveCount(1);
  await expect(page.locator('.tl-legend [data-legend="callback"]')).toBeVisible();
  await expect(page.locator('.tl-legend [data-legend="wake"]')).toBeVisible();
  await expect(page.locator('.tl-instant-band').first()).toBeAttached();
  await page.getByRole('button', { name: 'Steps' }).click();
  await expect(page.locator('.tl-instant-band')).toHaveCount(0);
});

test('in steps mode tooltips speak in seconds and steps, sleeps cannot be dragged, and flags sit at their slots', async ({ page }) => {
  await openInSteps(page, CALLBACKS);
  const step = bars(page, 'Task-2', 'running').first();
  const box = (await step.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('.tl-tooltip')).toContainText(/t = 0\.00 s, step \d+/);
  const sleep = bars(page, 'Task-2', 'sleeping').first();
  const s = (await sleep.boundingBox())!;
  await page.mouse.move(s.x + s.width / 2, s.y + s.height / 2);
  await expect(page.locator('.tl-tooltip')).toContainText('switch to Time to drag the delay');
  // The un-awaited asyncio.sleep(1) is flagged, on main's row, and the legend says what the mark is.
  await expect(page.locator('.tl-flag[data-flag="never-awaited"]')).toHaveCount(1);
  await expect(page.locator('.tl-legend [data-legend="flag"]')).toBeVisible();
  const lastMainStep = (await bars(page, 'Task-1', 'running').last().boundingBox())!;
  const flag = (await page.locator('.tl-flag[data-flag="never-awaited"] .tl-flag-marker').boundingBox())!;
  expect(flag.x + flag.width / 2).toBeGreaterThanOrEqual(lastMainStep.x - 1);
});
