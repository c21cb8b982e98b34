/**
 * Karakeep's (formerly Hoarder's) JSON export (Settings → Import / Export → Export): `{ "bookmarks": [{ createdAt
 * (Unix seconds), title, tags[], content: { type: "link", url } | { type: "text", text }, note, archived,
 * favourited }] }`. A link is a link-only entry (Karakeep's export has no page text); a text bookmark is an article
 * of its text. Tags stay tags, `archived` → Archived, `favourited` → Favourite, the note a note on the article,
 * `createdAt` the added date. A bookmark of another shape is a failure naming it; the others go on.
 */
import type { ImportFailure } from '../../../../src-shared/contract';
import { type Entry, flagField, isEntry, tagList, textField } from './export-fields';
import { linkEntryUnit } from './link-entry';
import type { MigrationEntryUnit, MigrationExpansion } from './migration-entry';
import { entryLabel, exportEntryInvalid } from './migration-failures';
import { unixOrDate } from './unix-time';

const SERVICE = 'Karakeep';

/** Whether the parsed JSON is Karakeep's export: an object with a `bookmarks` list whose items have `content`. */
export function isKarakeepExport(value: unknown): value is { bookmarks: unknown[] } {
  if (!isEntry(value) || !Array.isArray(value['bookmarks'])) return false;
  return value['bookmarks'].length === 0 || value['bookmarks'].some((item) => isEntry(item) && 'content' in item && 'createdAt' in item);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A text bookmark as the page the web-page importer reads: its paragraphs, titled. */
function pageOf(title: string | null, text: string): Uint8Array {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`);
  return new TextEncoder().encode(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title ?? '')}</title></head><body><article>${paragraphs.join('')}</article></body></html>`);
}

function wrongField(item: Entry): string | null {
  const content = item['content'];
  if (!isEntry(content)) return 'content';
  if (content['type'] === 'link' && typeof content['url'] !== 'string') return 'content.url';
  if (content['type'] === 'text' && typeof content['text'] !== 'string') return 'content.text';
  if (content['type'] !== 'link' && content['type'] !== 'text') return 'content.type';
  if (item['tags'] !== undefined && item['tags'] !== null && !Array.isArray(item['tags'])) return 'tags';
  return null;
}

function unitOf(item: Entry, index: number, path: string, file: string): MigrationEntryUnit {
  const content = item['content'] as Entry;
  const title = textField(item, 'title');
  const addedAt = unixOrDate(item['createdAt']);
  const note = textField(item, 'note');
  const at = addedAt ?? new Date(0).toISOString();
  const unit = linkEntryUnit({
    service: SERVICE,
    archiveName: path,
    file: '',
    htmlFile: file,
    entry: entryLabel(title, index),
    key: `karakeep:${textField(content, 'url') ?? `${index}:${title ?? ''}`}`,
    fields: {
      title,
      url: textField(content, 'url'),
      addedAt,
      archivedAt: flagField(item, 'archived') ? at : null,
      favouritedAt: flagField(item, 'favourited') ? at : null,
      tags: tagList(item['tags']),
    },
    notes: note ? [note] : [],
  });
  return content['type'] === 'text' ? { ...unit, html: pageOf(title, content['text'] as string) } : unit;
}

export function readKarakeepExport(value: { bookmarks: unknown[] }, path: string): MigrationExpansion<ImportFailure> {
  const file = path.replace(/^.*[/\\]/, '');
  const expansion: MigrationExpansion<ImportFailure> = { units: [], failures: [] };
  value.bookmarks.forEach((item, index) => {
    const wrong = isEntry(item) ? wrongField(item) : 'content';
    if (wrong || !isEntry(item)) expansion.failures.push(exportEntryInvalid(path, file, entryLabel(isEntry(item) ? item['title'] : null, index), wrong ?? 'content', SERVICE));
    else expansion.units.push(unitOf(item, index, path, file));
  });
  return expansion;
}
