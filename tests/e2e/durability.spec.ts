/**
 * Durability (issue 12): the browser process is SIGKILLed in the middle of an import, a highlight save, a bulk
 * delete, a backup and a Replace (File → Restore from Backup…), and the app restarted on the same profile. Each time the library is consistent (every
 * article with its body and text, no asset, note or highlight without its article, the count shown equal to the
 * database's) and the backup folder holds no half-written file under a final name: the listing shows only whole,
 * verified backups, and the next backup removes what the killed one left. A Replace killed while it fills its
 * staging database leaves the old library whole, one killed once it switched leaves the new one whole, and after
 * the restart no other library database is left on the profile.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { BundleWriter } from '../../src-main/services/bundle';
import { exportedArticle } from '../unit/main/services/bundle/support/articles';
import { expect, test } from './fixtures';
import type { AppSession } from './harness';
import { armCrash, checkLibrary, expectConsistentLibrary, killOnStoreWrite, killWhenText, libraryDatabases } from './support/crash';
import { selectPhrase, selectionToolbar } from './support/highlights';
import { generateFolder, type GeneratedLibrary } from './support/import-job-library';
import { SAMPLES, importFixture, writeFixture } from './support/library-fixture';
import { SAMPLE_TITLE, articleBody, openArticle } from './support/reader';

const FIXTURE = 200;
const BACKUP_NAME = /^Offprint \d{4}-\d{2}-\d{2} \d{6}Z \d+ articles?( \(\d+\))?\.offprint$/;
const PARTIAL = /\.partial$/;
/** The backup a Replace restores: more articles than one chunk of the restore, so a kill can land between two. */
const RESTORED = 300;
const RESTORED_NAME = 'Offprint 2026-12-01 090000Z 300 articles.offprint';

let root = '';
let folder: GeneratedLibrary;
let fixtureDir = '';
let restoredBackup = '';

test.beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'offprint-durability-'));
  folder = generateFolder(join(root, 'articles'), 1000);
  fixtureDir = join(root, 'fixture');
  writeFixture(fixtureDir, FIXTURE);
});

test.beforeAll(async () => {
  restoredBackup = join(root, RESTORED_NAME);
  const writer = await BundleWriter.create(restoredBackup, { title: 'Backup', creator: 'test', created: new Date('2026-12-01T09:00:00Z') });
  for (let i = 0; i < RESTORED; i += 1) {
    const id = `restored-${String(i).padStart(3, '0')}`;
    const article = exportedArticle(id);
    // Each its own article: its own text and content hash (an import takes one hash for one article).
    const contentHash = i.toString(16).padStart(64, '0');
    const content = article.body.content.replace('rivers', `river number ${i}`);
    await writer.addArticle({ ...article, meta: { ...article.meta, title: `Restored article ${i}`, contentHash }, body: { ...article.body, content } });
  }
  await writer.finish();
});

test.afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

test.setTimeout(60_000);

function backupFolder(profileDir: string): string[] {
  try {
    return readdirSync(join(profileDir, 'Backups')).sort();
  } catch {
    return [];
  }
}

test('killed in the middle of an import: after a restart only whole articles, as many as the library shows', async ({ launch, profileDir }) => {
  const app = await launch();
  await expect(app.page.locator('.library-count')).toHaveText(`${SAMPLES} articles`);
  const crash = await armCrash(app, profileDir);
  // Killed once the status reports articles handled, with most of the 1,000 still to come.
  await killWhenText(app.page, '[role="status"][aria-label="Import status"]', /Importing… [1-9][\d,]* of 1,000/);
  await app.chooseOnNextImport([folder.path]);
  await app.emit('menu:command', 'import-folder').catch(() => undefined);
  await crash.done;

  const restarted = await launch();
  const check = await expectConsistentLibrary(restarted.page);
  console.log(`[durability] import killed: ${check.articles - SAMPLES} of ${folder.good} articles kept`);
  expect(check.articles).toBeGreaterThanOrEqual(SAMPLES);
  expect(check.articles, 'the kill came before the import ended').toBeLessThan(SAMPLES + folder.good);
  // The library still works: the same import, run again, brings every article in.
  await restarted.chooseOnNextImport([folder.path]);
  await restarted.emit('menu:command', 'import-folder');
  await expect(restarted.page.getByRole('status', { name: 'Import status' })).toHaveText(/^Imported [\d,]+ articles?[.,]/, { timeout: 30_000 });
  expect((await expectConsistentLibrary(restarted.page)).articles).toBe(SAMPLES + folder.good);
});

