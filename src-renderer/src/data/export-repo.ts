/**
 * Reading articles whole for an export, read-only: metadata, body, images as bytes, notes and highlights, in the
 * shape the bridge's `export:add` takes. Lives here rather than in db/ because only exporting needs it.
 */
import { cleanEditMarks } from '../../../src-shared/article/edit-marks';
import type { ArticleMeta, ExportedArticle } from '../../../src-shared/contract';
import { compareNewestAddedThenTitle } from './articles-repo';
import type { ArticleRecord, OffprintDatabase } from './database';

/** Which articles an export covers. */
export type ExportScope = { kind: 'library' } | { kind: 'tag'; tag: string } | { kind: 'articles'; ids: string[] };

/** The ids of the articles in scope, newest added first (the library's order). */
export async function articleIdsInScope(db: OffprintDatabase, scope: ExportScope): Promise<string[]> {
  let records: ArticleRecord[];
  if (scope.kind === 'library') records = await db.articles.toArray();
  else if (scope.kind === 'tag') records = await db.articles.where('tags').equals(scope.tag).toArray();
  else records = (await db.articles.bulkGet(scope.ids)).filter((r): r is ArticleRecord => r !== undefined);
  return records.sort(compareNewestAddedThenTitle).map((record) => record.id);
}

function metaOf(record: ArticleRecord): ArticleMeta {
  const meta: ArticleMeta = {
    title: record.title,
    author: record.author,
    source: record.source,
    url: record.url,
    publishedAt: record.publishedAt,
    submittedAt: record.submittedAt,
    language: record.language,
    tags: [...record.tags],
    wordCount: record.wordCount,
    contentHash: record.contentHash,
    keywords: [...record.keywords],
    originalName: record.originalName,
  };
  if (record.identifier) meta.identifier = record.identifier;
  if (record.favouritedAt) meta.favouritedAt = record.favouritedAt;
  if (record.archivedAt) meta.archivedAt = record.archivedAt;
  if (record.linkOnly) meta.linkOnly = true;
  // The person's corrections travel with the article (a library restored from its backup is the same).
  return { ...meta, ...cleanEditMarks(record) };
}

/** One article whole, or an Error naming it when the library holds only part of it. */
export async function readExportedArticle(db: OffprintDatabase, id: string): Promise<ExportedArticle> {
  // One read-only transaction for a consistent article; the images' bytes are read after it (a Blob outlives it).
  const { record, body, assets, notes, highlights } = await db.transaction(
    'r',
    [db.articles, db.bodies, db.assets, db.notes, db.highlights],
    async () => ({
      record: await db.articles.get(id),
      body: await db.bodies.get(id),
      assets: await db.assets.where('articleId').equals(id).sortBy('name'),
      notes: await db.notes.where('articleId').equals(id).sortBy('createdAt'),
      highlights: await db.highlights.where('articleId').equals(id).sortBy('createdAt'),
    }),
  );
  if (!record) throw new Error('An article was removed from the library during the export.');
  if (!body) throw new Error(`“${record.title}” has no text in the library, so it cannot be exported.`);
  return {
    id,
    addedAt: record.addedAt,
    meta: metaOf(record),
    body: { format: body.format, content: body.content },
    text: body.text,
    assets: await Promise.all(
      assets.map(async (asset) => ({ name: asset.name, mediaType: asset.mediaType, bytes: new Uint8Array(await asset.blob.arrayBuffer()) })),
    ),
    annotations: {
      notes: notes.map(({ id: noteId, body: text, createdAt, updatedAt }) => ({ id: noteId, body: text, createdAt, updatedAt })),
      highlights: highlights.map(({ id: hid, color, selectors, note, createdAt }) => ({ id: hid, color, selectors, note, createdAt })),
    },
  };
}
