/** Notes in place of comments: written in Markdown, stored locally, there again after a restart. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SAMPLE_TITLE, openArticle } from './support/reader';

function notesRegion(page: Page) {
  return page.getByRole('region', { name: 'Notes' });
}

async function addNote(page: Page, text: string): Promise<void> {
  const notes = notesRegion(page);
  await notes.getByRole('textbox', { name: 'New note' }).fill(text);
  await notes.getByRole('button', { name: 'Add note' }).click();
}

test('add, edit and delete Markdown notes; they survive a restart', async ({ launch }) => {
  const first = await launch();
  await openArticle(first.page, SAMPLE_TITLE);
  const notes = notesRegion(first.page);
  await expect(notes.getByRole('button', { name: 'Add note' })).toBeDisabled();

  await addNote(first.page, 'Check the **113 countries** figure against the *2016* report.');
  await expect(notes.locator('strong', { hasText: '113 countries' })).toBeVisible();
  await expect(notes.locator('em', { hasText: '2016' })).toBeVisible();
  await expect(notes.getByRole('textbox', { name: 'New note' })).toHaveValue('');

  await addNote(first.page, 'A second thought, to be deleted.');
  await expect(notes.getByRole('listitem')).toHaveCount(2);

  await notes.getByRole('listitem').first().getByRole('button', { name: 'Edit' }).click();
  await notes.getByRole('textbox', { name: 'Edit note' }).fill('Checked: **113 countries** is right.');
  await notes.getByRole('button', { name: 'Save' }).click();
  await expect(notes.getByRole('listitem').first()).toContainText('Checked: 113 countries is right.');

  await notes.getByRole('listitem').nth(1).getByRole('button', { name: 'Delete' }).click();
  await expect(notes.getByRole('listitem')).toHaveCount(1);
  await first.close();

  const second = await launch();
  await openArticle(second.page, SAMPLE_TITLE);
  const again = notesRegion(second.page);
  await expect(again.getByRole('listitem')).toHaveCount(1);
  await expect(again.locator('strong', { hasText: '113 countries' })).toBeVisible();
  await expect(again).not.toContainText('A second thought');
});

test('a note shows no raw HTML: markup in a note is text, never an element or a script', async ({ launch }) => {
  const { page } = await launch();
  await openArticle(page, SAMPLE_TITLE);
  await addNote(page, 'Before <img src="x" onerror="window.__pwned = 1"> <b>bold?</b> after');
  const notes = notesRegion(page);
  await expect(notes.getByRole('listitem')).toHaveCount(1);
  await expect(notes.getByRole('listitem').locator('img, b, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
