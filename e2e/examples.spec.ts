import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { afterNextRun, consoleTexts, openApp, oracleStdout, outcomeKind } from './helpers.ts';

// The example files themselves (index.ts imports them with Vite's ?raw, which Node cannot).
const dir = new URL('../src/examples/', import.meta.url);
const ids = readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3));
const OUTCOME_BY_EXIT: Record<number, string> = { 0: 'ok', 1: 'error', 3: 'deadlock' };

for (const id of ids) {
  test(`example ${id} runs and prints what CPython prints`, async ({ page }) => {
    const program = readFileSync(new URL(`${id}.py`, dir), 'utf8');
    const expected = oracleStdout(program);
    await openApp(page);
    if (id !== 'seed1') {
      await afterNextRun(page, async () => {
        await page.getByRole('combobox', { name: 'Examples' }).selectOption(id);
      });
    }
    expect(await outcomeKind(page)).toBe(OUTCOME_BY_EXIT[expected.exit ?? -1]);
    // The oracle's lines are stdout; an example about mistakes also shows CPython's warnings (stderr).
    await consoleTexts(page);
    expect(await page.locator('[data-testid=console] .console-line:not(.stream-stderr) .console-text').allInnerTexts()).toEqual(expected.lines);
    await expect(page.locator('[data-task]').first()).toBeVisible();
  });
}
