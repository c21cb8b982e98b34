/**
 * Instapaper's CSV export (Settings → Export): `URL,Title,Selection,Folder,Timestamp`, and `Tags` in newer exports
 * (a JSON list: `["design","long reads"]`). Instapaper exports no text: each line is a link-only entry. Its Folder
 * says where it is: `Unread`, `Archive` (→ Archived), `Starred` (→ Favourite), or a folder of the reader's own (→ a
 * collection of that name). Selection, the words selected when the page was saved, is a highlight waiting as an
 * orphan with its quote. Timestamp (Unix seconds) is the added date. Pure.
 */
import type { CsvService } from './csv-service';
import { csvLinkEntry, splitList } from './csv-service';
import { unixOrDate } from './unix-time';

const OWN_FOLDERS = new Set(['unread', 'archive', 'starred']);

export const INSTAPAPER_CSV: CsvService = {
  service: 'Instapaper',
  header: 'URL,Title,Selection,Folder,Timestamp,Tags',
  required: ['url', 'title', 'selection', 'folder', 'timestamp'],
  entry(row, where) {
    const url = row.field('url');
    const folder = row.field('folder');
    const addedAt = unixOrDate(row.field('timestamp'));
    // The export has no archiving or starring date: the item was moved after it was added, the nearest date it gives.
    const movedAt = addedAt ?? new Date(0).toISOString();
    const selection = row.field('selection');
    return csvLinkEntry('Instapaper', row, where, `instapaper:${url}`, {
      fields: {
        addedAt,
        archivedAt: folder.toLowerCase() === 'archive' ? movedAt : null,
        favouritedAt: folder.toLowerCase() === 'starred' ? movedAt : null,
        tags: splitList(row.field('tags')),
        collections: folder !== '' && !OWN_FOLDERS.has(folder.toLowerCase()) ? [folder] : [],
      },
      highlights: selection !== '' ? [{ quote: selection, note: null, createdAt: addedAt }] : [],
    });
  },
};
