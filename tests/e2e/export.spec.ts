/**
 * Exporting Offprint bundles through the UI, and the round trip: the whole library (with a note) exported from one
 * profile and imported through File → Import… into a fresh profile gives back every article, body, image and note.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { bundleArticleToParsed, readArchive } from '../../src-main/services/bundle';
import { expect, test } from './fixtures';
import { openApp } from './harness';
import { librarySnapshot } from './support/library-snapshot';
import { SAMPLE_TITLE, chooseFromMore, openArticle } from './support/reader';

const FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'e2e');
const EXTRA = ['field-notes.md', 'hostile.html', 'police-cooperation.txt'].map((name) => join(FIXTURES, name));
const EXTRA_TITLES = ['Field Notes on Quiet Reading', 'A Page That Tries Everything', 'Police Cooperation Across Borders'];

function libraryItems(page: Page) {
  return page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
}

function exportStatus(page: Page) {
  return page.getByRole('status', { name: 'Export status' });
}

/** The titles, notes and identifiers of the articles in a bundle file, read by the app's own reader. */
async function bundleTitles(path: string): Promise<string[]> {
  const contents = readArchive(new Uint8Array(await readFile(path)), 'export.offprint');
  if (contents.kind !== 'bundle') throw new Error(`not a bundle: ${JSON.stringify(contents.failures)}`);
  return contents.articles
    .map((unit) => bundleArticleToParsed(unit))
    .map((outcome) => ('article' in outcome ? outcome.article.meta.title : `FAILED ${outcome.failure.reason}`))
    .sort();
}

async function emptyLibrary(page: Page): Promise<void> {
  while ((await libraryItems(page).count()) > 0) {
    const before = await libraryItems(page).count();
    await libraryItems(page).first().getByRole('button').first().click();
    await chooseFromMore(page, 'Delete article');
    await expect(libraryItems(page)).toHaveCount(before - 1);
  }
}

