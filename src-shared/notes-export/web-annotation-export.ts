/**
 * Annotations as a W3C Web Annotation JSON-LD AnnotationCollection (https://www.w3.org/TR/annotation-model/,
 * https://www.w3.org/TR/annotation-vocab/), described in docs/annotations-export.md.
 *
 * Each highlight is an Annotation with motivation "highlighting" ("commenting" when it has a note, the note then
 * being its TextualBody in text/markdown), targeting the article with its TextQuoteSelector and
 * TextPositionSelector; its colour is a styleClass of the target, defined by the collection's stylesheet. Each
 * article note is a "commenting" Annotation on the whole article. The article is its URL, or
 * urn:offprint:article:<id> when it has none.
 */
import type { ArticleRecord, HighlightRecord, NoteRecord } from '../contract/library';
import { HIGHLIGHT_COLORS } from '../contract/library';
import { highlightColor } from '../anchoring/highlight-record';
import { type AnnotatedArticle, inDocumentOrder, notesInOrder } from './annotated-article';
import { highlightSelectors } from '../anchoring/highlight-record';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Light backgrounds for the styleClasses, for tools that show highlights in colour. */
const CSS_COLORS: Record<(typeof HIGHLIGHT_COLORS)[number], string> = {
  yellow: '#fff3a3',
  green: '#c8f0c0',
  blue: '#c6e2ff',
  pink: '#ffd0e4',
  purple: '#e2d4ff',
};

interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/markdown';
  purpose: 'commenting';
}

interface Target {
  source: string;
  styleClass?: string;
  selector?: object[];
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified?: string;
  body?: TextualBody;
  target: Target;
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  generated: string;
  generator: { type: 'Software'; name: string };
  stylesheet: { type: 'CssStylesheet'; value: string };
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

export interface CollectionOptions {
  /** The collection's IRI, e.g. `urn:uuid:<uuid>`. */
  id: string;
  label: string;
  /** When the export was made (ISO 8601). */
  generated: string;
}

/** The IRI an article's annotations target: its URL, or urn:offprint:article:<id>. */
export function articleIri(article: Pick<ArticleRecord, 'id' | 'url'>): string {
  return article.url && /^https?:\/\//i.test(article.url) ? article.url : `urn:offprint:article:${encodeURIComponent(article.id)}`;
}

function markdownBody(value: string): TextualBody {
  return { type: 'TextualBody', value, format: 'text/markdown', purpose: 'commenting' };
}

export function highlightAnnotation(article: ArticleRecord, highlight: HighlightRecord): WebAnnotation {
  const { quote, position } = highlightSelectors(highlight);
  const note = highlight.note?.trim() ? highlight.note : null;
  const selector = [quote, position].filter((s) => s !== null);
  return {
    id: `urn:offprint:highlight:${encodeURIComponent(highlight.id)}`,
    type: 'Annotation',
    motivation: note ? 'commenting' : 'highlighting',
    created: highlight.createdAt,
    ...(highlight.updatedAt ? { modified: highlight.updatedAt } : {}),
    ...(note ? { body: markdownBody(note) } : {}),
    target: { source: articleIri(article), styleClass: highlightColor(highlight.color), ...(selector.length > 0 ? { selector } : {}) },
  };
}

export function noteAnnotation(article: ArticleRecord, note: NoteRecord): WebAnnotation {
  return {
    id: `urn:offprint:note:${encodeURIComponent(note.id)}`,
    type: 'Annotation',
    motivation: 'commenting',
    created: note.createdAt,
    modified: note.updatedAt,
    body: markdownBody(note.body),
    target: { source: articleIri(article) },
  };
}

/** Every article's highlights (in document order), then its notes (oldest first), article after article. */
export function buildAnnotationCollection(entries: readonly AnnotatedArticle[], options: CollectionOptions): AnnotationCollection {
  const items = entries.flatMap(({ article, highlights, notes }) => [
    ...inDocumentOrder(highlights).map((h) => highlightAnnotation(article, h)),
    ...notesInOrder(notes).map((n) => noteAnnotation(article, n)),
  ]);
  return {
    '@context': ANNOTATION_CONTEXT,
    id: options.id,
    type: 'AnnotationCollection',
    label: options.label,
    generated: options.generated,
    generator: { type: 'Software', name: 'Offprint' },
    stylesheet: {
      type: 'CssStylesheet',
      value: HIGHLIGHT_COLORS.map((c) => `.${c} { background-color: ${CSS_COLORS[c]}; }`).join('\n'),
    },
    total: items.length,
    first: { id: `${options.id}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The collection as the text of a `.jsonld` file. */
export function annotationCollectionJson(entries: readonly AnnotatedArticle[], options: CollectionOptions): string {
  return `${JSON.stringify(buildAnnotationCollection(entries, options), null, 2)}\n`;
}
