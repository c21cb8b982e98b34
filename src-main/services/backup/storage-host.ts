/**
 * What backups and the disk-space checks need from the host: the profile folder, the free space of a folder, the
 * open dialog for a backup folder, and the versions. Electron's host and the test harness each provide one
 * (`nodeStorageHost` is the real one, over `fs.statfs`); tests replace `freeBytes` to simulate a full disk.
 */
import { statfs } from 'node:fs/promises';

export interface StorageHost {
  /** The profile folder (Electron's `app.getPath('userData')`): the library and the default `Backups/` live here. */
  profileDir: string;
  /** Free bytes available to this user on the disk that holds `folder`. */
  freeBytes(folder: string): Promise<number>;
  /** Shows the system's open dialog for a folder to keep backups in; resolves to it, or null when cancelled. */
  chooseBackupFolder(): Promise<string | null>;
  /** `process.versions.electron` (or what stands for it); with the app's version, a change triggers a backup. */
  electronVersion: string;
}

/** Free bytes on the disk of `folder`, from `fs.statfs` (blocks available to unprivileged users). */
export async function statfsFreeBytes(folder: string): Promise<number> {
  const info = await statfs(folder);
  return Number(info.bavail) * Number(info.bsize);
}
