/** A BackupService over a temporary profile, with a free-space figure the test sets and a fixed clock. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LibrarySnapshot } from '../../../../../src-shared/contract';
import { BackupService } from '../../../../../src-main/services/backup/backup-service';
import type { StorageHost } from '../../../../../src-main/services/backup/storage-host';

export interface TestStorage extends StorageHost {
  free: number;
  chosenFolder: string | null;
}

export function testStorage(): TestStorage {
  const storage: TestStorage = {
    profileDir: mkdtempSync(join(tmpdir(), 'offprint-backup-')),
    free: 10 * 1024 ** 3,
    chosenFolder: null,
    freeBytes: async () => storage.free,
    chooseBackupFolder: async () => storage.chosenFolder,
    electronVersion: '41.7.1',
  };
  return storage;
}

export function testService(storage: StorageHost, clock: { now: Date }, version = '0.1.0'): BackupService {
  return new BackupService(storage, { name: 'Offprint', version, platform: 'linux' }, () => clock.now);
}

export const LIBRARY: LibrarySnapshot = {
  collections: [{ id: 'c1', name: 'Rivers', createdAt: '2024-05-01T08:00:00.000Z' }],
  articles: [{ id: 'a1', collections: ['c1'], position: { textOffset: 120, fraction: 0.4 }, readAt: null }],
  settings: [{ key: 'reader.theme', value: 'sepia' }],
};
