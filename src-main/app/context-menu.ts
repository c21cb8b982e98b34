/**
 * The native context menu (Electron shows none by default): on the web contents' `context-menu` event, the menu
 * that services/context-menu/build-context-menu.ts describes for these params, built as an Electron Menu and
 * popped up at the click. Editing and spelling run on the web contents; highlighting and searching go to the
 * renderer as a `context-menu:command` event; a link opens only through `shell:openExternal`'s own check, gate
 * and confirmation.
 */
import { BrowserWindow, Menu, clipboard, type ContextMenuParams, type MenuItemConstructorOptions, type WebContents } from 'electron';
import type { Result } from '../../src-shared/contract';
import {
  buildContextMenu,
  type ContextMenuAction,
  type ContextMenuEntry,
} from '../services/context-menu/build-context-menu';
import type { ContextMenuReports } from '../services/context-menu/context-reports';
import { contextMenuLabels } from '../services/context-menu/labels';
import { checkExternalUrl } from '../services/external-url';
import { mainT } from './main-language';
import { sendEvent } from './send-event';
import { recordUserGesture } from './user-gestures';

export interface ContextMenuDeps {
  /** What the page reported about its right-clicks (`app:reportContextMenu`). */
  reports: ContextMenuReports;
  /** The `shell:openExternal` handler itself: the URL check, the gate and the confirmation. */
  openExternal: (url: string) => Promise<Result<null>>;
}

function run(contents: WebContents, action: ContextMenuAction, deps: ContextMenuDeps): void {
  switch (action.kind) {
    case 'edit':
      contents[action.role]();
      return;
    case 'replace-misspelling':
      contents.replaceMisspelling(action.suggestion);
      return;
    case 'add-to-dictionary':
      contents.session.addWordToSpellCheckerDictionary(action.word);
      return;
    case 'renderer':
      sendEvent(contents, 'context-menu:command', action.command);
      return;
    case 'open-link':
      // Choosing the item is the person's gesture (a native menu, out of the page's reach), used at once by this
      // link; the gate still counts it and the person still confirms. The item is disabled for a refused URL.
      if (!checkExternalUrl(action.url).ok) return;
      recordUserGesture();
      void deps.openExternal(action.url).then((result) => {
        if (!result.ok) console.warn(`[offprint] the link was not opened: ${result.error.message}`);
      });
      return;
    case 'copy-link':
      clipboard.writeText(action.url);
      return;
    case 'copy-image':
      contents.copyImageAt(action.x, action.y);
      return;
  }
}

/** The Electron template for the described menu: each item's id, label and enabled state as described. */
export function contextMenuTemplate(
  entries: readonly ContextMenuEntry[],
  contents: WebContents,
  deps: ContextMenuDeps,
): MenuItemConstructorOptions[] {
  return entries.map((entry) =>
    entry.type === 'separator'
      ? { type: 'separator' }
      : { id: entry.id, label: entry.label, enabled: entry.enabled, click: () => run(contents, entry.action, deps) },
  );
}

export function installContextMenu(contents: WebContents, deps: ContextMenuDeps): void {
  contents.on('context-menu', (_event, params: ContextMenuParams) => {
    const articleSelection = deps.reports.takeArticleSelection(params.x, params.y);
    const entries = buildContextMenu(params, { articleSelection, labels: contextMenuLabels(mainT()) });
    if (entries.length === 0) return;
    const menu = Menu.buildFromTemplate(contextMenuTemplate(entries, contents, deps));
    const window = BrowserWindow.fromWebContents(contents);
    menu.popup({
      ...(window ? { window } : {}),
      ...(params.frame ? { frame: params.frame } : {}),
      x: params.x,
      y: params.y,
    });
  });
}
