/**
 * Storing an import batch. Each batch is written in ONE transaction: every article whole (metadata, body, assets,
 * the notes and highlights it brought) or nothing. An article already in the library (the same URL, else the same
 * source identifier, else the same content hash) keeps its id, added date, notes and highlights; its metadata,
 * body and assets are replaced by the new version, and the notes and highlights it brought are merged in by id.
 * The details the person corrected (Edit details…) are not replaced: the file's values for them go to `fromFile`.
 * A link-only entry (Pocket's: no text) never replaces an article that has its text: it only adds its tags, reading
 * states, collections, notes and highlights to it; so does a second link-only entry of the same address in the same
 * import. The article's text replacing a link-only entry keeps the entry's tags too; the text downloaded for one
 * (`fillsLinkOnly`) replaces exactly that entry, and its waiting highlights are put on the words.
 */
import { keepEditedDetails } from '../../../src-shared/article/article-details';
import { cleanEditMarks } from '../../../src-shared/article/edit-marks';
import type { ImportBatch, ImportFailure, ParsedArticle } from '../../../src-shared/contract';
import { mergeAnnotations } from './annotations-merge';
import { collectionsByName } from './import-collections';
import {
  newId,
  type ArticleRecord,
  type AssetRecord,
  type BodyRecord,
  type ImportDuplicate,
  type ImportUpdate,
  type OffprintDatabase,
} from './database';
import { remoteImageCount } from './remote-images';
import { placeWaitingHighlights } from './waiting-highlights';
import { soleTitleMatch } from '../../../src-shared/article/title-match';
import type { HtmlSanitizer } from './sanitize-html';

/** Sanitizing gives the browser a turn at least this often (ms), so a batch of large pages never freezes it. */
const SANITIZE_SLICE_MS = 25;

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface StoreReport {
  /** Articles new to the library. */
  added: number;
  /** Articles that were already there (same URL or content hash) and were updated in place. */
  updated: number;
  /** How many files or articles failed: the importer's failures and articles that could not be stored. */
  failed: number;
  failures: ImportFailure[];
  /** The ids of the stored articles, in batch order. */
  articleIds: string[];
  /** Articles that an earlier file of the same import had already stored: not stored again. */
  duplicates: ImportDuplicate[];
  /** The library's articles that were updated, by their title before the update. */
  updates: ImportUpdate[];
  /** Images of the stored articles that were only on the web (so not kept). */
  remoteImages: number;
}

/**
 * What one import run has stored so far, across its batches: each article's id and the file it came from, so a
 * second file of the same import that is the same article is a duplicate, not an update.
 */
export type StoredThisImport = Map<string, string>;

/** Where an article was found, for reports. */
function foundAt(article: ParsedArticle): string {
  return article.importedFrom || article.meta.originalName || 'an article';
}

const FORMATS = new Set(['text', 'markdown', 'html']);

/** The report's words (in English; the code is shown in the interface's language) for a text whose entry was deleted meanwhile. */
const ENTRY_GONE = 'The entry was deleted from the library while its text was downloaded.';

/** Why an article cannot be stored, or null when it can. */
export function invalidReason(article: ParsedArticle): string | null {
  const meta = article.meta;
  if (typeof meta?.title !== 'string' || meta.title.trim() === '') return 'The article has no title.';
  if (!article.body || !FORMATS.has(article.body.format) || typeof article.body.content !== 'string') {
    return 'The article has no readable body.';
  }
  if (typeof meta.contentHash !== 'string' || meta.contentHash === '') return 'The article has no content hash.';
  return null;
}

/**
 * How an article already in the library is treated: 'update' (an import: the new version replaces its metadata,
 * body and assets) or 'keep' (a restore's Merge: the library's version stays, missing tags are added, and notes
 * and highlights are merged keeping the newer of each). 'restore' stores as 'update' but an article keeps no
 * source identifier that is only its own bundle id (a library restored from its backup comes back the same).
 */
export type ExistingArticles = 'update' | 'keep' | 'restore';

