/**
 * axe-core on the library and on the article view, in the light, dark and sepia themes (and with the find bar and the
 * shortcuts dialog open): no serious or critical violation.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { articleBody, openArticle } from './support/reader';

const LONG_TITLE = "A Reader's Handbook: Reading Well on Screens and Off Them";

/** The serious and critical violations, each as "rule: what, where" so a failure says what to fix. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  // axe really ran over the page (many rules checked), so an empty list means something.
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

async function chooseTheme(page: Page, name: 'Light' | 'Dark' | 'Sepia'): Promise<void> {
  await page.getByRole('button', { name: 'Text settings' }).click();
  await page.getByRole('dialog', { name: 'Text settings' }).getByRole('radio', { name, exact: true }).check();
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).toHaveAttribute('data-theme', name.toLowerCase());
}

for (const theme of ['Light', 'Dark', 'Sepia'] as const) {
  test(`the library and the article pass axe in the ${theme.toLowerCase()} theme`, async ({ launch }) => {
    const { page } = await launch();
    await openArticle(page, LONG_TITLE);
    await expect(articleBody(page)).toHaveAttribute('data-body-state', 'ready');
    await chooseTheme(page, theme);
    expect(await seriousViolations(page), 'article view').toEqual([]);

    await page.keyboard.press('Control+f');
    await expect(page.getByRole('textbox', { name: 'Find in article' })).toBeFocused();
    await page.keyboard.type('reading');
    await expect(page.getByRole('status', { name: 'Matches' })).toHaveText(/of/);
    expect(await seriousViolations(page), 'article view with the find bar').toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Back to library' }).click();
    await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
    expect(await seriousViolations(page), 'library').toEqual([]);

    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    expect(await seriousViolations(page), 'keyboard shortcuts dialog').toEqual([]);
  });
}
