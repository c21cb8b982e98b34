/**
 * The matched words in search results stay readable in every theme (issue 14: in dark and high contrast the
 * mark kept a pale background and took the light text colour): text against the mark's background ≥ 4.5:1.
 */
import { expect, test } from './fixtures';
import { textContrast } from './support/contrast';

const THEMES = [
  { scheme: 'light', theme: null, contrast: false },
  { scheme: 'dark', theme: null, contrast: false },
  { scheme: 'light', theme: 'sepia', contrast: false },
  { scheme: 'light', theme: null, contrast: true },
  { scheme: 'dark', theme: null, contrast: true },
  { scheme: 'light', theme: 'sepia', contrast: true },
] as const;

test('search marks keep a contrast of at least 4.5:1 in light, dark, sepia and high contrast', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('searchbox', { name: 'Search library' }).fill('security');
  const mark = page.getByRole('list', { name: 'Search results' }).locator('.search-snippet mark').first();
  await expect(mark).toBeVisible();
  const snippet = page.locator('.search-snippet').first();
  for (const { scheme, theme, contrast } of THEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    // As the Text settings set them (use-theme.ts): data-theme and data-contrast on <html>.
    await page.evaluate(({ theme, contrast }) => {
      const root = document.documentElement;
      if (theme) root.dataset['theme'] = theme;
      else delete root.dataset['theme'];
      if (contrast) root.dataset['contrast'] = 'high';
      else delete root.dataset['contrast'];
    }, { theme, contrast });
    const label = `${theme ?? scheme}${contrast ? ' high contrast' : ''}`;
    expect(await textContrast(mark), `mark text in ${label}`).toBeGreaterThanOrEqual(4.5);
    expect(await textContrast(snippet), `snippet text in ${label}`).toBeGreaterThanOrEqual(4.5);
  }
});
