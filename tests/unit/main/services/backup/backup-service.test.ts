/**
 * BackupService: a backup is written to a temporary file, flushed, re-opened and verified, then renamed; a failed
 * check, a full disk (ENOSPC) or too little free space leaves nothing in the folder under a backup's name;
 * rotation keeps the right ones and only touches backups.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import type * as NodeFs from 'node:fs';
import type * as NodeFsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readArchive } from '../../../../../src-main/services/bundle';
import { exportedArticle } from '../bundle/support/articles';
import { LIBRARY, testService, testStorage } from './support';

/** When set, writes to files whose name contains `.partial` fail with ENOSPC once this many bytes are written. */
const fullDisk = vi.hoisted(() => ({ afterBytes: null as number | null }));
vi.mock('node:fs', async (original) => {
  const real = await original<typeof NodeFs>();
  return {
    ...real,
    createWriteStream: (...args: Parameters<typeof real.createWriteStream>) => {
      const stream = real.createWriteStream(...args);
      const limit = fullDisk.afterBytes;
      if (limit === null || !String(args[0]).includes('.partial')) return stream;
      let written = 0;
      const noSpace = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      const write = stream._write.bind(stream);
      stream._write = (chunk: Buffer, encoding, callback) => {
        written += chunk.length;
        if (written <= limit) return write(chunk, encoding, callback);
        callback(noSpace());
      };
      stream._writev = (_chunks, callback) => callback(noSpace());
      return stream;
    },
  };
});
/** When set, called with the temporary file when it is opened to be flushed (before it is verified and renamed). */
const onSync = vi.hoisted(() => ({ hook: null as ((file: string) => void) | null }));
vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof NodeFsPromises>();
  const open: typeof real.open = async (file, flags, mode) => {
    if (flags === 'r+') onSync.hook?.(String(file));
    return real.open(file, flags, mode);
  };
  return { ...real, default: { ...real, open }, open };
});
afterEach(() => {
  fullDisk.afterBytes = null;
  onSync.hook = null;
});

const request = (articleCount: number) => ({ reason: 'manual' as const, articleCount, estimatedBytes: 1000 });

async function backUp(service: ReturnType<typeof testService>, ids: string[]) {
  const { backupId } = await service.begin(request(ids.length));
  await service.add(backupId, ids.map((id) => exportedArticle(id, { meta: { ...exportedArticle(id).meta, contentHash: id.padEnd(64, 'a').replace(/[^a]/g, 'b') } })));
  return service.finish(backupId, LIBRARY, `stamp-${ids.length}`);
}

