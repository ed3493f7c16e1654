/** axe finds nothing to fix in either theme: each lower tab, the Steps axis, and a flagged example. */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { afterNextRun, openApp } from './helpers.ts';

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe reports no violations in the ${theme} theme`, async ({ page }) => {
    await openApp(page);
    await page.getByLabel('Theme').selectOption(theme);
    for (const tab of ['Console', 'Tasks', 'Loop']) {
      await page.getByRole('tab', { name: tab }).click();
      expect(await violations(page), `${tab} tab`).toEqual([]);
    }
    await page.getByRole('button', { name: 'Steps' }).click();
    expect(await violations(page), 'Steps axis').toEqual([]);
    await afterNextRun(page, async () => {
      await page.getByLabel('Examples').selectOption('common-mistakes');
    });
    expect(await violations(page), 'flagged example').toEqual([]);
  });
}
