/**
 * "Always before a schema upgrade" (issue 12): a library installed at an older schema version is backed up as it
 * is (every article and its body sent while the database is still at the old version) before openLibrary opens it
 * at the app's version and upgrades it; a library at the app's version, or one without articles, is not; a backup
 * that fails does not keep the library closed.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import type { BackupFinished, ExportedArticle, LibraryGuard } from '../../../../../src-shared/contract';
import { parseChannelArgs } from '../../../../../src-main/services/handlers/result';
import { openLibrary } from '../../../../../src-renderer/src/app/open-library';
import { OffprintDatabase } from '../../../../../src-renderer/src/data/database';
import { sampleRecords, SHIPPED_SCHEMAS } from '../../../../fixtures/schemas/shipped-schemas';
import { installFakeBridge } from '../../support/fake-bridge';

const CURRENT = new OffprintDatabase('offprint-unit-verno').verno;
const GUARD: LibraryGuard = {
  record: null,
  current: { appVersion: '1.2.0', electronVersion: '41.7.1', chromiumVersion: '146.0.7000.0' },
  olderChromium: false,
  latestBackup: null,
};

async function installedVersion(name: string): Promise<number | undefined> {
  return (await indexedDB.databases()).find((db) => db.name === name)?.version;
}

async function libraryAt(version: number, withArticles = true): Promise<string> {
  const name = `offprint-upgrade-${version}-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  old.version(version).stores({ ...SHIPPED_SCHEMAS[version] });
  await old.open();
  if (withArticles) {
    const records = sampleRecords(version);
    await old.table('articles').bulkPut(records.articles);
    await old.table('bodies').bulkPut(records.bodies);
    await old.table('notes').bulkPut(records.notes);
  }
  old.close();
  return name;
}

/** A bridge whose backup records what it was sent and the database's installed version at each step. */
function recordingBridge(name: string, options: { beginFails?: boolean } = {}) {
  const bridge = installFakeBridge();
  bridge.api.library.guard = async () => ({ ok: true, value: GUARD });
  const seen = { beganAt: [] as (number | undefined)[], finishedAt: [] as (number | undefined)[], articles: [] as ExportedArticle[] };
  bridge.api.backup.begin = vi.fn(async () => {
    seen.beganAt.push(await installedVersion(name));
    return options.beginFails
      ? { ok: false as const, error: { code: 'io' as const, message: 'The disk is full.' } }
      : { ok: true as const, value: { backupId: '8d2f7c1e-0000-4000-8000-000000000001' } };
  });
  bridge.api.backup.add = vi.fn(async (id: string, chunk: readonly ExportedArticle[]) => {
    // Checked as main checks every call, so that what an old library holds is known to pass.
    const parsed = parseChannelArgs('backup:add', [id, chunk]);
    if (!parsed.ok) return parsed;
    seen.articles.push(...chunk);
    return { ok: true as const, value: null };
  });
  bridge.api.backup.finish = vi.fn(async () => {
    seen.finishedAt.push(await installedVersion(name));
    const value: BackupFinished = {
      backup: { id: 'b1.offprint', createdAt: '2026-12-02T16:00:00.000Z', articleCount: seen.articles.length, noteCount: 3, bytes: 1, verified: true },
      removed: [],
    };
    return { ok: true as const, value };
  });
  return { bridge, seen };
}

const olderVersions = [...new Set([1, CURRENT - 1])].filter((version) => version >= 1 && version < CURRENT);

describe('the backup before a schema upgrade', () => {
  it.each(olderVersions)('backs up a library at schema %i as it is, then opens it upgraded', async (version) => {
    const name = await libraryAt(version);
    const { bridge, seen } = recordingBridge(name);
    const opened = await openLibrary(name);
    expect(bridge.api.backup.begin).toHaveBeenCalledWith(expect.objectContaining({ reason: 'schema-upgrade', articleCount: 3 }));
    // Begun and finished while the database was still at the old version: the upgrade came after.
    expect(seen.beganAt).toEqual([version * 10]);
    expect(seen.finishedAt).toEqual([version * 10]);
    expect(seen.articles.map((article) => article.meta.title).sort()).toEqual(sampleRecords(version).articles.map((a) => a.title).sort());
    expect(seen.articles.every((article) => article.body.content.includes('Rivers and bridges.'))).toBe(true);
    expect(seen.articles.flatMap((article) => article.annotations.notes.map((note) => note.body)).sort()).toHaveLength(3);
    expect(opened.kind).toBe('open');
    if (opened.kind !== 'open') return;
    expect(opened.db.verno).toBe(CURRENT);
    expect(await installedVersion(name)).toBe(CURRENT * 10);
    expect(await opened.db.articles.count()).toBe(3);
    opened.db.close();
  });

  it('makes no backup for a library already at the app’s schema version', async () => {
    const name = await libraryAt(CURRENT);
    const { bridge } = recordingBridge(name);
    expect((await openLibrary(name)).kind).toBe('open');
    expect(bridge.api.backup.begin).not.toHaveBeenCalled();
  });

  it('makes no backup for an older library without articles, and upgrades it', async () => {
    const name = await libraryAt(CURRENT - 1, false);
    const { bridge } = recordingBridge(name);
    expect((await openLibrary(name)).kind).toBe('open');
    expect(bridge.api.backup.begin).not.toHaveBeenCalled();
    expect(await installedVersion(name)).toBe(CURRENT * 10);
  });

  it('still opens (and upgrades) the library when the backup fails: main has recorded the failure', async () => {
    const name = await libraryAt(CURRENT - 1);
    const { bridge } = recordingBridge(name, { beginFails: true });
    const opened = await openLibrary(name);
    expect(bridge.api.backup.begin).toHaveBeenCalledTimes(1);
    expect(bridge.api.backup.add).not.toHaveBeenCalled();
    expect(opened.kind).toBe('open');
    expect(await installedVersion(name)).toBe(CURRENT * 10);
  });
});
