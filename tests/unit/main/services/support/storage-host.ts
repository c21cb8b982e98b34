/** The storage part of a BridgeHost for tests that make no backup: a profile that does not exist, a roomy disk. */
import type { StorageHost } from '../../../../../src-main/services/backup/storage-host';

export const TEST_STORAGE: StorageHost = {
  profileDir: '/nonexistent/offprint-profile',
  freeBytes: async () => 100 * 1024 ** 3,
  chooseBackupFolder: async () => null,
  electronVersion: 'test',
};
