/**
 * The safety floor in the real built app: the Content Security Policy holds without breaking
 * anything, user text stays text, and a bug in Taskline's UI shows "Internal error" with the
 * user's code kept.
 */
import { expect, test, type Page } from '@playwright/test';
import { afterNextRun, bars, chooseExample, code, consoleTexts, openApp, runCode, waitForRuns } from './helpers.ts';

/** Records CSP violations (events and console messages) from the first script on. */
async function watchCsp(page: Page): Promise<{ violations: () => Promise<string[]>; consoleErrors: string[] }> {
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) consoleErrors.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), consoleErrors };
}

test('the app works under its Content Security Policy: examples, sharing, the help', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const csp = await watchCsp(page);
  await openApp(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(await page.locator('script:not([src])').count()).toBe(0);

  await chooseExample(page, 'gather');
  expect((await consoleTexts(page)).length).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  // The help: the editor's hint, the chart's keyboard help (its label) and a bar's tooltip.
  await expect(page.locator('#editor-help')).toBeVisible();
  await page.getByRole('group', { name: /Timeline chart/ }).focus();
  await bars(page, 'Task-2', 'sleeping').first().hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await page.getByRole('tab', { name: 'Tasks' }).click();
  const other = await context.newPage();
  const otherCsp = await watchCsp(other);
  await other.goto(link);
  await waitForRuns(other, 1);

  expect(await csp.violations()).toEqual([]);
  expect(await otherCsp.violations()).toEqual([]);
  expect([...csp.consoleErrors, ...otherCsp.consoleErrors]).toEqual([]);

  // The watch itself works: an inline script added to the page is refused and reported.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.append(s);
  });
  await expect.poll(async () => (await csp.violations()).length).toBeGreaterThan(0);
  for (const v of await csp.violations()) expect(v).toMatch(/^script-src/);
  expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
});

const EVIL = ['<img src=x onerror="window.__pwned=1">', '</script><script>window.__pwned=2</script>', 'javascript:window.__pwned=3', '\u202eevil\u202c', 'zero\u200bwidth\u200d\ufeff'];

test('task names, prints, messages and code are text: nothing runs, the text shows, the page responds', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openApp(page);
  const literals = EVIL.map((s) => JSON.stringify(s)).join(', ');
  const program = `import asyncio

EVIL = [${literals}]


async def work(text):
    print(text)
    await asyncio.sleep(0.5)


async def main():
    tasks = [asyncio.create_task(work(text), name=text) for text in EVIL]
    tasks.append(asyncio.create_task(work("long"), name="N" * 100_000))
    await asyncio.gather(*tasks)
    raise ValueError(EVIL[0])


asyncio.run(main())
`;
  await runCode(page, program, 20_000);
  // Prints show as the characters they are.
  expect((await consoleTexts(page)).slice(0, EVIL.length + 1)).toEqual([...EVIL, 'long']);
  // Task names: the rows carry them as text.
  const names = await page.locator('[data-task]').evaluateAll((els) => els.map((e) => e.getAttribute('data-task') ?? ''));
  expect(names).toEqual(expect.arrayContaining([...EVIL, 'N'.repeat(100_000)]));
  for (const name of EVIL.slice(0, 3)) await expect(page.getByRole('button', { name: new RegExp(`^${escapeRe(name)},`) })).toBeVisible();
  // The error message (stderr) is text as well.
  await expect(page.locator('[data-testid=console]')).toContainText(`ValueError: ${EVIL[0]}`);
  // Nothing ran and no element came from the text.
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], script:not([src]), a[href^="javascript:"]').count()).toBe(0);
  // The code itself round-trips through the editor as text.
  expect(await code(page)).toBe(program);
  // Still responsive: the next action answers promptly.
  await afterNextRun(page, () => page.getByRole('button', { name: 'Run', exact: true }).click(), 20_000);
  const t0 = Date.now();
  await page.getByRole('tab', { name: 'Tasks' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  expect(Date.now() - t0).toBeLessThan(5_000);
});

test('a bug in the UI shows "Internal error" with details to copy, and keeps the code', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  const mine = 'import asyncio\n\n\nasync def main():\n    await asyncio.sleep(1)\n    print("mine")\n\n\nasyncio.run(main())\n';
  await runCode(page, mine);
  // A trace no run could make: the chart's layout throws while rendering.
  await page.evaluate(() => {
    const store = (window as unknown as { taskline: { setState(s: object): void } }).taskline;
    store.setState({ trace: { version: 1, end: 1, events: null, outcome: { kind: 'ok' }, exitCode: 0, stdout: '', stderr: '' } });
  });
  const panel = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Internal error' }) });
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('internal-error-details')).toContainText('Error');
  await panel.getByRole('button', { name: 'Copy details' }).click();
  await expect(panel.getByText('Details copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Component stack');
  await expect(panel.getByRole('textbox', { name: 'Your code' })).toHaveValue(mine);
  expect(await code(page)).toBe(mine);
  // Once the state is sound again, "Try again" brings the app back with the same code.
  await page.evaluate(() => {
    const store = (window as unknown as { taskline: { setState(s: object): void; getState(): { run(): Promise<void> } } }).taskline;
    store.setState({ trace: null, previous: null });
    return store.getState().run();
  });
  await panel.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('textbox', { name: 'Python code' })).toContainText('print("mine")');
  await page.reload();
  await waitForRuns(page, 1);
  expect(await code(page)).toBe(mine);
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
