/**
 * What a bundle holds, read without its bodies or images: the manifest, each article folder's article.json and
 * annotations.json. The Backups list counts from it and the restore preview compares it with the library. Only the
 * central directory and those small members are inflated, within the limits of a backup (BACKUP_ARCHIVE_LIMITS).
 */
import { reason, withoutOk, type FailureReason } from '../import/reason';
import { readFile, stat } from 'node:fs/promises';
import type { RestoreContents } from '../../../src-shared/contract';
import { BACKUP_ARCHIVE_LIMITS } from '../bundle/archive-limits';
import { listArchiveFiles } from '../bundle/archive-entries';
import { ArchiveProblem } from '../bundle/archive-problem';
import { EntryReader } from '../bundle/entry-reader';
import { parseJsonBytes } from '../bundle/json-file';
import { MANIFEST_PATH, readManifest, type BundleManifest } from '../bundle/manifest';
import { EventLoopSlices } from '../bundle/event-loop-slices';
import { zipDirectoryEntries, type ZipEntry } from '../bundle/zip-directory';
import { formatSize } from '../import/import-problem';

const ARTICLE_FILE = /^articles\/([A-Za-z0-9][A-Za-z0-9._-]{0,127})\/(article|annotations)\.json$/;
const ARTICLE_FOLDER = /^articles\/([^/]+)\//;

export interface BundleContents extends RestoreContents {
  manifest: BundleManifest;
  /** How many article folders the bundle holds (the manifest's articleCount should say the same). */
  folderCount: number;
}

/** A bundle that cannot be restored, and why (its English words as the message). */
export class UnreadableBundle extends Error {
  override readonly name = 'UnreadableBundle';

  constructor(readonly failure: FailureReason) {
    super(failure.reason);
  }
}

type Json = Record<string, unknown>;

function record(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function jsonOf(reader: EntryReader, path: string, entry: ZipEntry): Json | null {
  const bytes = reader.read(path, entry);
  if (!bytes) return null;
  const parsed = parseJsonBytes(bytes);
  if (!parsed.ok) {
    reader.fail(path, withoutOk(parsed));
    return null;
  }
  return record(parsed.value);
}

function addAnnotations(contents: RestoreContents, articleId: string, json: Json): void {
  for (const raw of Array.isArray(json['notes']) ? json['notes'] : []) {
    const note = record(raw);
    const id = text(note?.['id']);
    if (id) contents.notes.push({ id, articleId, updatedAt: text(note?.['updatedAt']) ?? '' });
  }
  for (const raw of Array.isArray(json['highlights']) ? json['highlights'] : []) {
    const highlight = record(raw);
    const id = text(highlight?.['id']);
    if (id) contents.highlights.push({ id, articleId, createdAt: text(highlight?.['createdAt']) ?? '' });
  }
}

/**
 * Reads the bundle's summary from its bytes; throws UnreadableBundle with the reason when it cannot. A backup of
 * 100,000 articles has 200,000 entries: they are read in slices, main answering the window in between.
 */
async function bundleContents(bytes: Uint8Array, archiveName: string): Promise<BundleContents> {
  const slices = new EventLoopSlices();
  const entries: ZipEntry[] = [];
  try {
    for (const entry of zipDirectoryEntries(bytes, BACKUP_ARCHIVE_LIMITS.maxEntries)) {
      entries.push(entry);
      await slices.pause();
    }
  } catch (error) {
    if (error instanceof ArchiveProblem) throw new UnreadableBundle(error.failure);
    throw error;
  }
  const reader = new EntryReader(bytes, archiveName, BACKUP_ARCHIVE_LIMITS);
  const files = listArchiveFiles(entries, archiveName, reader.failures);
  const manifestEntry = files.get(MANIFEST_PATH);
  const manifestBytes = manifestEntry ? reader.read(MANIFEST_PATH, manifestEntry) : null;
  if (!manifestBytes) throw new UnreadableBundle(reason('bundleNotOffprint'));
  const manifest = readManifest(manifestBytes);
  if (!manifest.ok) throw new UnreadableBundle(reason('bundleManifestUnreadable', { cause: withoutOk(manifest) }));

  const contents: BundleContents = {
    manifest: manifest.value,
    title: manifest.value.title,
    created: manifest.value.created,
    folderCount: 0,
    articles: [],
    notes: [],
    highlights: [],
    failures: reader.failures,
  };
  const folders = new Set<string>();
  for (const [path, entry] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    await slices.pause();
    const folder = ARTICLE_FOLDER.exec(path)?.[1];
    if (folder) folders.add(folder);
    const match = ARTICLE_FILE.exec(path);
    if (!match) continue;
    const [, id = '', kind] = match;
    const json = jsonOf(reader, path, entry);
    if (!json) continue;
    if (kind === 'annotations') addAnnotations(contents, id, json);
    else contents.articles.push({ id, title: text(json['title']) ?? id, contentHash: text(json['contentHash']), url: text(json['url']) });
  }
  contents.folderCount = folders.size;
  return contents;
}

/** bundleContents of a file on disk, its size checked against the archive limit first. */
export async function readBundleContents(filePath: string, archiveName: string): Promise<BundleContents> {
  const info = await stat(filePath);
  if (!info.isFile()) throw new UnreadableBundle(reason('bundleNotFile'));
  if (info.size > BACKUP_ARCHIVE_LIMITS.maxArchiveBytes) {
    throw new UnreadableBundle(reason('bundleTooLarge', { size: formatSize(info.size) }));
  }
  return bundleContents(new Uint8Array(await readFile(filePath)), archiveName);
}

/** Only what the renderer needs (the manifest's other fields and the folder count stay in main). */
export function restoreContents(contents: BundleContents): RestoreContents {
  const { title, created, articles, notes, highlights, failures } = contents;
  return { title, created, articles, notes, highlights, failures };
}