test('round trip: the whole library with a note, exported and imported into a fresh profile, comes back the same', async ({ launch }) => {
  const work = mkdtempSync(join(tmpdir(), 'offprint-export-e2e-'));
  const bundlePath = join(work, 'Library.offprint');
  const freshProfile = join(work, 'fresh-profile');
  try {
    const app = await launch();
    await app.chooseOnNextImport(EXTRA);
    await app.emit('menu:command', 'import');
    for (const title of EXTRA_TITLES) await expect(libraryItems(app.page).getByRole('button', { name: title })).toBeVisible();
    const count = await libraryItems(app.page).count();

    await openArticle(app.page, 'Field Notes on Quiet Reading');
    const notes = app.page.getByRole('region', { name: 'Notes' });
    await notes.getByRole('textbox', { name: 'New note' }).fill('Carried **over** in the bundle.');
    await notes.getByRole('button', { name: 'Add note' }).click();
    await expect(notes.getByRole('listitem')).toHaveCount(1);
    await app.page.getByRole('button', { name: 'Back to library' }).click();

    await app.chooseOnNextExport(bundlePath);
    await app.emit('menu:command', 'export-library');
    await expect(exportStatus(app.page)).toHaveText(new RegExp(`^Exported ${count} articles to Library\\.offprint`));
    const original = await librarySnapshot(app.page, { withoutIdentifier: true });
    expect(Object.keys(original)).toHaveLength(count);
    expect(await bundleTitles(bundlePath)).toHaveLength(count);

    const fresh = await openApp({ profileDir: freshProfile });
    try {
      // An empty profile: the first run's sample articles are deleted first, as a reader who wants only the bundle would.
      await emptyLibrary(fresh.page);
      await fresh.chooseOnNextImport([bundlePath]);
      await fresh.emit('menu:command', 'import');
      await expect(fresh.page.getByRole('status', { name: 'Import status' })).toHaveText(new RegExp(`^Imported ${count} articles\\.`));
      for (const title of EXTRA_TITLES) await expect(libraryItems(fresh.page).getByRole('button', { name: title })).toBeVisible();
      await expect(libraryItems(fresh.page)).toHaveCount(count);
      await openArticle(fresh.page, 'Field Notes on Quiet Reading');
      await expect(fresh.page.getByRole('region', { name: 'Notes' }).locator('strong', { hasText: 'over' })).toBeVisible();

      expect(await librarySnapshot(fresh.page, { withoutIdentifier: true })).toEqual(original);
      expect(fresh.externalRequests()).toEqual([]);
    } finally {
      await fresh.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('Export… exports the open article; Export selected the ticked ones; a tag its articles', async ({ launch }) => {
  const work = mkdtempSync(join(tmpdir(), 'offprint-export-e2e-'));
  try {
    const { page, chooseOnNextExport } = await launch();

    await openArticle(page, SAMPLE_TITLE);
    await chooseOnNextExport(join(work, 'one.offprint'));
    await chooseFromMore(page, 'Export…');
    await expect(exportStatus(page)).toHaveText(/^Exported 1 article to one\.offprint/);
    expect(await bundleTitles(join(work, 'one.offprint'))).toEqual([SAMPLE_TITLE]);
    await exportStatus(page).getByRole('button', { name: 'Dismiss' }).click();
    await page.getByRole('button', { name: 'Back to library' }).click();

    const exportSelected = page.getByRole('button', { name: 'Export selected' });
    await expect(exportSelected).toBeDisabled();
    const picked = ['Reading Offline with Offprint: Zoom, Notes and a Library of Your Own', SAMPLE_TITLE];
    for (const title of picked) await page.getByRole('checkbox', { name: `Select ${title}` }).check();
    await chooseOnNextExport(join(work, 'two.offprint'));
    await exportSelected.click();
    await expect(exportStatus(page)).toHaveText(/^Exported 2 articles to two\.offprint/);
    expect(await bundleTitles(join(work, 'two.offprint'))).toEqual([...picked].sort());
    await expect(page.getByRole('checkbox', { name: `Select ${SAMPLE_TITLE}` })).not.toBeChecked();

    // A tag is exported from Tags… (the library has no second tag box for it).
    await chooseOnNextExport(join(work, 'notes.offprint'));
    await page.getByRole('button', { name: 'Tags…' }).click();
    await page.getByRole('dialog', { name: 'Tags' }).getByRole('button', { name: 'Export tag notes' }).click();
    await page.getByRole('dialog', { name: 'Tags' }).getByRole('button', { name: 'Close' }).click();
    await expect(exportStatus(page)).toHaveText(/^Exported 2 articles to notes\.offprint/);
    expect(await bundleTitles(join(work, 'notes.offprint'))).toEqual([
      "A Reader's Handbook: Reading Well on Screens and Off Them",
      'Reading Offline with Offprint: Zoom, Notes and a Library of Your Own',
    ]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('a folder that cannot be written is named in an alert; a cancelled save dialog exports nothing', async ({ launch }) => {
  const work = mkdtempSync(join(tmpdir(), 'offprint-export-e2e-'));
  try {
    const { page, emit, chooseOnNextExport } = await launch();
    const missing = join(work, 'no-such-folder', 'Library.offprint');
    await chooseOnNextExport(missing);
    await emit('menu:command', 'export-library');
    const alert = page.getByRole('alert');
    // The path is in a bidi isolate, as every value inserted in a sentence.
    await expect(alert).toContainText(
      `Export failed: Offprint could not write \u2068${missing}\u2069: The folder does not exist (it may have been moved or deleted).`,
    );

    await chooseOnNextExport(null);
    await emit('menu:command', 'export-library');
    await expect(alert).toHaveCount(0);
    await expect(exportStatus(page)).toHaveAttribute('data-export-phase', 'idle');
    await expect(exportStatus(page)).toHaveText('');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
