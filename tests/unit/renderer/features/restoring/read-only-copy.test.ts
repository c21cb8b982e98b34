/**
 * The version guard's read-only copy: the newest verified backup main picks is read through the import path into
 * a database of its own (never the library, which is not opened), and every write to it is refused with
 * "This is a read-only copy of the backup of …"; reading works.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { BackupEntry } from '../../../../../src-shared/contract';
import { READ_ONLY_COPY_NAME } from '../../../../../src-renderer/src/data/library-name';
import { isInMemory, readOnlyReason } from '../../../../../src-renderer/src/data/read-only';
import { runBackup } from '../../../../../src-renderer/src/features/backups/run-backup';
import { openReadOnlyCopy } from '../../../../../src-renderer/src/features/restoring';
import { installFakeBridge, ok } from '../../support/fake-bridge';
import { batchOf, parsedArticle } from '../../support/parsed-article';

const BACKUP: BackupEntry = {
  id: 'Offprint 2026-12-02 053000Z 3 articles.offprint',
  createdAt: '2026-12-02T05:30:00.000Z',
  articleCount: 3,
  noteCount: 0,
  bytes: 1000,
  verified: true,
};

describe('the read-only copy of the latest backup', () => {
  it('holds the backup, reads, and refuses every write with the date of the backup', async () => {
    const titles = ['One', 'Two', 'Three'];
    const fake = installFakeBridge({ chunkSize: 2, parse: () => batchOf(...titles.map((title) => parsedArticle({ title }))) });
    fake.api.restore.openLatestReadOnly = vi.fn(async () => {
      const job = await fake.api.import.start({ kind: 'files', files: [] });
      return job.ok ? ok({ job: job.value, backup: BACKUP }) : job;
    });

    const { db, backup } = await openReadOnlyCopy('en');
    expect(db.name).toBe(READ_ONLY_COPY_NAME);
    expect(backup).toEqual(BACKUP);
    expect((await db.articles.toArray()).map((article) => article.title).sort()).toEqual(['One', 'Three', 'Two']);
    const message = readOnlyReason(db);
    expect(message).toMatch(/^This is a read-only copy of the backup of .*2026/);

    const [article] = await db.articles.toArray();
    await expect(db.articles.update(article!.id, { title: 'Changed' })).rejects.toThrow(message!);
    await expect(
      db.notes.add({ id: 'n', articleId: article!.id, body: 'x', createdAt: '2026-12-03T00:00:00Z', updatedAt: '2026-12-03T00:00:00Z' }),
    ).rejects.toThrow(message!);
    await expect(db.articles.delete(article!.id)).rejects.toThrow(message!);
    await expect(runBackup(fake.api, db, 'manual', () => undefined)).rejects.toThrow(message!);
    expect(fake.api.backup.begin).not.toHaveBeenCalled();
    expect(await db.articles.count()).toBe(3);
    expect((await db.articles.get(article!.id))?.title).toBe(article!.title);
    db.close();
  });

  it('on an older Chromium is held in memory (its search index never stored), and is read-only all the same', async () => {
    const fake = installFakeBridge({ parse: () => batchOf(parsedArticle({ title: 'Kept in memory' })) });
    fake.api.restore.openLatestReadOnly = vi.fn(async () => {
      const job = await fake.api.import.start({ kind: 'files', files: [] });
      return job.ok ? ok({ job: job.value, backup: BACKUP }) : job;
    });
    const { db } = await openReadOnlyCopy('en', true);
    expect(isInMemory(db)).toBe(true);
    expect((await db.articles.toArray()).map((article) => article.title)).toEqual(['Kept in memory']);
    await expect(db.articles.clear()).rejects.toThrow(readOnlyReason(db)!);
    db.close();
  });

  it('without a verified backup says so, and leaves no copy behind', async () => {
    const fake = installFakeBridge();
    fake.api.restore.openLatestReadOnly = vi.fn(async () => ({
      ok: false as const,
      error: { code: 'not-found' as const, message: 'There is no verified backup in the backup folder to open.' },
    }));
    await expect(openReadOnlyCopy('en')).rejects.toThrow('There is no verified backup in the backup folder to open.');
    expect((await indexedDB.databases()).some((info) => info.name === READ_ONLY_COPY_NAME)).toBe(false);
  });
});
