/**
 * The articles of an Offprint bundle: every `articles/<id>/` folder with its known files read (article.json,
 * body.*, annotations.json, assets/*; other files are ignored). A folder with any file that cannot be read is
 * left out whole, and each such file is named in the failures.
 */
import { type FailureReason, reason, withoutOk } from '../import/reason';
import type { ArchiveLimits } from './archive-limits';
import { totalSizeReason } from './archive-entries';
import type { ArchiveContents, BundleArticleUnit } from './archive-units';
import type { EntryReader } from './entry-reader';
import { readLibraryJson } from './library-file';
import { MANIFEST_PATH, readManifest } from './manifest';
import type { ZipEntry } from './zip-directory';

const ARTICLE_FOLDER = /^articles\/([^/]+)\/(.+)$/;
const KNOWN_FILE = /^(article\.json|annotations\.json|body\.[^/]+|assets\/.+)$/;
const ARTICLE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const MAX_MANIFEST_BYTES = 1024 * 1024;

export function readBundle(files: Map<string, ZipEntry>, reader: EntryReader, limits: ArchiveLimits): ArchiveContents {
  const { archiveName } = reader;
  const unreadable = (path: string, why: FailureReason): ArchiveContents => ({
    kind: 'unreadable',
    archiveName,
    failures: [{ path, ...why }],
  });
  const manifestEntry = files.get(MANIFEST_PATH);
  if (!manifestEntry) {
    return unreadable(archiveName, reason('bundleNoManifest'));
  }
  if (manifestEntry.size > MAX_MANIFEST_BYTES) return unreadable(reader.where(MANIFEST_PATH), reason('manifestTooLarge'));
  const manifestBytes = reader.read(MANIFEST_PATH, manifestEntry);
  if (!manifestBytes) return { kind: 'unreadable', archiveName, failures: reader.failures };
  const manifest = readManifest(manifestBytes);
  if (!manifest.ok) return unreadable(reader.where(MANIFEST_PATH), withoutOk(manifest));

  const folders = new Map<string, Map<string, ZipEntry>>();
  for (const [path, entry] of files) {
    const match = ARTICLE_FOLDER.exec(path);
    if (!match) continue;
    const [, id = '', rest = ''] = match;
    if (!ARTICLE_ID.test(id)) {
      if (!folders.has(id)) reader.fail(`articles/${id}`, reason('bundleBadFolder'));
      folders.set(id, new Map());
      continue;
    }
    if (!KNOWN_FILE.test(rest)) continue;
    const folder = folders.get(id) ?? new Map<string, ZipEntry>();
    folder.set(rest, entry);
    folders.set(id, folder);
  }
  const tooLarge = totalSizeReason([...folders.values()].flatMap((folder) => [...folder.values()]), limits);
  if (tooLarge) return unreadable(archiveName, tooLarge);

  const articles: BundleArticleUnit[] = [];
  for (const [id, entries] of [...folders].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!ARTICLE_ID.test(id)) continue;
    const folder = `articles/${id}`;
    const unit: BundleArticleUnit = { kind: 'bundle-article', archiveName, folder, files: [] };
    let whole = true;
    for (const [path, entry] of entries) {
      const bytes = reader.read(`${folder}/${path}`, entry);
      if (bytes) unit.files.push({ path, bytes });
      else whole = false;
    }
    if (whole) articles.push(unit);
  }
  if (manifest.value.articleCount !== folders.size) {
    reader.fail(
      MANIFEST_PATH,
      reason('bundleCountMismatch', { declared: manifest.value.articleCount, found: folders.size }),
    );
  }
  const library = readLibraryJson(files, reader);
  return { kind: 'bundle', archiveName, manifest: manifest.value, articles, failures: reader.failures, ...(library ? { library } : {}) };
}
