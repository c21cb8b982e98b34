/**
 * Readwise Reader's documents CSV (Preferences → Export → CSV): `Title,URL,ID,Document tags,Saved date,Reading
 * progress,Location,Seen`. Reader's export has no text: each line is a link-only entry with its tags (`Document
 * tags`, a list such as `['design', 'long reads']`) and its saved date as the added date; its Location `archive` →
 * Archived (`new`, `later`, `shortlist` and `feed` are no reading state). Pure.
 */
import type { CsvService } from './csv-service';
import { csvLinkEntry, splitList } from './csv-service';
import { dateField } from './export-fields';

export const READWISE_CSV: CsvService = {
  service: 'Readwise Reader',
  header: 'Title,URL,ID,Document tags,Saved date,Reading progress,Location,Seen',
  required: ['title', 'url', 'id', 'document tags', 'saved date', 'location'],
  entry(row, where) {
    const addedAt = dateField({ saved: row.field('saved date') }, 'saved');
    return csvLinkEntry('Readwise Reader', row, where, `readwise:${row.field('id') || row.field('url')}`, {
      fields: {
        addedAt,
        // No archiving date in the export: the nearest it gives.
        archivedAt: row.field('location').toLowerCase() === 'archive' ? (addedAt ?? new Date(0).toISOString()) : null,
        tags: splitList(row.field('document tags')),
      },
    });
  },
};
