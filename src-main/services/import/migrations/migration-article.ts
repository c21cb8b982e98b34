/**
 * migrationEntryToParsed(unit): one entry of an Omnivore, wallabag or Pocket export → a complete article, or one
 * failure naming the file and the entry. The entry's HTML goes through the web-page importer (parsed without running
 * or fetching anything, its main content kept); what the export says (title, author, address, tags, dates, reading
 * states) wins over what the page says; its highlights are put back on the words (place-quotes.ts). An entry
 * without HTML (Pocket's) is a link-only entry, its highlights orphans with their quotes.
 */
import { createHash } from 'node:crypto';
import type { ArticleNote, ParsedArticle } from '../../../../src-shared/contract';
import { NO_ASSETS } from '../asset-source';
import { cleanField, cleanTags } from '../build-article';
import type { ImportOutcome } from '../import-file';
import { parseHtmlDocument } from '../html-dom';
import { importHtml } from '../import-html';
import { ImportProblem } from '../import-problem';
import { linkOnlyArticle } from '../link-only-article';
import { insideArchive } from '../../bundle/archive-problem';
import { isWebAddress } from '../../../../src-shared/article/url-policy';
import type { MigrationEntryUnit } from './migration-entry';
import { exportEntryInvalid, exportEntryNoText } from './migration-failures';
import { contextFromRange } from './annotator-range';
import { placeQuotes, type QuoteToPlace } from './place-quotes';

/** The report path of an entry: the export, the file inside it, and the entry. */
export function migrationEntryPath(unit: MigrationEntryUnit): string {
  const inside = [unit.file, unit.entry].filter((part) => part !== '').join(' › ');
  return insideArchive(unit.archiveName, inside);
}

function notesOf(unit: MigrationEntryUnit, date: string): ArticleNote[] {
  return unit.notes.map((body, index) => ({
    id: `migrated-${createHash('sha256').update(`${unit.key}\u0000note\u0000${index}\u0000${body}`).digest('hex').slice(0, 32)}`,
    body,
    createdAt: date,
    updatedAt: date,
  }));
}

/** The highlights, each with the words around it where the export's range puts it (parsed only when one has a range). */
function withContexts(unit: MigrationEntryUnit): QuoteToPlace[] {
  if (!unit.html || !unit.highlights.some((highlight) => highlight.range)) return unit.highlights;
  const doc = parseHtmlDocument(new TextDecoder('utf-8').decode(unit.html));
  const root = doc.querySelector('article') ?? doc.body;
  return unit.highlights.map((highlight) =>
    highlight.range && root ? { ...highlight, context: contextFromRange(root, highlight.range, highlight.quote.trim()) } : highlight,
  );
}

function withExportFields(article: ParsedArticle, unit: MigrationEntryUnit): ParsedArticle {
  const { fields } = unit;
  const url = cleanField(fields.url);
  const meta = {
    ...article.meta,
    title: cleanField(fields.title) ?? article.meta.title,
    author: cleanField(fields.author) ?? article.meta.author,
    url: url && isWebAddress(url) ? url : article.meta.url,
    publishedAt: fields.publishedAt ?? article.meta.publishedAt,
    language: cleanField(fields.language) ?? article.meta.language,
    tags: cleanTags([...fields.tags, ...article.meta.tags]),
    ...(fields.addedAt ? { addedAt: fields.addedAt } : {}),
    ...(fields.archivedAt ? { archivedAt: fields.archivedAt } : {}),
    ...(fields.favouritedAt ? { favouritedAt: fields.favouritedAt } : {}),
    ...(fields.collections && fields.collections.length > 0 ? { collectionNames: cleanTags(fields.collections) } : {}),
  };
  const date = fields.addedAt ?? new Date().toISOString();
  const highlights = placeQuotes(article.text, withContexts(unit), unit.key, date);
  const notes = notesOf(unit, date);
  return { ...article, meta, ...(highlights.length > 0 || notes.length > 0 ? { annotations: { notes, highlights } } : {}) };
}

export async function migrationEntryToParsed(unit: MigrationEntryUnit): Promise<ImportOutcome> {
  const path = migrationEntryPath(unit);
  const { html, fields } = unit;
  if (html === null) {
    const url = cleanField(fields.url);
    // Readwise's highlights name a book by its title (and author) only: the library finds its article by that.
    const byTitle = !url && unit.service === 'Readwise' && cleanField(fields.title) !== null;
    if (!byTitle && (!url || !isWebAddress(url))) return { path, failure: exportEntryInvalid(path, unit.file, unit.entry, 'url', unit.service) };
    const entry = linkOnlyArticle({ url: byTitle ? null : url, title: fields.title, author: fields.author, tags: [], fileName: unit.htmlFile });
    return { path, article: withExportFields(entry, unit) };
  }
  try {
    const article = await importHtml({ name: unit.htmlFile, path, bytes: html, assets: NO_ASSETS });
    return { path, article: withExportFields(article, unit) };
  } catch (error) {
    if (!(error instanceof ImportProblem)) throw error;
    return { path, failure: exportEntryNoText(path, unit.entry, unit.service) };
  }
}
