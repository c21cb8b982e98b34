/** Article notes: their times, delete with Undo (the note comes back exactly), links that open outside the app. */
import { expect, test } from './fixtures';
import { addNote, notesRegion } from './support/notes';
import { SAMPLE_TITLE, openArticle } from './support/reader';

test('a note shows when it was added and edited; a deleted note comes back exactly with Undo', async ({ launch }) => {
  const first = await launch();
  const { page } = first;
  await openArticle(page, SAMPLE_TITLE);
  const notes = notesRegion(page);
  await addNote(page, 'Keep **this** one.');
  const note = notes.getByRole('listitem').first();
  await expect(note.getByText('Keep this one.')).toBeVisible();
  await expect(note.getByText(/^Added \d{1,2} \w{3} \d{4}, \d{2}:\d{2}$/)).toBeVisible();

  await note.getByRole('button', { name: 'Edit' }).click();
  await notes.getByRole('textbox', { name: 'Edit note' }).fill('Keep **this** one, edited.');
  await notes.getByRole('button', { name: 'Save' }).click();
  await expect(note.getByText(/^Added \d{1,2} \w{3} \d{4}, \d{2}:\d{2} · edited \d{2}:\d{2}$/)).toBeVisible();
  const times = () => note.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
  const before = await times();
  expect(before).toHaveLength(2);

  await note.getByRole('button', { name: 'Delete' }).click();
  await expect(notes.getByRole('listitem')).toHaveCount(0);
  const status = notes.getByRole('status', { name: 'Deleted note' });
  await expect(status).toHaveText('Note deleted · Undo');
  // The keyboard goes on where the Delete button was: Undo, then the note that came back.
  await expect(status.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(notes.getByRole('listitem')).toHaveCount(1);
  await expect(notes.getByRole('listitem').first().getByRole('button', { name: 'Edit' })).toBeFocused();
  await expect(notes.locator('strong', { hasText: 'this' })).toBeVisible();
  expect(await times()).toEqual(before);
  await expect(notes.getByText('Note deleted')).toHaveCount(0);

  await addNote(page, 'This one goes for good.');
  await expect(notes.getByRole('listitem')).toHaveCount(2);
  await notes.getByRole('listitem').nth(1).getByRole('button', { name: 'Delete' }).click();
  await expect(status).toHaveText('Note deleted · Undo');
  await first.close();

  const second = await launch();
  await openArticle(second.page, SAMPLE_TITLE);
  const again = notesRegion(second.page);
  await expect(again.getByRole('listitem')).toHaveCount(1);
  await expect(again.getByRole('listitem')).toContainText('Keep this one, edited.');
  expect(await again.getByRole('listitem').locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')))).toEqual(before);
});

test('a link in a note opens in the system browser after the check and a yes, and the window stays on the app', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await openArticle(page, SAMPLE_TITLE);
  const here = page.url();
  await addNote(page, 'See [the report](https://example.org/report?year=2016) and [a script](javascript:alert(1)).');
  const notes = notesRegion(page);
  await app.answerNextOpenConfirmation({ open: true });
  await notes.getByRole('link', { name: 'the report' }).click();
  await expect.poll(() => app.openedExternalUrls()).toEqual(['https://example.org/report?year=2016']);
  // The unsafe link lost its URL when rendered: clicking it does nothing.
  await notes.getByText('a script').click();
  expect(await app.openedExternalUrls()).toEqual(['https://example.org/report?year=2016']);
  expect(await app.openConfirmations()).toEqual(['https://example.org/report?year=2016']);
  expect(page.url()).toBe(here);
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
});
