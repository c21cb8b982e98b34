/**
 * File → Restore from Backup…: the Backups folder listed, a preview of what Merge and Replace would change,
 * Merge (the library kept, what is missing added, the newer note kept, nothing deleted) and Replace (the library
 * backed up first, the backup restored into a database of its own, then switched to as a whole), and a Replace
 * that the disk cannot hold stopped before anything is written. The backup is
 * written with the app's own exporter into the profile's Backups folder. Restoring it into another profile gives back the same library, field by field.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BundleWriter } from '../../src-main/services/bundle';
import { exportedArticle } from '../unit/main/services/bundle/support/articles';
import { openApp, type AppSession } from './harness';
import { SAMPLES } from './support/library-fixture';
import { libraryDatabases } from './support/crash';
import { librarySnapshot } from './support/library-snapshot';
import { addNote, importAnnotatedBundle, notesRegion } from './support/notes';
import { SAMPLE_TITLE, chooseFromMore, openArticle } from './support/reader';
import { chooseOption } from './support/select';

const FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'e2e');
const EXTRA = ['field-notes.md', 'hostile.html', 'police-cooperation.txt'].map((name) => join(FIXTURES, name));

function libraryItems(page: Page) {
  return page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
}

function restoreDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Restore from Backup' });
}

/** A backup written by File → Export Library… into the profile's Backups folder. */
async function backUp(app: AppSession, profileDir: string, name: string, count: number): Promise<string> {
  const backups = join(profileDir, 'Backups');
  mkdirSync(backups, { recursive: true });
  await expect(libraryItems(app.page)).toHaveCount(count);
  await app.chooseOnNextExport(join(backups, name));
  await app.emit('menu:command', 'export-library');
  await expect(app.page.getByRole('status', { name: 'Export status' })).toHaveText(new RegExp(`^Exported ${count} articles`));
  return join(backups, name);
}

async function previewOnlyBackup(page: Page, articles: number, notes: number): Promise<void> {
  const dialog = restoreDialog(page);
  const row = dialog.getByRole('table', { name: 'Backups' }).getByRole('row').nth(1);
  await expect(row.getByRole('cell')).toHaveText([String(articles), String(notes), /\d+ KB|MB/, 'Yes', 'Preview…']);
  await row.getByRole('button', { name: /^Preview the backup of / }).click();
  await expect(dialog.getByRole('region', { name: 'What would change' })).toBeVisible();
}

