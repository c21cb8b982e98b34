/**
 * Raindrop.io's CSV export (Settings → Backups, or a collection's Export → CSV):
 * `id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite`. Raindrop exports no text: each line is
 * a link-only entry, its folder a collection (a nested one as Raindrop writes it, `Reading / Longform`; `Unsorted`
 * is none), its tags (`"design, systems"`) tags, `created` (ISO 8601) the added date, `favorite` true → Favourite,
 * `note` a note on the article, and its `highlights` (`Highlight:` then the words, each maybe followed by `Note:`
 * and the reader's note) highlights waiting as orphans with their quotes. Pure.
 */
import type { CsvService } from './csv-service';
import { csvLinkEntry, splitList } from './csv-service';
import type { QuotedHighlight } from './migration-entry';
import { unixOrDate } from './unix-time';

/** The highlights of Raindrop's `highlights` field: `Highlight:words` blocks, each with an optional `Note:note`. */
export function raindropHighlights(value: string, createdAt: string | null): QuotedHighlight[] {
  const highlights: { quote: string[]; note: string[] | null }[] = [];
  for (const line of value.split(/\r?\n/)) {
    const highlight = /^\s*Highlight:\s?(.*)$/i.exec(line);
    const note = /^\s*Note:\s?(.*)$/i.exec(line);
    const current = highlights[highlights.length - 1];
    if (highlight) highlights.push({ quote: [highlight[1] ?? ''], note: null });
    else if (note && current) current.note = [note[1] ?? ''];
    else if (current) (current.note ?? current.quote).push(line);
  }
  return highlights.flatMap(({ quote, note }) => {
    const words = quote.join('\n').trim();
    const noted = note?.join('\n').trim() ?? '';
    return words !== '' ? [{ quote: words, note: noted !== '' ? noted : null, createdAt }] : [];
  });
}

export const RAINDROP_CSV: CsvService = {
  service: 'Raindrop',
  header: 'id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite',
  required: ['title', 'note', 'excerpt', 'url', 'created', 'highlights'],
  entry(row, where) {
    const addedAt = unixOrDate(row.field('created'));
    const folder = row.field('folder');
    const note = row.field('note');
    return csvLinkEntry('Raindrop', row, where, `raindrop:${row.field('id') || row.field('url')}`, {
      fields: {
        addedAt,
        // No date of its own in the export: the nearest it gives.
        favouritedAt: row.field('favorite').toLowerCase() === 'true' ? (addedAt ?? new Date(0).toISOString()) : null,
        tags: splitList(row.field('tags')),
        collections: folder !== '' && folder.toLowerCase() !== 'unsorted' ? [folder] : [],
      },
      highlights: raindropHighlights(row.field('highlights'), addedAt),
      notes: note !== '' ? [note] : [],
    });
  },
};
