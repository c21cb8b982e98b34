/**
 * The native context menu of a sidebar tag or collection (`app:popupSidebarMenu`): the items
 * services/context-menu/sidebar-menu.ts describes, in main's language, popped up at the pointer over the main
 * window; resolves to the chosen item's id, or null when the menu closes without a choice.
 */
import type { BrowserWindow } from 'electron';
import type { SidebarMenuItemId, SidebarMenuRequest } from '../../src-shared/contract';
import { buildSidebarMenu } from '../services/context-menu/sidebar-menu';
import { mainT } from './main-language';
import { popupMenu } from './popup-menu';

export function popupSidebarMenu(window: BrowserWindow | null, request: SidebarMenuRequest): Promise<SidebarMenuItemId | null> {
  return popupMenu(window, buildSidebarMenu(request, mainT()));
}
