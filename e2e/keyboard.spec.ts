import { expect, test } from '@playwright/test';
import { afterNextRun, code, openApp, playhead } from './helpers.ts';

test('the app can be used with the keyboard alone', async ({ page }) => {
  await openApp(page);
  // Tab from the top reaches the examples menu first.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Examples' })).toBeFocused();

  // Step through events with , and . when focus is not in a text field.
  await page.keyboard.press('Tab'); // Run button
  await expect(page.getByRole('button', { name: 'Run' })).toBeFocused();
  const event = () => page.getByTestId('narration').getAttribute('data-event');
  const last = await event();
  await page.keyboard.press(',');
  await expect.poll(event).not.toBe(last);
  await page.keyboard.press('.');
  await expect.poll(event).toBe(last);
  expect(await playhead(page)).toBe(3);

  // Enter on the focused Run button runs.
  await afterNextRun(page, () => page.keyboard.press('Enter'));

  // Into the editor, type, and run with Ctrl/Cmd+Enter.
  await page.getByRole('checkbox', { name: 'Run on change' }).focus();
  await page.keyboard.press('Space'); // run on change off
  await page.getByRole('textbox', { name: 'Python code' }).focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n# typed by keyboard');
  await afterNextRun(page, () => page.keyboard.press('ControlOrMeta+Enter'));
  expect(await code(page)).toContain('# typed by keyboard');

  // Escape then Tab leaves the editor (the focus is not trapped by Tab-to-indent).
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Python code' })).not.toBeFocused();
});

test('tabs switch with the arrow keys and the task table is reachable', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Console' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Tasks' })).toBeFocused();
  await expect(page.getByRole('table', { name: 'Tasks' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toBeVisible();
});

test('focus is visible', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
});
