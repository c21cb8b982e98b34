/**
 * Omnivore's export zip (packages/api/src/jobs/export.ts): `metadata_<from>_to_<to>.json` files at the root, each
 * a list of items (id, slug, title, author, url, state, readingProgress, labels, savedAt, updatedAt, publishedAt),
 * the readable HTML of each item in `content/<slug>.html` and its highlights in `highlights/<slug>.md`. Recognised
 * by those files, whatever the zip is called. Read with the zip's limits (the caller's EntryReader); an entry that
 * cannot be read is a failure naming the file and the entry, and the other entries go on.
 */
import type { ImportFailure } from '../../../../src-shared/contract';
import type { ArchiveLimits } from '../../bundle/archive-limits';
import { totalSizeReason } from '../../bundle/archive-entries';
import type { FailureReason } from '../reason';
import type { EntryReader } from '../../bundle/entry-reader';
import type { ZipEntry } from '../../bundle/zip-directory';
import { dateField, type Entry, isEntry, isOptionalText, tagList, textField } from './export-fields';
import type { MigrationEntryUnit, MigrationExpansion } from './migration-entry';
import { exportJsonList } from './export-json-list';
import { entryLabel, exportContentMissing, exportEntryInvalid } from './migration-failures';
import { parseOmnivoreHighlights } from './omnivore-highlights';

const SERVICE = 'Omnivore';
const METADATA_FILE = /^metadata(?:_(\d+)_to_\d+)?\.json$/;

function metadataFiles(files: ReadonlyMap<string, ZipEntry>): string[] {
  const cursor = (path: string): number => Number(METADATA_FILE.exec(path)?.[1] ?? 0);
  return [...files.keys()].filter((path) => METADATA_FILE.test(path)).sort((a, b) => cursor(a) - cursor(b) || (a < b ? -1 : 1));
}

/** An Omnivore export: metadata files at its root, beside its `content/` or `highlights/` folder (or Omnivore's own file names). */
export function isOmnivoreExport(files: ReadonlyMap<string, ZipEntry>): boolean {
  const metadata = metadataFiles(files);
  if (metadata.length === 0) return false;
  if (metadata.some((path) => path !== 'metadata.json')) return true;
  return [...files.keys()].some((path) => /^(content\/[^/]+\.html|highlights\/[^/]+\.md)$/.test(path));
}

/** The first field of an item that is not in Omnivore's format, or null when the item can be read. */
function invalidField(item: Entry): string | null {
  if (typeof item['slug'] !== 'string' || item['slug'].trim() === '') return 'slug';
  for (const key of ['title', 'author', 'url', 'state', 'savedAt', 'updatedAt', 'publishedAt']) if (!isOptionalText(item, key)) return key;
  if (item['labels'] !== undefined && item['labels'] !== null && !Array.isArray(item['labels'])) return 'labels';
  return null;
}

function fieldsOf(item: Entry): MigrationEntryUnit['fields'] {
  const savedAt = dateField(item, 'savedAt');
  const archived = /^archived$/i.test(textField(item, 'state') ?? '');
  return {
    title: textField(item, 'title'),
    author: textField(item, 'author'),
    url: textField(item, 'url'),
    publishedAt: dateField(item, 'publishedAt'),
    addedAt: savedAt,
    // The export has no archiving date: the item's last change (archiving it was one) is the nearest.
    archivedAt: archived ? (dateField(item, 'updatedAt') ?? savedAt ?? new Date(0).toISOString()) : null,
    favouritedAt: null,
    language: null,
    tags: tagList(item['labels']),
  };
}

export function readOmnivoreExport(
  files: ReadonlyMap<string, ZipEntry>,
  reader: EntryReader,
  limits: ArchiveLimits,
): MigrationExpansion<ImportFailure> & { tooLarge?: FailureReason } {
  const wanted = [...files].filter(([path]) => METADATA_FILE.test(path) || /^(content|highlights)\//.test(path)).map(([, entry]) => entry);
  const tooLarge = totalSizeReason(wanted, limits);
  if (tooLarge) return { units: [], failures: [], tooLarge };
  const expansion: MigrationExpansion<ImportFailure> = { units: [], failures: [] };
  const decoder = new TextDecoder('utf-8');
  for (const file of metadataFiles(files)) {
    const where = reader.where(file);
    const bytes = reader.read(file, files.get(file) as ZipEntry);
    if (!bytes) continue;
    const items = exportJsonList(bytes, where, file, SERVICE, expansion.failures);
    items?.forEach((item: unknown, index) => {
      const entry = entryLabel(isEntry(item) ? item['title'] : null, index);
      const wrong = isEntry(item) ? invalidField(item) : 'slug';
      if (wrong || !isEntry(item)) {
        expansion.failures.push(exportEntryInvalid(where, file, entry, wrong ?? 'slug', SERVICE));
        return;
      }
      const slug = (item['slug'] as string).trim();
      const contentPath = `content/${slug}.html`;
      const content = files.get(contentPath);
      if (!content) {
        expansion.failures.push(exportContentMissing(where, contentPath, entry, SERVICE));
        return;
      }
      const html = reader.read(contentPath, content);
      if (!html) return;
      const highlightsPath = `highlights/${slug}.md`;
      const highlightsEntry = files.get(highlightsPath);
      const markdown = highlightsEntry ? reader.read(highlightsPath, highlightsEntry) : null;
      const found = markdown ? parseOmnivoreHighlights(decoder.decode(markdown)) : { highlights: [], notes: [] };
      expansion.units.push({
        kind: 'migration-entry',
        service: SERVICE,
        archiveName: reader.archiveName,
        file,
        entry,
        key: `omnivore:${textField(item, 'id') ?? slug}`,
        html,
        htmlFile: contentPath,
        fields: fieldsOf(item),
        highlights: found.highlights.map((highlight) => ({
          quote: highlight.quote,
          note: [highlight.note, highlight.labels.map((label) => `#${label}`).join(' ')].filter(Boolean).join('\n\n') || null,
          createdAt: null,
        })),
        notes: found.notes,
      });
    });
  }
  return expansion;
}