test('Merge: the preview says what is added and what is already there; the library is kept, nothing deleted', async ({ launch, profileDir }) => {
  const app = await launch();
  const { page } = app;
  await openArticle(page, SAMPLE_TITLE);
  await addNote(page, 'Written before the backup.');
  await expect(notesRegion(page).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Back to library' }).click();
  await backUp(app, profileDir, 'Offprint 2026-12-01.offprint', SAMPLES);

  // After the backup: one article deleted, one note written.
  const gone = await libraryItems(page).filter({ hasNotText: SAMPLE_TITLE }).first().getByRole('button').first().innerText();
  await openArticle(page, gone.split('\n')[0]!);
  await chooseFromMore(page, 'Delete article');
  await expect(libraryItems(page)).toHaveCount(SAMPLES - 1);
  await openArticle(page, SAMPLE_TITLE);
  await addNote(page, 'Written after the backup.');
  await expect(notesRegion(page).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Back to library' }).click();

  await app.emit('menu:command', 'restore-backup');
  await previewOnlyBackup(page, SAMPLES, 1);
  const dialog = restoreDialog(page);
  await expect(dialog.getByRole('list', { name: 'Merge' }).getByRole('listitem')).toHaveText([
    '1 article added',
    `${SAMPLES - 1} articles already in the library (kept as they are)`,
    '0 notes added',
    '0 notes updated to their newer version',
    '0 highlights added',
    'Nothing is deleted.',
  ]);
  await expect(dialog.getByRole('list', { name: 'Replace' })).toContainText('1 note removed');
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/^Restoring \u2068Offprint 2026-12-01\.offprint\u2069…/);
  await expect(page.getByRole('status', { name: 'Import status' })).toHaveText(new RegExp(`^Imported 1 article, ${SAMPLES - 1} updated\\.`));
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect(libraryItems(page)).toHaveCount(SAMPLES);
  await expect(libraryItems(page).getByRole('button', { name: gone.split('\n')[0]! })).toBeVisible();
  await openArticle(page, SAMPLE_TITLE);
  await expect(notesRegion(page).getByRole('listitem')).toHaveCount(2);
  await expect(notesRegion(page)).toContainText('Written after the backup.');
  // Merge wrote no backup of its own: only the one restored from.
  expect(readdirSync(join(profileDir, 'Backups'))).toEqual(['Offprint 2026-12-01.offprint']);
});

test('Replace into another profile: the library is backed up first, then the backup gives back the same library, field by field', async ({ launch, profileDir }) => {
  const work = mkdtempSync(join(tmpdir(), 'offprint-restore-e2e-'));
  try {
    const app = await launch();
    await app.chooseOnNextImport(EXTRA);
    await app.emit('menu:command', 'import');
    await expect(app.page.getByRole('status', { name: 'Import status' })).toHaveText(/^Imported 3 articles\./);
    await importAnnotatedBundle(app, work);
    await openArticle(app.page, SAMPLE_TITLE);
    await addNote(app.page, 'Carried **over** in the backup.');
    await expect(notesRegion(app.page).getByRole('listitem')).toHaveCount(1);
    // Corrected details travel too: a title and a language cleared (which an import would otherwise guess).
    await chooseFromMore(app.page, 'Edit details…');
    const details = app.page.getByRole('dialog', { name: 'Edit details' });
    await details.getByRole('textbox', { name: 'Title' }).fill('Security Governance, Corrected');
    await chooseOption(details.getByRole('combobox', { name: 'Language' }), 'Not set');
    await details.getByRole('button', { name: 'Save' }).click();
    await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Security Governance, Corrected');
    await app.page.getByRole('button', { name: 'Back to library' }).click();
    // The first-run samples, the three files and the annotated bundle's two articles.
    const count = SAMPLES + 3 + 2;
    const backup = await backUp(app, profileDir, 'Offprint 2026-12-01.offprint', count);
    const original = await librarySnapshot(app.page, { withoutIdentifier: true });
    expect(Object.keys(original)).toHaveLength(count);
    const corrected = Object.values(original).map((a) => (a as { meta: Record<string, unknown> }).meta).filter((meta) => meta['editedAt']);
    expect(corrected).toEqual([
      expect.objectContaining({ title: 'Security Governance, Corrected', language: null, editedFields: ['title', 'language'], fromFile: { title: SAMPLE_TITLE, language: 'en' } }),
    ]);
    const notesInOriginal = Object.values(original).reduce<number>((n, a) => n + (a as { notes: unknown[] }).notes.length, 0);
    const highlightsInOriginal = Object.values(original).reduce<number>((n, a) => n + (a as { highlights: unknown[] }).highlights.length, 0);
    expect(highlightsInOriginal).toBeGreaterThan(0);

    // Another profile, with its own first-run library, and the backup in its Backups folder.
    const other = join(work, 'other-profile');
    mkdirSync(join(other, 'Backups'), { recursive: true });
    copyFileSync(backup, join(other, 'Backups', 'Offprint 2026-12-01.offprint'));
    const fresh = await openApp({ profileDir: other });
    try {
      await expect(libraryItems(fresh.page)).toHaveCount(SAMPLES);
      await fresh.emit('menu:command', 'restore-backup');
      await previewOnlyBackup(fresh.page, count, notesInOriginal);
      const dialog = restoreDialog(fresh.page);
      const replace = dialog.getByRole('list', { name: 'Replace' });
      await expect(replace).toContainText('The library is backed up first, into the Backups folder.');
      await expect(replace).toContainText(`${SAMPLES} articles removed`);
      await expect(replace).toContainText(`${count} articles, ${notesInOriginal} notes and ${highlightsInOriginal} highlights restored`);
      await dialog.getByRole('button', { name: 'Replace' }).click();
      // Restored into a database of its own, then switched to as a whole: the window shows the new library.
      const replaced = fresh.page.getByRole('status', { name: 'Library replaced' });
      await expect(replaced).toHaveText(
        new RegExp(
          `^The library was replaced by \u2068Offprint 2026-12-01\\.offprint\u2069: ${count} articles\\. ` +
            'The library as it was is backed up as “\u2068Offprint before restore .+\\.offprint\u2069”\\.',
        ),
      );
      // The header counts the whole library; the list draws only the rows near the window (it is virtual, and at
      // this size the filters above it push most rows below the fold), so its items are not counted here.
      await expect(fresh.page.locator('.library-count')).toHaveText(`${count} articles`);

      // Every field of every article, body, image, note and highlight, ids and dates included; all but the source
      // identifier, which a bundle does not carry (article.json has no such field; docs/bundle-format.md).
      expect(await librarySnapshot(fresh.page, { withoutIdentifier: true })).toEqual(original);

      // The safety backup holds the first-run library it replaced, and is listed.
      const files = readdirSync(join(other, 'Backups')).sort();
      expect(files).toHaveLength(2);
      await fresh.emit('menu:command', 'restore-backup');
      const rows = restoreDialog(fresh.page).getByRole('table', { name: 'Backups' }).getByRole('row');
      await expect(rows).toHaveCount(3);
      await expect(rows.nth(1).getByRole('cell').first()).toHaveText(String(SAMPLES));
      expect(fresh.externalRequests()).toEqual([]);
    } finally {
      await fresh.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('Choose a file…: a bundle outside the Backups folder, chosen in main\'s open dialog, is previewed and merged by its grant', async ({ launch }) => {
  const work = mkdtempSync(join(tmpdir(), 'offprint-restore-e2e-'));
  try {
    const file = join(work, 'From a friend.offprint');
    const writer = await BundleWriter.create(file, { title: 'Shared', creator: 'test' });
    await writer.addArticle(exportedArticle('shared-0001', { meta: { ...exportedArticle('x').meta, title: 'A shared article' } }));
    await writer.finish();

    const app = await launch();
    await app.emit('menu:command', 'restore-backup');
    const dialog = restoreDialog(app.page);
    await expect(dialog).toContainText('There are no backups in the Backups folder yet.');
    await app.chooseOnNextRestore(file);
    await dialog.getByRole('button', { name: 'Choose a file…' }).click();
    await expect(dialog.getByRole('list', { name: 'Merge' })).toContainText('1 article added');
    await expect(dialog).toContainText('From a friend.offprint');
    await expect(dialog).not.toContainText(work);
    await dialog.getByRole('button', { name: 'Merge' }).click();
    await expect(app.page.getByRole('status', { name: 'Import status' })).toHaveText(/^Imported 1 article\./);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(libraryItems(app.page)).toHaveCount(SAMPLES + 1);
    await expect(libraryItems(app.page).getByRole('button', { name: 'A shared article' })).toBeVisible();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('Replace on a nearly full disk stops with a clear message before anything is written; with room it replaces', async ({ launch, profileDir }) => {
  const app = await launch();
  // As backup.spec's low-disk test: only the Chromium harness's host can fake the free space (setFreeDiskBytes).
  test.skip(app.kind !== 'chromium', 'free space can be simulated only through the Chromium harness host (setFreeDiskBytes); Electron reads the real disk');
  const { page } = app;
  await backUp(app, profileDir, 'Offprint 2026-12-01.offprint', SAMPLES);
  await openArticle(page, SAMPLE_TITLE);
  await addNote(page, 'Written after the backup.');
  await expect(notesRegion(page).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Back to library' }).click();
  const before = await librarySnapshot(page);

  await app.setFreeDiskBytes(150 * 1024 * 1024);
  await app.emit('menu:command', 'restore-backup');
  await previewOnlyBackup(page, SAMPLES, 0);
  const dialog = restoreDialog(page);
  await dialog.getByRole('button', { name: 'Replace' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    /^Nothing was restored: Replacing needs about [\d.]+ MB of free disk space \(for the backup restored beside the library, and for the backup of the library made first\), but only 150 MB is free\. Nothing was written\./,
  );
  // Nothing written: no backup of the library, no staging database, the library as it was, note included.
  expect(readdirSync(join(profileDir, 'Backups'))).toEqual(['Offprint 2026-12-01.offprint']);
  expect(await libraryDatabases(page)).toEqual({ active: 'offprint', names: ['offprint'] });
  expect(await librarySnapshot(page)).toEqual(before);
  await expect(page.getByRole('status', { name: 'Library replaced' })).toHaveCount(0);

  // Space freed: the same Replace goes through.
  await app.setFreeDiskBytes(null);
  await dialog.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByRole('status', { name: 'Library replaced' })).toHaveText(/^The library was replaced by /);
  expect(readdirSync(join(profileDir, 'Backups'))).toHaveLength(2);
});
