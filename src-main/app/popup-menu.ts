/**
 * Pops up a native context menu of described entries (services/context-menu/*) at the pointer over the main
 * window; resolves to the chosen entry's id, or null when the menu closes without a choice.
 */
import { Menu, type BrowserWindow } from 'electron';
import { recordUserGesture } from './user-gestures';

export interface PopupEntry<Id extends string> {
  id: Id;
  label: string;
  enabled: boolean;
}

export function popupMenu<Id extends string>(window: BrowserWindow | null, entries: readonly PopupEntry<Id>[]): Promise<Id | null> {
  return new Promise((resolve) => {
    const menu = Menu.buildFromTemplate(
      entries.map((entry) => ({
        id: entry.id,
        label: entry.label,
        enabled: entry.enabled,
        click: () => {
          // A choice in main's own menu is the person's: no page can make it (Download Article Text needs one).
          recordUserGesture();
          resolve(entry.id);
        },
      })),
    );
    // On some platforms the menu closes before its item's click is delivered: null waits one turn of the event
    // loop, and a promise keeps its first answer.
    menu.popup({ ...(window ? { window } : {}), callback: () => setImmediate(() => resolve(null)) });
  });
}
