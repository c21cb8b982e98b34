/**
 * Backups, restoring one, and the record of what last opened the library (the version guard). The renderer never
 * names a path: a backup is its id (its file name inside the profile's Backups folder, checked in main), any other
 * bundle is a grant, the id main gave for what its own open dialog returned.
 */
import type { ImportFailure } from './article';
import type { ImportJobStarted } from './import-job';

import type { BackupEntry } from './backup';

/** What to restore from: a backup by id, or a bundle the person chose in main's open dialog (by its grant). */
export type RestoreSource = { kind: 'backup'; id: string } | { kind: 'file'; grantId: string };

/** A bundle chosen with "Choose a file…": main keeps its path and hands back a grant. */
export interface RestoreFileChosen {
  grantId: string;
  /** The file name only (for the dialog), never the folder. */
  name: string;
  bytes: number;
}

/** What a bundle holds, without bodies: enough for the renderer to say what a restore would change. */
export interface RestoreContents {
  title: string;
  created: string;
  articles: { id: string; title: string; contentHash: string | null; url: string | null }[];
  notes: { id: string; articleId: string; updatedAt: string }[];
  highlights: { id: string; articleId: string; createdAt: string }[];
  /** Articles or files of the bundle that cannot be read (they would not be restored). */
  failures: ImportFailure[];
}

/** Written by main after the renderer opened the library: what opened it last. */
export interface LibraryRecord {
  schemaVersion: number;
  appVersion: string;
  electronVersion: string;
  chromiumVersion: string;
  articleCount: number;
  /** ISO 8601. */
  openedAt: string;
}

/** What main says before the renderer opens the database. */
export interface LibraryGuard {
  /** The last record, or null on a first start (or when the record cannot be read). */
  record: LibraryRecord | null;
  /** The versions running now. */
  current: { appVersion: string; electronVersion: string; chromiumVersion: string };
  /** True when this Chromium is older than the one that last opened the library: do not open it. */
  olderChromium: boolean;
  /** The newest verified backup (the one `restore:openLatestReadOnly` opens), or null when there is none. */
  latestBackup: BackupEntry | null;
}

/** What the renderer reports after opening the library. */
export interface LibraryOpened {
  schemaVersion: number;
  articleCount: number;
}

/**
 * Whether the disks hold a Replace before it writes anything: the backup restored beside the library (a staging
 * database, in the profile) and the backup of the library made first (in the backup folder). When they do not,
 * what is needed (the reserve kept free included) and what is free, on the disk that is short.
 */
export type RestoreSpace = { enough: true } | { enough: false; neededBytes: number; freeBytes: number };

/** The bundle a Replace writes of the library first, open for `export:add` / `export:finish`. */
export interface SafetyBackupStarted {
  exportId: string;
  /** Its id in the Backups folder (its file name). */
  backupId: string;
}

/** The read-only copy the version guard opens: main chose the newest verified backup and started reading it. */
export interface ReadOnlyBackupStarted {
  /** Its chunks come from `import:next`, as a restore's. */
  job: ImportJobStarted;
  backup: BackupEntry;
}
