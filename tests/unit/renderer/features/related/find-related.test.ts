/**
 * Related Articles over a real library (Dexie on fake-indexeddb) and the search index service that keeps the
 * index current: titles and reasons, deletes followed, and an article deleted before the index heard of it left out.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { OffprintDatabase } from '../../../../../src-renderer/src/data/database';
import { deleteArticle } from '../../../../../src-renderer/src/data/delete-repo';
import { storeImportBatch } from '../../../../../src-renderer/src/data/import-repo';
import { findRelated, type RelatedFinder } from '../../../../../src-renderer/src/features/related/find-related';
import { createI18n } from '../../../../../src-shared/i18n';

const t = createI18n('en').getFixedT('en', 'library');
import { SearchIndexService } from '../../../../../src-renderer/src/data/search/index-service';
import { freshDb, sanitize } from '../../data/support';
import { batchOf, parsedArticle } from '../../support/parsed-article';
import { LIBRARY } from '../../../shared/search/fixture-library';

const running: SearchIndexService[] = [];
afterEach(() => running.splice(0).forEach((s) => s.stop()));

async function library(): Promise<{ db: OffprintDatabase; service: SearchIndexService; idOf: (title: string) => string }> {
  const db = freshDb();
  const batch = batchOf(
    ...LIBRARY.map((doc) =>
      parsedArticle(
        { title: doc.title, author: doc.author ?? null, source: doc.source ?? null, tags: [...(doc.tags ?? [])] },
        { body: { format: 'text', content: doc.body ?? '' } },
      ),
    ),
  );
  await storeImportBatch(db, batch, sanitize);
  const service = new SearchIndexService(db, { saveDelayMs: 60_000 });
  running.push(service);
  await service.start();
  await service.whenCurrent();
  const articles = await db.articles.toArray();
  const idOf = (title: string): string => articles.find((a) => a.title === title)?.id ?? '';
  return { db, service, idOf };
}

async function titlesFor(db: OffprintDatabase, service: RelatedFinder, id: string) {
  const article = await db.articles.get(id);
  if (!article) throw new Error('no article');
  return findRelated(db, service, article, t);
}

describe('related articles of a stored article', () => {
  it('gives titles with reasons, in English and Chinese', async () => {
    const { db, service, idOf } = await library();
    const en = await titlesFor(db, service, idOf('A carbon tax that works'));
    expect(en.map((r) => r.title)).toEqual(['Emissions trading and the carbon market', 'Heatwaves in a warming climate']);
    expect(en[0]?.reason).toBe('Shares: carbon, emissions, cost · Same author: Mara Quist · Tag: climate');
    expect(en[1]?.reason).toBe('Shares: emissions · Same source: The Climate Desk · Tag: climate');
    const zh = await titlesFor(db, service, idOf('喝茶的历史'));
    expect(zh.map((r) => r.title)).toEqual(['老茶馆里的故事']);
    expect(zh[0]?.reason).toMatch(/^Shares: 喝茶, .+ · Same author: 陈静$/);
  });

  it('follows deletes', async () => {
    const { db, service, idOf } = await library();
    await deleteArticle(db, idOf('Pollinators in the orchard'));
    await service.whenCurrent();
    expect(await titlesFor(db, service, idOf('Why bees matter to farmers'))).toEqual([]);
  });

  it('leaves out an article deleted before the index heard of it', async () => {
    const { db, idOf } = await library();
    const bees = idOf('Why bees matter to farmers');
    const gone = idOf('Pollinators in the orchard');
    const hit = { score: 1, similarity: 1, sharedTerms: ['bees'], sameAuthor: false, sameSource: false, sharedTags: [] };
    const stale: RelatedFinder = { related: async () => [gone, bees].map((id) => ({ id, ...hit })) };
    await db.articles.delete(gone);
    expect(await titlesFor(db, stale, bees)).toEqual([]);
  });
});
