/**
 * The library row's native context menu (`app:popupRowMenu`): the items services/context-menu/row-menu.ts
 * describes, in main's language, popped up at the pointer over the main window; resolves to the chosen item's
 * id, or null when the menu closes without a choice.
 */
import { Menu, type BrowserWindow } from 'electron';
import type { RowMenuItemId, RowMenuRequest } from '../../src-shared/contract';
import { buildRowMenu } from '../services/context-menu/row-menu';
import { mainT } from './main-language';

export function popupRowMenu(window: BrowserWindow | null, request: RowMenuRequest): Promise<RowMenuItemId | null> {
  return new Promise((resolve) => {
    const menu = Menu.buildFromTemplate(
      buildRowMenu(request, mainT()).map((entry) => ({
        id: entry.id,
        label: entry.label,
        enabled: entry.enabled,
        click: () => resolve(entry.id),
      })),
    );
    // On some platforms the menu closes before its item's click is delivered: null waits one turn of the event
    // loop, and a promise keeps its first answer.
    menu.popup({ ...(window ? { window } : {}), callback: () => setImmediate(() => resolve(null)) });
  });
}
