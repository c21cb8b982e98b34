/** The fields of a searchable document, their weights, and the document the index takes. */

export const FIELDS = ['title', 'author', 'source', 'body', 'notes', 'highlights', 'keywords', 'tags'] as const;
export type FieldName = (typeof FIELDS)[number];
export const FIELD_COUNT = FIELDS.length;
export const TAG_FIELD = FIELDS.indexOf('tags');
/** Fields a plain query term is looked up in: all but tags (an exact filter only). */
export const TEXT_FIELDS_MASK = (1 << TAG_FIELD) - 1;
export const fieldBit = (name: FieldName): number => 1 << FIELDS.indexOf(name);
/** The fields an article's subject is read from ("more like this", its language). */
export const TITLE_BODY_MASK = fieldBit('title') | fieldBit('body');

export type FieldWeights = Record<Exclude<FieldName, 'tags'>, number>;

/** A title match outranks a body match; notes and highlights are the reader's own words; keywords the page's. */
export const DEFAULT_FIELD_WEIGHTS: FieldWeights = {
  title: 5,
  author: 3,
  source: 2,
  body: 1,
  notes: 2,
  highlights: 2,
  keywords: 2,
};

export interface SearchDocument {
  /** The article's id in the library. */
  id: string;
  title: string;
  author?: string | null;
  source?: string | null;
  /** The normalised plain text of the body. */
  body?: string | null;
  /** The article's notes (several are joined with blank lines). */
  notes?: string | readonly string[] | null;
  /** The highlighted passages and their comments. */
  highlights?: string | readonly string[] | null;
  /** The article's own keywords, as its page gave them (not tags): searched like its other words. */
  keywords?: readonly string[] | null;
  /** The reader's tags, exact, matched only by `tag:` filters. */
  tags?: readonly string[] | null;
  /**
   * What the library knows the document by (for instance its content hash and update time): consistencyCheck
   * reports documents whose version differs.
   */
  version?: string | null;
}

/** The texts of a field: one item, several (notes, highlights), or none. */
export function fieldItems(doc: SearchDocument, field: Exclude<FieldName, 'tags'>): readonly string[] {
  const v = doc[field];
  if (v == null || v === '') return [];
  return typeof v === 'string' ? [v] : v;
}
