// fake-indexeddb first: Dexie finds IndexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../../src-shared/anchoring';
import { storeImportBatch } from '../../../../src-renderer/src/data/import-repo';
import {
  addHighlight,
  deleteHighlight,
  listHighlights,
  restoreHighlight,
  updateHighlight,
} from '../../../../src-renderer/src/data/highlights-repo';
import { batchOf, peoplesDaily } from '../support/parsed-article';
import { freshDb, sanitize } from './support';

async function libraryWithOneArticle() {
  const db = freshDb();
  const { articleIds } = await storeImportBatch(db, batchOf(peoplesDaily()), sanitize);
  return { db, articleId: articleIds[0]! };
}

const { quote, position } = describeRange('one of the safest countries', 11, 27);

describe('highlights', () => {
  it('adds, recolours, notes, deletes and restores exactly', async () => {
    const { db, articleId } = await libraryWithOneArticle();
    const made = await addHighlight(db, { articleId, selectors: [quote, position], color: 'green' }, new Date('2026-01-01T00:00:00Z'));
    expect(made).toMatchObject({ articleId, color: 'green', note: null, createdAt: '2026-01-01T00:00:00.000Z' });
    expect(made.updatedAt).toBeUndefined();

    await updateHighlight(db, made.id, { color: 'purple', note: '  a *note*  ' }, new Date('2026-01-02T00:00:00Z'));
    const [changed] = await listHighlights(db, articleId);
    expect(changed).toMatchObject({ id: made.id, color: 'purple', note: 'a *note*', updatedAt: '2026-01-02T00:00:00.000Z', createdAt: made.createdAt });
    await updateHighlight(db, made.id, { note: '   ' });
    expect((await listHighlights(db, articleId))[0]!.note).toBeNull();

    const gone = await deleteHighlight(db, made.id);
    expect(await listHighlights(db, articleId)).toEqual([]);
    await restoreHighlight(db, gone!);
    expect(await listHighlights(db, articleId)).toEqual([gone]);
    expect(await deleteHighlight(db, 'no-such-id')).toBeNull();
  });

  it('refuses unknown colours, empty quotes, missing articles and missing highlights with a clear error', async () => {
    const { db, articleId } = await libraryWithOneArticle();
    await expect(addHighlight(db, { articleId, selectors: [quote], color: 'orange' as never })).rejects.toThrow(/Unknown highlight colour: orange/);
    await expect(addHighlight(db, { articleId, selectors: [position], color: 'blue' })).rejects.toThrow(/needs the text/);
    await expect(addHighlight(db, { articleId: 'gone', selectors: [quote], color: 'blue' })).rejects.toThrow(/no longer in the library/);
    await expect(updateHighlight(db, 'gone', { color: 'blue' })).rejects.toThrow(/no longer exists/);
    expect(await listHighlights(db, articleId)).toEqual([]);
  });

});
