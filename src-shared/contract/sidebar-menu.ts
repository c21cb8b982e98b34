/**
 * The context menu of a sidebar tag or collection (`app:popupSidebarMenu`): the renderer names the items by id,
 * from this closed list, and says what kind of entry the menu is for; main builds the labels from its own
 * messages and shows the native menu; the reply is the chosen item's id, or null when the menu was dismissed.
 * New items are added here (and to the labels in src-main/services/context-menu/sidebar-menu.ts).
 */
export const SIDEBAR_MENU_ITEMS = ['rename', 'merge', 'delete'] as const;

export type SidebarMenuItemId = (typeof SIDEBAR_MENU_ITEMS)[number];

export const SIDEBAR_MENU_KINDS = ['tag', 'collection'] as const;

export type SidebarMenuKind = (typeof SIDEBAR_MENU_KINDS)[number];

export interface SidebarMenuRequest {
  /** What the entry is: a tag or a collection (Merge into… is for tags only). */
  kind: SidebarMenuKind;
  /** The items, in order, by id. */
  items: SidebarMenuItemId[];
}
