import { describe, expect, it } from 'vitest';
import type { RestoreContents } from '../../../../src-shared/contract';
import { planRestore, type LibrarySnapshot } from '../../../../src-shared/restore/restore-plan';

const bundle: RestoreContents = {
  title: 'Backup',
  created: '2026-12-01T00:00:00.000Z',
  articles: [
    { id: 'a1', title: 'Same id', contentHash: 'h1', url: null },
    { id: 'b2', title: 'Same text, other id', contentHash: 'h2', url: null },
    { id: 'b3', title: 'Same address', contentHash: 'hx', url: 'https://example.org/3' },
    { id: 'b4', title: 'New one', contentHash: 'h4', url: null },
  ],
  notes: [
    { id: 'n1', articleId: 'a1', updatedAt: '2026-01-02' },
    { id: 'n2', articleId: 'a1', updatedAt: '2026-01-01' },
    { id: 'n3', articleId: 'b4', updatedAt: '2026-01-01' },
  ],
  highlights: [
    { id: 'g1', articleId: 'a1', createdAt: '2026-01-01' },
    { id: 'g2', articleId: 'b4', createdAt: '2026-01-01' },
  ],
  failures: [],
};

const library: LibrarySnapshot = {
  articles: [
    { id: 'a1', title: 'Same id', contentHash: 'h1', url: null },
    { id: 'a2', title: 'Same text', contentHash: 'h2', url: null },
    { id: 'a3', title: 'Same address', contentHash: 'h3', url: 'https://example.org/3' },
    { id: 'a5', title: 'Only here', contentHash: 'h5', url: null },
  ],
  notes: [
    { id: 'n1', articleId: 'a1', updatedAt: '2026-01-01' },
    { id: 'n2', articleId: 'a1', updatedAt: '2026-03-01' },
    { id: 'n9', articleId: 'a5', updatedAt: '2026-01-01' },
  ],
  highlights: [{ id: 'g1', articleId: 'a1', createdAt: '2026-01-01' }, { id: 'g9', articleId: 'a5', createdAt: '2026-01-01' }],
  collectionCount: 2,
};

describe('planRestore: what a restore would change', () => {
  it('Merge: an article is present by id, by content hash or by URL; notes added or newer; nothing deleted', () => {
    const plan = planRestore(bundle, library);
    expect(plan.merge).toEqual({ articlesAdded: 1, articlesPresent: 3, notesAdded: 1, notesNewer: 1, highlightsAdded: 1 });
    expect(plan.addedTitles).toEqual(['New one']);
  });

  it('Replace: what the bundle does not hold is removed, newer notes go back, shelves go', () => {
    const plan = planRestore(bundle, library);
    expect(plan.replace).toEqual({
      articlesRemoved: 3,
      notesRemoved: 1,
      highlightsRemoved: 1,
      notesOlder: 1,
      collectionsRemoved: 2,
      articlesRestored: 4,
      notesRestored: 3,
      highlightsRestored: 2,
    });
    expect(plan.removedTitles).toEqual(['Same text', 'Same address', 'Only here']);
  });

  it('into an empty library everything is added and nothing removed', () => {
    const plan = planRestore(bundle, { articles: [], notes: [], highlights: [], collectionCount: 0 });
    expect(plan.merge).toMatchObject({ articlesAdded: 4, articlesPresent: 0, notesAdded: 3, highlightsAdded: 2 });
    expect(plan.replace).toMatchObject({ articlesRemoved: 0, notesRemoved: 0, highlightsRemoved: 0 });
  });
});
