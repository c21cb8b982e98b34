/**
 * wallabag's JSON export (v2: Export → JSON, one file for a list of entries): a list of entries with their title,
 * url, content (the article's HTML), tags, is_archived, is_starred, created_at, updated_at, published_at,
 * published_by, language and annotations (Annotator's `quote`, `text`, `ranges`, `created_at`). Recognised by its
 * content (a list whose entries carry `url` and `content` with wallabag's reading flags), whatever the file is
 * called. An entry not in that format is a failure naming it; the others go on.
 */
import type { ImportFailure } from '../../../../src-shared/contract';
import { firstRange } from './annotator-range';
import { dateField, type Entry, flagField, isEntry, isOptionalText, tagList, textField } from './export-fields';
import type { MigrationEntryUnit, MigrationExpansion, QuotedHighlight } from './migration-entry';
import { entryLabel, exportEntryInvalid } from './migration-failures';

const SERVICE = 'wallabag';
const FLAGS = ['is_archived', 'is_starred'];

/** Whether the parsed JSON is a wallabag export: a list whose entries look like wallabag's. */
export function isWallabagExport(value: unknown): value is unknown[] {
  if (!Array.isArray(value) || value.length === 0) return false;
  return value.some((entry) => isEntry(entry) && 'url' in entry && 'content' in entry && FLAGS.some((flag) => flag in entry));
}

function invalidField(entry: Entry): string | null {
  if (typeof entry['url'] !== 'string' || entry['url'].trim() === '') return 'url';
  if (typeof entry['content'] !== 'string') return 'content';
  for (const key of ['title', 'language', 'created_at', 'updated_at', 'published_at', 'archived_at', 'starred_at']) {
    if (!isOptionalText(entry, key)) return key;
  }
  for (const key of ['tags', 'annotations', 'published_by']) {
    if (entry[key] !== undefined && entry[key] !== null && !Array.isArray(entry[key])) return key;
  }
  return null;
}

function annotationsOf(entry: Entry): QuotedHighlight[] {
  const annotations = Array.isArray(entry['annotations']) ? entry['annotations'] : [];
  return annotations.filter(isEntry).flatMap((annotation) => {
    const quote = textField(annotation, 'quote');
    const range = firstRange(annotation['ranges']);
    return quote ? [{ quote, note: textField(annotation, 'text'), createdAt: dateField(annotation, 'created_at'), range }] : [];
  });
}

function fieldsOf(entry: Entry): MigrationEntryUnit['fields'] {
  const changed = dateField(entry, 'updated_at') ?? dateField(entry, 'created_at') ?? new Date(0).toISOString();
  const authors = Array.isArray(entry['published_by']) ? entry['published_by'].filter((name): name is string => typeof name === 'string') : [];
  return {
    title: textField(entry, 'title'),
    author: authors.map((name) => name.trim()).filter(Boolean).join(', ') || null,
    url: textField(entry, 'url'),
    publishedAt: dateField(entry, 'published_at'),
    addedAt: dateField(entry, 'created_at'),
    archivedAt: flagField(entry, 'is_archived') ? (dateField(entry, 'archived_at') ?? changed) : null,
    favouritedAt: flagField(entry, 'is_starred') ? (dateField(entry, 'starred_at') ?? changed) : null,
    language: textField(entry, 'language'),
    tags: tagList(entry['tags']),
  };
}

/** The page wallabag's content is put in, so that it reads as the article it is. */
function pageOf(entry: Entry): Uint8Array {
  const title = (textField(entry, 'title') ?? '').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const content = entry['content'] as string;
  return new TextEncoder().encode(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article>${content}</article></body></html>`);
}

/** The entries of a wallabag export, parsed (`path` names the file in reports). */
export function readWallabagExport(value: unknown[], path: string): MigrationExpansion<ImportFailure> {
  const file = path.replace(/^.*[/\\]/, '');
  const expansion: MigrationExpansion<ImportFailure> = { units: [], failures: [] };
  value.forEach((item, index) => {
    const entry = entryLabel(isEntry(item) ? item['title'] : null, index);
    const wrong = isEntry(item) ? invalidField(item) : 'url';
    if (wrong || !isEntry(item)) {
      expansion.failures.push(exportEntryInvalid(path, file, entry, wrong ?? 'url', SERVICE));
      return;
    }
    expansion.units.push({
      kind: 'migration-entry',
      service: SERVICE,
      archiveName: path,
      file: '',
      entry,
      key: `wallabag:${String(item['id'] ?? item['url'])}`,
      html: pageOf(item),
      htmlFile: file,
      fields: fieldsOf(item),
      highlights: annotationsOf(item),
      notes: [],
    });
  });
  return expansion;
}
