// fake-indexeddb first: Dexie finds IndexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { restoreArticleDetails } from '../../../../src-renderer/src/data/article-details-repo';
import { saveBulkDetails } from '../../../../src-renderer/src/data/bulk-details-repo';
import { watchLibrary } from '../../../../src-renderer/src/data/change-feed';
import { storeImportBatch } from '../../../../src-renderer/src/data/import-repo';
import { batchOf, parsedArticle } from '../support/parsed-article';
import { freshDb, sanitize } from './support';

const EDITED = new Date('2026-03-01T12:00:00Z');
const NO_CHANGE = { details: {}, addTags: [], removeTags: [] };

const pages = () => [
  parsedArticle({ title: 'Rivers', author: 'Follow Author', source: 'http://www.tmz.com', language: 'en', tags: ['Water'], contentHash: 'rivers' }),
  parsedArticle({ title: 'Bridges', author: 'Lucas Nolan22 Dec 2016651', source: 'TMZ', language: 'en-GB', tags: ['water', 'steel'], contentHash: 'bridges' }),
  parsedArticle({ title: 'Untouched', author: 'Someone', contentHash: 'untouched' }),
];

async function library() {
  const db = freshDb();
  const { articleIds } = await storeImportBatch(db, batchOf(...pages()), sanitize);
  const before = await db.articles.toArray();
  return { db, ids: articleIds, before };
}

describe('Edit details for a selection', () => {
  it('sets author, source and language on every selected article, each the person’s with the file’s value aside', async () => {
    const { db, ids } = await library();
    const selected = ids.slice(0, 2);
    const undo = await saveBulkDetails(db, selected, { ...NO_CHANGE, details: { author: 'Lucas Nolan', source: 'TMZ', language: 'en' } }, EDITED);
    expect(undo.map((b) => b.id)).toEqual(selected);
    const [rivers, bridges, untouched] = await db.articles.bulkGet(ids);
    expect(rivers).toMatchObject({
      author: 'Lucas Nolan',
      source: 'TMZ',
      language: 'en',
      editedAt: EDITED.toISOString(),
      editedFields: ['author', 'source'],
      fromFile: { author: 'Follow Author', source: 'http://www.tmz.com' },
    });
    // Bridges' source was TMZ already: only its author and language are the person's.
    expect(bridges).toMatchObject({ author: 'Lucas Nolan', source: 'TMZ', language: 'en', editedFields: ['author', 'language'], fromFile: { author: 'Lucas Nolan22 Dec 2016651', language: 'en-GB' } });
    expect(untouched).toMatchObject({ author: 'Someone' });
    expect(untouched?.editedFields).toBeUndefined();
  });

  it('adds tags in the library’s spelling and removes others, then Undo gives every article back as it was', async () => {
    const { db, ids, before } = await library();
    const seen: string[][] = [];
    const stop = watchLibrary(db, (changed) => seen.push([...changed].sort()));
    const undo = await saveBulkDetails(db, ids, { details: { source: 'TMZ' }, addTags: ['STEEL', 'news'], removeTags: ['Water', 'water'] }, EDITED);
    expect((await db.articles.bulkGet(ids)).map((a) => a?.tags)).toEqual([
      ['steel', 'news'],
      ['steel', 'news'],
      ['steel', 'news'],
    ]);
    await restoreArticleDetails(db, undo);
    stop();
    expect(await db.articles.toArray()).toEqual(before);
    // One change for the edit and one for its Undo, each naming every article it touched.
    expect(seen).toEqual([[...ids].sort(), [...ids].sort()]);
  });

  it('touches no article it changes nothing on, and Undo of nothing is nothing', async () => {
    const { db, ids, before } = await library();
    const undo = await saveBulkDetails(db, [ids[1]!], { ...NO_CHANGE, details: { source: 'TMZ' }, addTags: ['steel'] }, EDITED);
    expect(undo).toEqual([]);
    expect(await db.articles.toArray()).toEqual(before);
  });

  it('keeps what it set when the files are imported again', async () => {
    const { db, ids } = await library();
    await saveBulkDetails(db, ids.slice(0, 2), { ...NO_CHANGE, details: { author: 'Lucas Nolan' } }, EDITED);
    const report = await storeImportBatch(db, batchOf(...pages()), sanitize);
    expect(report).toMatchObject({ added: 0, updated: 3 });
    expect((await db.articles.bulkGet(ids)).map((a) => a?.author)).toEqual(['Lucas Nolan', 'Lucas Nolan', 'Someone']);
  });
});
