/**
 * Every theme keeps its text readable (issue 14): body text, secondary text (a row's metadata, the article's
 * metadata line), links, text on each highlight colour and button text, each ≥ 4.5:1 against what is behind it,
 * in light, dark, sepia, and each of them in high contrast.
 */
import type { Locator, Page } from '@playwright/test';
import { HIGHLIGHT_COLORS } from '../../src-shared/contract/library';
import { expect, test } from './fixtures';
import { textContrast } from './support/contrast';
import { openArticle, SAMPLE_TITLE } from './support/reader';
import { applyTheme, THEMES } from './support/themes';

/** Text in the article's body on a highlight colour (painted with ::highlight, so measured on a probe span). */
function highlightProbe(page: Page, color: string): Locator {
  return page.locator(`[data-testid="article-body"] span[data-probe="${color}"]`);
}

test('text keeps a contrast of at least 4.5:1 in every theme', async ({ launch }) => {
  const { page } = await launch();
  const checks: Record<string, () => Locator> = {
    'row title': () => page.locator('ul.article-list .article-item').first(),
    'row metadata': () => page.locator('.article-item-meta').first(),
    'button text': () => page.getByRole('button', { name: 'Text settings' }),
    'body text': () => page.locator('[data-testid="article-body"] p').first(),
    'header metadata': () => page.locator('.article-meta dd').first(),
    link: () => page.locator('[data-testid="article-body"] a[data-probe="link"]'),
  };
  const library = ['row title', 'row metadata'];
  for (const theme of THEMES) {
    const label = await applyTheme(page, theme);
    for (const name of library) expect(await textContrast(checks[name]!()), `${name} in ${label}`).toBeGreaterThanOrEqual(4.5);
  }
  await openArticle(page, SAMPLE_TITLE);
  // Probes in the body's first paragraph: a link, and text on each highlight colour.
  await page.locator('[data-testid="article-body"] p').first().evaluate((p, colors) => {
    const link = document.createElement('a');
    link.href = 'https://example.org/';
    link.dataset['probe'] = 'link';
    link.textContent = 'a link';
    p.append(link);
    for (const color of colors) {
      const span = document.createElement('span');
      span.dataset['probe'] = color;
      span.textContent = color;
      span.style.background = `var(--hl-${color})`;
      p.append(span);
    }
  }, [...HIGHLIGHT_COLORS]);
  for (const theme of THEMES) {
    const label = await applyTheme(page, theme);
    for (const [name, find] of Object.entries(checks)) {
      if (library.includes(name)) continue;
      expect(await textContrast(find()), `${name} in ${label}`).toBeGreaterThanOrEqual(4.5);
    }
    for (const color of HIGHLIGHT_COLORS) {
      expect(await textContrast(highlightProbe(page, color)), `${color} highlight in ${label}`).toBeGreaterThanOrEqual(4.5);
    }
  }
});
