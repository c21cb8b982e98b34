/**
 * One entry of a migration export (Omnivore, wallabag, Pocket), read out of its file: plain, serialisable data (strings and
 * bytes), so that the import job can hand it to a worker thread, where migrationEntryToParsed turns it into an
 * article. One unit becomes one article or one failure.
 */
import type { AnnotatorRange } from './annotator-range';

/** The services whose exports Offprint reads, by the name their users know them by. */
export type MigrationService = 'Omnivore' | 'wallabag' | 'Pocket' | 'bookmarks.html' | 'Instapaper' | 'Raindrop' | 'Readwise Reader' | 'Readwise' | 'Karakeep' | 'Hypothesis';

/** A highlight the export gives as its quoted words only, with the reader's note on it. */
export interface QuotedHighlight {
  quote: string;
  note: string | null;
  createdAt: string | null;
  /** Where the exporting service had it (wallabag's Annotator range), to tell repeated words apart. */
  range?: AnnotatorRange | null;
  /**
   * The W3C selectors the exporting service gave (Hypothesis's TextQuoteSelector with its context, and its
   * TextPositionSelector): kept as they are when the quote cannot be placed on imported text, so that the article
   * of that address anchors them.
   */
  selectors?: unknown[];
}

/** What the export says about the entry, beyond its text (ISO 8601 dates, null when it says nothing). */
export interface MigrationFields {
  title: string | null;
  author: string | null;
  url: string | null;
  publishedAt: string | null;
  addedAt: string | null;
  archivedAt: string | null;
  favouritedAt: string | null;
  language: string | null;
  tags: string[];
  /** The collections (by name) the export puts the entry on: its folders (bookmarks, Instapaper, Raindrop). */
  collections?: string[];
}

export interface MigrationEntryUnit {
  kind: 'migration-entry';
  service: MigrationService;
  /** The report path of the export file (`/home/ann/omnivore.zip`, `/home/ann/wallabag.json`). */
  archiveName: string;
  /** The file inside the export that lists the entry (`metadata_0_to_20.json`), '' when the export is that file. */
  file: string;
  /** How reports name the entry: its title, else its position in the file (`#3`). */
  entry: string;
  /** The entry's identity in its service (its id, slug or URL): highlight ids are made from it, so a second import merges. */
  key: string;
  /** The entry's HTML, as bytes; null for a link-only entry (the export has no text: Pocket's). */
  html: Uint8Array | null;
  /** The file the HTML (or the link) came from (`content/<slug>.html`, the export's `.json`, `part_000000.csv`): the article's original name. */
  htmlFile: string;
  fields: MigrationFields;
  highlights: QuotedHighlight[];
  /** Notes on the whole article (Omnivore's article notes). */
  notes: string[];
}

/** What reading an export file gives: its entries, and what could not be read in it. */
export interface MigrationExpansion<Failure> {
  units: MigrationEntryUnit[];
  failures: Failure[];
}
