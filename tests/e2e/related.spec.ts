/** Related Articles at the end of an article, computed locally, each with a reason; they follow the library. */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SAMPLE_TITLE, openArticle } from './support/reader';

const related = (page: Page) =>
  page.getByRole('region', { name: 'Related Articles' }).getByRole('list', { name: 'Related articles' });

test('an article on the same subject becomes the first related article, with its reason', async ({ launch }) => {
  const app = await launch();
  await app.chooseOnNextImport([join(process.cwd(), 'tests', 'fixtures', 'e2e', 'police-cooperation.txt')]);
  await app.emit('menu:command', 'import');
  await expect(app.page.getByRole('status', { name: 'Import status' })).toHaveText(/^Imported 1 article\./);

  await openArticle(app.page, SAMPLE_TITLE);
  const items = related(app.page).getByRole('listitem');
  await expect(items.first().getByRole('button')).toHaveText('Police Cooperation Across Borders');
  await expect(items.first()).toContainText(/Shared terms: .*(police|security|cooperation|enforcement)/);
  expect(await items.count()).toBeLessThanOrEqual(5);
  await expect(related(app.page).getByRole('button', { name: SAMPLE_TITLE })).toHaveCount(0);

  await items.first().getByRole('button').click();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Police Cooperation Across Borders' })).toBeVisible();
  await expect(related(app.page).getByRole('button', { name: SAMPLE_TITLE })).toBeVisible();
});
