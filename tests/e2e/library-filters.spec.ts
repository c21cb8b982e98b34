/**
 * Filtering the library from the filter panel: source, author, tag, language, read or unread, notes and a date
 * range, combined; every option counted among the articles the other filters let through; clearable.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectRowTitles, importFixture, SAMPLES, writeFixture } from './support/library-fixture';
import { openArticle } from './support/reader';
import { chooseOption } from './support/select';

const COUNT = 24;
const TOTAL = COUNT + SAMPLES;
let dir: string;

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'offprint-library-filters-'));
  writeFixture(dir, COUNT);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const filters = (page: Page) => page.getByRole('complementary', { name: 'Filters' });
const group = (page: Page, name: string) => filters(page).getByRole('group', { name });
const rows = (page: Page) => page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
const shown = (page: Page, n: number) => page.getByText(`${n} of ${TOTAL} articles`, { exact: true });

test('filters combine, and each option counts what the other filters leave', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await importFixture(app, dir, COUNT);

  // Fixture: article i has source i % 3, author i % 4, "essays" when i is even, French when i % 6 is 5.
  await expect(group(page, 'Sources').getByRole('checkbox', { name: 'Harbour Review 8' })).toBeVisible();
  await expect(group(page, 'Authors').getByRole('checkbox', { name: 'Ada Byron 6' })).toBeVisible();
  await group(page, 'Sources').getByRole('checkbox', { name: /^Harbour Review/ }).check();
  await expect(shown(page, 8)).toBeVisible();
  await expect(rows(page)).toHaveCount(8);
  // Counts follow the source chosen; the source's own options still count without it (to add another).
  await expect(group(page, 'Authors').getByRole('checkbox', { name: 'Ada Byron 2' })).toBeVisible();
  await expect(group(page, 'Sources').getByRole('checkbox', { name: 'Field Notes 8' })).toBeVisible();
  await expect(group(page, 'Tags').getByRole('checkbox', { name: 'essays 4' })).toBeVisible();

  await group(page, 'Tags').getByRole('checkbox', { name: /^essays/ }).check();
  await expect(shown(page, 4)).toBeVisible();
  await expectRowTitles(page, ['Fixture essay 000', 'Fixture essay 006', 'Fixture essay 012', 'Fixture essay 018']);

  // A second source widens the source facet (either source), the tag still applies.
  await group(page, 'Sources').getByRole('checkbox', { name: /^Field Notes/ }).check();
  await expect(shown(page, 8)).toBeVisible();
  await group(page, 'Sources').getByRole('button', { name: 'Clear Sources filter' }).click();
  await expect(shown(page, 12)).toBeVisible();

  await group(page, 'Tags').getByRole('button', { name: 'Clear Tags filter' }).click();
  await expect(page.locator('.shown-count')).toHaveText('');
  await group(page, 'Languages').getByRole('checkbox', { name: /^French/ }).check();
  await expect(shown(page, 4)).toBeVisible();
  await expectRowTitles(page, ['Note de lecture 005', 'Note de lecture 011', 'Note de lecture 017', 'Note de lecture 023']);
  // Among French articles only one is tagged "history", and none "essays" (an option no article has is not offered).
  await expect(group(page, 'Tags').getByRole('checkbox', { name: /^essays/ })).toHaveCount(0);
  await group(page, 'Tags').getByRole('checkbox', { name: 'history 1' }).check();
  await expect(shown(page, 1)).toBeVisible();
  await expectRowTitles(page, ['Note de lecture 005']);
  await page.getByRole('button', { name: 'Clear all filters' }).first().click();
  await expect(page.locator('.shown-count')).toHaveText('');

  // Published between two days, both included.
  const dates = group(page, 'Date');
  await chooseOption(dates.getByRole('combobox', { name: 'Dates by' }), 'Published');
  await dates.getByLabel('From').fill('2020-01-03');
  await dates.getByLabel('To').fill('2020-01-07');
  await expect(shown(page, 5)).toBeVisible();
  await expect(group(page, 'Sources').getByRole('checkbox', { name: 'Harbour Review 2' })).toBeVisible();
  await dates.getByLabel('From').fill('2021-01-01');
  await dates.getByLabel('To').fill('2021-12-31');
  await expect(shown(page, 0)).toBeVisible();
  await expect(page.getByText('No articles match these filters.')).toBeVisible();
  await dates.getByLabel('To').fill('2020-12-31');
  await expect(dates.getByRole('alert')).toHaveText('The end of the date range is before its start.');
  await dates.getByRole('button', { name: 'Clear Date filter' }).click();
  await expect(page.locator('.shown-count')).toHaveText('');
});

test('read or unread, and with notes', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await importFixture(app, dir, COUNT);
  await expect(group(page, 'Status').getByRole('checkbox', { name: `Unread ${TOTAL}` })).toBeVisible();

  // A short article is read to its end as soon as it is open.
  await openArticle(page, 'Fixture essay 004');
  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(group(page, 'Status').getByRole('checkbox', { name: 'Read 1' })).toBeVisible();
  await group(page, 'Status').getByRole('checkbox', { name: /^Read/ }).check();
  await expectRowTitles(page, ['Fixture essay 004']);
  await page.getByRole('button', { name: 'Clear all filters' }).first().click();

  await openArticle(page, 'Fixture essay 009');
  const notes = page.getByRole('region', { name: 'Notes' });
  await notes.getByRole('textbox', { name: 'New note' }).fill('Worth a second look.');
  await notes.getByRole('button', { name: 'Add note' }).click();
  await expect(notes.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Back to library' }).click();
  await group(page, 'Notes').getByRole('checkbox', { name: 'Has notes 1' }).check();
  await expectRowTitles(page, ['Fixture essay 009']);
  // Both opened articles are read; among those with notes, one.
  await expect(group(page, 'Status').getByRole('checkbox', { name: 'Read 1' })).toBeVisible();
  await expect(group(page, 'Status').getByRole('checkbox', { name: 'Unread 0' })).toBeVisible();
});
