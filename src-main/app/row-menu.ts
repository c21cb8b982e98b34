/**
 * The library row's native context menu (`app:popupRowMenu`): the items services/context-menu/row-menu.ts
 * describes, in main's language, popped up at the pointer over the main window; resolves to the chosen item's
 * id, or null when the menu closes without a choice.
 */
import type { BrowserWindow } from 'electron';
import type { RowMenuItemId, RowMenuRequest } from '../../src-shared/contract';
import { buildRowMenu } from '../services/context-menu/row-menu';
import { mainT } from './main-language';
import { popupMenu } from './popup-menu';

export function popupRowMenu(window: BrowserWindow | null, request: RowMenuRequest): Promise<RowMenuItemId | null> {
  return popupMenu(window, buildRowMenu(request, mainT()));
}
