/**
 * Edit details… for a selection in the library: the authors, source and tags of two articles set at once; the
 * filters, search and Related Articles follow at once, and Undo puts both back as they were (and everything
 * follows again). A language set on a selection is the person's: importing the folder again keeps it, and the
 * reader's Edit details says what the file gives. An empty form is refused with its reason. Clear (beside the
 * authors and the source, and in the language's list) takes a detail off the whole selection, which leaving a field
 * empty does not; Undo gives it back, and a re-import keeps it cleared.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { AppSession } from './harness';
import { openArticle } from './support/reader';
import { chooseFromMore } from './support/reader';
import { chooseOption } from './support/select';

const FOLDER = join(process.cwd(), 'tests', 'fixtures', 'e2e', 'related');
const BEES = 'Why bees matter to farmers';
const ORCHARD = 'Pollinators in the orchard';

const filterGroup = (page: Page, name: string) => page.getByRole('complementary', { name: 'Filters' }).getByRole('group', { name });
const bulk = (page: Page) => page.getByRole('group', { name: 'Selected articles' });
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Edit details of 2 articles' });
const related = (page: Page) => page.getByRole('region', { name: 'Related Articles' });

async function importFixtures(app: AppSession, verb = 'Imported'): Promise<void> {
  await app.chooseOnNextImport([FOLDER]);
  await app.emit('menu:command', 'import-folder');
  const status = app.page.getByRole('status', { name: 'Import status' });
  await expect(status).toHaveText(new RegExp(`^${verb} 9 articles\\.`));
  await status.getByRole('button', { name: 'Dismiss' }).click();
}

async function editSelection(page: Page): Promise<void> {
  for (const title of [BEES, ORCHARD]) await page.getByRole('checkbox', { name: `Select ${title}` }).check();
  await bulk(page).getByRole('button', { name: 'Edit details…' }).click();
  await expect(dialog(page)).toBeVisible();
}

async function searchFor(page: Page, query: string, titles: string[]): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Search library' });
  await box.fill(query);
  if (titles.length === 0) await expect(page.getByText('No results', { exact: true })).toBeVisible();
  else await expect.poll(async () => (await page.getByRole('list', { name: 'Search results' }).getByRole('button').allTextContents()).sort()).toEqual([...titles].sort());
  await box.fill('');
}

async function relatedReasonOfBees(page: Page): Promise<string> {
  await openArticle(page, BEES);
  await expect(related(page)).toHaveAttribute('data-related', 'ready');
  const reason = (await related(page).getByRole('listitem').filter({ hasText: ORCHARD }).locator('.related-reason').textContent()) ?? '';
  await page.getByRole('button', { name: 'Back to library' }).click();
  return reason;
}

test('authors, source and tags of a selection at once: filters, search and Related follow; Undo puts both back', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await importFixtures(app);
  expect(await relatedReasonOfBees(page)).toBe('Shares: bees, honey, orchards');

  await editSelection(page);
  const form = dialog(page);
  await form.getByRole('textbox', { name: 'Authors' }).fill('Juno Park');
  await form.getByRole('textbox', { name: 'Source' }).fill('  Bee   Journal ');
  await form.getByRole('textbox', { name: 'Add tags' }).fill('pollination, farming');
  // The tags the selection has, with how many of the two carry each: "nature" is on one.
  await form.getByRole('checkbox', { name: '\u2068nature\u2069 (1)' }).check();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  await expect(bulk(page).getByRole('button', { name: 'Edit details…' })).toBeFocused();
  const notice = page.getByRole('status', { name: 'Details changed' });
  await expect(notice).toContainText('Changed the details of 2 articles.');

  await expect(filterGroup(page, 'Authors').getByRole('checkbox', { name: 'Juno Park 2' })).toBeVisible();
  await expect(filterGroup(page, 'Sources').getByRole('checkbox', { name: 'Bee Journal 2' })).toBeVisible();
  await expect(filterGroup(page, 'Tags').getByRole('checkbox', { name: 'pollination 2' })).toBeVisible();
  await expect(filterGroup(page, 'Authors').getByRole('checkbox', { name: /^Ines Okafor/ })).toHaveCount(0);
  await searchFor(page, 'author:"Juno Park"', [BEES, ORCHARD]);
  await searchFor(page, 'tag:nature', []);
  // Related Articles hears of it at once: the same author, source and tags now join the shared words.
  const reason = await relatedReasonOfBees(page);
  expect(reason).toMatch(/^Shares: bees, honey, orchards · /);
  expect(reason).toContain('Same author: Juno Park');

  // The notice stayed while the article was read; Undo gives both articles back as they were.
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(notice).toHaveCount(0);
  await expect(filterGroup(page, 'Authors').getByRole('checkbox', { name: 'Ines Okafor 1' })).toBeVisible();
  await expect(filterGroup(page, 'Authors').getByRole('checkbox', { name: /^Juno Park/ })).toHaveCount(0);
  await expect(filterGroup(page, 'Tags').getByRole('checkbox', { name: /^pollination/ })).toHaveCount(0);
  await expect(filterGroup(page, 'Sources').getByRole('checkbox', { name: /^Bee Journal/ })).toHaveCount(0);
  await searchFor(page, 'author:"Juno Park"', []);
  await searchFor(page, 'author:"Sam Lee"', [ORCHARD]);
  await searchFor(page, 'tag:nature', [BEES]);
  expect(await relatedReasonOfBees(page)).toBe('Shares: bees, honey, orchards');
});

test('a language set on a selection is the person’s: a re-import keeps it; an empty form is refused', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await importFixtures(app);
  await editSelection(page);
  const form = dialog(page);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toHaveText('Nothing to change: fill in a field, or choose tags to add or remove.');

  await chooseOption(form.getByRole('combobox', { name: 'Language' }), 'German (de)');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  await expect(filterGroup(page, 'Languages').getByRole('checkbox', { name: /^German.* 2$/ })).toBeVisible();

  await page.getByRole('button', { name: 'Clear selection' }).click();
  await importFixtures(app, 'Updated');
  await expect(filterGroup(page, 'Languages').getByRole('checkbox', { name: /^German.* 2$/ })).toBeVisible();
  await openArticle(page, ORCHARD);
  await chooseFromMore(page, 'Edit details…');
  const details = page.getByRole('dialog', { name: 'Edit details' });
  await expect(details.getByRole('combobox', { name: 'Language' })).toHaveText('German (de)');
  await expect(details.getByTestId('from-file-language')).toHaveText('From the file: \u2068English\u2069');
  await expect(details.getByTestId(/^from-file-/)).toHaveCount(1);
});

/** The details the reader's header shows for an article (label and value), after opening it from the library. */
async function headerDetails(page: Page, title: string): Promise<string[]> {
  await openArticle(page, title);
  const items = page.locator('.article-meta .meta-item dt');
  await expect(items.first()).toBeVisible();
  const labels = await items.allTextContents();
  await page.getByRole('button', { name: 'Back to library' }).click();
  return labels;
}

