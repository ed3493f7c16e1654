import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers.ts';

const narration = (page: Page) => page.getByTestId('narration');
const currentLine = (page: Page) => page.locator('.cm-line.tl-current-line');

/** Steps back with the Previous button until the playhead is before the first event. */
async function toStart(page: Page): Promise<void> {
  for (let i = 0; i < 200 && (await narration(page).getAttribute('data-event')) !== '-1'; i++) {
    await page.getByRole('button', { name: 'Previous event' }).click();
  }
  await expect(narration(page)).toContainText('Before the first event.');
}

/** Steps forward until the narration says `words`. */
async function stepUntil(page: Page, words: string): Promise<void> {
  for (let i = 0; i < 100 && !((await narration(page).textContent()) ?? '').includes(words); i++) {
    await page.getByRole('button', { name: 'Next event' }).click();
  }
  await expect(narration(page)).toContainText(words);
}

test('stepping event by event through seed1 moves the current line 9 → 10, with the console and the words', async ({ page }) => {
  await openApp(page);
  await toStart(page);
  await expect(currentLine(page)).toHaveCount(0);
  await stepUntil(page, 'Task-2 runs until line 10: await asyncio.sleep(3)');

  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(narration(page)).toContainText("Task-2 prints 'Task 1 started'");
  await expect(currentLine(page)).toHaveAttribute('data-current-line', '9');
  await expect(currentLine(page)).toHaveText('    print(message)');
  await expect(page.locator('.console-line.current')).toContainText('Task 1 started');
  await expect(page.locator('.console-line.future')).toHaveCount(4);

  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(narration(page)).toContainText('Task-2 sleeps 3 s at line 10');
  await expect(currentLine(page)).toHaveAttribute('data-current-line', '10');
  await expect(currentLine(page)).toContainText('await asyncio.sleep(delay)');

  // The keyboard steps the same way: "," goes back to the print on line 9.
  await page.getByRole('button', { name: 'Next event' }).focus();
  await page.keyboard.press(',');
  await expect(currentLine(page)).toHaveAttribute('data-current-line', '9');
});

test('the loop panel at t = 0 lists Task-2 and Task-3 steps in the ready queue', async ({ page }) => {
  await openApp(page);
  await toStart(page);
  await stepUntil(page, 'Task-1 waits for Task-2');
  await page.getByRole('tab', { name: 'Loop' }).click();
  const panel = page.getByTestId('loop-panel');
  const ready = panel.getByTestId('loop-ready').getByRole('listitem');
  await expect(ready).toHaveCount(2);
  await expect(ready.nth(0)).toContainText('Task-2');
  await expect(ready.nth(1)).toContainText('Task-3');
  await expect(panel.getByTestId('loop-task-states')).toContainText('Task-1 waiting: waits for Task-2');

  // One step on, Task-2 runs and only Task-3 is left in the queue.
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(panel.getByTestId('loop-current')).toHaveText('Task-2 (a step)');
  await expect(ready).toHaveCount(1);
  await expect(ready.nth(0)).toContainText('Task-3');
});

test('the task table says what each task waited on and what woke it', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Tasks' }).click();
  const row = page.locator('tr[data-task-row="1"]');
  await expect(row).toContainText('sleep 3');
  await expect(row).toContainText('sleep 3 ended');
});
