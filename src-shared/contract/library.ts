/**
 * The library's own records that more than one runtime reads: an article's metadata, its notes and its highlights,
 * as the renderer stores them (src-renderer/src/data/database.ts) and the notes exports and search read them.
 */
import type { ArticleMeta } from './article';

export type { EditableDetail } from './article';

/** One article's metadata (no body): what lists, search and related articles read. */
export interface ArticleRecord extends ArticleMeta {
  /** A UUID, kept when the same article is imported again. */
  id: string;
  /** When the article entered the library (ISO 8601). */
  addedAt: string;
  /** The ids of the collections (shelves) the article is on; absent on articles never shelved. */
  collections?: string[];
  // The edit marks (editedAt, editedFields, fromFile) are ArticleMeta's: a bundle carries them too.
}

export interface NoteRecord {
  id: string;
  articleId: string;
  /** Markdown, rendered without raw HTML. */
  body: string;
  createdAt: string;
  updatedAt: string;
}

/** The colours a highlight can have (stored by name; the palette maps them to the theme's colours). */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/**
 * A highlight: a passage of the article, found again by W3C Web Annotation selectors (a TextQuoteSelector and a
 * TextPositionSelector) against the article's text as the reader lays it out (see src-shared/anchoring).
 */
export interface HighlightRecord {
  id: string;
  articleId: string;
  /** One of HIGHLIGHT_COLORS; anything else (from an older or foreign bundle) is shown as yellow. */
  color: string;
  /** TextQuoteSelector and TextPositionSelector objects (as in W3C JSON-LD). */
  selectors: unknown[];
  /** Markdown, or null when the highlight has no note. */
  note: string | null;
  createdAt: string;
  /** When the colour or note last changed; absent on highlights that never changed (and older ones). */
  updatedAt?: string;
}