export async function storeImportBatch(
  db: OffprintDatabase,
  batch: ImportBatch,
  sanitizeHtml: HtmlSanitizer,
  now: Date = new Date(),
  existingArticles: ExistingArticles = 'update',
  thisImport: StoredThisImport = new Map(),
): Promise<StoreReport> {
  const failures: ImportFailure[] = [...batch.failures];
  const ready: { article: ParsedArticle; body: BodyRecord; remote: number }[] = [];
  let sliceStart = performance.now();
  for (const article of batch.articles) {
    const reason = invalidReason(article);
    if (reason) {
      failures.push({ path: article.meta?.originalName || 'an article', reason });
      continue;
    }
    const html = article.body.format === 'html';
    const content = html ? sanitizeHtml(article.body.content, article.meta.url) : article.body.content;
    // An HTML article's stored text is what the reader will show of its sanitized body (highlights anchor on it).
    const text = html ? sanitizeHtml.visibleText(content) : (article.text ?? '');
    ready.push({ article, body: { articleId: '', format: article.body.format, content, text }, remote: remoteImageCount(article.body.format, content, sanitizeHtml) });
    if (performance.now() - sliceStart > SANITIZE_SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }

  const addedAt = now.toISOString();
  const report: StoreReport = {
    added: 0,
    updated: 0,
    failed: failures.length,
    failures,
    articleIds: [],
    duplicates: [],
    updates: [],
    remoteImages: 0,
  };
  const stored = new Map<string, string>();
  await db.transaction('rw', [db.articles, db.bodies, db.assets, db.notes, db.highlights, db.collections], async () => {
    const collectionIds = collectionsByName(db, now);
    for (const { article, body, remote } of ready) {
      // The text of a link-only entry (Download article text) goes in that entry's place, and nowhere else.
      const fills = article.fillsLinkOnly;
      const existing = fills ? await db.articles.get(fills) : ((await bundleArticle(db, article, existingArticles)) ?? (await findExisting(db, article)));
      if (fills && !existing) {
        failures.push({ path: foundAt(article), reason: ENTRY_GONE, code: 'downloadEntryGone' });
        report.failed += 1;
        continue;
      }
      const firstPath = existing ? (stored.get(existing.id) ?? thisImport.get(existing.id)) : undefined;
      // A link-only entry joins the article of its address even within one import (a Hypothesis export beside the
      // page it annotates, the same address in bookmarks and in Raindrop): the text stays or comes in, and the
      // entry's tags, states, collections, notes and highlights are added. Only two texts are duplicates.
      const linkOnlyJoins = existing !== undefined && (article.meta.linkOnly === true || existing.linkOnly === true);
      if (firstPath !== undefined && !linkOnlyJoins) {
        report.duplicates.push({ path: foundAt(article), firstPath });
        continue;
      }
      // An article this import stored already (a link-only entry joining it) is new to the library, not an update.
      const joined = firstPath !== undefined;
      if (existing && !joined) report.updates.push({ articleId: existing.id, title: existing.title, path: foundAt(article) });
      if (existing && (existingArticles === 'keep' || (article.meta.linkOnly === true && (!existing.linkOnly || joined)))) {
        await keepExisting(db, existing, article, await collectionIds(article.meta.collectionNames));
        if (!joined) report.updated += 1;
        report.articleIds.push(existing.id);
        if (!joined) stored.set(existing.id, foundAt(article));
        continue;
      }
      const id = existing?.id ?? (await bundleIdIfFree(db, article)) ?? newId();
      // What the person corrected (Edit details…) stays theirs: the file's values for it are kept aside.
      const meta = existingArticles === 'update' ? keepEditedDetails(copyMeta(article), existing) : copyMeta(article);
      if (existingArticles !== 'update' && meta.identifier === id) meta.identifier = null;
      // The tags a link-only entry was given stay when its text arrives.
      if (existing?.linkOnly && !meta.linkOnly) meta.tags = [...new Set([...meta.tags, ...existing.tags])];
      const record: ArticleRecord = {
        ...meta,
        id,
        addedAt: existing?.addedAt ?? validDate(article.meta.addedAt) ?? addedAt,
        // The reader's shelves stay: an article imported again stays on them, and goes on the ones its source names.
        ...onCollections(existing?.collections, await collectionIds(article.meta.collectionNames)),
        // Reading states the import carries are added; an article imported again keeps the ones it has.
        ...statesOf(article, existing),
      };
      await db.articles.put(record);
      await db.bodies.put({ ...body, articleId: id });
      await db.assets.where('articleId').equals(id).delete();
      await db.assets.bulkPut((article.assets ?? []).map((asset) => toAssetRecord(id, asset)));
      if (article.annotations) await mergeAnnotations(db, id, article.annotations);
      // Its highlights waited as orphans with their words: they go on the words now.
      if (fills) await placeWaitingHighlights(db, id, body.text);
      if (!existing) report.added += 1;
      else if (!joined) report.updated += 1;
      report.articleIds.push(id);
      report.remoteImages += remote;
      if (!joined) stored.set(id, foundAt(article));
    }
  });
  // Known to the run only once the transaction is committed (a failed batch stored nothing).
  for (const [id, path] of stored) thisImport.set(id, path);
  return report;
}

/** The collections an article is on: the ones it was on, then the ones its source names; absent when none. */
function onCollections(existing: readonly string[] | undefined, named: readonly string[]): Pick<ArticleRecord, 'collections'> {
  const ids = [...new Set([...(existing ?? []), ...named])];
  return ids.length > 0 || existing ? { collections: ids } : {};
}

/** A restore finds an article of the library first by its own id (the bundle's article id). */
async function bundleArticle(db: OffprintDatabase, article: ParsedArticle, mode: ExistingArticles): Promise<ArticleRecord | undefined> {
  const id = article.meta.identifier;
  return mode !== 'update' && typeof id === 'string' && id !== '' ? db.articles.get(id) : undefined;
}

/** Merge: the library's article stays as it is; what the backup adds is its missing tags, reading states, notes and highlights. */
async function keepExisting(db: OffprintDatabase, existing: ArticleRecord, article: ParsedArticle, collectionIds: string[]): Promise<void> {
  const tags = [...new Set([...existing.tags, ...(article.meta.tags ?? [])])];
  const shelves = onCollections(existing.collections, collectionIds);
  if ((shelves.collections?.length ?? 0) !== (existing.collections?.length ?? 0)) await db.articles.update(existing.id, shelves);
  // Reading states the library's article does not have yet are added; its own stay.
  const states = statesOf(article, undefined);
  if (existing.favouritedAt) delete states.favouritedAt;
  if (existing.archivedAt) delete states.archivedAt;
  if (tags.length !== existing.tags.length || Object.keys(states).length > 0) await db.articles.update(existing.id, { tags, ...states });
  if (article.annotations) await mergeAnnotations(db, existing.id, article.annotations, { keepNewerHighlights: true });
}

async function findExisting(db: OffprintDatabase, article: ParsedArticle): Promise<ArticleRecord | undefined> {
  const { url, identifier, contentHash } = article.meta;
  if (url) {
    const byUrl = await db.articles.where('url').equals(url).first();
    if (byUrl) return byUrl;
  }
  if (identifier) {
    const byIdentifier = await db.articles.where('identifier').equals(identifier).first();
    if (byIdentifier) return byIdentifier;
  }
  // A link-only entry without an address (a book of Readwise's highlights) joins the one article of its title.
  if (article.meta.linkOnly === true && !url) {
    const titled = await db.articles.where('title').equalsIgnoreCase(article.meta.title).toArray();
    const sole = soleTitleMatch(titled, article.meta.title, article.meta.author);
    if (sole) return sole;
  }
  return db.articles.where('contentHash').equals(contentHash).first();
}

/** An article from an Offprint bundle keeps its library id, so a library moved by bundle comes back the same. */
async function bundleIdIfFree(db: OffprintDatabase, article: ParsedArticle): Promise<string | null> {
  const id = article.meta.identifier;
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{8,64}$/.test(id)) return null;
  return (await db.articles.get(id)) ? null : id;
}

