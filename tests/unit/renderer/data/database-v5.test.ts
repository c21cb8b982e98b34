// fake-indexeddb first: Dexie finds IndexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { OffprintDatabase } from '../../../../src-renderer/src/data/database';
import { SHIPPED_SCHEMAS } from '../../../fixtures/schemas/shipped-schemas';

/** An article as version 4 stored it: the page's keywords as tags, the text's frequent words as keywords. */
function v4Article(id: string, fields: { originalName: string; tags: string[]; source?: string; identifier?: string; keywords?: string[] }) {
  return {
    id,
    title: `Article ${id}`,
    author: null,
    source: fields.source ?? 'Xinhua',
    url: null,
    publishedAt: null,
    submittedAt: null,
    addedAt: '2024-01-01T00:00:00.000Z',
    language: 'zh',
    tags: fields.tags,
    wordCount: 100,
    contentHash: `hash-${id}`,
    keywords: fields.keywords ?? ['发展', '国家', '会议'],
    originalName: fields.originalName,
    identifier: fields.identifier ?? null,
  };
}

async function upgradeFromV4(articles: ReturnType<typeof v4Article>[]): Promise<OffprintDatabase> {
  const name = `offprint-upgrade-v5-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  old.version(4).stores({ ...SHIPPED_SCHEMAS[4] });
  await old.table('articles').bulkPut(articles);
  old.close();
  return new OffprintDatabase(name);
}

describe('schema version 5: keyword-tags of version 4 move to keywords', () => {
  it('splits a page’s keyword list out of its tags into keywords, replacing the old frequent words', async () => {
    const db = await upgradeFromV4([v4Article('page', { originalName: 'news.html', tags: ['关注点;国家;发展;两会', '一个', '1975年', '2016'] })]);
    const article = await db.articles.get('page');
    expect(article?.tags).toEqual([]);
    expect(article?.keywords).toEqual(['关注点', '国家', '发展', '两会', '一个', '1975年']);
    expect(await db.articles.where('tags').equals('一个').count()).toBe(0);
    db.close();
  });

  it('keeps a tag the library also uses on a Markdown article, and every tag of Markdown, text and bundle articles', async () => {
    const db = await upgradeFromV4([
      v4Article('page', { originalName: 'ocean.htm', source: 'RNZ', tags: ['Oceans,New Zealand', 'to-read', 'Fishing'] }),
      v4Article('notes', { originalName: 'notes.md', tags: ['to-read', 'Lakes'] }),
      v4Article('text', { originalName: 'saved.txt', tags: ['关键词'] }),
      v4Article('bundle', { originalName: 'from-bundle.html', identifier: 'bundle-article-1', tags: ['Rivers;Bridges'] }),
    ]);
    expect((await db.articles.get('page'))?.tags).toEqual(['to-read']);
    expect((await db.articles.get('page'))?.keywords).toEqual(['Oceans', 'New Zealand', 'Fishing']);
    expect((await db.articles.get('notes'))?.tags).toEqual(['to-read', 'Lakes']);
    expect((await db.articles.get('text'))?.tags).toEqual(['关键词']);
    expect((await db.articles.get('bundle'))?.tags).toEqual(['Rivers;Bridges']);
    expect((await db.articles.get('bundle'))?.keywords).toEqual(['发展', '国家', '会议']);
    db.close();
  });

  it('keeps a tag that is on web pages of three different sites (a reader’s tag), moving one site’s own', async () => {
    const db = await upgradeFromV4([
      v4Article('a', { originalName: 'a.html', source: 'BBC', tags: ['thesis', 'Politics'] }),
      v4Article('b', { originalName: 'b.html', source: 'LWN.net', tags: ['thesis', 'Politics'] }),
      v4Article('c', { originalName: 'c.mhtml', source: 'Ars Technica', tags: ['thesis'] }),
    ]);
    for (const id of ['a', 'b', 'c']) expect((await db.articles.get(id))?.tags).toEqual(['thesis']);
    expect((await db.articles.get('a'))?.keywords).toEqual(['Politics']);
    expect(await db.articles.where('tags').equals('thesis').count()).toBe(3);
    db.close();
  });

  it('keeps the page keywords an article already had (imported after keywords were apart) beside moved tags', async () => {
    const db = await upgradeFromV4([v4Article('new', { originalName: 'new.html', tags: ['Marine life'], keywords: ['Oceans', 'Coral reefs'] })]);
    expect(await db.articles.get('new')).toMatchObject({ tags: [], keywords: ['Marine life', 'Oceans', 'Coral reefs'] });
    db.close();
  });
});
