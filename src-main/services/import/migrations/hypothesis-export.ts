/**
 * Hypothesis's annotation export (the Share / Export panel's JSON: `{ export_date, export_userid, annotations: [{
 * id, created, uri, text, tags, target: [{ source, selector: [TextQuoteSelector, TextPositionSelector, …] }],
 * document: { title: [...] }, references }] }`). Its annotations are grouped by their page (`uri`): each page is one
 * entry (a link-only entry with the page's title), its annotations highlights that keep the export's own W3C
 * selectors (the quote with the words around it, and its position) and their notes (`text`, then `#tags`). When
 * the library has an article at that address, the library adds the highlights to it, and the anchoring core places
 * them on its words; else they wait as orphans on the link-only entry. A page note (no selector) is a note on the
 * article; a reply (`references`) is left out. An annotation of another shape is a failure naming it.
 */
import type { ImportFailure } from '../../../../src-shared/contract';
import { dateField, type Entry, isEntry, tagList, textField } from './export-fields';
import { linkEntryUnit } from './link-entry';
import type { MigrationExpansion, QuotedHighlight } from './migration-entry';
import { entryLabel, exportEntryInvalid } from './migration-failures';

const SERVICE = 'Hypothesis';
const KEPT_SELECTORS = new Set(['TextQuoteSelector', 'TextPositionSelector']);

/** Whether the parsed JSON is Hypothesis's export: an object with an `annotations` list of annotations with `uri`. */
export function isHypothesisExport(value: unknown): value is { annotations: unknown[] } {
  if (!isEntry(value) || !Array.isArray(value['annotations'])) return false;
  return 'export_userid' in value || value['annotations'].some((item) => isEntry(item) && 'uri' in item && 'target' in item);
}

interface Page {
  url: string;
  title: string | null;
  index: number;
  highlights: QuotedHighlight[];
  notes: string[];
}

function selectorsOf(annotation: Entry): Entry[] {
  const target = Array.isArray(annotation['target']) ? annotation['target'][0] : undefined;
  const selectors = isEntry(target) && Array.isArray(target['selector']) ? target['selector'] : [];
  return selectors.filter((selector): selector is Entry => isEntry(selector) && KEPT_SELECTORS.has(String(selector['type'])));
}

function noteOf(annotation: Entry): string | null {
  const tags = tagList(annotation['tags']).map((tag) => `#${tag.replace(/\s+/g, '-')}`);
  const text = [textField(annotation, 'text'), tags.join(' ')].filter((part) => part !== null && part !== '');
  return text.length > 0 ? text.join('\n\n') : null;
}

function titleOf(annotation: Entry): string | null {
  const document = annotation['document'];
  const titles = isEntry(document) && Array.isArray(document['title']) ? document['title'] : [];
  return titles.find((title): title is string => typeof title === 'string' && title.trim() !== '')?.trim() ?? null;
}

export function readHypothesisExport(value: { annotations: unknown[] }, path: string): MigrationExpansion<ImportFailure> {
  const file = path.replace(/^.*[/\\]/, '');
  const failures: ImportFailure[] = [];
  const pages = new Map<string, Page>();
  value.annotations.forEach((item, index) => {
    const label = entryLabel(isEntry(item) ? (textField(item, 'id') ?? null) : null, index);
    const url = isEntry(item) ? textField(item, 'uri') : null;
    if (!isEntry(item) || !url) {
      failures.push(exportEntryInvalid(path, file, label, 'uri', SERVICE));
      return;
    }
    if (Array.isArray(item['references']) && item['references'].length > 0) return;
    const page = pages.get(url) ?? { url, title: null, index: pages.size, highlights: [], notes: [] };
    pages.set(url, page);
    page.title ??= titleOf(item);
    const selectors = selectorsOf(item);
    const quote = selectors.find((selector) => selector['type'] === 'TextQuoteSelector');
    const note = noteOf(item);
    if (!quote) {
      if (note) page.notes.push(note);
      return;
    }
    if (typeof quote['exact'] !== 'string' || quote['exact'].trim() === '') {
      failures.push(exportEntryInvalid(path, file, label, 'target', SERVICE));
      return;
    }
    page.highlights.push({ quote: quote['exact'], note, createdAt: dateField(item, 'created'), selectors });
  });
  const units = [...pages.values()].map((page) =>
    linkEntryUnit({
      service: SERVICE,
      archiveName: path,
      file: '',
      htmlFile: file,
      entry: entryLabel(page.title ?? page.url, page.index),
      key: `hypothesis:${page.url}`,
      fields: { title: page.title, url: page.url, addedAt: page.highlights[0]?.createdAt ?? null },
      highlights: page.highlights,
      notes: page.notes,
    }),
  );
  return { units, failures };
}
