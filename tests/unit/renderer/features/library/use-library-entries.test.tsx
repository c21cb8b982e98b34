/**
 * The library list's loading states: the first page shows before the library is counted, and while it is being
 * counted the total is unknown (null), never 0, which the library view would show as "Your library is empty".
 */
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIRST_PAGE, useLibraryEntries, type LibraryEntries } from '../../../../../src-renderer/src/features/library/use-library-entries';
import { DEFAULT_SORT } from '../../../../../src-renderer/src/data/library-sort';
import { batchOf, parsedArticle } from '../../support/parsed-article';
import { freshDb, store } from '../../support/render';

const fail = (error: unknown) => {
  throw error;
};

async function statesOf(articles: number): Promise<LibraryEntries[]> {
  const db = freshDb();
  await store(db, batchOf(...Array.from({ length: articles }, (_, i) => parsedArticle({ title: `Article ${i}` }))));
  const states: LibraryEntries[] = [];
  const { result } = renderHook(() => {
    const state = useLibraryEntries(db, DEFAULT_SORT, fail);
    if (states[states.length - 1] !== state) states.push(state);
    return state;
  });
  await waitFor(() => expect(result.current.complete).toBe(true));
  return states;
}

describe('useLibraryEntries', () => {
  it('a library longer than the first page: rows first, with the total unknown (not 0) until it is counted', async () => {
    const states = await statesOf(FIRST_PAGE + 5);
    expect(states[0]).toMatchObject({ loaded: false, total: null });
    // The first page may or may not be rendered on its own (React batches what arrives together); when it is, it
    // holds the first page's rows with the total unknown. No state ever says the library is empty.
    const firstPage = states.find((state) => state.loaded && !state.complete);
    if (firstPage) expect({ rows: firstPage.entries.length, total: firstPage.total }).toEqual({ rows: FIRST_PAGE, total: null });
    expect(states.filter((state) => state.total === 0)).toEqual([]);
    expect(states[states.length - 1]).toMatchObject({ complete: true, total: FIRST_PAGE + 5 });
  });

  it('a short first page is the whole library: its total is known at once', async () => {
    const states = await statesOf(3);
    expect(states.find((state) => state.loaded)).toMatchObject({ total: 3 });
  });
});
