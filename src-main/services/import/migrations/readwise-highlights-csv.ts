/**
 * Readwise's highlights CSV (Export → CSV): `Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,
 * Location Type,Location,Highlighted at,Document tags`, and in some exports a `URL` column; told apart by that header,
 * whatever the file is called. One line is one highlight; the lines of one book (its URL, else its title and author)
 * are one link-only entry with its highlights waiting as orphans with their quotes, their notes (`Note`, then the
 * highlight's `Tags` as `#tag`) and dates (`Highlighted at`). The library joins the entry to its article at that URL,
 * else to its one article of that title (and author, when given: src-shared/article/title-match.ts), where the quotes
 * are put on the words; `Document tags` become tags. Colours are not kept (migrated highlights are yellow). Pure.
 */
import type { ImportFailure } from '../../../../src-shared/contract';
import { isWebAddress } from '../../../../src-shared/article/url-policy';
import { splitList } from './csv-service';
import { csvHeader, hasColumns, readExportCsv, type CsvRow } from './export-csv';
import { dateField } from './export-fields';
import { linkEntryUnit } from './link-entry';
import type { MigrationExpansion, QuotedHighlight } from './migration-entry';
import { csvProblemFailure, entryLabel, exportCsvLineInvalid } from './migration-failures';

const SERVICE = 'Readwise';
export const READWISE_HIGHLIGHTS_HEADER =
  'Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags';
const REQUIRED = ['highlight', 'book title', 'book author', 'location type', 'highlighted at'];

/** Whether the CSV's first line names the highlights export's columns. */
export function isReadwiseHighlightsCsv(text: string): boolean {
  return hasColumns(csvHeader(text.slice(0, 4096)), REQUIRED);
}

interface Book {
  title: string;
  author: string;
  url: string | null;
  line: number;
  tags: string[];
  highlights: QuotedHighlight[];
}

function noteOf(row: CsvRow): string | null {
  const tags = splitList(row.field('tags')).map((tag) => `#${tag.replace(/\s+/g, '-')}`);
  const note = [row.field('note'), tags.join(' ')].filter((part) => part !== '').join('\n\n');
  return note === '' ? null : note;
}

function bookKey(title: string, author: string, url: string | null): string {
  return url ? `url\u0000${url}` : `book\u0000${title.toLowerCase()}\u0000${author.toLowerCase()}`;
}

export function readReadwiseHighlights(text: string, path: string): MigrationExpansion<ImportFailure> {
  const file = path.replace(/^.*[/\\]/, '');
  const csv = readExportCsv(text, REQUIRED);
  const failures = csv.problems.map((problem) => csvProblemFailure(path, file, problem, READWISE_HIGHLIGHTS_HEADER, SERVICE));
  const books = new Map<string, Book>();
  for (const row of csv.rows) {
    const quote = row.field('highlight');
    const title = row.field('book title');
    const address = row.field('url');
    const url = isWebAddress(address) ? address : null;
    if (quote === '') {
      failures.push(exportCsvLineInvalid(path, file, row.line, 'highlight', SERVICE));
      continue;
    }
    if (title === '' && !url) {
      failures.push(exportCsvLineInvalid(path, file, row.line, 'book title', SERVICE));
      continue;
    }
    const author = row.field('book author');
    const key = bookKey(title, author, url);
    const book = books.get(key) ?? { title, author, url, line: row.line, tags: [], highlights: [] };
    books.set(key, book);
    book.tags.push(...splitList(row.field('document tags')));
    book.highlights.push({ quote, note: noteOf(row), createdAt: dateField({ at: row.field('highlighted at') }, 'at') });
  }
  const units = [...books.entries()].map(([key, book]) =>
    linkEntryUnit({
      service: SERVICE,
      archiveName: path,
      file: '',
      htmlFile: file,
      entry: entryLabel(book.title, book.line - 1),
      key: `readwise:${key}`,
      fields: { title: book.title || null, author: book.author || null, url: book.url, tags: book.tags },
      highlights: book.highlights,
    }),
  );
  return { units, failures };
}
