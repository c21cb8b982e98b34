/**
 * Offprint bundles (`.offprint`) and plain zips: reading, checking and writing. The format is specified in
 * docs/bundle-format.md; the JSON Schemas are in schemas/.
 *
 * FOR THE IMPORT JOB (services/import-job/): an archive becomes units of work that are plain data (strings and
 * Uint8Arrays, no functions), so each can be posted to a worker thread and parsed there:
 *
 *   const contents = readArchive(bytes, archivePath, limits);   // or: await readArchiveFile(archivePath, limits)
 *   switch (contents.kind) {
 *     case 'bundle':     // contents.articles: BundleArticleUnit[]   → in a worker: bundleArticleToParsed(unit)
 *     case 'zip':        // contents.members:  ZipMemberUnit[]       → in a worker: await importZipMember(unit, limits)
 *     case 'unreadable': // nothing to parse
 *   }
 *   contents.failures    // ImportFailure[] found while reading the archive (all three kinds): report them as they are
 *
 * Both parsers return an ImportOutcome (`{ path, article }` or `{ path, failure }`, as importFileAtPath does) and
 * never throw for bad input. Failure paths name the place inside the archive: `Library.offprint › articles/0007/
 * article.json` (the `›` separates the archive from the path inside it). A bundle article's `meta.identifier` is
 * its id, and `annotations` holds its notes and highlights when it has any. `isArchiveName(name)` tells which
 * files to read with readArchive (`.zip`, `.offprint`). readArchive is synchronous and inflates the units it
 * returns (within `maxTotalBytes`); it holds no other state.
 *
 * FOR EXPORT: BundleWriter streams ExportedArticles into a `.offprint` file (temporary file, renamed on finish).
 */
export { BACKUP_ARCHIVE_LIMITS, DEFAULT_ARCHIVE_LIMITS, archiveLimits, type ArchiveLimits } from './archive-limits';
export type { ArchiveContents, ArchiveFile, BundleArticleUnit, ZipMemberUnit } from './archive-units';
export { bundleArticleToParsed, type BundleArticleJson } from './bundle-article';
export { BundleWriter, type BundleInfo } from './bundle-writer';
export { BUNDLE_EXTENSION, BUNDLE_FORMAT, BUNDLE_VERSION, type BundleManifest } from './manifest';
export { isArchiveName, readArchive, readArchiveFile } from './read-archive';
export { importZipMember, zipMemberAssets } from './zip-member';
