/**
 * Reading states travel with the articles: a favourite and an archived article exported from one library
 * (readExportedArticle → export:add's schema → a bundle on disk) and imported into an empty one (the bundle
 * reader → storeImportBatch) are still a favourite and archived, with their dates; the others have neither. An
 * article imported again without states keeps its own.
 */
// fake-indexeddb first: Dexie finds IndexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BundleWriter, bundleArticleToParsed, readArchive } from '../../../../src-main/services/bundle';
import { exportedArticlesSchema } from '../../../../src-main/services/bundle/exported-article-schema';
import type { ParsedArticle } from '../../../../src-shared/contract';
import { readExportedArticle } from '../../../../src-renderer/src/data/export-repo';
import { storeImportBatch } from '../../../../src-renderer/src/data/import-repo';
import { setArchived, setFavourite } from '../../../../src-renderer/src/data/reading-states-repo';
import { batchOf, parsedArticle } from '../support/parsed-article';
import { freshDb, sanitize } from './support';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const STARRED = '2026-11-30T09:00:00.000Z';
const ARCHIVED = '2026-12-01T18:30:00.000Z';
const hash = (n: number) => String(n).repeat(64).slice(0, 64);

async function throughBundle(articles: unknown[]): Promise<ParsedArticle[]> {
  const dir = mkdtempSync(join(tmpdir(), 'offprint-states-'));
  dirs.push(dir);
  const target = join(dir, 'States.offprint');
  const writer = await BundleWriter.create(target, { title: 'States', creator: 'Offprint test', created: new Date('2026-12-02T00:00:00Z') });
  for (const article of exportedArticlesSchema.parse(articles)) await writer.addArticle(article);
  await writer.finish();
  const contents = readArchive(new Uint8Array(readFileSync(target)), 'States.offprint');
  if (contents.kind !== 'bundle') throw new Error(`not a bundle: ${JSON.stringify(contents.failures)}`);
  return contents.articles.map((unit) => {
    const outcome = bundleArticleToParsed(unit);
    if ('failure' in outcome) throw new Error(outcome.failure.reason);
    return outcome.article;
  });
}

describe('reading states in bundles', () => {
  it('come back from an export imported into an empty library, dates and all', async () => {
    const source = freshDb();
    const titles = ['Starred', 'Archived', 'Neither'];
    const { articleIds } = await storeImportBatch(source, batchOf(...titles.map((title, i) => parsedArticle({ title, contentHash: hash(i + 1) }))), sanitize);
    const [starred, archived] = articleIds as [string, string];
    await setFavourite(source, [starred, archived], true, new Date(STARRED));
    await setArchived(source, [archived], true, new Date(ARCHIVED));
    const exported = await Promise.all(articleIds.map((id) => readExportedArticle(source, id)));

    const empty = freshDb();
    await storeImportBatch(empty, batchOf(...(await throughBundle(exported))), sanitize);
    const back = (await empty.articles.toArray()).map((r) => [r.title, r.favouritedAt ?? null, r.archivedAt ?? null]);
    expect(back.sort()).toEqual([
      ['Archived', STARRED, ARCHIVED],
      ['Neither', null, null],
      ['Starred', STARRED, null],
    ]);
    expect(await empty.articles.where('archivedAt').above('').count()).toBe(1);
  });

  it('refuses a state that is not a date at the bridge, and keeps an article’s own states when it is imported again without any', async () => {
    const db = freshDb();
    const article = parsedArticle({ title: 'Again', contentHash: hash(7) });
    const { articleIds } = await storeImportBatch(db, batchOf(article), sanitize);
    await setFavourite(db, articleIds, true, new Date(STARRED));
    const exported = await readExportedArticle(db, articleIds[0]!);
    expect(exportedArticlesSchema.safeParse([{ ...exported, meta: { ...exported.meta, archivedAt: 'yesterday' } }]).success).toBe(false);

    await storeImportBatch(db, batchOf({ ...article, meta: { ...article.meta } }), sanitize);
    expect((await db.articles.get(articleIds[0]!))?.favouritedAt).toBe(STARRED);
  });
});
