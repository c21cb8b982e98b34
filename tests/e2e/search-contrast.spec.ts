/**
 * The matched words in search results stay readable in every theme (issue 14: in dark and high contrast the
 * mark kept a pale background and took the light text colour): text against the mark's background ≥ 4.5:1.
 */
import { expect, test } from './fixtures';
import { textContrast } from './support/contrast';
import { applyTheme, THEMES } from './support/themes';

test('search marks keep a contrast of at least 4.5:1 in light, dark, sepia and high contrast', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('searchbox', { name: 'Search library' }).fill('security');
  const mark = page.getByRole('list', { name: 'Search results' }).locator('.search-snippet mark').first();
  await expect(mark).toBeVisible();
  const snippet = page.locator('.search-snippet').first();
  for (const theme of THEMES) {
    const label = await applyTheme(page, theme);
    expect(await textContrast(mark), `mark text in ${label}`).toBeGreaterThanOrEqual(4.5);
    expect(await textContrast(snippet), `snippet text in ${label}`).toBeGreaterThanOrEqual(4.5);
  }
});
