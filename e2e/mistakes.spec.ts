import { expect, test, type Page } from '@playwright/test';
import { afterNextRun, chooseExample, code, openApp, runCode, typeCode } from './helpers.ts';

const mistakes = (page: Page) => page.getByRole('list', { name: 'Mistakes' });
const warningMarks = (page: Page) => page.locator('.cm-editor .cm-lintRange-warning');

test('each mistake of the common-mistakes example is flagged in the editor and listed as text', async ({ page }) => {
  await openApp(page);
  await expect(mistakes(page)).toHaveCount(0);
  await expect(warningMarks(page)).toHaveCount(0);

  await chooseExample(page, 'Common mistakes (flagged)');
  for (const kind of ['never-awaited', 'blocking-call', 'sequential-awaits', 'task-not-kept', 'swallowed-cancel', 'exception-never-retrieved']) {
    await expect(mistakes(page).locator(`[data-kind="${kind}"]`)).toHaveCount(1);
  }
  await expect(mistakes(page)).toContainText('The whole loop was blocked for 0.50 s by line 30.');
  await expect(mistakes(page)).toContainText('Use await asyncio.sleep(0.5) instead of time.sleep(0.5).');
  // One warning underline per flagged line, and gutter markers beside them.
  await expect(warningMarks(page)).toHaveCount(6);
  await expect(page.locator('.cm-gutter-lint .cm-lint-marker-warning').first()).toBeVisible();

  // A clean example has none.
  await chooseExample(page, 'gather');
  await expect(mistakes(page)).toHaveCount(0);
  await expect(warningMarks(page)).toHaveCount(0);
});

test('a deadlock says who waits on what', async ({ page }) => {
  await openApp(page);
  await runCode(
    page,
    'import asyncio\n\nasync def waiter(e):\n    await e.wait()\n\nasync def main():\n    e = asyncio.Event()\n    await asyncio.gather(waiter(e))\n\nasyncio.run(main())\n',
  );
  await expect(mistakes(page).locator('[data-kind="deadlock-cycle"]')).toContainText('Task-2 waits for event');
});

test('"?" opens the shortcut help; Escape closes it and focus returns', async ({ page }) => {
  await openApp(page);
  const runButton = page.getByRole('button', { name: 'Run', exact: true });
  await runButton.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Replay');
  await expect(dialog).toContainText('Previous event');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(runButton).toBeFocused();

  // Typing "?" in the editor types it.
  await page.getByRole('checkbox', { name: 'Run on change' }).uncheck();
  await page.getByRole('textbox', { name: 'Python code' }).click();
  await page.keyboard.press('?');
  await expect(dialog).toBeHidden();
  expect(await code(page)).toContain('?');
});

test('arrowing through the examples menu does not replace the code; Enter loads; the own code can be restored', async ({ page }) => {
  await openApp(page);
  await page.getByRole('checkbox', { name: 'Run on change' }).uncheck();
  const mine = 'import asyncio\n\nasync def main():\n    print("mine")\n\nasyncio.run(main())\n';
  await typeCode(page, mine);
  expect(await code(page)).toBe(mine);

  const menu = page.getByRole('combobox', { name: 'Examples' });
  await menu.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await code(page)).toBe(mine);
  await afterNextRun(page, () => page.keyboard.press('Enter'));
  const loaded = await code(page);
  expect(loaded).not.toBe(mine);

  await afterNextRun(page, () => page.getByRole('button', { name: 'Restore your code' }).click());
  expect(await code(page)).toBe(mine);
  await expect(page.getByRole('button', { name: 'Restore your code' })).toHaveCount(0);
});

test('a rename in the task table keeps the focus in the name field', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Tasks' }).click();
  // Sorted by name, the renamed row moves to the bottom: moving its element used to drop the focus.
  await page.getByRole('button', { name: 'Task', exact: true }).click();
  const field = page.getByRole('textbox', { name: 'Name of Task-2' });
  await field.fill('zzz-last');
  await afterNextRun(page, () => field.press('Enter'));
  const renamed = page.getByRole('textbox', { name: 'Name of zzz-last' });
  await expect(renamed).toBeFocused();
  await page.keyboard.type('x');
  await expect(renamed).toHaveValue('zzz-lastx');
});

test('run on change with a half-typed line keeps the last good run drawn, dimmed, with the error', async ({ page }) => {
  await openApp(page);
  const rowsBefore = await page.locator('[data-task]').count();
  const editor = page.getByRole('textbox', { name: 'Python code' });
  await editor.click();
  await afterNextRun(page, async () => {
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\nprint(');
  });
  await expect(page.getByRole('region', { name: 'Run summary' })).toHaveAttribute('data-outcome', 'syntax');
  await expect(page.locator('.timeline-host')).toHaveAttribute('data-dimmed', 'true');
  await expect(page.locator('[data-task]')).toHaveCount(rowsBefore);
  await expect(page.locator('.cm-editor .cm-lintRange-error')).toHaveCount(1);
  // Finishing the line brings the picture back to full strength.
  await afterNextRun(page, () => page.keyboard.type('"done")'));
  await expect(page.locator('.timeline-host')).toHaveAttribute('data-dimmed', 'false');
});
