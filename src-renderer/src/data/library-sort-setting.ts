/** The library list's order, remembered in settings (`library.sort`). */
import { parseSort, type LibrarySort } from './library-sort';
import type { OffprintDatabase } from './database';
import { getSetting, setSetting } from './settings-repo';

export const SETTING_LIBRARY_SORT = 'library.sort';

export async function getLibrarySort(db: OffprintDatabase): Promise<LibrarySort> {
  return parseSort(await getSetting(db, SETTING_LIBRARY_SORT));
}

export async function setLibrarySort(db: OffprintDatabase, sort: LibrarySort): Promise<void> {
  await setSetting(db, SETTING_LIBRARY_SORT, { field: sort.field, direction: sort.direction });
}
