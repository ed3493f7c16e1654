import { expect, test } from '@playwright/test';
import { openApp, outcomeDetail, outcomeKind, runCode } from './helpers.ts';

const ENDLESS = `import asyncio


async def spin():
    while True:
        pass


async def main():
    task = asyncio.create_task(spin())
    await task


asyncio.run(main())
`;

test('an endless loop is stopped and reported while the page stays responsive', async ({ page }) => {
  await openApp(page);
  const started = Date.now();
  const run = runCode(page, ENDLESS, 8000);
  // While the worker spins, the page still answers: a tab switch takes effect while the summary
  // still says the run is going (no wall-clock bound, which a loaded machine would break).
  const summary = page.getByRole('region', { name: 'Run summary' });
  await expect(summary).toHaveAttribute('data-running', 'true');
  await page.getByRole('tab', { name: 'Tasks' }).click();
  await expect(page.getByRole('tab', { name: 'Tasks' })).toHaveAttribute('aria-selected', 'true');
  await expect(summary).toHaveAttribute('data-running', 'true');
  await run;
  expect(await outcomeKind(page)).toBe('limit');
  await expect(outcomeDetail(page)).toContainText(/stopped|limit|budget/i);
  expect(Date.now() - started).toBeLessThan(6000);
});

const SYNTAX = `import asyncio


async def main():
    x = = 1


asyncio.run(main())
`;

test('a syntax error shows a message naming the line', async ({ page }) => {
  await openApp(page);
  await runCode(page, SYNTAX);
  expect(await outcomeKind(page)).toBe('syntax');
  await expect(outcomeDetail(page)).toContainText('line 5');
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(1);
});
