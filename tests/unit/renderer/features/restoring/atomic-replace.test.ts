/**
 * Replace is atomic: the backup is restored into a staging database, and the library switches to it by name only
 * once the whole bundle was stored. An error in the middle (here the second chunk of the bundle fails, as a full
 * disk or a crash in main would) leaves the library as it was, field by field, and deletes the staging database;
 * a whole restore switches, and the window is told.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { RestoreContents } from '../../../../../src-shared/contract';
import type { OffprintDatabase } from '../../../../../src-renderer/src/data/database';
import { activeLibraryName } from '../../../../../src-renderer/src/data/library-name';
import { setReadingPosition } from '../../../../../src-renderer/src/data/reading-position-store';
import { onLibrarySwitch, type LibrarySwitch } from '../../../../../src-renderer/src/data/staging-library';
import { importQueueFor, type ImportRequest } from '../../../../../src-renderer/src/features/importing';
import { startRestore } from '../../../../../src-renderer/src/features/restoring/start-restore';
import { installFakeBridge, ok } from '../../support/fake-bridge';
import { batchOf, parsedArticle } from '../../support/parsed-article';
import { freshDb, store } from '../../support/render';

const TABLES = ['articles', 'bodies', 'assets', 'notes', 'highlights', 'collections', 'settings', 'importReports'] as const;

/** Every row of every table a reader owns, in key order. */
async function everything(db: OffprintDatabase): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const table of TABLES) rows[table] = await db.table(table).toArray();
  return rows;
}