test('killed while a highlight is saved: after a restart it is there whole or not at all, placed on its words', async ({ launch, profileDir }) => {
  const app = await launch();
  await openArticle(app.page, SAMPLE_TITLE);
  await expect(articleBody(app.page)).toHaveAttribute('data-highlights', 'ready');
  await selectPhrase(app.page, 'one of the safest countries in the world');
  const crash = await armCrash(app, profileDir);
  // Killed once the highlight's write is requested in its transaction.
  await killOnStoreWrite(app.page, 'highlights');
  await selectionToolbar(app.page).getByRole('button', { name: 'Highlight', exact: true }).click({ noWaitAfter: true }).catch(() => undefined);
  await crash.done;

  const restarted = await launch();
  const check = await expectConsistentLibrary(restarted.page);
  console.log(`[durability] highlight save killed: ${check.highlights} highlight(s) kept`);
  expect(check.articles).toBe(SAMPLES);
  expect([0, 1]).toContain(check.highlights);
  await openArticle(restarted.page, SAMPLE_TITLE);
  const body = articleBody(restarted.page);
  await expect(body).toHaveAttribute('data-highlights', 'ready');
  await expect(body).toHaveAttribute('data-highlights-placed', String(check.highlights));
  await expect(body).toHaveAttribute('data-highlights-orphaned', '0');
});

test('killed in the middle of a bulk delete: after a restart every article is there or none, nothing left behind', async ({ launch, profileDir }) => {
  const total = SAMPLES + FIXTURE;
  const app = await launch();
  // A highlight on one of them, so that a half-done delete would leave it without its article.
  await openArticle(app.page, SAMPLE_TITLE);
  await expect(articleBody(app.page)).toHaveAttribute('data-highlights', 'ready');
  await selectPhrase(app.page, 'one of the safest countries in the world');
  await selectionToolbar(app.page).getByRole('button', { name: 'Highlight', exact: true }).click();
  await expect(articleBody(app.page)).toHaveAttribute('data-highlights-placed', '1');
  await app.page.getByRole('button', { name: /back to library/i }).first().click();
  await importFixture(app, fixtureDir, FIXTURE);
  await app.page.getByRole('checkbox', { name: 'Select all shown' }).check();
  await expect(app.page.getByText(`${total} selected`)).toBeVisible();
  const before = await checkLibrary(app.page);
  // The sample library's image is among them: the orphan-asset check has something to find.
  expect(before.assets).toBeGreaterThan(0);
  const crash = await armCrash(app, profileDir);
  // Killed inside the delete's transaction: assets, notes and highlights are already asked to go when the bodies' are.
  await killOnStoreWrite(app.page, 'bodies');
  await app.page.getByRole('group', { name: 'Selected articles' }).getByRole('button', { name: 'Delete selected' }).click({ noWaitAfter: true }).catch(() => undefined);
  await crash.done;

  const restarted = await launch();
  const check = await expectConsistentLibrary(restarted.page);
  console.log(`[durability] bulk delete killed: ${check.articles} of ${total} articles left, ${check.highlights} highlight(s)`);
  // One transaction: all or nothing.
  expect([0, total]).toContain(check.articles);
  const kept = check.articles === total ? before : { articles: 0, highlights: 0, notes: 0, assets: 0 };
  expect({ articles: check.articles, highlights: check.highlights, notes: check.notes, assets: check.assets }).toEqual({
    articles: kept.articles,
    highlights: kept.highlights,
    notes: kept.notes,
    assets: kept.assets,
  });
});

test('killed in the middle of a backup: no half-written backup is listed, and the next backup clears what was left', async ({ launch, profileDir }) => {
  const total = SAMPLES + FIXTURE;
  const app = await launch();
  await importFixture(app, fixtureDir, FIXTURE);
  const crash = await armCrash(app, profileDir);
  // Killed once the first chunk of articles is in the file and more are to come.
  await killWhenText(app.page, '[role="status"][aria-label="Backup status"]', new RegExp(`Backing up [1-9][\\d,]* of ${total} articles`));
  await app.emit('menu:command', 'backup-now');
  await crash.done;
  const left = backupFolder(profileDir);
  // The kill came mid-backup: a temporary file is there, and nothing under a backup's final name.
  expect(left.filter((name) => PARTIAL.test(name))).toHaveLength(1);
  expect(left.filter((name) => BACKUP_NAME.test(name))).toEqual([]);

  const restarted = await launch();
  await expectConsistentLibrary(restarted.page);
  expect(await restarted.page.evaluate(() => window.offprint.backup.list())).toEqual({ ok: true, value: [] });
  await restarted.emit('menu:command', 'backup-now');
  await expect(restarted.page.getByRole('status', { name: 'Backup status' })).toHaveText(new RegExp(`^Backed up ${total} articles \\(verified\\)\\.`));
  const after = backupFolder(profileDir);
  expect(after.filter((name) => PARTIAL.test(name)), 'temporary files left').toEqual([]);
  const finals = after.filter((name) => BACKUP_NAME.test(name));
  expect(finals).toHaveLength(1);
  expect(await restarted.page.evaluate(() => window.offprint.backup.list())).toEqual({
    ok: true,
    value: [expect.objectContaining({ id: finals[0], articleCount: total, verified: true })],
  });
});

