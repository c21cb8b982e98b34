/**
 * The library row's context menu, described: the requested items (ids from the contract's closed list) with
 * their labels from main's `menu` messages, in the interface's language (a reading state's toggle by the rows'
 * state: Mark as Read or Mark as Unread). Open acts on one article, so it is
 * disabled when the menu is for several; Download Article Text is disabled while downloading is switched off. Pure: the host shows it (app/row-menu.ts, or the test harness).
 */
import type { TFunction } from 'i18next';
import type { RowMenuItemId, RowMenuRequest, RowStates } from '../../../src-shared/contract';

export interface RowMenuEntry {
  id: RowMenuItemId;
  label: string;
  enabled: boolean;
}

type MenuKey =
  | 'rowOpen'
  | 'rowMarkRead'
  | 'rowMarkUnread'
  | 'rowFavourite'
  | 'rowUnfavourite'
  | 'rowArchive'
  | 'rowUnarchive'
  | 'rowAddToCollection'
  | 'rowDownloadText'
  | 'rowExport'
  | 'rowDelete';

/** Each item's label; a reading state's toggle says what it will do to rows that have the state, or not. */
const LABEL_KEYS = {
  open: () => 'rowOpen',
  'toggle-read': ({ read }) => (read ? 'rowMarkUnread' : 'rowMarkRead'),
  'toggle-favourite': ({ favourite }) => (favourite ? 'rowUnfavourite' : 'rowFavourite'),
  'toggle-archive': ({ archived }) => (archived ? 'rowUnarchive' : 'rowArchive'),
  'add-to-collection': () => 'rowAddToCollection',
  'download-text': () => 'rowDownloadText',
  export: () => 'rowExport',
  delete: () => 'rowDelete',
} as const satisfies Record<RowMenuItemId, (states: RowStates) => MenuKey>;

export function buildRowMenu(request: RowMenuRequest, t: TFunction<'menu'>): RowMenuEntry[] {
  const ids = [...new Set(request.items)];
  const enabled = (id: RowMenuItemId) => (id === 'open' ? request.rowCount === 1 : id === 'download-text' ? request.downloadAllowed !== false : true);
  return ids.map((id) => ({ id, label: t(LABEL_KEYS[id](request.states)), enabled: enabled(id) }));
}