async function aLibrary(): Promise<OffprintDatabase> {
  const db = freshDb();
  const { articleIds } = await store(db, batchOf(parsedArticle({ title: 'Mine, annotated' }), parsedArticle({ title: 'Mine, read' })));
  const [first, second] = articleIds as [string, string];
  await db.notes.put({ id: 'n-1', articleId: first, body: 'My **note**', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-02T00:00:00Z' });
  await db.highlights.put({
    id: 'h-1',
    articleId: first,
    color: 'yellow',
    selectors: [{ type: 'TextQuoteSelector', exact: 'text' }],
    note: null,
    createdAt: '2026-01-01T00:00:00Z',
  });
  await db.collections.put({ id: 'c-1', name: 'Shelf', createdAt: '2026-01-01T00:00:00Z' });
  await db.articles.update(second, { collections: ['c-1'] });
  await setReadingPosition(db, second, { textOffset: 12, fraction: 0.4 });
  return db;
}

/** A bundle of `count` articles restored in chunks of 2; `failAt` makes that chunk fail as main would. */
function bridgeFor(count: number, failAt: number | null) {
  const bundle = batchOf(...Array.from({ length: count }, (_, i) => parsedArticle({ title: `From the backup ${i}`, identifier: `backup-${i}` })));
  const fake = installFakeBridge({
    chunkSize: 2,
    parse: () => bundle,
    beforeNext: (index) => {
      if (index === failAt) throw new Error('There is not enough free disk space.');
    },
  });
  fake.api.restore.start = vi.fn(() => fake.api.import.start({ kind: 'files', files: [] }));
  fake.api.restore.beginSafetyBackup = vi.fn(async () => ok({ exportId: 'export-1', backupId: 'Offprint before restore.offprint' }));
  fake.api.export.finish = vi.fn(async () => ok({ articleCount: 2, bytes: 1 }) as never);
  const contents: RestoreContents = {
    title: 'Backup',
    created: '2026-12-01T00:00:00Z',
    articles: bundle.articles.map((article, i) => ({ id: `backup-${i}`, title: article.meta.title, contentHash: article.meta.contentHash, url: null })),
    notes: [],
    highlights: [],
    failures: [],
  };
  return { fake, choice: { source: { kind: 'backup', id: 'Offprint 2026-12-01.offprint' } as const, name: 'Offprint 2026-12-01.offprint', contents } };
}

async function replace(db: OffprintDatabase, choice: ReturnType<typeof bridgeFor>['choice']) {
  const queue = importQueueFor(db);
  const ended = new Promise<void>((resolve) => {
    const stop = queue.subscribe(() => {
      const phase = queue.getState().phase;
      if (phase === 'done' || phase === 'error') {
        stop();
        resolve();
      }
    });
  });
  const started = await startRestore(db, (request: ImportRequest) => queue.run(request), choice, 'replace', 'Restore (replace)');
  await ended;
  return { started, state: queue.getState() };
}

async function stagingDatabases(): Promise<string[]> {
  return (await indexedDB.databases()).map((info) => info.name ?? '').filter((name) => name.startsWith('offprint-library-'));
}

describe('Replace', () => {
  it('stopped by an error in the middle of the bundle leaves the library as it was, field by field', async () => {
    const db = await aLibrary();
    const before = await everything(db);
    const { fake, choice } = bridgeFor(5, 1);
    const switches: LibrarySwitch[] = [];
    const unsubscribe = onLibrarySwitch((change) => switches.push(change));

    const { started, state } = await replace(db, choice);
    unsubscribe();

    // The library was backed up first, then nothing of it was touched.
    expect(started.safetyBackupId).toBe('Offprint before restore.offprint');
    expect(fake.api.export.add).toHaveBeenCalled();
    expect(state).toMatchObject({ phase: 'error', stored: 0 });
    expect(state.phase === 'error' && state.reason).toBe(
      'The restore stopped, so the library was not replaced and is as it was: There is not enough free disk space.',
    );
    expect(await everything(db)).toEqual(before);
    expect(switches).toEqual([]);
    expect(await activeLibraryName()).toBe('offprint');
    expect(await stagingDatabases()).toEqual([]);
  });

  it('on a disk too full for it stops before anything is written: no backup of the library, no staging database', async () => {
    const db = await aLibrary();
    const before = await everything(db);
    const { fake, choice } = bridgeFor(5, null);
    fake.api.restore.checkSpace = vi.fn(async () => ok({ enough: false as const, neededBytes: 300 * 1024 * 1024, freeBytes: 120 * 1024 * 1024 }));
    const run = vi.fn();

    await expect(startRestore(db, run, choice, 'replace', 'Restore (replace)')).rejects.toThrow(
      'Replacing needs about 300 MB of free disk space (for the backup restored beside the library, and for the backup of the library made first), but only 120 MB is free. Nothing was written.',
    );
    expect(fake.api.restore.checkSpace).toHaveBeenCalledWith(choice.source, expect.any(Number));
    expect(vi.mocked(fake.api.restore.checkSpace).mock.calls[0]![1]).toBeGreaterThan(0);
    expect(fake.api.restore.beginSafetyBackup).not.toHaveBeenCalled();
    expect(run).not.toHaveBeenCalled();
    expect(await everything(db)).toEqual(before);
    expect(await stagingDatabases()).toEqual([]);
  });

  it('whose switch cannot be written leaves the library as it was and deletes the staging database', async () => {
    const db = await aLibrary();
    const before = await everything(db);
    const { choice } = bridgeFor(3, null);
    // Every Dexie table shares one prototype: the library pointer's `names` table fails to write the switch.
    let tables = Object.getPrototypeOf(db.settings) as { bulkPut: (this: { name: string }, ...args: unknown[]) => Promise<unknown> };
    while (!Object.hasOwn(tables, 'bulkPut')) tables = Object.getPrototypeOf(tables) as typeof tables;
    const original = tables.bulkPut;
    const put = vi.spyOn(tables, 'bulkPut').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
      return this.name === 'names' ? Promise.reject(new Error('The disk is full.')) : original.apply(this, args);
    });
    const { state } = await replace(db, choice).finally(() => put.mockRestore());

    expect(state.phase === 'error' && state.reason).toBe('The restore stopped, so the library was not replaced and is as it was: The disk is full.');
    expect(await activeLibraryName()).toBe('offprint');
    expect(await everything(db)).toEqual(before);
    expect(await stagingDatabases()).toEqual([]);
  });

  it('that reads the whole bundle switches the library to it, keeping settings and the reading places that come back', async () => {
    const db = await aLibrary();
    const before = await everything(db);
    const { choice } = bridgeFor(5, null);
    const switches: LibrarySwitch[] = [];
    const unsubscribe = onLibrarySwitch((change) => switches.push(change));

    const { state } = await replace(db, choice);
    unsubscribe();

    expect(state).toMatchObject({ phase: 'done', result: { added: 5, error: null } });
    expect(switches).toHaveLength(1);
    const [change] = switches as [LibrarySwitch];
    expect(change.retired).toBe(db);
    expect(change.replaced).toEqual({ name: 'Offprint 2026-12-01.offprint', articleCount: 5, safetyBackupId: 'Offprint before restore.offprint' });
    expect(await activeLibraryName()).toBe(change.db.name);
    const titles = (await change.db.articles.toArray()).map((article) => article.title).sort();
    expect(titles).toEqual([0, 1, 2, 3, 4].map((i) => `From the backup ${i}`));
    expect(await change.db.notes.count()).toBe(0);
    expect(await change.db.collections.count()).toBe(0);
    // The reading place of an article that is not in the backup is not carried over; other settings are.
    const keys = (await change.db.settings.toArray()).map((row) => row.key);
    expect(keys.some((key) => key.startsWith('reader.position.'))).toBe(false);
    // Until the window lets it go, the old library is still there as it was.
    expect(await everything(db)).toEqual(before);
  });
});
