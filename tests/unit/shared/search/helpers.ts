import { InvertedIndex, type IndexOptions, type SearchDocument } from '../../../../src-shared/search';

/** An index over the given documents (tiny flushes and merges when asked, to exercise segments). */
export function indexOf(docs: SearchDocument[], options: Partial<IndexOptions> = {}): InvertedIndex {
  const index = new InvertedIndex(options);
  for (const doc of docs) index.add(doc);
  return index;
}

/** The ids a query finds, best first. */
export function ids(index: InvertedIndex, query: string): string[] {
  return index.search(query, { limit: Infinity }).hits.map((h) => h.id);
}

/** The ids a query finds, sorted (for set comparisons). */
export function idSet(index: InvertedIndex, query: string): string[] {
  return ids(index, query).sort();
}

export const doc = (id: string, body: string, extra: Partial<SearchDocument> = {}): SearchDocument => ({
  id,
  title: extra.title ?? `Article ${id}`,
  body,
  ...extra,
});
