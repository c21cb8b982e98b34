/** The library-wide Notes view: notes and highlights from an imported bundle, filters, search (English, Chinese). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { READING, RIVERS } from './support/annotated-bundle';
import { importAnnotatedBundle, notesByArticle, openNotesView } from './support/notes';
import { chooseOption } from './support/select';

let work: string;
test.beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'offprint-notes-e2e-'));
});
test.afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Per article shown (in order): its title and the text of its entries. */
async function shownEntries(page: Page): Promise<{ title: string; entries: string[] }[]> {
  const groups = notesByArticle(page).locator(':scope > li');
  const out: { title: string; entries: string[] }[] = [];
  for (const group of await groups.all()) {
    out.push({
      title: (await group.getByRole('heading', { level: 2 }).textContent()) ?? '',
      entries: (await group.getByRole('list').locator(':scope > li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()),
    });
  }
  return out;
}

test('lists every note and highlight by article, newest activity first, each highlight with its colour and note', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await importAnnotatedBundle(app, work);
  await openNotesView(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
  await expect(page.getByText('5 notes and highlights in 2 articles')).toBeVisible();

  const shown = await shownEntries(page);
  expect(shown.map((g) => g.title)).toEqual([RIVERS.title, READING.title]);
  // Highlights in document order, then notes; Chinese text as it is.
  expect(shown[0]?.entries).toEqual([
    'Rivers shape the cities Green highlight · 1 May 2024, 08:00 Compare with chapter 2.',
    'Bridges came later Yellow highlight · 3 May 2024, 08:00',
    'Check the flood maps at https://example.org/floods Note · 2 May 2024, 09:14',
  ]);
  expect(shown[1]?.entries).toEqual(['全球安全治理 Pink highlight · 1 Mar 2024, 08:00 重要的概念', '这本书讨论了读书的方法 Note · 1 Apr 2024, 08:00']);
  const rivers = page.getByRole('list', { name: `Notes and highlights on \u2068${RIVERS.title}\u2069` });
  const green = rivers.getByRole('listitem').filter({ hasText: 'Rivers shape the cities' });
  await expect(green).toHaveAttribute('data-color', 'green');
  await expect(green.locator('strong', { hasText: 'chapter 2' })).toBeVisible();

  // Selecting a highlight opens its article; Back to library, then View → Notes brings the view back.
  await notesByArticle(page).getByRole('button', { name: '全球安全治理' }).click();
  await expect(page.getByRole('heading', { level: 1, name: READING.title })).toBeVisible();
  await page.getByRole('button', { name: 'Back to library' }).click();
  await app.emit('menu:command', 'show-notes');
  await page.locator('main[data-notes-state="ready"]').waitFor();
  await notesByArticle(page).getByRole('button', { name: RIVERS.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: RIVERS.title })).toBeVisible();
});

test('filters by article, colour and tag, and searches notes and quotes in English and Chinese', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await importAnnotatedBundle(app, work);
  await openNotesView(page);
  const filters = page.getByRole('group', { name: 'Filter notes' });
  const titles = async () => (await shownEntries(page)).map((g) => `${g.title}: ${g.entries.length}`);

  await chooseOption(filters.getByRole('combobox', { name: 'Article' }), READING.title);
  expect(await titles()).toEqual([`${READING.title}: 2`]);
  await chooseOption(filters.getByRole('combobox', { name: 'Article' }), 'All articles');

  await chooseOption(filters.getByRole('combobox', { name: 'Colour' }), 'green');
  await expect(page.getByText('1 note or highlight in 1 article (filtered)')).toBeVisible();
  expect(await shownEntries(page)).toEqual([{ title: RIVERS.title, entries: [expect.stringMatching(/^Rivers shape the cities Green highlight/)] }]);
  await chooseOption(filters.getByRole('combobox', { name: 'Colour' }), 'All colours');

  await chooseOption(filters.getByRole('combobox', { name: 'Tag' }), 'books');
  expect(await titles()).toEqual([`${READING.title}: 2`]);
  await chooseOption(filters.getByRole('combobox', { name: 'Tag' }), 'maps');
  expect(await titles()).toEqual([`${RIVERS.title}: 3`]);
  await chooseOption(filters.getByRole('combobox', { name: 'Tag' }), 'All tags');

  const search = page.getByRole('searchbox', { name: 'Search notes' });
  await search.fill('FLOOD MAPS');
  await expect(page.getByText('1 note or highlight in 1 article (filtered)')).toBeVisible();
  expect((await shownEntries(page))[0]?.entries).toEqual([expect.stringMatching(/^Check the flood maps/)]);
  await search.fill('chapter');
  expect((await shownEntries(page))[0]?.entries).toEqual([expect.stringMatching(/^Rivers shape the cities/)]);
  await search.fill('读书');
  expect(await shownEntries(page)).toEqual([{ title: READING.title, entries: ['这本书讨论了读书的方法 Note · 1 Apr 2024, 08:00'] }]);
  await search.fill('安全');
  expect(await shownEntries(page)).toEqual([{ title: READING.title, entries: [expect.stringMatching(/^全球安全治理 Pink highlight/)] }]);
  await search.fill('no such words');
  await expect(page.getByText('Nothing matches.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(search).toHaveValue('');
  expect(await titles()).toEqual([`${RIVERS.title}: 3`, `${READING.title}: 2`]);

  // Escape in the search box clears it; outside a text field it goes back to the library.
  await search.fill('读书');
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await page.getByRole('heading', { level: 1, name: 'Notes' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

test('notes and highlight notes are edited in place, from the keyboard, and kept after a reload', async ({ launch }) => {
  const app = await launch({ viewport: { width: 1280, height: 800 } });
  const { page } = app;
  await importAnnotatedBundle(app, work);
  await openNotesView(page);
  const rivers = page.getByRole('list', { name: `Notes and highlights on \u2068${RIVERS.title}\u2069` });
  const green = rivers.getByRole('listitem').filter({ hasText: 'Rivers shape the cities' });
  // Its one note, found by its place (its text changes, and is in a text box while edited).
  const note = rivers.getByRole('listitem').last();

  // A highlight's note: Edit note (Enter on the button), Ctrl+Enter saves, the focus goes back to Edit note.
  const editGreen = green.getByRole('button', { name: 'Edit note' });
  await editGreen.focus();
  await page.keyboard.press('Enter');
  const box = green.getByRole('textbox', { name: 'Highlight note' });
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('Compare with **chapter 2**.');
  await box.fill('Compare with **chapter 3**, not 2.');
  await box.press('Control+Enter');
  await expect(box).toHaveCount(0);
  await expect(green.locator('strong', { hasText: 'chapter 3' })).toBeVisible();
  await expect(editGreen).toBeFocused();

  // A highlight without a note offers Add a note.
  const bridges = rivers.getByRole('listitem').filter({ hasText: 'Bridges came later' });
  await bridges.getByRole('button', { name: 'Add a note' }).click();
  await bridges.getByRole('textbox', { name: 'Highlight note' }).fill('Which bridge first?');
  await bridges.getByRole('button', { name: 'Save note' }).click();
  await expect(bridges).toContainText('Which bridge first?');

  // An article note: Escape cancels (nothing changed, the view stays), Save keeps the new text.
  await note.getByRole('button', { name: 'Edit note' }).click();
  const noteBox = note.getByRole('textbox', { name: 'Edit note' });
  await noteBox.fill('Thrown away');
  await noteBox.press('Escape');
  await expect(noteBox).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
  await expect(note).toContainText('Check the flood maps');
  await expect(note.getByRole('button', { name: 'Edit note' })).toBeFocused();
  await note.getByRole('button', { name: 'Edit note' }).click();
  await noteBox.fill('Check the *tide* tables too');
  // An emptied note cannot be saved (the notes repo refuses empty notes; the button says so first).
  await noteBox.fill('  ');
  await expect(note.getByRole('button', { name: 'Save' })).toBeDisabled();
  await noteBox.fill('Check the *tide* tables too');
  await note.getByRole('button', { name: 'Save' }).click();
  await expect(note.locator('em', { hasText: 'tide' })).toBeVisible();

  await page.reload();
  await openNotesView(page);
  await expect(green.locator('strong', { hasText: 'chapter 3' })).toBeVisible();
  await expect(bridges).toContainText('Which bridge first?');
  await expect(rivers.getByRole('listitem').filter({ hasText: 'Check the tide tables too' })).toHaveCount(1);
  await expect(rivers.getByRole('listitem').filter({ hasText: 'Check the flood maps' })).toHaveCount(0);
});

test('the Notes view fills a wide window in columns of cards and keeps one column without overflow at 700 px', async ({ launch }) => {
  const app = await launch({ viewport: { width: 1920, height: 1080 } });
  const { page } = app;
  await importAnnotatedBundle(app, work);
  await openNotesView(page);
  const cards = notesByArticle(page).locator(':scope > li');
  const boxes = async () => Promise.all((await cards.all()).map(async (card) => (await card.boundingBox())!));
  const wide = await boxes();
  // Two articles side by side, together using most of the window's width.
  expect(wide).toHaveLength(2);
  expect(Math.abs(wide[0]!.y - wide[1]!.y)).toBeLessThan(1);
  expect(wide[0]!.width + wide[1]!.width).toBeGreaterThan(1000);
  await page.screenshot({ path: '/tmp/notesview-notes-1920.png' });

  await page.setViewportSize({ width: 700, height: 700 });
  // One column: the cards one above the other, at the same place.
  await expect.poll(async () => new Set((await boxes()).map((b) => Math.round(b.x))).size).toBe(1);
  const narrow = await boxes();
  expect(narrow[1]!.y).toBeGreaterThan(narrow[0]!.y + narrow[0]!.height - 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await page.screenshot({ path: '/tmp/notesview-notes-700.png', fullPage: true });
});
