/**
 * Related Articles at the end of an article, computed locally from the text by the search index's worker, with
 * the same author, source and tags as bonuses: on a fixture library in English and Chinese (tests/fixtures/e2e/
 * related/, imported beside the first-run samples), the expected neighbours in order with their reasons; the list
 * follows a delete and its undo while the article stays open.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { AppSession } from './harness';
import { openArticle, chooseFromMore } from './support/reader';

const FOLDER = join(process.cwd(), 'tests', 'fixtures', 'e2e', 'related');

function region(page: Page) {
  return page.getByRole('region', { name: 'Related Articles' });
}

/** The related articles' titles, best first. */
function titles(page: Page) {
  return region(page).getByRole('list', { name: 'Related articles' }).getByRole('button');
}

function reasons(page: Page) {
  return region(page).getByRole('listitem').locator('.related-reason');
}

async function importFixtures(app: AppSession): Promise<void> {
  await app.chooseOnNextImport([FOLDER]);
  await app.emit('menu:command', 'import-folder');
  await expect(app.page.getByRole('status', { name: 'Import status' })).toHaveText(/^Imported 9 articles\./);
}

async function openFromLibrary(page: Page, title: string): Promise<void> {
  await openArticle(page, title);
  await expect(region(page)).toHaveAttribute('data-related', 'ready');
}

test('English: neighbours on the same subject, in order, each with what it shares', async ({ launch }) => {
  const app = await launch();
  await importFixtures(app);
  const { page } = app;

  await openFromLibrary(page, 'A carbon tax that works');
  await expect(titles(page)).toHaveText(['Emissions trading and the carbon market', 'Heatwaves in a warming climate']);
  await expect(reasons(page)).toHaveText([
    'Shares: carbon, emissions, cut · Same author: Mara Quist · Tag: climate',
    'Shares: emissions · Same source: The Climate Desk · Tag: climate',
  ]);

  await page.getByRole('button', { name: 'Back to library' }).click();
  await openFromLibrary(page, 'Why bees matter to farmers');
  await expect(titles(page)).toHaveText(['Pollinators in the orchard']);
  await expect(reasons(page)).toHaveText(['Shares: bees, honey, orchards']);

  // A related article opens, and lists the one it came from; never itself.
  await titles(page).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pollinators in the orchard' })).toBeVisible();
  await expect(region(page)).toHaveAttribute('data-related', 'ready');
  await expect(titles(page)).toHaveText(['Why bees matter to farmers']);
});

test('Chinese: neighbours found by their words, reasons in whole words', async ({ launch }) => {
  const app = await launch();
  await importFixtures(app);
  const { page } = app;

  await openFromLibrary(page, '碳排放交易市场');
  await expect(titles(page)).toHaveText(['气候变化与温室气体']);
  await expect(reasons(page)).toHaveText(['Shares: 碳排放, 减少, 温室气体排放 · Tag: 气候']);

  await page.getByRole('button', { name: 'Back to library' }).click();
  await openFromLibrary(page, '喝茶的历史');
  await expect(titles(page)).toHaveText(['老茶馆里的故事']);
  await expect(reasons(page)).toHaveText(['Shares: 喝茶, 人们, 绿茶 · Same author: 陈静']);
});

test('the list follows the library: a deleted neighbour goes, and comes back with Undo', async ({ launch }) => {
  const app = await launch();
  await importFixtures(app);
  const { page } = app;

  await openArticle(page, 'Pollinators in the orchard');
  await chooseFromMore(page, 'Delete article');
  const notice = page.getByRole('status', { name: 'Deleted article' });
  await expect(notice).toContainText('Deleted “Pollinators in the orchard”.');

  await openFromLibrary(page, 'Why bees matter to farmers');
  await expect(region(page).getByText('No related articles in your library yet.')).toBeVisible();
  await expect(titles(page)).toHaveCount(0);

  // Undo while the article stays open: the index hears of it, and the list follows.
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(titles(page)).toHaveText(['Pollinators in the orchard']);
});
