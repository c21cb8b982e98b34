/**
 * Edit details… in the reader's More menu: the corrected title and authors show at once in the header, the window
 * title, the library row and search, and survive importing the file again; Undo puts every detail back as it was
 * (the file's again, so a re-import takes the file's title); a wrong web address is refused with its reason (the
 * form passes axe) and nothing is saved.
 */
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { AppSession } from './harness';
import { SAMPLE_TITLE, chooseFromMore, openArticle } from './support/reader';
import { chooseOption } from './support/select';

const fixtures = join(process.cwd(), 'tests', 'fixtures', 'e2e');
const FILE_TITLE = 'Field Notes on Quiet Reading';
const NEW_TITLE = 'Lanternfish Hours: Reading on a Quiet Train';

function detailsDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Edit details' });
}

/** Imports field-notes.md through File → Import…, and waits for what the import status says. */
async function importFieldNotes(app: AppSession, said: RegExp): Promise<void> {
  await app.chooseOnNextImport([join(fixtures, 'field-notes.md')]);
  await app.emit('menu:command', 'import');
  await expect(app.page.getByRole('status', { name: 'Import status' })).toHaveText(said);
}

/** Searches the library and checks the titles found, then empties the box. */
async function searchFinds(page: Page, query: string, titles: string[]): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Search library' });
  await box.fill(query);
  if (titles.length === 0) await expect(page.getByText('No results', { exact: true })).toBeVisible();
  else await expect(page.getByRole('list', { name: 'Search results' }).getByRole('button')).toHaveText(titles);
  await box.fill('');
}

function libraryRow(page: Page, title: string) {
  return page.locator('ul.article-list li').filter({ has: page.getByRole('button', { name: title, exact: true }) });
}

test('edit the title and authors: header, window title, library row and search follow, and a re-import keeps them', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await importFieldNotes(app, /^Imported 1 article\./);
  await openArticle(page, FILE_TITLE);

  await chooseFromMore(page, 'Edit details…');
  const dialog = detailsDialog(page);
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue(FILE_TITLE);
  await expect(dialog.getByRole('textbox', { name: 'Authors' })).toHaveValue('Ada Lindqvist');
  await dialog.getByRole('textbox', { name: 'Title' }).fill(`  ${NEW_TITLE}  `);
  await dialog.getByRole('textbox', { name: 'Authors' }).fill('Ada Lindqvist; Bo Chen');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  // Focus is back on More, where the person was.
  await expect(page.getByRole('navigation', { name: 'Reader' }).getByRole('button', { name: 'More' })).toBeFocused();

  const header = page.locator('article header');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NEW_TITLE);
  await expect(header).toContainText('Ada Lindqvist, Bo Chen');
  await expect(page).toHaveTitle(`${NEW_TITLE} — Offprint`);

  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(page).toHaveTitle('Offprint');
  await expect(libraryRow(page, NEW_TITLE)).toContainText('Ada Lindqvist, Bo Chen');
  await expect(page.getByRole('button', { name: FILE_TITLE, exact: true })).toHaveCount(0);

  await searchFinds(page, 'lanternfish', [NEW_TITLE]);

  // The same file again: its text and the rest of its details are the file's, the corrections stay the person's.
  await importFieldNotes(app, /^Updated 1 article\./);
  await expect(libraryRow(page, NEW_TITLE)).toContainText('Ada Lindqvist, Bo Chen');
  await expect(page.getByRole('button', { name: FILE_TITLE, exact: true })).toHaveCount(0);
  await openArticle(page, NEW_TITLE);
  await expect(page.locator('article header')).toContainText('The Reading Room');
  await chooseFromMore(page, 'Edit details…');
  await expect(detailsDialog(page).getByTestId('from-file-title')).toHaveText(`From the file: \u2068${FILE_TITLE}\u2069`);
  await expect(detailsDialog(page).getByTestId('from-file-author')).toHaveText('From the file: \u2068Ada Lindqvist\u2069');
});

test('Undo after saving: every detail and mark as it was, and the library, search and a re-import follow', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await importFieldNotes(app, /^Imported 1 article\./);
  await openArticle(page, FILE_TITLE);
  const header = page.locator('article header');
  await expect(header).toContainText('English');

  await chooseFromMore(page, 'Edit details…');
  const dialog = detailsDialog(page);
  await dialog.getByRole('textbox', { name: 'Title' }).fill(NEW_TITLE);
  await dialog.getByRole('textbox', { name: 'Source' }).fill('');
  await chooseOption(dialog.getByRole('combobox', { name: 'Language' }), 'Not set');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NEW_TITLE);
  await expect(header).not.toContainText('The Reading Room');

  const notice = page.getByRole('status', { name: 'Details saved' });
  await expect(notice).toContainText(`Saved the details of “${NEW_TITLE}”.`);
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FILE_TITLE);
  await expect(header).toContainText('The Reading Room');
  await expect(header).toContainText('English');
  await expect(page).toHaveTitle(`${FILE_TITLE} — Offprint`);
  // The keyboard focus goes back where the dialog left it, not to the page's top.
  await expect(page.getByRole('navigation', { name: 'Reader' }).getByRole('button', { name: 'More' })).toBeFocused();
  // Nothing is the person's any more: no "From the file" line under any field.
  await chooseFromMore(page, 'Edit details…');
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue(FILE_TITLE);
  await expect(dialog.getByTestId(/^from-file-/)).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(page.getByRole('button', { name: FILE_TITLE, exact: true })).toHaveCount(1);
  await searchFinds(page, 'lanternfish', []);
  // The source, cleared by the edit, is searchable again.
  await searchFinds(page, 'source:"The Reading Room"', [FILE_TITLE]);

  // Nothing is kept as the person's: importing the file again takes all of it from the file.
  await importFieldNotes(app, /^Updated 1 article\./);
  await expect(libraryRow(page, FILE_TITLE)).toContainText('The Reading Room');
});

test('a web address that is not http(s) is refused with its reason, and nothing is saved', async ({ launch }) => {
  const { page } = await launch();
  await openArticle(page, SAMPLE_TITLE);
  await chooseFromMore(page, 'Edit details…');
  const dialog = detailsDialog(page);
  await dialog.getByRole('textbox', { name: 'Title' }).fill('A title that must not be saved');
  const address = dialog.getByRole('textbox', { name: 'Web address' });
  await address.fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Save' }).click();

  await expect(dialog.getByRole('alert')).toHaveText('Nothing was saved: correct the fields marked below.');
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(address).toHaveAccessibleDescription('Enter a web address that starts with http:// or https://.');
  await expect(address).toBeFocused();
  // The form with its errors showing passes axe: labelled fields, readable error text.
  const axe = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
  expect(axe.passes.length).toBeGreaterThan(5);
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // Escape closes the dialog only: the reader stays open, unchanged.
  await dialog.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLE);
  await expect(page.locator('article header')).not.toContainText('javascript:');
  await expect(page).toHaveTitle(`${SAMPLE_TITLE} — Offprint`);

  await chooseFromMore(page, 'Edit details…');
  await expect(detailsDialog(page).getByRole('textbox', { name: 'Title' })).toHaveValue(SAMPLE_TITLE);
  await detailsDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(page.getByRole('button', { name: SAMPLE_TITLE, exact: true })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'A title that must not be saved' })).toHaveCount(0);
});
