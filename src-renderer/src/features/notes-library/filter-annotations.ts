/**
 * The Notes view's filters, pure: by article, by highlight colour (notes have none, so a colour shows highlights
 * only), by the article's tag, and a search of the notes' text and the highlights' quotes and notes, folded like
 * the library search (case, accents, width), so that `读书` or `ｶﾀｶﾅ` find their text as a plain substring.
 */
import { highlightQuote } from '../../../../src-shared/anchoring/highlight-record';
import { highlightColor } from '../../../../src-shared/anchoring/highlight-record';
import type { HighlightColor, HighlightRecord, NoteRecord } from '../../data/database';
import type { ArticleAnnotationGroup } from '../../data/notes-library-query';
import { foldString } from '../../../../src-shared/text/fold';

export interface NotesFilter {
  articleId: string | null;
  color: HighlightColor | null;
  tag: string | null;
  query: string;
}

export const NO_FILTER: NotesFilter = { articleId: null, color: null, tag: null, query: '' };

export function isFiltered(filter: NotesFilter): boolean {
  return filter.articleId !== null || filter.color !== null || filter.tag !== null || filter.query.trim() !== '';
}

const folded = new WeakMap<object, string>();
/** Emphasis and code marks of Markdown: "flood *maps*" is found by "flood maps". */
const INLINE_MARKS = /[*_`~]+/g;

function foldedText(record: NoteRecord | HighlightRecord): string {
  let text = folded.get(record);
  if (text === undefined) {
    const markdown = 'body' in record ? record.body : (record.note ?? '');
    const quote = 'body' in record ? '' : highlightQuote(record);
    text = foldString(`${quote}\n${markdown.replace(INLINE_MARKS, '')}`);
    folded.set(record, text);
  }
  return text;
}

/** The groups with only the notes and highlights that pass; groups left empty are dropped. */
export function filterAnnotations(groups: readonly ArticleAnnotationGroup[], filter: NotesFilter): ArticleAnnotationGroup[] {
  const needle = foldString(filter.query.trim());
  const matches = (record: NoteRecord | HighlightRecord) => needle === '' || foldedText(record).includes(needle);
  const out: ArticleAnnotationGroup[] = [];
  for (const group of groups) {
    if (filter.articleId !== null && group.article.id !== filter.articleId) continue;
    if (filter.tag !== null && !group.article.tags.includes(filter.tag)) continue;
    const notes = filter.color === null ? group.notes.filter(matches) : [];
    const highlights = group.highlights.filter((h) => (filter.color === null || highlightColor(h.color) === filter.color) && matches(h));
    if (notes.length + highlights.length > 0) out.push({ ...group, notes, highlights });
  }
  return out;
}

/** The choices the filters offer: the articles (by title), the tags of those articles, and the colours in use. */
export function filterChoices(groups: readonly ArticleAnnotationGroup[]) {
  const articles = groups.map((g) => ({ id: g.article.id, title: g.article.title })).sort((a, b) => a.title.localeCompare(b.title));
  const tags = [...new Set(groups.flatMap((g) => g.article.tags))].sort((a, b) => a.localeCompare(b));
  const colors = [...new Set(groups.flatMap((g) => g.highlights.map((h) => highlightColor(h.color))))];
  return { articles, tags, colors };
}

/** The filter in words, for the export's description: "All notes and highlights", "Tag: history · Search: “river”". */
export function describeFilter(filter: NotesFilter, articleTitle: (id: string) => string | undefined): string {
  const parts: string[] = [];
  if (filter.articleId !== null) parts.push(`Article: ${articleTitle(filter.articleId) ?? filter.articleId}`);
  if (filter.color !== null) parts.push(`Colour: ${filter.color}`);
  if (filter.tag !== null) parts.push(`Tag: ${filter.tag}`);
  if (filter.query.trim() !== '') parts.push(`Search: “${filter.query.trim()}”`);
  return parts.length > 0 ? parts.join(' · ') : 'All notes and highlights';
}