test('Clear takes the authors, source and language off a selection (leaving a field empty does not); Undo gives them back', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await importFixtures(app);
  expect(await headerDetails(page, BEES)).toEqual(expect.arrayContaining(['Author', 'Source', 'Language']));

  // An empty field and "Leave as it is" change nothing: the form says so.
  await editSelection(page);
  const form = dialog(page);
  await expect(form.getByRole('combobox', { name: 'Language' })).toHaveText('Leave as it is');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toHaveText('Nothing to change: fill in a field, or choose tags to add or remove.');

  // Clear: the box it clears is emptied and cannot be typed in; the language's list has its own Clear.
  const authors = form.getByRole('textbox', { name: 'Authors' });
  await authors.fill('Typed, then cleared');
  await form.getByRole('checkbox', { name: 'Clear Authors' }).check();
  await expect(authors).toBeDisabled();
  await expect(authors).toHaveValue('');
  await form.getByRole('checkbox', { name: 'Clear Source' }).check();
  await chooseOption(form.getByRole('combobox', { name: 'Language' }), 'Clear: no language');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  const notice = page.getByRole('status', { name: 'Details changed' });
  await expect(notice).toContainText('Changed the details of 2 articles.');

  for (const [group, name] of [['Authors', 'Ines Okafor'], ['Authors', 'Sam Lee'], ['Sources', 'Garden Notes'], ['Sources', 'Country Life']] as const) {
    await expect(filterGroup(page, group).getByRole('checkbox', { name: new RegExp(`^${name} `) }), `${name} is gone`).toHaveCount(0);
  }
  await searchFor(page, 'author:"Ines Okafor"', []);
  // The reader shows none of the three: no author, no source, no language line.
  const cleared = await headerDetails(page, BEES);
  for (const label of ['Author', 'Source', 'Language']) expect(cleared).not.toContain(label);

  // Undo: both articles have their authors, sources and language again.
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(notice).toHaveCount(0);
  await expect(filterGroup(page, 'Authors').getByRole('checkbox', { name: 'Ines Okafor 1' })).toBeVisible();
  await expect(filterGroup(page, 'Sources').getByRole('checkbox', { name: 'Country Life 1' })).toBeVisible();
  await searchFor(page, 'author:"Sam Lee"', [ORCHARD]);
  expect(await headerDetails(page, ORCHARD)).toEqual(expect.arrayContaining(['Author', 'Source', 'Language']));

  // Cleared again, a cleared detail is the person's: importing the folder again does not bring the file's back.
  await editSelection(page);
  await dialog(page).getByRole('checkbox', { name: 'Clear Source' }).check();
  await dialog(page).getByRole('button', { name: 'Save' }).click();
  await expect(dialog(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await importFixtures(app, 'Updated');
  await expect(filterGroup(page, 'Sources').getByRole('checkbox', { name: /^Garden Notes / })).toHaveCount(0);
  await expect(filterGroup(page, 'Authors').getByRole('checkbox', { name: 'Ines Okafor 1' })).toBeVisible();
});
