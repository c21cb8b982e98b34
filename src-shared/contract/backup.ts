/**
 * Automatic and manual backups (issue 12): the renderer streams the whole library to main (`backup:begin`, `add`,
 * `finish`, as an export), and main writes a `.offprint` bundle into the backup folder, which only main knows (the
 * profile's `Backups/`, or a folder the person chose in main's own dialog). A backup appears under its final name
 * only once it was flushed to disk, re-opened and verified; then older ones are rotated away.
 *
 * FOR RESTORE: `backup:list` returns `BackupEntry[]`, newest first. An entry's `id` is its file name inside the
 * backup folder (never a path); `verified` is true when main re-opened the file after writing it and found every
 * article whole, false for a backup it did not write or could not check.
 */
import type { CodedReason } from './article';

/** Why a backup is made: by hand, before a schema upgrade, on a new app or Electron version, or on the schedule. */
export type BackupReason = 'manual' | 'schema-upgrade' | 'new-version' | 'scheduled';

/** One article's reading state in library.json. */
export interface LibraryArticleState {
  id: string;
  /** The ids of the collections the article is on. */
  collections: string[];
  /** Where the reader left it (`textOffset` over the body's text; `fraction` of the page), or null. */
  position: { textOffset: number | null; fraction: number } | null;
  /** When it was first read to the end (ISO 8601), or null. */
  readAt: string | null;
}

/** library.json: what a library holds beside its articles (docs/bundle-format.md). */
export interface LibrarySnapshot {
  collections: { id: string; name: string; createdAt: string }[];
  articles: LibraryArticleState[];
  /** The remaining settings, key by key (reader preferences, library sort, trusted choices…). */
  settings: { key: string; value: unknown }[];
}

export interface BackupRequest {
  reason: BackupReason;
  /** How many articles will be added: the file is named with it, and `finish` checks it. */
  articleCount: number;
  /** About how many bytes the library's bodies and images hold: free space is checked against it first. */
  estimatedBytes: number;
}

export interface BackupStarted {
  backupId: string;
}

export interface BackupEntry {
  /** The file name in the backup folder: `Offprint 2026-12-02 053012Z 3412 articles.offprint`. */
  id: string;
  /** ISO 8601. */
  createdAt: string;
  articleCount: number;
  noteCount: number;
  bytes: number;
  verified: boolean;
}

export interface BackupFinished {
  backup: BackupEntry;
  /** File names of older backups removed by rotation. */
  removed: string[];
}

export interface BackupFolder {
  /** The folder's own name (`Backups`, `Dropbox`): never its full path. */
  name: string;
  /** False: the profile's own Backups folder. */
  chosen: boolean;
}

export interface BackupStatus {
  folder: BackupFolder;
  /** The newest backup that was verified, or null. */
  lastBackup: BackupEntry | null;
  /** The library's change stamp when that backup was made (renderer-defined), or null. */
  lastBackupStamp: string | null;
  /** The last attempt that failed, if it came after the last good backup. */
  lastFailure: { at: string; message: string; reason?: CodedReason } | null;
  /** The app or Electron version differs from the one that made the last backup (false when there is none yet). */
  newVersion: boolean;
}
