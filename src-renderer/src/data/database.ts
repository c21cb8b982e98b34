/**
 * The library database: one Dexie class, numbered schema versions. Article metadata lives apart from bodies and
 * assets so that listing the library never loads a body. Add a new `this.version(n)` for every schema change;
 * never edit a version that has shipped.
 */
import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import { separateKeywordTags } from '../../../src-shared/article/keyword-tags';
import type { BodyFormat, ImportFailure } from '../../../src-shared/contract';
import type { ArticleRecord, HighlightRecord, NoteRecord } from '../../../src-shared/contract/library';

export { HIGHLIGHT_COLORS } from '../../../src-shared/contract/library';
export type { ArticleRecord, HighlightColor, HighlightRecord, NoteRecord } from '../../../src-shared/contract/library';

/** A collection: a librarian's shelf of articles, named by the reader. Articles list the ids they are on. */
export interface CollectionRecord {
  id: string;
  name: string;
  /** ISO 8601. */
  createdAt: string;
}

export interface BodyRecord {
  articleId: string;
  format: BodyFormat;
  /** Sanitized again with DOMPurify before storing when the format is html. */
  content: string;
  /** The normalised plain text the importer produced (for search, anchoring and related articles later). */
  text: string;
}

export interface AssetRecord {
  /** `${articleId}/${name}` */
  id: string;
  articleId: string;
  /** The name the body refers to as `asset:<name>`. */
  name: string;
  mediaType: string;
  blob: Blob;
}

/** What one import did, kept so that it can be read again later (Import history). */
export interface ImportReportRecord {
  id: string;
  /** ISO 8601. */
  startedAt: string;
  finishedAt: string;
  /** What was imported, in a few words: "Field notes (folder)", "3 files", "Sample library". */
  sources: string;
  /** Files and articles found. */
  found: number;
  added: number;
  /** Articles already in the library, updated in place (duplicates). */
  updated: number;
  failed: number;
  cancelled: boolean;
  /** Why the import stopped early, when it failed as a whole; null otherwise. */
  error: string | null;
  /** Every file or article that could not be imported, with the reason. */
  failures: ImportFailure[];
  /** Files that were the same article as an earlier file of the same import (not stored again); older reports: none. */
  duplicates?: ImportDuplicate[];
  /** The articles already in the library that the import updated, each with the file it came from. */
  updates?: ImportUpdate[];
  /** Images that were only on the web (never fetched), so not in the library. */
  remoteImages?: number;
  /** The names (never the paths) of the folders chosen, which the report's paths are shown relative to. */
  folders?: string[];
}

/** A file of an import that was the same article as an earlier file of that import. */
export interface ImportDuplicate {
  path: string;
  /** The file of the same import it repeats. */
  firstPath: string;
}

/** An article of the library that an import updated: its title before the update, and the file it came from. */
export interface ImportUpdate {
  articleId: string;
  title: string;
  path: string;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** The stored search index (key 'index'): its serialised bytes and the version of what made them. */
export interface SearchIndexRecord {
  key: string;
  /** InvertedIndex.serialize() */
  bytes: Uint8Array;
  /** Format, tokenizer and document-shape versions: another version means rebuilding. */
  version: string;
  /** ISO 8601. */
  savedAt: string;
}

export const DEFAULT_DATABASE_NAME = 'offprint';

export class OffprintDatabase extends Dexie {
  declare articles: EntityTable<ArticleRecord, 'id'>;
  declare bodies: EntityTable<BodyRecord, 'articleId'>;
  declare assets: EntityTable<AssetRecord, 'id'>;
  declare notes: EntityTable<NoteRecord, 'id'>;
  declare highlights: EntityTable<HighlightRecord, 'id'>;
  declare settings: EntityTable<SettingRecord, 'key'>;
  declare importReports: EntityTable<ImportReportRecord, 'id'>;
  declare searchIndex: EntityTable<SearchIndexRecord, 'key'>;
  declare collections: EntityTable<CollectionRecord, 'id'>;

  /** `options`: another IndexedDB (the version guard's in-memory copy of a backup); the window's by default. */
  constructor(name: string = DEFAULT_DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      articles: 'id, addedAt, publishedAt, title, source, url, contentHash, *tags',
      bodies: 'articleId',
      assets: 'id, articleId',
      notes: 'id, articleId, [articleId+createdAt]',
      highlights: 'id, articleId',
      settings: 'key',
    });
    // 2: import reports are kept; articles are also found again by their source's identifier.
    this.version(2).stores({
      articles: 'id, addedAt, publishedAt, title, source, url, contentHash, identifier, *tags',
      importReports: 'id, startedAt',
    });
    // 3: the full-text search index is stored, so that it is not rebuilt at every start.
    this.version(3).stores({ searchIndex: 'key' });
    // 4: collections (shelves), articles found by collection, author and language (library filters and sorts).
    this.version(4).stores({
      articles: 'id, addedAt, publishedAt, title, source, author, language, url, contentHash, identifier, *tags, *collections',
      collections: 'id, &name',
    });
    // 5: a page's keywords are its keywords, not tags: keyword-tags that version 4 imported move out of tags
    // (the rule, and what stays a tag, in src-shared/article/keyword-tags.ts). No index changes.
    this.version(5)
      .stores({})
      .upgrade(async (tx) => {
        const articles = tx.table<ArticleRecord, string>('articles');
        const changes = separateKeywordTags(await articles.toArray());
        if (changes.size === 0) return;
        await articles
          .where('id')
          .anyOf([...changes.keys()])
          .modify((article) => {
            Object.assign(article, changes.get(article.id));
          });
      });
    // 6: reading states (issue 14): favourites and the archive, found by when they were set (ArticleMeta's
    // favouritedAt, archivedAt; absent until set). No data changes: nothing was a favourite or archived before.
    this.version(6).stores({
      articles:
        'id, addedAt, publishedAt, title, source, author, language, url, contentHash, identifier, favouritedAt, archivedAt, *tags, *collections',
    });
  }
}

export function newId(): string {
  return crypto.randomUUID();
}