/**
 * The reading states an article gets (only the ones set): an import adds states, never removes them; a state the
 * article already has keeps its own date (the first time it was set), so importing a newer export again changes
 * nothing the reader sees.
 */
function statesOf(article: ParsedArticle, existing: ArticleRecord | undefined): Pick<ArticleRecord, 'favouritedAt' | 'archivedAt'> {
  const states: Pick<ArticleRecord, 'favouritedAt' | 'archivedAt'> = {};
  for (const state of ['favouritedAt', 'archivedAt'] as const) {
    const at = existing?.[state] ?? validDate(article.meta[state]) ?? null;
    if (at) states[state] = at;
  }
  return states;
}

function validDate(value: string | null | undefined): string | null {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : null;
}

function copyMeta(article: ParsedArticle): Omit<ArticleRecord, 'id' | 'addedAt'> {
  const m = article.meta;
  return {
    title: m.title.trim(),
    author: m.author?.trim() || null,
    source: m.source?.trim() || null,
    url: m.url || null,
    publishedAt: m.publishedAt || null,
    submittedAt: m.submittedAt || null,
    language: m.language || null,
    tags: [...new Set(m.tags ?? [])],
    wordCount: Number.isFinite(m.wordCount) ? m.wordCount : 0,
    contentHash: m.contentHash,
    keywords: [...(m.keywords ?? [])],
    originalName: m.originalName ?? '',
    identifier: typeof m.identifier === 'string' && m.identifier !== '' ? m.identifier : null,
    ...(m.linkOnly === true ? { linkOnly: true } : {}),
    // The person's corrections a bundle carries (an importer's own articles have none).
    ...cleanEditMarks(m),
  };
}

function toAssetRecord(articleId: string, asset: ParsedArticle['assets'][number]): AssetRecord {
  return {
    id: `${articleId}/${asset.name}`,
    articleId,
    name: asset.name,
    mediaType: asset.mediaType,
    blob: new Blob([new Uint8Array(asset.bytes)], { type: asset.mediaType }),
  };
}