describe('BackupService', () => {
  it('writes a verified backup into the profile’s Backups folder, named by date and count, with library.json', async () => {
    const storage = testStorage();
    const clock = { now: new Date('2026-12-02T05:30:12Z') };
    const service = testService(storage, clock);
    const finished = await backUp(service, ['a1', 'a2']);
    const folder = join(storage.profileDir, 'Backups');
    expect(finished.backup).toEqual({
      id: 'Offprint 2026-12-02 053012Z 2 articles.offprint',
      createdAt: '2026-12-02T05:30:12.000Z',
      articleCount: 2,
      noteCount: 2,
      bytes: expect.any(Number),
      verified: true,
    });
    expect(readdirSync(folder).sort()).toEqual(['.offprint-backups.json', finished.backup.id]);
    const contents = readArchive(new Uint8Array(readFileSync(join(folder, finished.backup.id))), finished.backup.id);
    expect(contents.kind === 'bundle' && contents.articles.length).toBe(2);
    expect(contents.kind === 'bundle' && contents.library).toEqual(LIBRARY);
    expect(await service.list()).toEqual([finished.backup]);
    const status = await service.status();
    expect(status).toMatchObject({ folder: { name: 'Backups', chosen: false }, lastBackup: finished.backup, lastBackupStamp: 'stamp-2', lastFailure: null, newVersion: false });
    expect((await testService(storage, clock, '0.2.0').status()).newVersion).toBe(true);
  });

  it('flushes, then re-opens the temporary file before renaming it: a file that does not verify is removed', async () => {
    const storage = testStorage();
    const service = testService(storage, { now: new Date('2026-12-02T05:30:12Z') });
    const seen: string[] = [];
    const { backupId } = await service.begin(request(1));
    await service.add(backupId, [exportedArticle('a1')]);
    // Damage the temporary file when it is flushed, before it is verified: the check must catch it.
    const folder = join(storage.profileDir, 'Backups');
    onSync.hook = (file) => {
      seen.push(file.includes('.partial') ? 'fsync of the partial file' : file);
      const bytes = readFileSync(file);
      bytes[100] = (bytes[100] ?? 0) ^ 0xff; // inside the first entry's data
      writeFileSync(file, bytes);
    };
    await expect(service.finish(backupId, LIBRARY, 's')).rejects.toThrow(/did not pass its check.*It was removed\./);
    expect(seen).toEqual(['fsync of the partial file']);
    expect(readdirSync(folder)).toEqual([]);
    expect((await service.status()).lastFailure?.message).toMatch(/did not pass its check/);
  });

  it('refuses to start when the disk is low, before writing anything, and says so', async () => {
    const storage = testStorage();
    storage.free = 150 * 1024 * 1024;
    const service = testService(storage, { now: new Date('2026-12-02T05:30:12Z') });
    await expect(service.begin(request(3))).rejects.toMatchObject({
      noSpace: true,
      message: expect.stringMatching(/^The backup needs about 200 MB of free disk space .* but only 150 MB is free\. Nothing was written\./),
    });
    expect(readdirSync(join(storage.profileDir, 'Backups'))).toEqual([]);
  });

  it('removes the partial file when the disk fills up while writing (ENOSPC), and keeps the older backups', async () => {
    const storage = testStorage();
    const clock = { now: new Date('2026-12-01T05:00:00Z') };
    const service = testService(storage, clock);
    const first = await backUp(service, ['a1']);
    clock.now = new Date('2026-12-02T05:00:00Z');
    fullDisk.afterBytes = 2000;
    const { backupId } = await service.begin(request(40));
    const articles = Array.from({ length: 40 }, (_, index) => exportedArticle(`b${index}`));
    await expect(service.add(backupId, articles)).rejects.toMatchObject({ noSpace: true, message: expect.stringMatching(/The disk is full/) });
    expect(readdirSync(join(storage.profileDir, 'Backups')).sort()).toEqual(['.offprint-backups.json', first.backup.id]);
    expect(service.isOpen(backupId)).toBe(false);
  });

  it('rotates: same-day backups leave the newest; files that are not backups are never touched; crash leftovers go', async () => {
    const storage = testStorage();
    const clock = { now: new Date('2026-12-02T05:00:00Z') };
    const service = testService(storage, clock);
    const folder = join(storage.profileDir, 'Backups');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'My notes.txt'), 'mine');
    writeFileSync(join(folder, '.Offprint 2026-12-01 050000Z 1 article.offprint.0badc0de.partial'), 'half');
    const morning = await backUp(service, ['a1']);
    clock.now = new Date('2026-12-02T09:00:00Z');
    const later = await backUp(service, ['a1', 'a2']);
    expect(later.removed).toEqual([morning.backup.id]);
    expect(readdirSync(folder).sort()).toEqual(['.offprint-backups.json', 'My notes.txt', later.backup.id]);
  });

  it('keeps the later of two backups made in the same second (named ` (2)`)', async () => {
    const storage = testStorage();
    const service = testService(storage, { now: new Date('2026-12-02T05:00:00Z') });
    const first = await backUp(service, ['a1']);
    const second = await backUp(service, ['a1']);
    expect(second.backup.id).toBe('Offprint 2026-12-02 050000Z 1 article (2).offprint');
    expect(second.removed).toEqual([first.backup.id]);
    expect((await service.list()).map((backup) => backup.id)).toEqual([second.backup.id]);
  });

  it('keeps backups in the folder chosen in main’s dialog, and goes back to the profile’s own', async () => {
    const storage = testStorage();
    const service = testService(storage, { now: new Date('2026-12-02T05:00:00Z') });
    const chosen = join(storage.profileDir, 'Synced');
    mkdirSync(chosen);
    storage.chosenFolder = chosen;
    expect(await service.chooseFolder()).toEqual({ name: 'Synced', chosen: true });
    const finished = await backUp(service, ['a1']);
    expect(existsSync(join(chosen, finished.backup.id))).toBe(true);
    storage.chosenFolder = null;
    expect(await service.chooseFolder()).toBeNull();
    expect(await service.useDefaultFolder()).toEqual({ name: 'Backups', chosen: false });
    expect(await service.list()).toEqual([]);
  });

  it('refuses, before writing, a library too large for one restorable file (the archive’s entry limit)', async () => {
    const storage = testStorage();
    const service = testService(storage, { now: new Date('2026-12-02T05:00:00Z') });
    await expect(service.begin(request(500_000))).rejects.toThrow(/A library of 500,000 articles is too large for one backup file .* Nothing was written\./);
    expect(existsSync(join(storage.profileDir, 'Backups'))).toBe(false);
    await expect(service.begin(request(100_000))).resolves.toEqual({ backupId: expect.any(String) });
  });

  it('refuses a backup whose articles do not add up, and a second backup at once', async () => {
    const storage = testStorage();
    const service = testService(storage, { now: new Date('2026-12-02T05:00:00Z') });
    const { backupId } = await service.begin(request(2));
    await expect(service.begin(request(1))).rejects.toThrow('already being made');
    await service.add(backupId, [exportedArticle('a1')]);
    await expect(service.finish(backupId, LIBRARY, 's')).rejects.toThrow('was to hold 2 articles, but 1 were sent');
    expect(readdirSync(join(storage.profileDir, 'Backups'))).toEqual([]);
  });
});
