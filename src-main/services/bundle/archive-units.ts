/**
 * What reading an archive produces: plain, serialisable data (strings and bytes, no functions), so that each unit
 * can be handed to a worker thread and turned into an article there (bundleArticleToParsed, importZipMember).
 */
import type { ImportFailure, LibrarySnapshot } from '../../../src-shared/contract';
import type { MigrationEntryUnit } from '../import/migrations/migration-entry';
import type { BundleManifest } from './manifest';

export interface ArchiveFile {
  path: string;
  bytes: Uint8Array;
}

/** One article folder of an Offprint bundle, every file read. */
export interface BundleArticleUnit {
  kind: 'bundle-article';
  archiveName: string;
  /** The folder inside the bundle: `articles/<id>`; its last part is the article's id. */
  folder: string;
  /** The folder's files, paths relative to it: `article.json`, `body.md`, `assets/figure.png`, `annotations.json`. */
  files: ArchiveFile[];
}

/** One file of a plain zip, to be imported like a file on disk. */
export interface ZipMemberUnit {
  kind: 'zip-member';
  archiveName: string;
  /** The member's path inside the zip (`essays/one.md`). */
  path: string;
  bytes: Uint8Array;
  /** Images of the member's folder tree that its text names, paths relative to the zip's root. */
  neighbours: ArchiveFile[];
}

export type ArchiveContents =
  | {
      kind: 'bundle';
      archiveName: string;
      manifest: BundleManifest;
      articles: BundleArticleUnit[];
      failures: ImportFailure[];
      /** library.json (collections, reading states, settings), when the bundle has a valid one. */
      library?: LibrarySnapshot;
    }
  | { kind: 'zip'; archiveName: string; members: ZipMemberUnit[]; failures: ImportFailure[] }
  /** A migration export (Omnivore's zip): one unit per entry, turned into an article by migrationEntryToParsed. */
  | { kind: 'migration'; archiveName: string; entries: MigrationEntryUnit[]; failures: ImportFailure[] }
  /** Nothing can be read: the one failure says why (not a zip, damaged, over a limit, a newer bundle version). */
  | { kind: 'unreadable'; archiveName: string; articles?: never; members?: never; failures: ImportFailure[] };
