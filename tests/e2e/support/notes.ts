/** The Notes view and the notes of an article, as a reader reaches them. */
import type { Page } from '@playwright/test';
import type { AppSession } from '../harness';
import { writeAnnotatedBundle } from './annotated-bundle';

export function notesRegion(page: Page) {
  return page.getByRole('region', { name: 'Notes' });
}

export async function addNote(page: Page, text: string): Promise<void> {
  const notes = notesRegion(page);
  await notes.getByRole('textbox', { name: 'New note' }).fill(text);
  await notes.getByRole('button', { name: 'Add note' }).click();
}

/** Imports the annotated bundle (two articles with highlights and notes) through File → Import…. */
export async function importAnnotatedBundle(app: AppSession, dir: string): Promise<void> {
  await app.chooseOnNextImport([writeAnnotatedBundle(dir)]);
  await app.emit('menu:command', 'import');
  await app.page.getByRole('status', { name: 'Import status' }).getByText(/^Imported 2 articles\./).waitFor();
}

export async function openNotesView(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Notes', exact: true }).click();
  await page.locator('main[data-notes-state="ready"]').waitFor();
}

export function notesByArticle(page: Page) {
  return page.getByRole('list', { name: 'Notes by article' });
}

/** Chooses Export notes… then a format, in the given part of the page. */
export async function exportNotes(scope: ReturnType<Page['locator']> | Page, format: 'Markdown' | 'JSON-LD'): Promise<void> {
  await scope.getByRole('button', { name: 'Export notes…' }).click();
  await scope.getByRole('menuitem', { name: new RegExp(format) }).click();
}
