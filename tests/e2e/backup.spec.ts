/**
 * Backups end to end (issue 12): File → Back Up Now writes a verified `.offprint` into the profile's Backups/
 * folder holding every article and library.json; a first start on a new version backs up by itself; the schedule
 * backs up after a change once the person is idle; rotation removes same-day older backups and nothing else; a
 * low disk (simulated through the host object) stops the backup with the message, and nothing is written; Show
 * Backups Folder before the first backup makes the folder and says there is no backup in it yet.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { readArchive } from '../../src-main/services/bundle';
import { backupFileName } from '../../src-shared/backup/backup-name';
import { expect, test } from './fixtures';
import { SAMPLE_TITLE, openArticle } from './support/reader';

const BACKUP = /^Offprint \d{4}-\d{2}-\d{2} \d{6}Z \d+ articles?( \(\d+\))?\.offprint$/;

function libraryItems(page: Page) {
  return page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
}

function backupStatus(page: Page) {
  return page.getByRole('status', { name: 'Backup status' });
}

function backupsIn(profileDir: string): string[] {
  try {
    return readdirSync(join(profileDir, 'Backups')).filter((name) => BACKUP.test(name)).sort();
  } catch {
    return [];
  }
}

async function articleCount(page: Page): Promise<number> {
  await expect(libraryItems(page).first()).toBeVisible();
  return libraryItems(page).count();
}

test('File → Back Up Now writes a verified backup of every article, with library.json, listed for restore', async ({ launch, profileDir }) => {
  const app = await launch();
  const count = await articleCount(app.page);
  await app.emit('menu:command', 'backup-now');
  await expect(backupStatus(app.page)).toHaveText(new RegExp(`^Backed up ${count} articles \\(verified\\)\\.`));
  const [name] = backupsIn(profileDir);
  expect(name).toMatch(new RegExp(` ${count} articles\\.offprint$`));
  // No temporary file is left beside it.
  expect(readdirSync(join(profileDir, 'Backups')).filter((file) => file.endsWith('.partial'))).toEqual([]);
  const contents = readArchive(new Uint8Array(await readFile(join(profileDir, 'Backups', name!))), name!);
  expect(contents.kind).toBe('bundle');
  expect(contents.kind === 'bundle' && contents.articles).toHaveLength(count);
  expect(contents.kind === 'bundle' && contents.library?.settings.length).toBeGreaterThan(0);
  expect(contents.failures).toEqual([]);
  const listed = await app.page.evaluate(() => window.offprint.backup.list());
  expect(listed).toEqual({ ok: true, value: [expect.objectContaining({ id: name, articleCount: count, verified: true })] });

  await app.emit('menu:command', 'backup-settings');
  const dialog = app.page.getByRole('dialog', { name: 'Backups' });
  await expect(dialog.getByTestId('last-backup')).toContainText(`${count} articles`);
  await expect(dialog.getByTestId('last-backup')).toContainText('verified');
  await expect(dialog.getByTestId('backup-folder')).toHaveText('\u2068Backups\u2069 (in Offprint’s library folder)');
});

test('a low disk stops the backup with a clear message before anything is written', async ({ launch, profileDir }) => {
  const app = await launch();
  // Only the Chromium harness can fake the free space (its host's storage.freeBytes, tests/e2e/harness/chromium-app.ts);
  // the Electron app asks the real disk through fs.statfs, and this machine's disk is not full.
  test.skip(app.kind !== 'chromium', 'free space can be simulated only through the Chromium harness host (setFreeDiskBytes); Electron reads the real disk');
  await articleCount(app.page);
  await app.setFreeDiskBytes(20 * 1024 * 1024);
  await app.emit('menu:command', 'backup-now');
  await expect(app.page.getByRole('alert')).toContainText('The backup needs about');
  await expect(app.page.getByRole('alert')).toContainText('only \u206820 MB\u2069 is free. Nothing was written.');
  expect(readdirSync(join(profileDir, 'Backups'))).toEqual([]);
  await app.emit('menu:command', 'backup-settings');
  await expect(app.page.getByRole('dialog', { name: 'Backups' }).getByTestId('last-failure')).toContainText('only \u206820 MB\u2069 is free');
});

test('rotation keeps the newest of a day and never touches other files', async ({ launch, profileDir }) => {
  const folder = join(profileDir, 'Backups');
  mkdirSync(folder, { recursive: true });
  const now = new Date();
  // Three backups at noon yesterday (local time), seconds apart: one calendar day, so only the newest stays.
  const yesterday = [0, 10, 20].map((s) => backupFileName(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1, 12, 0, s), 3));
  for (const name of yesterday) writeFileSync(join(folder, name), 'an older backup');
  writeFileSync(join(folder, 'My reading list.txt'), 'not a backup');
  const app = await launch();
  const count = await articleCount(app.page);
  await app.emit('menu:command', 'backup-now');
  await expect(backupStatus(app.page)).toHaveText(new RegExp(`^Backed up ${count} articles`));
  const kept = readdirSync(folder).sort();
  expect(kept).toContain(yesterday[2]);
  expect(kept).not.toContain(yesterday[0]);
  expect(kept).not.toContain(yesterday[1]);
  expect(kept).toContain('My reading list.txt');
  expect(backupsIn(profileDir)).toHaveLength(2);
});

test('the first start on a new app version backs up by itself', async ({ launch, profileDir }) => {
  // What an older version left: a backup made by Offprint 0.0.1 on another Electron.
  writeFileSync(
    join(profileDir, 'backup-state.json'),
    JSON.stringify({
      version: 1,
      folder: null,
      lastBackup: { id: 'gone.offprint', at: '2026-01-01T00:00:00.000Z', stamp: 'old', versions: { app: '0.0.1', electron: '30.0.0' } },
      lastFailure: null,
    }),
  );
  const app = await launch();
  const count = await articleCount(app.page);
  await expect(backupStatus(app.page)).toHaveText(new RegExp(`^Backed up ${count} articles \\(verified\\)\\.`));
  expect(backupsIn(profileDir)).toHaveLength(1);
});

test('the schedule backs up after a change once the person is idle, and skips when nothing changed', async ({ launch, profileDir }) => {
  const app = await launch();
  await app.context.clock.install();
  await app.page.reload();
  const count = await articleCount(app.page);
  expect(backupsIn(profileDir)).toEqual([]);
  // The first run's sample is a change: after two idle minutes (the schedule looks every minute) a backup is made.
  await app.page.clock.fastForward('01:00');
  expect(backupsIn(profileDir)).toEqual([]);
  await app.page.clock.fastForward('02:30');
  await expect(backupStatus(app.page)).toHaveText(new RegExp(`^Backed up ${count} articles \\(verified\\)\\.`));
  expect(backupsIn(profileDir)).toHaveLength(1);
  // Nothing changed since: a day later there is still one.
  await app.page.clock.fastForward('24:00:00');
  await app.page.clock.fastForward('03:00');
  const first = backupsIn(profileDir);
  await app.page.getByRole('button', { name: 'Dismiss' }).click();
  await app.page.clock.fastForward('03:00');
  await expect(app.page.locator('[data-backup-phase]')).toHaveAttribute('data-backup-phase', 'idle');
  expect(backupsIn(profileDir)).toEqual(first);

  // A change (a note), then two idle minutes: a new backup, which replaces the same-day one by rotation.
  await openArticle(app.page, SAMPLE_TITLE);
  const notes = app.page.getByRole('region', { name: 'Notes' });
  await notes.getByRole('textbox', { name: 'New note' }).fill('A change worth backing up.');
  await notes.getByRole('button', { name: 'Add note' }).click();
  await expect(notes.getByRole('listitem')).toHaveCount(1);
  await app.page.clock.fastForward('01:00');
  await expect(app.page.locator('[data-backup-phase]')).toHaveAttribute('data-backup-phase', 'idle');
  await app.page.clock.fastForward('02:30');
  await expect(backupStatus(app.page)).toHaveText(new RegExp(`^Backed up ${count} articles \\(verified\\)\\.`));
  const second = backupsIn(profileDir);
  expect(second).toHaveLength(1);
  expect(second).not.toEqual(first);
  const listed = await app.page.evaluate(() => window.offprint.backup.list());
  expect(listed.ok && listed.value[0]).toMatchObject({ id: second[0], noteCount: 1, verified: true });
});

test('Show Backups Folder before any backup makes the folder, shows it and says it holds none yet', async ({ launch, profileDir }) => {
  const app = await launch();
  const count = await articleCount(app.page);
  const folder = join(profileDir, 'Backups');
  expect(existsSync(folder)).toBe(false);
  await app.emit('menu:command', 'backup-settings');
  const dialog = app.page.getByRole('dialog', { name: 'Backups' });
  await expect(dialog.getByTestId('last-backup')).toHaveText('None yet');
  await dialog.getByRole('button', { name: 'Show Backups Folder' }).click();
  // The harness's file manager, like Electron's shell.openPath, opens only a folder that is there.
  await expect.poll(() => app.shownFolders()).toEqual([folder]);
  expect(readdirSync(folder)).toEqual([]);
  await expect(dialog.getByRole('status')).toHaveText(
    'There is no backup in this folder yet. Offprint makes the first one after a change, or now with “Back Up Now”.',
  );
  await expect(app.page.getByRole('alert')).toHaveCount(0);

  // Once a backup is in it, the folder is just shown.
  await dialog.getByRole('button', { name: 'Back Up Now' }).click();
  await expect(backupStatus(app.page)).toHaveText(new RegExp(`^Backed up ${count} articles \\(verified\\)\\.`));
  await dialog.getByRole('button', { name: 'Show Backups Folder' }).click();
  await expect.poll(() => app.shownFolders()).toEqual([folder, folder]);
  await expect(dialog.getByRole('status')).toHaveText('');
});
