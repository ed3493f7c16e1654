import { expect, test } from '@playwright/test';
import { barTimes, bars, consoleTexts, openApp, runCode, taskRows } from './helpers.ts';

const PROGRAM = `import asyncio
import time


def download(name, secs):
    print(f"{name}: start")
    time.sleep(secs)
    print(f"{name}: done")
    return name


async def ticker():
    for i in range(3):
        print(f"tick {i}")
        await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(ticker())
    print(await asyncio.to_thread(download, "report.pdf", 2.5))
    await t


asyncio.run(main())
`;

test('a worker thread gets a row of its own, blocked by its time.sleep while the ticker ticks', async ({ page }) => {
  await openApp(page);
  await runCode(page, PROGRAM);
  await expect(taskRows(page)).toHaveCount(3);
  await expect(page.locator('[data-task-label="asyncio_0"]')).toBeVisible();
  expect(await barTimes(bars(page, 'asyncio_0', 'blocked').first())).toEqual({ start: 0, end: 2.5 });
  const wait = bars(page, 'Task-1', 'waiting').first();
  expect(await barTimes(wait)).toEqual({ start: 0, end: 2.5 });
  expect(await consoleTexts(page)).toEqual(['report.pdf: start', 'tick 0', 'tick 1', 'tick 2', 'report.pdf: done', 'report.pdf']);
});
