/**
 * Re-opens a backup after it was written and flushed, before it gets its final name: every entry inflates and
 * matches its checksum, within the same limits a restore reads with (a backup that could not be restored is no
 * backup); manifest.json and library.json are valid; every article the renderer sent is there exactly once, its
 * article.json valid with the content hash the renderer sent, its body byte for byte the one sent (SHA-256).
 * The file is held in memory once; the directory is read and the entries inflated one at a time, in slices of a
 * few milliseconds with a turn of main's event loop between them.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { BACKUP_ARCHIVE_LIMITS } from '../bundle/archive-limits';
import { ArchiveProblem } from '../bundle/archive-problem';
import { entryLimitReason, extractEntry } from '../bundle/extract-entry';
import { parseJsonBytes } from '../bundle/json-file';
import { checkLibraryBytes, LIBRARY_PATH } from '../bundle/library-file';
import { MANIFEST_PATH, readManifest } from '../bundle/manifest';
import { validateAgainst } from '../bundle/schema-validation';
import { EventLoopSlices } from '../bundle/event-loop-slices';
import { zipDirectoryEntries, type ZipEntry } from '../bundle/zip-directory';

export interface ExpectedArticle {
  contentHash: string;
  /** SHA-256 (hex) of the body's UTF-8 bytes as sent. */
  bodySha256: string;
}

export interface BackupExpectation {
  articles: ReadonlyMap<string, ExpectedArticle>;
  withLibrary: boolean;
}

export interface VerifiedBackup {
  articleCount: number;
  noteCount: number;
}

/**
 * A backup that failed its check. `detail` says what, in English: it points at a defect (of the disk, or of
 * Offprint) for a bug report, so the interface shows it as it is inside its own translated sentence.
 */
export class BackupVerifyError extends Error {
  constructor(readonly detail: string) {
    super(`The backup did not pass its check: ${detail}.`);
  }
}

const ARTICLE_FILE = /^articles\/([^/]+)\/(article\.json|annotations\.json|body\.(?:md|html|txt))$/;

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function problem(message: string): never {
  throw new BackupVerifyError(message);
}

function json(bytes: Uint8Array, where: string): unknown {
  const parsed = parseJsonBytes(bytes);
  return parsed.ok ? parsed.value : problem(`${where}: ${parsed.reason}`);
}

/** The directory's entries, its defects as the backup's. */
function* directoryOf(bytes: Uint8Array, maxEntries: number): Generator<ZipEntry, void, undefined> {
  try {
    yield* zipDirectoryEntries(bytes, maxEntries);
  } catch (error) {
    if (error instanceof ArchiveProblem) problem(error.message.replace(/\.$/, ''));
    throw error;
  }
}

export async function verifyBackupFile(file: string, expected: BackupExpectation): Promise<VerifiedBackup> {
  const bytes = new Uint8Array(await readFile(file));
  const limits = BACKUP_ARCHIVE_LIMITS;
  if (bytes.length > limits.maxArchiveBytes) problem('it is larger than a bundle may be');
  const bodies = new Map<string, string>();
  const hashes = new Map<string, string>();
  let manifestCount: number | null = null;
  let library = false;
  let noteCount = 0;
  // Main answers the window between slices: 100,000 articles take seconds to check.
  const slices = new EventLoopSlices();
  for (const entry of directoryOf(bytes, limits.maxEntries)) {
    await slices.pause();
    if (entry.rawName.endsWith('/')) continue;
    const refused = entryLimitReason(entry, limits);
    if (refused) problem(`${entry.rawName}: ${refused.reason.replace(/\.$/, '')}`);
    let data: Uint8Array;
    try {
      data = extractEntry(bytes, entry);
    } catch (error) {
      if (error instanceof ArchiveProblem) problem(`${entry.rawName}: ${error.message.replace(/\.$/, '')}`);
      throw error;
    }
    if (entry.rawName === MANIFEST_PATH) {
      const manifest = readManifest(data);
      manifestCount = manifest.ok ? manifest.value.articleCount : problem(`manifest.json: ${manifest.reason}`);
      continue;
    }
    if (entry.rawName === LIBRARY_PATH) {
      const checked = checkLibraryBytes(data);
      if (!checked.ok) problem(`library.json: ${checked.reason}`);
      library = true;
      continue;
    }
    const match = ARTICLE_FILE.exec(entry.rawName);
    if (!match) continue;
    const [, id = '', name = ''] = match;
    if (name === 'article.json') {
      const meta = validateAgainst<{ id: string; contentHash?: string }>('article', json(data, entry.rawName));
      if (!meta.ok) problem(`${entry.rawName}: ${meta.reason}`);
      if (meta.value.id !== id) problem(`${entry.rawName}: its id is not its folder's`);
      hashes.set(id, meta.value.contentHash ?? '');
    } else if (name === 'annotations.json') {
      const annotations = validateAgainst<{ notes: unknown[] }>('annotations', json(data, entry.rawName));
      if (!annotations.ok) problem(`${entry.rawName}: ${annotations.reason}`);
      noteCount += annotations.value.notes.length;
    } else {
      if (bodies.has(id)) problem(`articles/${id} has more than one body`);
      bodies.set(id, sha256(data));
    }
  }
  if (manifestCount === null) problem('manifest.json is missing');
  if (expected.withLibrary && !library) problem('library.json is missing');
  if (manifestCount !== expected.articles.size || hashes.size !== expected.articles.size || bodies.size !== expected.articles.size) {
    problem(`it holds ${hashes.size} articles (manifest: ${manifestCount}), but ${expected.articles.size} were sent`);
  }
  for (const [id, want] of expected.articles) {
    await slices.pause();
    if (hashes.get(id) !== want.contentHash) problem(`the article ${id} is missing or its content hash differs`);
    if (bodies.get(id) !== want.bodySha256) problem(`the body of the article ${id} is missing or differs from the library's`);
  }
  return { articleCount: expected.articles.size, noteCount };
}
