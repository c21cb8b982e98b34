/**
 * A browser's bookmarks file (bookmarks.html: netscape-bookmarks.ts reads it) → link-only entries: the title, the
 * address, TAGS as tags, ADD_DATE as the added date, and the folder as a collection (a nested folder's path joined
 * with ` / `: `Reading / Longform`). The browser's own bookmarks bar and "Other bookmarks" are no collection. An
 * address bookmarked twice is one entry in each of its folders' collections. A bookmark whose address is not
 * http(s) (a bookmarklet, `file:`) is one failure naming it, and the others go on; Firefox's `place:` queries (its
 * "Most Visited" and other saved searches, in every Firefox export) are no pages and are passed over.
 */
import type { ImportFailure } from '../../../../src-shared/contract';
import { isWebAddress } from '../../../../src-shared/article/url-policy';
import { linkEntryUnit } from './link-entry';
import type { MigrationEntryUnit, MigrationExpansion } from './migration-entry';
import { entryLabel, exportEntryInvalid } from './migration-failures';
import { type Bookmark, readNetscapeBookmarks } from './netscape-bookmarks';
import { unixOrDate } from './unix-time';

const SERVICE = 'bookmarks.html';

/** How a nested folder's path becomes one collection's name. */
export const FOLDER_SEPARATOR = ' / ';

function unitOf(bookmark: Bookmark, path: string, file: string): MigrationEntryUnit {
  return linkEntryUnit({
    service: SERVICE,
    archiveName: path,
    file: '',
    htmlFile: file,
    entry: entryLabel(bookmark.title, bookmark.index),
    key: `bookmarks:${bookmark.href}`,
    fields: {
      title: bookmark.title || null,
      url: bookmark.href,
      addedAt: unixOrDate(bookmark.addDate),
      tags: bookmark.tags,
      collections: bookmark.folders.length > 0 ? [bookmark.folders.join(FOLDER_SEPARATOR)] : [],
    },
  });
}

export function readBookmarksExport(text: string, path: string): MigrationExpansion<ImportFailure> {
  const file = path.replace(/^.*[/\\]/, '');
  const expansion: MigrationExpansion<ImportFailure> = { units: [], failures: [] };
  const byUrl = new Map<string, MigrationEntryUnit>();
  for (const bookmark of readNetscapeBookmarks(text)) {
    if (/^place:/i.test(bookmark.href)) continue;
    if (!isWebAddress(bookmark.href)) {
      expansion.failures.push(exportEntryInvalid(path, file, entryLabel(bookmark.title, bookmark.index), 'HREF', SERVICE));
      continue;
    }
    const unit = unitOf(bookmark, path, file);
    const first = byUrl.get(bookmark.href);
    if (!first) {
      byUrl.set(bookmark.href, unit);
      expansion.units.push(unit);
      continue;
    }
    // The same address in another folder: one entry, on both collections, with both's tags.
    first.fields.tags = [...new Set([...first.fields.tags, ...unit.fields.tags])];
    first.fields.collections = [...new Set([...(first.fields.collections ?? []), ...(unit.fields.collections ?? [])])];
  }
  return expansion;
}
