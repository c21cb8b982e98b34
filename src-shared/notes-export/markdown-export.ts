/**
 * Annotations as Markdown that reads well in Obsidian and similar tools (docs/annotations-export.md).
 *
 * One article: YAML front matter with the article's metadata, the title, its highlights in document order (each a
 * blockquote, then its colour and date, then its note), then its notes with their dates.
 * Several articles: ONE file, with front matter describing the export and a section per article (its metadata as
 * a short list): one save dialog, one file to search or move, and each article can still be exported on its own.
 */
import type { HighlightColor, HighlightRecord, NoteRecord } from '../contract/library';
import { highlightColor } from '../anchoring/highlight-record';
import { type AnnotatedArticle, inDocumentOrder, notesInOrder } from './annotated-article';
import { highlightSelectors } from '../anchoring/highlight-record';
import { frontMatter } from './yaml-scalar';

/**
 * The words the export writes around the reader's quotes and notes, in the interface language (the renderer builds
 * them from the annotations messages); English by default. The front matter's keys stay English: tools read them.
 * The article's own text, title, tags and notes are never translated.
 */
export interface ExportWords {
  highlights: string;
  notes: string;
  none: string;
  /** The title of an export of several articles. */
  documentTitle: string;
  /** The line under a quote: "yellow highlight · 2024-05-01 08:05 UTC". */
  highlightLine: (colour: HighlightColor, time: string) => string;
  /** "edited 2024-05-02 09:30 UTC". */
  edited: (time: string) => string;
  /** The labels of an article's metadata list in an export of several articles. */
  fields: Record<'author' | 'source' | 'published' | 'added' | 'tags' | 'language', string>;
}

export const ENGLISH_EXPORT_WORDS: ExportWords = {
  highlights: 'Highlights',
  notes: 'Notes',
  none: 'No highlights or notes.',
  documentTitle: 'Offprint notes',
  highlightLine: (colour, time) => `${colour} highlight · ${time}`,
  edited: (time) => `edited ${time}`,
  fields: { author: 'Author', source: 'Source', published: 'Published', added: 'Added', tags: 'Tags', language: 'Language' },
};

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

function highlightBlock(highlight: HighlightRecord, words: ExportWords): string {
  const quote = highlightSelectors(highlight).quote?.exact ?? '';
  const edited = highlight.updatedAt && highlight.updatedAt !== highlight.createdAt ? ` · ${words.edited(exportTimestamp(highlight.updatedAt))}` : '';
  const parts = [
    quote.trim() === '' ? '> *(no quoted text)*' : blockquote(quote),
    `*${words.highlightLine(highlightColor(highlight.color), exportTimestamp(highlight.createdAt))}${edited}*`,
  ];
  if (highlight.note && highlight.note.trim() !== '') parts.push(highlight.note.trim());
  return parts.join('\n\n');
}

function noteBlock(note: NoteRecord, heading: string, words: ExportWords): string {
  const edited = note.updatedAt !== note.createdAt ? ` (${words.edited(exportTimestamp(note.updatedAt))})` : '';
  return `${heading} ${exportTimestamp(note.createdAt)}${edited}\n\n${note.body.trim()}`;
}

/** The highlights and notes of one article, under headings of the given level. */
function articleAnnotations({ highlights, notes }: AnnotatedArticle, level: number, words: ExportWords): string[] {
  const h = '#'.repeat(level);
  const out: string[] = [];
  if (highlights.length > 0) out.push(`${h} ${words.highlights}`, ...inDocumentOrder(highlights).map((one) => highlightBlock(one, words)));
  if (notes.length > 0) out.push(`${h} ${words.notes}`, ...notesInOrder(notes).map((note) => noteBlock(note, `${h}#`, words)));
  if (out.length === 0) out.push(`*${words.none}*`);
  return out;
}

function title(text: string): string {
  return escapeMarkdownText(text.replace(/\s+/g, ' ').trim());
}

/** One article's annotations as a Markdown file with front matter. */
export function buildArticleMarkdown(entry: AnnotatedArticle, words: ExportWords = ENGLISH_EXPORT_WORDS): string {
  return [frontMatter(articleFields(entry.article)), `# ${title(entry.article.title)}`, ...articleAnnotations(entry, 2, words)].join('\n\n') + '\n';
}

export interface LibraryMarkdownOptions {
  /** When the export was made (ISO 8601). */
  exportedAt: string;
  /** What was exported, in words: "All notes and highlights", "Filter: tag “history”". */
  scope: string;
  /** The words around the quotes and notes (English when absent). */
  words?: ExportWords;
}

function metadataList(a: AnnotatedArticle['article'], { fields }: ExportWords): string {
  const lines: string[] = [];
  const add = (label: string, value: string | null) => {
    if (value !== null && value.trim() !== '') lines.push(`- ${label}: ${escapeMarkdownText(value)}`);
  };
  add(fields.author, a.author);
  add(fields.source, a.source);
  if (a.url) lines.push(`- URL: <${a.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  add(fields.published, a.publishedAt);
  add(fields.added, a.addedAt);
  add(fields.tags, a.tags.length > 0 ? a.tags.join(', ') : null);
  add(fields.language, a.language);
  return lines.join('\n');
}

/** Several articles' annotations as ONE Markdown file: a section per article, in the order given. */
export function buildLibraryMarkdown(entries: readonly AnnotatedArticle[], options: LibraryMarkdownOptions): string {
  const words = options.words ?? ENGLISH_EXPORT_WORDS;
  const head = frontMatter([
    ['title', words.documentTitle],
    ['exported', options.exportedAt],
    ['scope', options.scope],
    ['articles', entries.length],
  ]);
  const sections = entries.map((entry) => {
    const meta = metadataList(entry.article, words);
    return [`## ${title(entry.article.title)}`, ...(meta ? [meta] : []), ...articleAnnotations(entry, 3, words)].join('\n\n');
  });
  return [head, `# ${title(words.documentTitle)}`, ...(sections.length > 0 ? sections : [`*${words.none}*`])].join('\n\n') + '\n';
}
