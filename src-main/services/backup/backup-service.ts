/**
 * Backups, in main: `begin` checks the free space of the backup folder and opens a temporary file there (one
 * backup at a time), `add` streams the renderer's articles into it and remembers what was sent, `finish` writes
 * library.json and the manifest, flushes the file, re-opens and verifies it, renames it into place, and rotates
 * the older backups; any failure removes the temporary file and is recorded for the Settings status. The folder
 * and the file names are main's alone: the renderer never names a path.
 */
import { randomUUID } from 'node:crypto';
import { access, constants, mkdir, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import type {
  AppInfo,
  BackupEntry,
  BackupFinished,
  BackupFolder,
  BackupRequest,
  BackupStarted,
  BackupStatus,
  ExportedArticle,
  LibrarySnapshot,
} from '../../../src-shared/contract';
import { backupFileName } from '../../../src-shared/backup/backup-name';
import { rotateBackups } from '../../../src-shared/backup/rotation';
import { BACKUP_ARCHIVE_LIMITS } from '../bundle/archive-limits';
import { BundleWriter } from '../bundle/bundle-writer';
import { writeErrorReason } from '../bundle/write-error-reason';
import { backupIdProblem, describeBackup } from '../restore/backups-folder';
import { listBackupFiles, removePartialBackups } from './backup-folder-files';
import { readBackupIndex, updateBackupIndex } from './backup-index';
import { BackupStateFile, type BackupState, type Versions } from './backup-state';
import { BackupVerifyError, sha256, verifyBackupFile, type ExpectedArticle, type VerifiedBackup } from './backup-verify';
import { checkFreeSpace } from './disk-space';
import { reason, withoutOk, type FailureReason } from '../import/reason';
import type { StorageHost } from './storage-host';

/** A failure to report as it is (its English words as the message): `noSpace` when the disk is too full. */
export class BackupFailure extends Error {
  constructor(
    readonly failure: FailureReason,
    readonly noSpace = false,
  ) {
    super(failure.reason);
  }
}

interface OpenBackup {
  id: string;
  writer: BundleWriter;
  fileName: string;
  folder: string;
  createdAt: Date;
  articleCount: number;
  expected: Map<string, ExpectedArticle>;
}

const encoder = new TextEncoder();
/** A zip of text is rarely larger than the text; images are stored as they are. */
const SIZE_MARGIN = 1.1;
/**
 * Entries one backup file may hold: what a restore reads (the backup archive limit, ZIP64 past 65,535), less the
 * manifest and library.json. Every article takes at least two (article.json and its body): a library too large for
 * it is refused before writing, and one whose images pass it is stopped while writing, not after.
 */
const MAX_BACKUP_ENTRIES = BACKUP_ARCHIVE_LIMITS.maxEntries - 2;

function tooManyEntries(articleCount: number): FailureReason {
  return reason('backupTooManyArticles', { articles: articleCount, limit: MAX_BACKUP_ENTRIES });
}

function isNoSpace(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return code === 'ENOSPC' || code === 'EDQUOT';
}

export class BackupService {
  private open: OpenBackup | null = null;
  private readonly state: BackupStateFile;

  constructor(
    private readonly storage: StorageHost,
    private readonly appInfo: AppInfo,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.state = new BackupStateFile(storage.profileDir);
  }

  private get versions(): Versions {
    return { app: this.appInfo.version, electron: this.storage.electronVersion };
  }

  async begin(request: BackupRequest): Promise<BackupStarted> {
    if (this.open) throw new BackupFailure(reason('backupBusy'));
    if (request.articleCount * 2 > MAX_BACKUP_ENTRIES) throw await this.failed(tooManyEntries(request.articleCount));
    const folder = this.state.folderOf(await this.state.read());
    try {
      await mkdir(folder, { recursive: true });
    } catch (error) {
      throw await this.failed(reason('backupFolderUnusable', { cause: writeErrorReason(error) }));
    }
    const space = await checkFreeSpace(this.storage, folder, request.estimatedBytes * SIZE_MARGIN, 'backup');
    if (!space.ok) throw await this.failed(withoutOk(space), true);
    await removePartialBackups(folder);
    const createdAt = this.now();
    const taken = new Set((await listBackupFiles(folder)).map((file) => file.id));
    let attempt = 1;
    while (taken.has(backupFileName(createdAt, request.articleCount, attempt))) attempt += 1;
    const fileName = backupFileName(createdAt, request.articleCount, attempt);
    let writer: BundleWriter;
    try {
      writer = await BundleWriter.create(path.join(folder, fileName), {
        title: 'Offprint backup',
        creator: `${this.appInfo.name} ${this.appInfo.version}`,
        created: createdAt,
      });
    } catch (error) {
      throw await this.failed(reason('backupStartFailed', { cause: writeErrorReason(error) }), isNoSpace(error));
    }
    const id = randomUUID();
    this.open = { id, writer, fileName, folder, createdAt, articleCount: request.articleCount, expected: new Map() };
    return { backupId: id };
  }

  isOpen(backupId: string): boolean {
    return this.open?.id === backupId;
  }

  async add(backupId: string, articles: readonly ExportedArticle[]): Promise<void> {
    const backup = this.take(backupId);
    try {
      for (const article of articles) {
        if (backup.expected.has(article.id)) throw new BackupFailure(reason('backupArticleTwice', { id: article.id }));
        await backup.writer.addArticle(article);
        if (backup.writer.entryCount > MAX_BACKUP_ENTRIES) throw new BackupFailure(tooManyEntries(backup.articleCount));
        backup.expected.set(article.id, { contentHash: article.meta.contentHash, bodySha256: sha256(encoder.encode(article.body.content)) });
      }
    } catch (error) {
      await this.abort(backupId);
      const why = error instanceof BackupFailure ? error.failure : reason('backupWriteFailed', { cause: writeErrorReason(error) });
      throw await this.failed(why, isNoSpace(error));
    }
  }

  async finish(backupId: string, library: LibrarySnapshot, stamp: string): Promise<BackupFinished> {
    const backup = this.take(backupId);
    this.open = null;
    if (backup.expected.size !== backup.articleCount) {
      await backup.writer.abort();
      throw await this.failed(reason('backupIncomplete', { expected: backup.articleCount, sent: backup.expected.size }));
    }
    let verified: VerifiedBackup | null = null;
    let bytes: number;
    try {
      const finished = await backup.writer.finish({
        library,
        verify: async (temp) => {
          verified = await verifyBackupFile(temp, { articles: backup.expected, withLibrary: true });
        },
      });
      bytes = finished.bytes;
    } catch (error) {
      await backup.writer.abort();
      const why =
        error instanceof BackupVerifyError
          ? reason('backupCheckFailed', { detail: error.detail })
          : reason('backupFinishFailed', { cause: writeErrorReason(error) });
      throw await this.failed(why, isNoSpace(error));
    }
    const { noteCount } = verified ?? { noteCount: 0 };
    const entry: BackupEntry = {
      id: backup.fileName,
      createdAt: backup.createdAt.toISOString(),
      articleCount: backup.articleCount,
      noteCount,
      bytes,
      verified: true,
    };
    const removed = await this.rotate(backup.folder, entry);
    await this.state.update((state) => ({
      ...state,
      lastBackup: { id: entry.id, at: entry.createdAt, stamp, versions: this.versions },
      lastFailure: null,
    }));
    return { backup: entry, removed };
  }

  async abort(backupId: string): Promise<void> {
    if (this.open?.id !== backupId) return;
    const { writer } = this.open;
    this.open = null;
    await writer.abort();
  }

  async abortAll(): Promise<void> {
    if (this.open) await this.abort(this.open.id);
  }

  /** The folder backups go to now: the profile's Backups/, or the one the person chose. */
  async currentFolder(): Promise<string> {
    return this.state.folderOf(await this.state.read());
  }

  /**
   * Every bundle in the backup folder, newest first: the backups this service wrote and verified from its index
   * (nothing re-read), any other `.offprint` there (a safety backup before a restore, a file copied in) from its
   * own manifest, verified when it reads back whole.
   */
  async list(): Promise<BackupEntry[]> {
    const folder = this.state.folderOf(await this.state.read());
    const [files, index] = await Promise.all([listBackupFiles(folder), readBackupIndex(folder)]);
    const own = new Map(files.map((file) => [file.id, file]));
    const names = await readdir(folder).catch(() => [] as string[]);
    const entries: BackupEntry[] = [];
    for (const id of names.filter((name) => backupIdProblem(name) === null)) {
      const file = own.get(id);
      const recorded = index.backups[id];
      const entry = file && recorded
        ? { id, createdAt: file.createdAt.toISOString(), articleCount: file.articleCount, noteCount: recorded.noteCount, bytes: file.bytes, verified: recorded.verified }
        : await describeBackup(folder, id);
      if (entry) entries.push(entry);
    }
    return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  async status(): Promise<BackupStatus> {
    const state = await this.state.read();
    const backups = await this.list();
    const last = state.lastBackup ? (backups.find((backup) => backup.id === state.lastBackup?.id) ?? null) : null;
    const lastVerified = last ?? backups.find((backup) => backup.verified) ?? null;
    const versions = state.lastBackup?.versions;
    return {
      folder: this.folderInfo(state),
      lastBackup: lastVerified,
      lastBackupStamp: last ? (state.lastBackup?.stamp ?? null) : null,
      lastFailure: state.lastFailure,
      // Never backed up: the schedule makes the first one; a recorded version that differs makes one at once.
      newVersion: versions !== undefined && (versions.app !== this.versions.app || versions.electron !== this.versions.electron),
    };
  }

  /** Asks for a folder in main's own dialog; null when the person cancelled. */
  async chooseFolder(): Promise<BackupFolder | null> {
    const chosen = await this.storage.chooseBackupFolder();
    if (!chosen) return null;
    const folder = path.resolve(chosen);
    try {
      await access(folder, constants.W_OK);
    } catch (error) {
      throw new BackupFailure(reason('backupFolderRefused', { cause: writeErrorReason(error) }));
    }
    return this.folderInfo(await this.state.update((state) => ({ ...state, folder })));
  }

  async useDefaultFolder(): Promise<BackupFolder> {
    return this.folderInfo(await this.state.update((state) => ({ ...state, folder: null })));
  }

  private folderInfo(state: BackupState): BackupFolder {
    return { name: path.basename(this.state.folderOf(state)), chosen: state.folder !== null };
  }

  /** Keeps 7 daily, 4 weekly and 3 monthly backups; removes the others (only files named as backups). */
  private async rotate(folder: string, added: BackupEntry): Promise<string[]> {
    const files = await listBackupFiles(folder);
    const { keep, remove } = rotateBackups(files, (file) => file.createdAt);
    const removed: string[] = [];
    for (const file of remove) {
      await unlink(path.join(folder, file.id)).then(() => removed.push(file.id), () => undefined);
    }
    await updateBackupIndex(
      folder,
      keep.map((file) => file.id),
      { id: added.id, record: { noteCount: added.noteCount, verified: true } },
    );
    return removed;
  }

  private take(backupId: string): OpenBackup {
    if (this.open?.id !== backupId) throw new BackupFailure(reason('backupNotOpen'));
    return this.open;
  }

  /** Records the failure for the status, and returns it to throw. */
  private async failed(why: FailureReason, noSpace = false): Promise<BackupFailure> {
    const { reason: message, ...coded } = why;
    await this.state
      .update((state) => ({ ...state, lastFailure: { at: this.now().toISOString(), message, reason: coded } }))
      .catch(() => undefined);
    return new BackupFailure(why, noSpace);
  }
}