/** Puts the 300-article backup in the profile's Backups folder and opens its Replace preview. */
async function previewReplace(app: AppSession, profileDir: string): Promise<void> {
  mkdirSync(join(profileDir, 'Backups'), { recursive: true });
  copyFileSync(restoredBackup, join(profileDir, 'Backups', RESTORED_NAME));
  await app.emit('menu:command', 'restore-backup');
  const dialog = app.page.getByRole('dialog', { name: 'Restore from Backup' });
  await dialog.getByRole('button', { name: /^Preview the backup of / }).click();
  await expect(dialog.getByRole('list', { name: 'Replace' })).toContainText(`${RESTORED} articles`);
}

function clickReplace(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Restore from Backup' });
  return dialog.getByRole('button', { name: 'Replace', exact: true }).click({ noWaitAfter: true }).catch(() => undefined);
}

/** After a restart: only the active library's database is left (what a Replace staged or retired is deleted). */
async function expectOneLibraryDatabase(page: Page): Promise<string> {
  await expect.poll(async () => {
    const { active, names } = await libraryDatabases(page);
    return names.length === 1 && names[0] === active;
  }, { message: 'library databases other than the active one left' }).toBe(true);
  return (await libraryDatabases(page)).active;
}

test('killed while a Replace fills its staging database: after a restart the old library is there whole, nothing staged is left', async ({ launch, profileDir }) => {
  const app = await launch();
  await expect(app.page.locator('.library-count')).toHaveText(`${SAMPLES} articles`);
  const before = await checkLibrary(app.page);
  await previewReplace(app, profileDir);
  const crash = await armCrash(app, profileDir);
  // Killed once the restore reports articles handled, with most of the 300 still to come: the library is then
  // backed up (the safety backup is written before the restore starts) and the staging database half full.
  await killWhenText(app.page, '[role="status"][aria-label="Import status"]', new RegExp(`Importing… [1-9][\\d,]* of ${RESTORED}`));
  await clickReplace(app.page);
  await crash.done;

  const restarted = await launch();
  const check = await expectConsistentLibrary(restarted.page);
  expect(check).toEqual(before);
  expect(await expectOneLibraryDatabase(restarted.page)).toBe('offprint');
  console.log(`[durability] Replace killed mid-restore: the library kept its ${check.articles} articles`);
  // The library as it was had been backed up first, whole: it is listed beside the backup restored from.
  const listed = await restarted.page.evaluate(() => window.offprint.backup.list());
  expect(listed).toEqual({
    ok: true,
    value: expect.arrayContaining([
      expect.objectContaining({ id: RESTORED_NAME, articleCount: RESTORED, verified: true }),
      expect.objectContaining({ id: expect.stringMatching(/^Offprint before restore .+\.offprint$/), articleCount: SAMPLES, verified: true }),
    ]),
  });
  expect(backupFolder(profileDir).filter((name) => PARTIAL.test(name)), 'temporary files left').toEqual([]);
});

test('killed just after a Replace switched the library: after a restart the new library is there whole, the old one gone', async ({ launch, profileDir }) => {
  const app = await launch();
  await expect(app.page.locator('.library-count')).toHaveText(`${SAMPLES} articles`);
  await previewReplace(app, profileDir);
  const crash = await armCrash(app, profileDir);
  // Killed as soon as the window says the library was replaced: the old database is then being deleted.
  await killWhenText(app.page, '[role="status"][aria-label="Library replaced"]', /^The library was replaced/);
  await clickReplace(app.page);
  await crash.done;

  const restarted = await launch();
  const check = await expectConsistentLibrary(restarted.page);
  expect(check.articles).toBe(RESTORED);
  expect(check.notes).toBe(RESTORED);
  expect(check.highlights).toBe(RESTORED);
  expect(await expectOneLibraryDatabase(restarted.page)).toMatch(/^offprint-library-/);
  await expect(restarted.page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: 'Restored article 7', exact: true })).toBeVisible();
});
