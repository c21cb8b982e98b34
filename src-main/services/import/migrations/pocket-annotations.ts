/**
 * One `annotations/part_*.json` of Pocket's export (2025): a list of the items that have highlights, each
 * `{ url, title, highlights: [{ quote, created_at }] }` (`created_at` in Unix seconds, or a date). Read into the
 * quotes of each address; an item of the wrong shape is one failure naming the file and the item, and the others
 * are read. Pure.
 */
import type { ImportFailure } from '../../../../src-shared/contract';
import { isEntry, textField } from './export-fields';
import type { QuotedHighlight } from './migration-entry';
import { exportJsonList } from './export-json-list';
import { entryLabel, exportEntryInvalid } from './migration-failures';
import { unixOrDate } from './unix-time';

const SERVICE = 'Pocket';

export interface PocketAnnotated {
  /** The annotations file that first names the address. */
  file: string;
  title: string | null;
  highlights: QuotedHighlight[];
}

export interface PocketAnnotations {
  /** The title and highlights of each address, in the order the files give them. */
  byUrl: Map<string, PocketAnnotated>;
  failures: ImportFailure[];
}

function highlightsOf(value: unknown): QuotedHighlight[] | null {
  if (!Array.isArray(value)) return null;
  const found: QuotedHighlight[] = [];
  for (const item of value) {
    if (!isEntry(item)) return null;
    const quote = typeof item['quote'] === 'string' ? item['quote'] : null;
    if (quote === null) return null;
    if (quote.trim() === '') continue;
    found.push({ quote, note: null, createdAt: unixOrDate(item['created_at']) });
  }
  return found;
}

/** Adds the highlights of one annotations file (its bytes) to `into`; `where` is the file's report path. */
export function readPocketAnnotations(bytes: Uint8Array, file: string, where: string, into: PocketAnnotations): void {
  const items = exportJsonList(bytes, where, file, SERVICE, into.failures);
  items?.forEach((item: unknown, index) => {
    const entry = entryLabel(isEntry(item) ? item['title'] : null, index);
    const url = isEntry(item) ? textField(item, 'url') : null;
    if (!isEntry(item) || url === null) {
      into.failures.push(exportEntryInvalid(where, file, entry, 'url', SERVICE));
      return;
    }
    const highlights = highlightsOf(item['highlights']);
    if (highlights === null) {
      into.failures.push(exportEntryInvalid(where, file, entry, 'highlights', SERVICE));
      return;
    }
    const known = into.byUrl.get(url);
    if (known) known.highlights.push(...highlights);
    else into.byUrl.set(url, { file, title: textField(item, 'title'), highlights });
  });
}
