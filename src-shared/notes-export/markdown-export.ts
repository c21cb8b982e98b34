/**
 * Annotations as Markdown that reads well in Obsidian and similar tools (docs/annotations-export.md).
 *
 * One article: YAML front matter with the article's metadata, the title, its highlights in document order (each a
 * blockquote, then its colour and date, then its note), then its notes with their dates.
 * Several articles: ONE file, with front matter describing the export and a section per article (its metadata as
 * a short list): one save dialog, one file to search or move, and each article can still be exported on its own.
 */
import type { HighlightRecord, NoteRecord } from '../contract/library';
import { highlightColor } from '../anchoring/highlight-record';
import { type AnnotatedArticle, inDocumentOrder, notesInOrder } from './annotated-article';
import { highlightSelectors } from '../anchoring/highlight-record';
import { frontMatter } from './yaml-scalar';

/** "2024-05-01 08:05 UTC": the same in every locale and time zone, so that an export reads the same anywhere. */
export function exportTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

// Markdown punctuation that could turn quoted article text into markup (emphasis, links, HTML, tables, code).
const INLINE_MARKUP = /[\\`*_[\]<>~|#!]/g;
const BLOCK_START = /^(\s*)([-+=]|\d+[.)])/;

/** Article text as literal Markdown: every character that could become markup is backslash-escaped. */
export function escapeMarkdownText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(INLINE_MARKUP, (c) => `\\${c}`).replace(BLOCK_START, (_m, space: string, mark: string) => `${space}${mark.replace(/([-+=.)])$/, '\\$1')}`))
    .join('\n');
}

function blockquote(text: string): string {
  return escapeMarkdownText(text.trim())
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
}

function articleFields(a: AnnotatedArticle['article']) {
  return [
    ['title', a.title],
    ['author', a.author],
    ['source', a.source],
    ['url', a.url],
    ['published', a.publishedAt],
    ['added', a.addedAt],
    ['tags', a.tags],
    ['language', a.language],
  ] as const;
}

function highlightBlock(highlight: HighlightRecord): string {
  const quote = highlightSelectors(highlight).quote?.exact ?? '';
  const edited = highlight.updatedAt && highlight.updatedAt !== highlight.createdAt ? ` · edited ${exportTimestamp(highlight.updatedAt)}` : '';
  const parts = [
    quote.trim() === '' ? '> *(no quoted text)*' : blockquote(quote),
    `*${highlightColor(highlight.color)} highlight · ${exportTimestamp(highlight.createdAt)}${edited}*`,
  ];
  if (highlight.note && highlight.note.trim() !== '') parts.push(highlight.note.trim());
  return parts.join('\n\n');
}

function noteBlock(note: NoteRecord, heading: string): string {
  const edited = note.updatedAt !== note.createdAt ? ` (edited ${exportTimestamp(note.updatedAt)})` : '';
  return `${heading} ${exportTimestamp(note.createdAt)}${edited}\n\n${note.body.trim()}`;
}

/** The highlights and notes of one article, under headings of the given level. */
function articleAnnotations({ highlights, notes }: AnnotatedArticle, level: number): string[] {
  const h = '#'.repeat(level);
  const out: string[] = [];
  if (highlights.length > 0) out.push(`${h} Highlights`, ...inDocumentOrder(highlights).map(highlightBlock));
  if (notes.length > 0) out.push(`${h} Notes`, ...notesInOrder(notes).map((note) => noteBlock(note, `${h}#`)));
  if (out.length === 0) out.push('*No highlights or notes.*');
  return out;
}

function title(text: string): string {
  return escapeMarkdownText(text.replace(/\s+/g, ' ').trim());
}

/** One article's annotations as a Markdown file with front matter. */
export function buildArticleMarkdown(entry: AnnotatedArticle): string {
  return [frontMatter(articleFields(entry.article)), `# ${title(entry.article.title)}`, ...articleAnnotations(entry, 2)].join('\n\n') + '\n';
}

export interface LibraryMarkdownOptions {
  /** When the export was made (ISO 8601). */
  exportedAt: string;
  /** What was exported, in words: "All notes and highlights", "Filter: tag “history”". */
  scope: string;
}

function metadataList(a: AnnotatedArticle['article']): string {
  const lines: string[] = [];
  const add = (label: string, value: string | null) => {
    if (value !== null && value.trim() !== '') lines.push(`- ${label}: ${escapeMarkdownText(value)}`);
  };
  add('Author', a.author);
  add('Source', a.source);
  if (a.url) lines.push(`- URL: <${a.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  add('Published', a.publishedAt);
  add('Added', a.addedAt);
  add('Tags', a.tags.length > 0 ? a.tags.join(', ') : null);
  add('Language', a.language);
  return lines.join('\n');
}

/** Several articles' annotations as ONE Markdown file: a section per article, in the order given. */
export function buildLibraryMarkdown(entries: readonly AnnotatedArticle[], options: LibraryMarkdownOptions): string {
  const head = frontMatter([
    ['title', 'Offprint notes'],
    ['exported', options.exportedAt],
    ['scope', options.scope],
    ['articles', entries.length],
  ]);
  const sections = entries.map((entry) => {
    const meta = metadataList(entry.article);
    return [`## ${title(entry.article.title)}`, ...(meta ? [meta] : []), ...articleAnnotations(entry, 3)].join('\n\n');
  });
  return [head, '# Offprint notes', ...(sections.length > 0 ? sections : ['*No highlights or notes.*'])].join('\n\n') + '\n';
}
