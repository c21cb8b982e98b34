/**
 * The library row's context menu (`app:popupRowMenu`): the renderer names the items by id, from this closed list,
 * and says how many rows the menu acts on; main builds the labels from its own messages and shows the native menu;
 * the reply is the chosen item's id, or null when the menu was dismissed. New items are added here (and to the
 * labels in src-main/services/context-menu/row-menu.ts, which does not compile without one).
 */
export const ROW_MENU_ITEMS = [
  'open',
  'toggle-read',
  'toggle-favourite',
  'toggle-archive',
  'add-to-collection',
  // Download article text: offered only when the rows include link-only entries.
  'download-text',
  'export',
  'delete',
] as const;

export type RowMenuItemId = (typeof ROW_MENU_ITEMS)[number];

export interface RowMenuRequest {
  /** The items, in order, by id. */
  items: RowMenuItemId[];
  /** How many rows the menu acts on (the selection, when the row is part of it; else 1). */
  rowCount: number;
  /**
   * The rows' reading states, so that the toggles say what they will do: true when every row the menu acts on
   * is read (the item is then Mark as Unread), a favourite (Remove from Favourites), archived (Move out of Archive).
   */
  states: RowStates;
  /** False while "Allow downloading article text" is off: Download Article Text is then shown unavailable. */
  downloadAllowed?: boolean;
}

export interface RowStates {
  read: boolean;
  favourite: boolean;
  archived: boolean;
}
